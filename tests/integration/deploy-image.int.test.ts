/**
 * The deployment image holds the whole product. No Docker engine runs here, so the
 * Dockerfile is replayed: its build stage's COPY and RUN steps, in a clean folder that
 * holds the working tree as Docker's build context would (git's files, less what
 * .dockerignore leaves out), then the final stage's CMD with its ENV, against the test
 * Neo4j. What a user reaches must answer: the explorer at /, the partners' widget, GraphiQL
 * and the API. A server without the explorer must not announce it.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { freePort, ROOT, spawnApi, type ApiProcess } from "./processes";

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  from: string;
  name?: string;
  steps: Instruction[];
}

/** The Dockerfile's stages: instructions with their continuation lines joined, comments dropped. */
function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  let pending = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (pending === "" && (line === "" || line.startsWith("#"))) continue;
    if (line.endsWith("\\")) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const full = pending + line;
    pending = "";
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(full)!;
    if (keyword.toUpperCase() === "FROM") {
      const [from, , name] = args.split(/\s+/);
      stages.push({ from, name, steps: [] });
    } else {
      stages.at(-1)!.steps.push({ keyword: keyword.toUpperCase(), args });
    }
  }
  return stages;
}

/** .dockerignore's patterns as tests on a path relative to the context (a match also excludes what is under it). */
function dockerignore(text: string): (path: string) => boolean {
  const patterns = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  if (patterns.some((p) => p.startsWith("!")))
    throw new Error(".dockerignore exceptions (!) are not replayed: extend this test");
  const regexes = patterns.map((pattern) => {
    const body = pattern
      .replace(/^\/+/, "")
      .split(/(\*\*\/|\*\*|\*|\?)/)
      .map((part) =>
        part === "**/"
          ? "(?:.*/)?"
          : part === "**"
            ? ".*"
            : part === "*"
              ? "[^/]*"
              : part === "?"
                ? "[^/]"
                : part.replace(/[.+^${}()|[\]\\]/g, "\\$&"),
      )
      .join("");
    return new RegExp(`^${body}(?:/.*)?$`);
  });
  return (path) => regexes.some((re) => re.test(path));
}

/** Every file under `dir` (relative paths), not descending into what `ignored` leaves out. */
function walk(dir: string, ignored: (path: string) => boolean, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (ignored(path)) return [];
    return entry.isDirectory() ? walk(dir, ignored, path) : entry.isFile() ? [path] : [];
  });
}

/**
 * The build context: the working tree's files that git knows (tracked or new, not ignored),
 * as a fresh clone plus the changes at hand would have, less .dockerignore's. Outside a git
 * checkout, the folder as Docker reads it.
 */
function buildContext(into: string): void {
  const ignored = dockerignore(readFileSync(join(ROOT, ".dockerignore"), "utf8"));
  let files: string[];
  try {
    const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    files = listed.split("\0").filter(Boolean);
  } catch {
    files = walk(ROOT, ignored);
  }
  for (const file of new Set(files)) {
    if (ignored(file) || !existsSync(join(ROOT, file))) continue; // a file deleted but not yet committed is not in the tree
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(join(ROOT, file), join(into, file));
  }
}

/** Runs a shell command as a RUN step does; rejects with the end of its output if it fails. */
function run(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", command], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`RUN ${command} exited with ${code}:\n${Buffer.concat(output).toString("utf8").slice(-4000)}`),
          ),
    );
  });
}

const ANSWER_TIMEOUT_MS = 15 * 60_000; // npm ci and the whole build on a loaded two-core machine

