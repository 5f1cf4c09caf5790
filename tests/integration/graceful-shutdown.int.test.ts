/**
 * SIGTERM drains (issue 7, §5): the real server process (graph-api/dist, as
 * deployed), stopped while a request is still arriving, stops accepting new
 * connections, finishes that request with its answer, then exits 0.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { request } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";

const ROOT = join(__dirname, "..", "..");

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startApi(port: number): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "test", LOG_LEVEL: "silent" };
  delete env.JWT_SECRET_FILE;
  delete env.JWT_JWKS_URL;
  env.JWT_SECRET = randomBytes(32).toString("hex");
  const child = spawn(process.execPath, [join(ROOT, "graph-api", "dist", "index.js")], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stderr! }).on("line", (line) => {
      output.push(line);
      if (line.includes("Maillage ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`graph-api exited with ${code}: ${output.join("\n")}`)));
  });
  return child;
}

describe("graceful shutdown", () => {
  let api: ChildProcess | undefined;
  afterAll(() => {
    if (api && api.exitCode === null) api.kill("SIGKILL");
  });

  it("answers a request still in flight at SIGTERM, refuses new connections, then exits 0", async () => {
    const port = await freePort();
    api = await startApi(port);
    const exited = new Promise<number | null>((resolve) => api!.once("exit", (code) => resolve(code)));

    const body = JSON.stringify({ query: "{ towns(sort: [{ name: ASC }], limit: 2) { name } }" });
    const half = Math.floor(body.length / 2);
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, path: "/graphql", method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, half));
      // The rest only after SIGTERM: the request is in flight while the server stops.
      setTimeout(() => api!.kill("SIGTERM"), 500);
      setTimeout(() => req.end(body.slice(half)), 1500);
    });

    // Meanwhile, a new connection is refused.
    await new Promise((r) => setTimeout(r, 1000));
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();

    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.towns).toHaveLength(2);
    expect(await exited).toBe(0);
  }, 90_000);
});
