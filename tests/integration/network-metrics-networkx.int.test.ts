/**
 * Researchers compare with NetworkX, the reference: every network metric the API serves equals NetworkX's to 1e-6
 * (degree, weighted degree, betweenness, closeness, PageRank, clustering),
 * and the Louvain partition's modularity is within 1 % of NetworkX's own
 * Louvain — on the seed's cooperation graph (whole, and as of 2019), read
 * through GraphQL, and on a generated graph.
 *
 * NetworkX runs in tests/networkx/network_metrics.py and builds its own
 * weighted graph from the raw relationship list. Needs python3 with NetworkX
 * (python3 -m pip install -r tests/networkx/requirements.txt); fails without.
 */
import { join } from "node:path";
import { buildNetwork } from "../../graph-api/src/domain/metrics/network";
import { computeMetrics, type NetworkMetrics } from "../../graph-api/src/domain/metrics/compute";
import { createGraphReader } from "../../graph-api/src/db/graph-reader";
import { loadGraph, sliceOf } from "../../graph-api/src/domain/metrics/service";
import { generateGraph, generatedNodeIds } from "@maillage/tools";
import { startHarness, type Harness } from "./harness";
import { runNetworkx } from "./networkx";

const TOLERANCE = 1e-6;
const COLUMNS = [
  "degree",
  "weightedDegree",
  "betweenness",
  "closeness",
  "pagerank",
  "clustering",
  "eigenvector",
] as const;
type Column = (typeof COLUMNS)[number];
type Row = Record<Column, number> & { id: string; community: number };

/** Fails with the largest differences when a metric differs from NetworkX's by more than 1e-6. */
function compare(
  name: string,
  nodes: string[],
  relationships: [string, string][],
  ours: Row[],
  options: { expectNodes: number; expectEdges: number },
) {
  const communities = Object.fromEntries(ours.map((r) => [r.id, r.community]));
  const reference = runNetworkx({ nodes, relationships, communities });
  expect({ nodes: reference.nodes, edges: reference.edges }).toEqual({
    nodes: options.expectNodes,
    edges: options.expectEdges,
  });
  expect(ours).toHaveLength(reference.nodes);
  const maxDiff = Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Record<Column, number>;
  const worst: string[] = [];
  for (const row of ours) {
    const theirs = reference.metrics![row.id];
    if (!theirs) throw new Error(`${name}: NetworkX has no node ${row.id}`);
    COLUMNS.forEach((c, k) => {
      const d = Math.abs(row[c] - theirs[k]);
      const diff = Number.isFinite(d) ? d : Infinity;
      if (diff > maxDiff[c]) maxDiff[c] = diff;
      if (!(diff <= TOLERANCE) && worst.length < 10)
        worst.push(`${row.id} ${c}: ours ${row[c]}, NetworkX ${theirs[k]}`);
    });
  }
  if (worst.length)
    throw new Error(
      `${name}: metrics differ from NetworkX ${reference.networkx}. Max differences ${JSON.stringify(maxDiff)}\n  ${worst.join("\n  ")}`,
    );
  // Louvain: our partition is as good as NetworkX's own Louvain (modularity not below it by more than 1 %).
  const ourQ = reference.partition_modularity!;
  const theirQ = reference.louvain_modularity!;
  expect(ourQ).toBeGreaterThan(0);
  if (!(ourQ >= theirQ - 0.01 * Math.abs(theirQ)))
    throw new Error(`${name}: Louvain modularity ${ourQ}, NetworkX's Louvain ${theirQ}: more than 1 % below`);
  console.log(
    `${name}: max differences ${JSON.stringify(maxDiff)}; modularity ours ${ourQ.toFixed(6)}, NetworkX louvain ${theirQ.toFixed(6)}`,
  );
  return { maxDiff, modularity: reference.partition_modularity!, networkxLouvain: reference.louvain_modularity! };
}

function rowsOf(m: NetworkMetrics): Row[] {
  return m.ids.map((id, i) => ({
    id,
    degree: m.degree[i],
    weightedDegree: m.weightedDegree[i],
    betweenness: m.betweenness[i],
    closeness: m.closeness[i],
    pagerank: m.pagerank[i],
    clustering: m.clustering[i],
    eigenvector: m.eigenvector[i],
    community: m.community[i],
  }));
}

const QUERY = /* GraphQL */ `
  query Metrics($asOf: Int, $offset: Int!) {
    networkMetrics(asOf: $asOf) {
      asOf
      computedAt
      nodeCount
      edgeCount
      relationshipCount
      undatedRelationships
      modularity
      exact
      nodes(sortBy: DEGREE, first: 250, offset: $offset) {
        total
        nodes {
          id
          degree
          weightedDegree
          betweenness
          closeness
          pagerank
          clustering
          eigenvector
          community
        }
      }
    }
  }
`;

describe("network metrics equal NetworkX", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function viaGraphql(asOf: number | null) {
    const rows: Row[] = [];
    let head: any;
    for (let offset = 0; ; offset += 250) {
      const res = await h.gql(QUERY, { asOf, offset });
      expect(res.errors).toBeUndefined();
      head = res.data!.networkMetrics;
      rows.push(...head.nodes.nodes);
      if (rows.length >= head.nodes.total) break;
    }
    return { head, rows };
  }

  it.each([null, 2019])(
    "on the seed graph (asOf %s), read through GraphQL",
    async (asOf) => {
      const { head, rows } = await viaGraphql(asOf);
      expect(head.exact).toBe(true);
      expect(Number.isNaN(Date.parse(head.computedAt))).toBe(false);
      const slice = sliceOf(await loadGraph(createGraphReader(h.driver, { timeoutMs: 30_000 })), asOf);
      const result = compare(
        `seed asOf ${asOf}`,
        slice.nodes,
        slice.relationships.map((r) => [r.source, r.target]),
        rows,
        {
          expectNodes: head.nodeCount,
          expectEdges: head.edgeCount,
        },
      );
      expect(head.modularity).toBeCloseTo(result.modularity, 6);
      // The seed graph is big enough for the comparison to mean something.
      expect(head.nodeCount).toBeGreaterThan(asOf === null ? 300 : 100);
      expect(head.edgeCount).toBeGreaterThan(asOf === null ? 1000 : 100);
    },
    180_000,
  );

  it("on a generated graph with hubs, isolated nodes and repeated relationships (searches split between two worker threads)", async () => {
    const options = { nodes: 1500, edges: 6000, hubs: 4, seed: 8 };
    const edges = generateGraph(options);
    const nodes = generatedNodeIds(options);
    // The compiled worker (npm run build), as the API runs it on large networks.
    const workerScript = join(__dirname, "../../graph-api/dist/domain/metrics/paths-worker.js");
    const m = await computeMetrics(buildNetwork(nodes, edges), { threads: 2, workerScript });
    expect(m.exact).toBe(true);
    expect(m.pathThreads).toBe(2);
    const net = buildNetwork(nodes, edges);
    compare(
      "generated",
      nodes,
      edges.map((e) => [e.source, e.target]),
      rowsOf(m),
      { expectNodes: net.ids.length, expectEdges: net.edgeCount },
    );
  }, 180_000);
});