describe("deployment image (Dockerfile replayed without Docker)", () => {
  const dockerfile = parseDockerfile(readFileSync(join(ROOT, "Dockerfile"), "utf8"));
  let app: string;
  let cmd: string[];
  let runtimeEnv: NodeJS.ProcessEnv;
  let api: ApiProcess | undefined;
  let base: string;

  beforeAll(async () => {
    app = mkdtempSync(join(tmpdir(), "maillage-image-"));
    const [build, final] = [dockerfile[0], dockerfile.at(-1)!];
    // The build's environment: the image's, not this test run's (NODE_ENV=test, npm's own variables).
    const buildEnv: NodeJS.ProcessEnv = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^npm_|^NODE_ENV$|^INIT_CWD$/i.test(key)),
    );
    // npm's cache on this machine stands in for BuildKit's cache mount.
    buildEnv.npm_config_prefer_offline = "true";
    for (const { keyword, args } of build.steps) {
      if (keyword === "WORKDIR")
        continue; // `app` stands for it
      else if (keyword === "ENV") Object.assign(buildEnv, Object.fromEntries([args.split(/[=\s]+/, 2)]));
      else if (keyword === "COPY" && args === ". .") buildContext(app);
      else if (keyword === "RUN") await run(args.replace(/^(--\S+\s+)*/, ""), app, buildEnv);
      else throw new Error(`Dockerfile build step not replayed here: ${keyword} ${args}`);
    }
    // The final stage takes the build's folder whole and runs CMD in it.
    runtimeEnv = {};
    for (const { keyword, args } of final.steps) {
      if (keyword === "COPY") expect(args).toBe(`--from=${build.name} /app /app`);
      else if (keyword === "ENV") Object.assign(runtimeEnv, Object.fromEntries([args.split(/[=\s]+/, 2)]));
      else if (keyword === "CMD") cmd = JSON.parse(args) as string[];
    }
    expect(cmd[0]).toBe("node");
    const port = await freePort();
    api = spawnApi(port, runtimeEnv, { entry: join(app, cmd[1]), cwd: app });
    await api.ready;
    base = `http://127.0.0.1:${port}`;
  }, ANSWER_TIMEOUT_MS);

  afterAll(async () => {
    if (api && api.child.exitCode === null) {
      api.child.kill("SIGTERM");
      await api.exited;
    }
    if (app) rmSync(app, { recursive: true, force: true });
  });

  it("announces the explorer, the API and GraphiQL", () => {
    const ready = api!.stderr.find((line) => line.includes("Maillage ready"))!;
    expect(ready).toContain("explorer on http://127.0.0.1:");
    expect(ready).toContain("/graphql");
    expect(ready).toContain("/graphiql/");
  });

  it("serves the explorer at /", async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<div id="root">');
    // The built page, with its bundled script, not the source page Vite starts from.
    expect(html).toMatch(/<script type="module"[^>]* src="\/assets\/[^"]+\.js"/);
  });

  it("serves the partners' widget at /widget.js", async () => {
    const res = await fetch(`${base}/widget.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^(text|application)\/javascript/);
    expect(await res.text()).toContain("maillage-annuaire");
  });

  it("serves GraphiQL at /graphiql/", async () => {
    const res = await fetch(`${base}/graphiql/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toMatch(/graphiql/i);
  });

  it("answers GraphQL at /graphql from the database", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ towns(sort: [{ name: ASC }], limit: 2) { name } }" }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/(graphql-response\+)?json/);
    const body = (await res.json()) as { data: { towns: { name: string }[] } };
    expect(body.data.towns).toHaveLength(2);
  });

  it("without a built explorer, says so at / and does not announce it", async () => {
    rmSync(join(app, "explorer", "dist"), { recursive: true, force: true });
    const port = await freePort();
    const bare = spawnApi(port, runtimeEnv, { entry: join(app, cmd[1]), cwd: app });
    try {
      await bare.ready;
      const ready = bare.stderr.find((line) => line.includes("Maillage ready"))!;
      expect(ready).not.toContain("explorer on");
      expect(ready).toContain(`API on http://127.0.0.1:${port}/graphql`);
      const res = await fetch(`http://127.0.0.1:${port}/`);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
      const text = await res.text();
      expect(text).toContain("The explorer is not built");
      expect(text).not.toContain(app); // no path of the server's files
    } finally {
      bare.child.kill("SIGTERM");
      await bare.exited;
    }
  }, 120_000);
});
