/**
 * The researcher's round trip: the whole public graph pulled as one dataset
 * version (/api/datasets), loaded in NetworkX with the types its
 * datapackage.json declares, its metrics recomputed and compared with the
 * API's at stated tolerances; its ids are the API's ids everywhere; the
 * files are byte-stable, carry the dataset version and licence, and a version
 * kept by `npm run snapshot` is served again by version.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATASET_FILES } from "../../graph-api/src/domain/export/package";
import { startHarness, type Harness } from "./harness";

const ROOT = join(__dirname, "..", "..");
/** Stated in docs/research.md: metrics equal NetworkX's to 1e-6 (measured far closer). */
const TOLERANCE = 1e-6;

interface RoundTrip {
  networkx: string;
  version: string;
  nodes: number;
  edges: number;
  relationships: number;
  type_problems: string[];
  max_diff: Record<string, number>;
  missing: string[];
  modularity: number;
  graphml_version: string;
  graphml_licence: string;
  graphml_edge_ids: string[];
  graphml_types_ok: boolean;
  json_types_ok: boolean;
}

function roundTrip(request: unknown): RoundTrip {
  const run = spawnSync("python3", [join(ROOT, "tests", "networkx", "dataset_round_trip.py")], {
    input: JSON.stringify(request),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0)
    throw new Error(`dataset_round_trip.py exited with ${run.status ?? run.signal}:\n${run.stderr.slice(-4000)}`);
  return JSON.parse(run.stdout) as RoundTrip;
}

const METRICS = /* GraphQL */ `
  query Metrics($offset: Int!) {
    networkMetrics {
      datasetVersion
      modularity
      nodeCount
      relationshipCount
      nodes(sortBy: DEGREE, first: 1000, offset: $offset) {
        total
        nodes { id degree weightedDegree betweenness pagerank eigenvector community component }
      }
    }
  }
`;

describe("the researcher's round trip", () => {
  let h: Harness;
  const datasetsDir = mkdtempSync(join(tmpdir(), "maillage-datasets-"));
  beforeAll(async () => {
    h = await startHarness({ config: { datasetsDir } });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${h.url}${path}`, { headers });

  it("pulls the dataset, loads it in NetworkX with its declared types and recomputes the API's metrics", async () => {
    const listing = await get("/api/datasets");
    const { current } = (await listing.json()) as { current: string };
    const folder = mkdtempSync(join(tmpdir(), "maillage-dataset-"));
    for (const file of DATASET_FILES) {
      const res = await get(`/api/datasets/current/${file}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-dataset-version")).toBe(current);
      writeFileSync(join(folder, file), Buffer.from(await res.arrayBuffer()));
    }
    // The API's figures for the same version, paged at the size research.md states.
    const api: Record<string, Record<string, number>> = {};
    let head: any;
    for (let offset = 0; ; offset += 1000) {
      const res = await h.gql(METRICS, { offset });
      expect(res.errors).toBeUndefined();
      expect(res.headers.get("x-dataset-version")).toBe(current);
      head = res.data!.networkMetrics;
      for (const n of head.nodes.nodes) api[n.id] = n;
      if (Object.keys(api).length >= head.nodes.total) break;
    }
    expect(head.datasetVersion).toBe(current);
    expect((await h.gql("{ datasetVersion }")).data!.datasetVersion).toBe(current);

    const result = roundTrip({ dir: folder, api, modularity: head.modularity });
    expect(result.type_problems).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.version).toBe(current);
    expect(result.nodes).toBe(head.nodeCount);
    expect(result.relationships).toBe(head.relationshipCount);
    expect(result.graphml_version).toBe(current);
    expect(result.graphml_licence).toBe("etalab-2.0");
    expect(result.graphml_types_ok).toBe(true);
    expect(result.json_types_ok).toBe(true);
    expect(result.max_diff.degree).toBe(0);
    expect(result.max_diff.community).toBe(0);
    for (const metric of ["weightedDegree", "betweenness", "pagerank", "eigenvector", "file"])
      expect(result.max_diff[metric]).toBeLessThan(TOLERANCE);
    expect(Math.abs(result.modularity - head.modularity)).toBeLessThan(TOLERANCE);
    console.log(
      `round trip of dataset ${current}: ${result.nodes} nodes, ${result.relationships} relationships; max differences ${JSON.stringify(result.max_diff)}; modularity ${result.modularity}`,
    );

    // The datapackage states the licence and how to cite the version; the README too.
    const pkg = JSON.parse(readFileSync(join(folder, "datapackage.json"), "utf8"));
    expect(pkg.licenses[0].name).toBe("etalab-2.0");
    expect(pkg.citation).toContain(current);
    expect(readFileSync(join(folder, "README.md"), "utf8")).toContain("Licence Ouverte");

    // Same relationship ids in the relationships list, the GraphML file and the explorer's graph.
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await h.gql(
        `query R($after: String) { cooperationRelationships(first: 5000, after: $after) { datasetVersion totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      expect(page.errors).toBeUndefined();
      const c = page.data.cooperationRelationships;
      expect(c.datasetVersion).toBe(current);
      ids.push(...c.nodes.map((n: { id: string }) => n.id));
      after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
    } while (after);
    expect([...ids].sort()).toEqual(result.graphml_edge_ids);
    const view = await h.gql(`{ cooperationGraph(limit: 5000) { nodes { id type degree } edges { id type } } }`);
    expect(view.errors).toBeUndefined();
    const known = new Set(ids);
    const cooperation = view.data!.cooperationGraph.edges.filter(
      (e: { type: string }) => !["LAUREATE_OF", "LOCATED_IN"].includes(e.type),
    );
    expect(cooperation.length).toBeGreaterThan(100);
    expect(cooperation.filter((e: { id: string }) => !known.has(e.id))).toEqual([]);
    // One id and one degree per node: an event is the same node in the explorer's graph and the metrics.
    const viewNodes = view.data!.cooperationGraph.nodes.filter((n: { id: string }) => api[n.id]);
    expect(viewNodes.some((n: { type: string }) => n.type === "Event")).toBe(true);
    expect(viewNodes.filter((n: { id: string; degree: number }) => n.degree !== api[n.id].degree)).toEqual([]);
  }, 180_000);

  it("gives the same bytes for the same version, and serves a version kept by npm run snapshot", async () => {
    const first = await (await get("/api/datasets/current/graph.gexf")).text();
    const json = await (await get("/api/export/graph.json")).text();
    // Computing the metrics again (a new computedAt) changes nothing in the files.
    const refreshed = await h.gql(
      `mutation { refreshNetworkMetrics { computedAt } }`,
      {},
      await h.token("coordinator"),
    );
    expect(refreshed.errors).toBeUndefined();
    expect(await (await get("/api/datasets/current/graph.gexf")).text()).toBe(first);
    expect(await (await get("/api/export/graph.json")).text()).toBe(json);
    expect(first).not.toMatch(/lastmodifieddate|generatedAt|computedAt/);

    const snapshot = spawnSync("node", [join(ROOT, "graph-api", "dist", "cli", "snapshot.js"), datasetsDir], {
      encoding: "utf8",
      env: process.env,
    });
    expect(snapshot.stderr).toBe("");
    expect(snapshot.status).toBe(0);
    const { current, kept } = (await (await get("/api/datasets")).json()) as {
      current: string;
      kept: { version: string; date: string }[];
    };
    expect(snapshot.stdout).toContain(`dataset version ${current}`);
    expect(kept.map((k) => k.version)).toEqual([current]);
    for (const file of ["nodes.csv", "edges.csv", "graph.gexf", "datapackage.json"]) {
      const keptFile = await get(`/api/datasets/${current}/${file}`);
      expect(keptFile.status).toBe(200);
      expect(await keptFile.text()).toBe(await (await get(`/api/datasets/current/${file}`)).text());
    }
    const unknown = await get("/api/datasets/0123456789abcdef/nodes.csv");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).errors[0].message).toContain(`kept: ${current}`);
  }, 180_000);

  it("measures the current network without ended ties, and says so", async () => {
    const res = await h.gql(`{
      whole: networkMetrics { endedTies relationshipCount }
      current: networkMetrics(endedTies: EXCLUDE) { endedTies relationshipCount }
      ended: cooperationRelationships(first: 5000, endedTies: EXCLUDE) { totalCount nodes { until } }
    }`);
    expect(res.errors).toBeUndefined();
    const { whole, current, ended } = res.data!;
    expect(whole.endedTies).toBe("INCLUDE");
    expect(current.endedTies).toBe("EXCLUDE");
    expect(current.relationshipCount).toBeLessThan(whole.relationshipCount);
    expect(ended.totalCount).toBe(current.relationshipCount);
    const year = new Date().getUTCFullYear();
    expect(ended.nodes.filter((r: { until: number | null }) => r.until !== null && r.until < year)).toEqual([]);
    const refused = await h.gql(`{ networkMetrics(asOf: 2019, endedTies: EXCLUDE) { nodeCount } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain("asOf");
  }, 120_000);
});
