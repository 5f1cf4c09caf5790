/**
 * Neo4j stopped mid-run: /readyz says 503 while it is down, and the API
 * recovers by itself when it returns, without a restart. Uses its own local
 * Neo4j (port 7689) so that stopping it does not disturb the other tests.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { openDriver, applyDatabaseSchema } from "../../seed/src";
import { startHarness, type Harness } from "./harness";

const ROOT = join(__dirname, "..", "..");
const PORT = Number(process.env.NEO4J_OUTAGE_TEST_PORT ?? 7689);
const DATA = join(ROOT, ".data", "neo4j-outage-test");

function startNeo4j(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, "scripts", "neo4j-local.mjs")], {
    env: { ...process.env, NEO4J_LOCAL_PORT: String(PORT), NEO4J_LOCAL_DATA: DATA },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    // The launcher's CLI reports readiness on stderr: "[neo4j-local] Neo4j ready on bolt://...".
    createInterface({ input: child.stderr! }).on("line", (line) => {
      output.push(line);
      if (line.includes("Neo4j ready on")) resolve(child);
    });
    child.stdout!.resume();
    child.once("exit", (code) => reject(new Error(`local Neo4j exited with ${code}: ${output.join("\n").slice(-2000)}`)));
  });
}

async function stopNeo4j(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<{ value: T; afterMs: number }> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (ok(value)) return { value, afterMs: Date.now() - started };
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe("Neo4j outage", () => {
  let neo4j: ChildProcess;
  let api: Harness;

  beforeAll(async () => {
    rmSync(DATA, { recursive: true, force: true });
    neo4j = await startNeo4j();
    const driver = openDriver({ uri: `bolt://127.0.0.1:${PORT}` });
    await applyDatabaseSchema(driver);
    await driver.executeQuery("MERGE (:Town {inseeCode: '99999', name: 'Testville', postalCodes: [], source: 'test', sourceKind: 'ILLUSTRATIVE', updatedAt: datetime()})");
    await driver.close();
    api = await startHarness({ neo4jUri: `bolt://127.0.0.1:${PORT}` });
  }, 240_000);

  afterAll(async () => {
    await api?.close();
    if (neo4j) await stopNeo4j(neo4j);
  });

  it("reports 503 on /readyz while Neo4j is down and recovers alone when it returns", async () => {
    const readyz = async () => (await fetch(`${api.url}/readyz`)).status;
    expect(await readyz()).toBe(200);

    await stopNeo4j(neo4j);
    const down = await api.gql(`{ towns { name } }`);
    expect(down.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    const readyDown = await fetch(`${api.url}/readyz`);
    expect(readyDown.status).toBe(503);
    expect(readyDown.headers.get("retry-after")).toBe("5");

    neo4j = await startNeo4j();
    const { afterMs } = await waitFor(readyz, (s) => s === 200, 30_000);
    expect(afterMs).toBeLessThan(30_000);
    const back = await waitFor(() => api.gql(`{ towns { name } }`), (r) => !r.errors, 30_000);
    expect(back.value.data!.towns).toEqual([{ name: "Testville" }]);
  }, 240_000);
});
