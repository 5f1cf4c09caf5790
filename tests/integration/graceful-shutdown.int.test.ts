/**
 * SIGTERM drains (docs/operations.md): the real server process (graph-api/dist, as
 * deployed), stopped while a request is still arriving, stops accepting new
 * connections, finishes that request with its answer, then exits 0.
 */
import type { ChildProcess } from "node:child_process";
import { request } from "node:http";
import { freePort, spawnApi } from "./processes";

async function startApi(port: number): Promise<ChildProcess> {
  const api = spawnApi(port);
  await api.ready;
  return api.child;
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
        {
          host: "127.0.0.1",
          port,
          path: "/graphql",
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
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
