/**
 * The compiled programs as a deployment runs them: a Neo4j of a test's own
 * (the local launcher on another port and data folder), graph-api's server
 * and its command-line tools.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";

export const ROOT = join(__dirname, "..", "..");

/** Starts the local Neo4j launcher on `port` with `dataDir`; resolves once it is ready. */
export function startNeo4j(port: number, dataDir: string): Promise<{ stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(ROOT, "scripts", "neo4j-local.mjs")], {
    env: { ...process.env, NEO4J_LOCAL_PORT: String(port), NEO4J_LOCAL_DATA: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stderr! }).on("line", (line) => {
      output.push(line);
      if (line.includes("Neo4j ready on")) {
        resolve({
          stop: async () => {
            const exited = new Promise((r) => child.once("exit", r));
            child.kill("SIGTERM");
            await exited;
          },
        });
      }
    });
    child.stdout!.resume();
    child.once("exit", (code) =>
      reject(new Error(`local Neo4j exited with ${code}: ${output.join("\n").slice(-2000)}`)),
    );
  });
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface ApiProcess {
  child: ChildProcess;
  /** Every line it wrote to stderr so far. */
  stderr: string[];
  /** Resolves when it says "Maillage ready"; rejects with its stderr if it exits first. */
  ready: Promise<void>;
  exited: Promise<number | null>;
}

/**
 * Spawns graph-api/dist/index.js on `port` (a fresh JWT secret unless env gives one);
 * `from` runs another copy of the repository's (a replayed deployment image), in that folder.
 */
export function spawnApi(port: number, env: NodeJS.ProcessEnv = {}, from?: { entry: string; cwd: string }): ApiProcess {
  const full: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
  };
  delete full.JWT_SECRET_FILE;
  delete full.JWT_JWKS_URL;
  full.JWT_SECRET = randomBytes(32).toString("hex");
  Object.assign(full, env);
  const entry = from?.entry ?? join(ROOT, "graph-api", "dist", "index.js");
  const child = spawn(process.execPath, [entry], { env: full, cwd: from?.cwd, stdio: ["ignore", "ignore", "pipe"] });
  const stderr: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const lines = createInterface({ input: child.stderr! });
  const closed = new Promise<void>((resolve) => lines.once("close", resolve));
  const ready = new Promise<void>((resolve, reject) => {
    lines.on("line", (line) => {
      stderr.push(line);
      if (line.includes("Maillage ready")) resolve();
    });
    // All of stderr is read before the failure is reported.
    void exited.then(async (code) => {
      await closed;
      reject(new Error(`graph-api exited with ${code}: ${stderr.join("\n")}`));
    });
  });
  ready.catch(() => undefined); // a test that expects the exit awaits `exited` instead
  const exitedAndRead = exited.then(async (code) => {
    await closed;
    return code;
  });
  return { child, stderr, ready, exited: exitedAndRead };
}

/** Runs a compiled command-line tool of graph-api (graph-api/dist/cli/<name>.js) against `uri`, with more settings in `env`. */
export function cli(name: string, args: string[], uri: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, "graph-api", "dist", "cli", `${name}.js`), ...args], {
    env: { ...process.env, ...env, NEO4J_URI: uri },
    encoding: "utf8",
    timeout: 300_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
