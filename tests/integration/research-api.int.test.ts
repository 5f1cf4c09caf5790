/**
 * Researchers' access: exports of the cooperation network read back by
 * NetworkX (GraphML, GEXF) with the same nodes, edges and attributes as the
 * JSON export; pseudonymised by default (stable pseudonyms, no names),
 * complete for coordinators only; researchers' API keys created by admins,
 * accepted in both headers, rate-limited with 429 and Retry-After, revoked.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHarness, type Harness } from "./harness";
import { runNetworkx } from "./networkx";

interface NodeLink {
  graph: Record<string, unknown>;
  nodes: ({ id: string } & Record<string, unknown>)[];
  edges: ({ source: string; target: string; key: string } & Record<string, unknown>)[];
}

// The first export computes the seed's metrics: on a busy machine that takes longer than Jest's default 5 s.
describe("research API: exports and API keys", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${h.url}${path}`, { headers });

  it("exports a pseudonymised network by default: stable pseudonyms, no names, coordinates or real ids", async () => {
    const first = await get("/api/export/graph.json");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-disposition")).toContain("pseudonymised");
    const data = (await first.json()) as NodeLink;
    expect(data.nodes.length).toBeGreaterThan(300);
    expect(data.nodes.every((n) => /^p-[A-Za-z0-9_-]{16}$/.test(n.id))).toBe(true);
    expect(data.nodes.some((n) => "name" in n || "latitude" in n)).toBe(false);
    const realIds = (await h.cypher<{ id: string }>("MATCH (o:Organisation) RETURN o.id AS id LIMIT 50")).map(
      (r) => r.id,
    );
    const text = JSON.stringify(data);
    expect(realIds.some((id) => text.includes(`"${id}"`))).toBe(false);
    // Same pseudonyms the next time, and the same ones GraphQL gives.
    const again = (await (await get("/api/export/graph.json")).json()) as NodeLink;
    expect(again.nodes.map((n) => n.id)).toEqual(data.nodes.map((n) => n.id));
    // A coordinator can tell which organisation a pseudonym stands for; nobody else can ask the API.
    const query = `{ networkMetrics { nodes(first: 1) { nodes { id pseudonymousId degree } } } }`;
    const top = await h.gql(query, {}, await h.token("coordinator"));
    const node = top.data!.networkMetrics.nodes.nodes[0];
    expect(data.nodes.find((n) => n.id === node.pseudonymousId)?.degree).toBe(node.degree);
    for (const token of [undefined, await h.token("researcher")]) {
      const refused = await h.gql(
        `{ networkMetrics { nodes(first: 1000) { nodes { ...N } } } } fragment N on NodeMetrics { id name pseudonymousId }`,
        {},
        token,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe(token ? "FORBIDDEN" : "UNAUTHENTICATED");
      expect(JSON.stringify(refused.data)).not.toMatch(/"p-/);
    }
  }, 60_000);

  it("gives ids and names to coordinators only", async () => {
    expect((await get("/api/export/graph.json?pseudonymised=false")).status).toBe(401);
    const researcher = await h.token("researcher");
    expect(
      (await get("/api/export/graph.json?pseudonymised=false", { authorization: `Bearer ${researcher}` })).status,
    ).toBe(403);
    const coordinator = await h.token("coordinator");
    const res = await get("/api/export/nodes.csv?pseudonymised=false", { authorization: `Bearer ${coordinator}` });
    expect(res.status).toBe(200);
    const csv = await res.text();
    expect(csv.split("\r\n")[0]).toContain("name");
    const [org] = await h.cypher<{ id: string; name: string }>(
      "MATCH (o:EssStructure) RETURN o.id AS id, o.name AS name ORDER BY o.id LIMIT 1",
    );
    expect(csv).toContain(org.id);
  }, 60_000);

  it("refuses a bad year with a message naming it", async () => {
    const res = await get("/api/export/graph.gexf?asOf=19");
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("asOf must be a year");
  }, 60_000);

  it("leaves illustrative data out of metrics and exports on request, and says in their metadata what they include", async () => {
    const counts = await h.cypher<{ nodes: number; illustrative: number }>(
      `CALL () { MATCH (o:Organisation) RETURN o AS n UNION ALL MATCH (e:Event) RETURN e AS n UNION ALL MATCH (s:SharedResource) RETURN s AS n }
       RETURN count(n) AS nodes, count(CASE WHEN n.sourceKind = 'ILLUSTRATIVE' THEN 1 END) AS illustrative`,
    );
    const illustrativeInGraph = Number(counts[0].illustrative);
    expect(illustrativeInGraph).toBeGreaterThan(0);
    const query = `query($i: IllustrativeData!) { networkMetrics(illustrative: $i) { illustrative illustrativeNodeCount illustrativeNodesLeftOut nodeCount nodes(first: 1000) { total nodes { id } } } }`;
    const all = (await h.gql(query, { i: "INCLUDE" })).data!.networkMetrics;
    const real = (await h.gql(query, { i: "EXCLUDE" })).data!.networkMetrics;
    expect(all).toMatchObject({ illustrative: "INCLUDE", illustrativeNodesLeftOut: 0 });
    expect(real).toMatchObject({ illustrative: "EXCLUDE", illustrativeNodeCount: 0 });
    expect(real.illustrativeNodesLeftOut).toBe(all.illustrativeNodeCount);
    // Every real organisation stays (isolated ones too); an event only illustrative organisations attended goes.
    const realOrganisations = (
      await h.cypher<{ id: string }>(
        "MATCH (o:Organisation) WHERE coalesce(o.sourceKind, '') <> 'ILLUSTRATIVE' RETURN o.id AS id",
      )
    ).map((r) => r.id);
    const realIds = new Set(real.nodes.nodes.map((n: { id: string }) => n.id));
    expect(realOrganisations.every((id) => realIds.has(id))).toBe(true);
    expect(real.nodeCount).toBeLessThanOrEqual(all.nodeCount - all.illustrativeNodeCount);
    const illustrativeIds = new Set(
      (await h.cypher<{ id: string }>("MATCH (o:Organisation {sourceKind: 'ILLUSTRATIVE'}) RETURN o.id AS id")).map(
        (r) => r.id,
      ),
    );
    expect(real.nodes.nodes.some((n: { id: string }) => illustrativeIds.has(n.id))).toBe(false);
    expect(all.nodes.nodes.some((n: { id: string }) => illustrativeIds.has(n.id))).toBe(true);

    const coordinator = await h.token("coordinator");
    const res = await get("/api/export/graph.json?illustrative=exclude&pseudonymised=false", {
      authorization: `Bearer ${coordinator}`,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-illustrative-data")).toBe("excluded");
    expect(res.headers.get("content-disposition")).toContain("-real-");
    const data = (await res.json()) as NodeLink;
    expect(data.graph).toMatchObject({
      illustrativeData: "excluded",
      illustrativeNodes: 0,
      illustrativeNodesLeftOut: all.illustrativeNodeCount,
      illustrativeRelationships: 0,
    });
    expect(data.nodes.some((n) => n.sourceKind === "ILLUSTRATIVE")).toBe(false);
    expect(data.edges.some((e) => e.sourceKind === "ILLUSTRATIVE")).toBe(false);
    const ids = new Set(data.nodes.map((n) => n.id));
    expect(data.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const included = (await (await get("/api/export/graph.json")).json()) as NodeLink;
    expect(included.graph).toMatchObject({
      illustrativeData: "included",
      illustrativeNodes: all.illustrativeNodeCount,
    });

    const bad = await get("/api/export/nodes.csv?illustrative=hide");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("illustrative must be include or exclude");
  }, 120_000);

  it.each([null, 2019])(
    "GraphML and GEXF read back by NetworkX hold the JSON export's nodes, edges and attributes (asOf %s)",
    async (asOf) => {
      const query = asOf ? `?asOf=${asOf}` : "";
      const json = (await (await get(`/api/export/graph.json${query}`)).json()) as NodeLink;
      const dir = mkdtempSync(join(tmpdir(), "maillage-export-"));
      const files: Record<string, string> = {};
      for (const kind of ["graphml", "gexf"]) {
        const res = await get(`/api/export/graph.${kind}${query}`);
        expect(res.status).toBe(200);
        files[kind] = join(dir, `graph.${kind}`);
        writeFileSync(files[kind], await res.text());
      }
      const back = runNetworkx({ metrics: false, files }).files;
      const attributesOf = (values: Record<string, unknown>, omit: string[]) =>
        Object.fromEntries(
          Object.entries(values).filter(([k, v]) => !omit.includes(k) && v !== null && v !== undefined),
        );
      const expectedNodes = Object.fromEntries(json.nodes.map((n) => [n.id, attributesOf(n, ["id"])]));
      const edgeKey = (u: string, v: string, a: Record<string, unknown>) =>
        JSON.stringify([[u, v].sort(), a.type, a.since ?? null, a.until ?? null, a.kind ?? null]);
      const expectedEdges = json.edges.map((e) => edgeKey(e.source, e.target, e)).sort();
      for (const kind of ["graphml", "gexf"]) {
        const file = back[kind];
        expect(file.directed).toBe(false);
        // GEXF readers add a label (the id here, as pseudonymised nodes have no name).
        const nodes = Object.fromEntries(Object.entries(file.nodes).map(([id, a]) => [id, attributesOf(a, ["label"])]));
        expect(Object.keys(nodes).sort()).toEqual(Object.keys(expectedNodes).sort());
        for (const [id, attrs] of Object.entries(expectedNodes)) {
          for (const [k, v] of Object.entries(attrs)) {
            if (typeof v === "number") expect(nodes[id][k] as number).toBeCloseTo(v, 12);
            else expect(nodes[id][k]).toEqual(v);
          }
        }
        expect(file.edges.map(([u, v, a]) => edgeKey(u, v, a)).sort()).toEqual(expectedEdges);
      }
      expect(json.edges.length).toBeGreaterThan(100);
    },
    120_000,
  );

  it("lets an admin create a researcher's key that works in both headers, within its rate, until revoked", async () => {
    const query = `mutation { createApiKey(name: "UPEC lab test", ratePerMinute: 3) { id key } }`;
    expect((await h.gql(query, {}, await h.token("coordinator"))).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const created = await h.gql(query, {}, await h.token("admin"));
    expect(created.errors).toBeUndefined();
    const { id, key } = created.data!.createApiKey;
    const stored = await h.cypher<{ hash: string; props: string[] }>(
      "MATCH (k:ApiKey {id: $id}) RETURN k.hash AS hash, keys(k) AS props",
      { id },
    );
    expect(stored[0].hash).not.toContain(key.split("_")[2]);

    const asResearcher = (headers: Record<string, string>) =>
      fetch(`${h.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: "{ networkMetrics { nodeCount } }" }),
      });
    expect((await asResearcher({ "x-api-key": key })).status).toBe(200);
    expect((await asResearcher({ authorization: `ApiKey ${key}` })).status).toBe(200);
    expect((await get("/api/export/edges.csv", { "x-api-key": key })).status).toBe(200);
    const limited = await asResearcher({ "x-api-key": key });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);

    expect((await asResearcher({ "x-api-key": key.slice(0, -2) + "xx" })).status).toBe(401);
    const revoked = await h.gql(
      `mutation($id: ID!) { revokeApiKey(id: $id) { id name ratePerMinute revokedAt } }`,
      { id },
      await h.token("admin"),
    );
    expect(revoked.data!.revokeApiKey).toMatchObject({ id, name: "UPEC lab test", ratePerMinute: 3 });
    expect(revoked.data!.revokeApiKey.revokedAt).toBeTruthy();
    const unknown = await h.gql(`mutation { revokeApiKey(id: "no-such-key") { id } }`, {}, await h.token("admin"));
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await h.cypher("MATCH (k:ApiKey {id: $id}) DELETE k", { id });
  }, 60_000);
});
