/**
 * `npm run import`, `seed`, `metrics`, `backup`, `gdpr`… go through
 * scripts/with-neo4j.mjs. While `npm start` runs, its Neo4j holds the local
 * port: the commands must use it (they used to start a second one and die on
 * "port … is already in use" with a stack trace). The test's own Neo4j
 * stands for the one `npm start` runs; the commands are the built ones
 * (`npm test` builds first).
 */
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeService, type FakeService } from "./annuaire-server";

const ROOT = join(__dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "maillage-commands-"));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/with-neo4j.mjs <args>` as npm does, without NEO4J_URI (a local set-up). */
function withNeo4j(args: string[], env: Record<string, string>): Promise<Outcome> {
  const { NEO4J_URI: _uri, ...rest } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, "scripts", "with-neo4j.mjs"), ...args],
      { cwd: ROOT, env: { ...rest, ...env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe("commands while the application runs", () => {
  const port = new URL(process.env.NEO4J_URI!).port;
  let service: FakeService;
  beforeAll(async () => {
    service = await startFakeService([]);
  });
  afterAll(() => service?.close());

  it("use the local Neo4j already running on the port instead of starting a second one", async () => {
    const out = await withNeo4j(["node", "-e", "console.log(process.env.NEO4J_URI)"], { NEO4J_LOCAL_PORT: port });
    expect(out).toMatchObject({ code: 0, stdout: `bolt://127.0.0.1:${port}\n` });
    expect(out.stderr).toContain("using the local Neo4j already running");
    expect(out.stderr).not.toContain("starting Neo4j");
  });

  it("npm run import runs to its summary against that Neo4j", async () => {
    const out = await withNeo4j(
      [
        "node",
        "importers/dist/cli.js",
        "annuaire",
        "--dry-run",
        "--communes",
        "94028",
        "--report",
        join(work, "report.csv"),
        "--state",
        join(work, "state.json"),
      ],
      {
        NEO4J_LOCAL_PORT: port,
        ANNUAIRE_API_URL: service.url,
      },
    );
    expect(out.stderr).not.toMatch(STACK_TRACE);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("DRY RUN: nothing was written. rows read: 0");
    expect(service.requests.length).toBeGreaterThan(0);
  });

  it("a failing command ends on its message, not on a stack trace", async () => {
    const out = await withNeo4j(
      ["node", "importers/dist/cli.js", "annuaire", "--communes", "75056", "--report", join(work, "report2.csv")],
      { NEO4J_LOCAL_PORT: port },
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("import failed: --communes: 75056 is not a town of the territory");
    expect(out.stderr).not.toMatch(STACK_TRACE);
  });

  it("a port taken by a program that is not Neo4j is said so, without a stack trace", async () => {
    const other: Server = createServer((_req, res) => res.end("not neo4j"));
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    try {
      const out = await withNeo4j(["node", "-e", "console.log('ran')"], {
        NEO4J_LOCAL_PORT: String((other.address() as AddressInfo).port),
      });
      expect(out.code).toBe(1);
      expect(out.stdout).toBe("");
      expect(out.stderr).toMatch(
        /^\[maillage\] port \d+ is taken by a program that is not Neo4j: stop it, or set NEO4J_LOCAL_PORT/,
      );
      expect(out.stderr).not.toMatch(STACK_TRACE);
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});
