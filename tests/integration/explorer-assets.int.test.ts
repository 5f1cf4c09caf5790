/**
 * The explorer's scripts and styles are compressed once, at build time
 * (brotli and gzip copies beside each file), and sent in the encoding the
 * browser accepts, with the security headers of every explorer file.
 */
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { request } from "node:http";
import { startHarness, type Harness } from "./harness";

/** A raw GET (Node's fetch would decompress and hide the encoding). */
function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

describe("explorer assets", () => {
  let api: Harness;
  let script: string;
  beforeAll(async () => {
    api = await startHarness();
    const html = await (await fetch(`${api.url}/`)).text();
    script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
  });
  afterAll(() => api.close());

  it("sends a script brotli-compressed to a browser that accepts it, gzip to one that accepts only gzip, plain otherwise", async () => {
    const plain = await get(`${api.url}${script}`, {});
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-type"]).toMatch(/javascript/);
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);

    const br = await get(`${api.url}${script}`, { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers["cache-control"]).toMatch(/immutable/);
    expect(br.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

    const gzip = await get(`${api.url}${script}`, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);

    const refused = await get(`${api.url}${script}`, { "accept-encoding": "br;q=0, gzip;q=0" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.equals(plain.body)).toBe(true);
  });

  it("compresses the API's answers for a client that accepts it: a town's network comes gzip-encoded, the same JSON", async () => {
    const query = JSON.stringify({
      query: '{ cooperationGraph(inseeCode: "94028", limit: 300) { nodes { id name } edges { id } } }',
    });
    const post = (headers: Record<string, string>) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const req = request(
          `${api.url}/graphql`,
          { method: "POST", headers: { "content-type": "application/json", ...headers } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
            res.on("error", reject);
          },
        );
        req.on("error", reject);
        req.end(query);
      });
    const plain = await post({});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const gzip = await post({ "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    // Relationship ids are hashes (stable across exports), which compress less than words: still under half.
    expect(gzip.body.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(gunzipSync(gzip.body).toString("utf8"))).toEqual(JSON.parse(plain.body.toString("utf8")));
  });

  it("still answers 404 for a script that does not exist, whatever the encoding asked", async () => {
    expect((await get(`${api.url}/assets/nope.js`, { "accept-encoding": "br" })).status).toBe(404);
  });
});
