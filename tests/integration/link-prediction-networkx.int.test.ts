/**
 * The link-prediction scores of graph-api equal NetworkX's (common_neighbors,
 * jaccard_coefficient, adamic_adar_index, resource_allocation_index,
 * preferential_attachment) to 1e-9, on the seed's cooperation graph — loaded
 * from Neo4j with the query the app uses — and on generated graphs.
 *
 * NetworkX runs in tests/networkx/link_prediction.py, fed the same raw edge
 * list and extra nodes as buildCooperationGraph (so it also checks how repeated
 * edges collapse). Needs python3 with NetworkX:
 *   python3 -m pip install -r tests/networkx/requirements.txt
 * Without them this test fails; it never skips.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { openDriver, neo4jEnvSchema, toNeo4jConfig } from "@maillage/neo4j";
import { createGraphReader } from "../../graph-api/src/db/graph-reader";
import { cooperationEdges } from "../../graph-api/src/cypher/opportunities/cooperation-edges.cypher";
import { organisationProfiles } from "../../graph-api/src/cypher/opportunities/organisation-profiles.cypher";
import {
  buildCooperationGraph,
  commonNeighbourList,
  hasEdge,
  type CooperationEdge,
  type CooperationGraph,
} from "../../graph-api/src/domain/opportunities/cooperation-graph";
import { HEURISTICS, linkScores, scanTwoHopPairs } from "../../graph-api/src/domain/opportunities/link-prediction";
import { mulberry32 } from "@maillage/model";
import { generateGraph, generatedNodeIds, type RandomGraphOptions } from "@maillage/tools";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "tests", "networkx", "link_prediction.py");
const REQUIREMENTS = join(ROOT, "tests", "networkx", "requirements.txt");
const INSTALL = "python3 -m pip install -r tests/networkx/requirements.txt";
const TOLERANCE = 1e-9;

// ---------------------------------------------------------------- NetworkX ---

interface NetworkxRequest {
  edges: [string, string][];
  nodes: string[];
  pairs: [string, string][];
  topk?: number;
  candidates?: string[];
}

interface NetworkxResponse {
  networkx: string;
  nodes: number;
  edges: number;
  /** [common_neighbors, jaccard, adamic_adar, resource_allocation, preferential_attachment] per pair. */
  scores: number[][];
  topk?: [string, string, number][];
}

/** Runs tests/networkx/link_prediction.py; throws (so the test fails) when python3 or NetworkX is missing. */
function runNetworkx(request: NetworkxRequest): NetworkxResponse {
  const run = spawnSync("python3", [SCRIPT], {
    cwd: ROOT,
    input: JSON.stringify(request),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (run.error) {
    throw new Error(
      `Cannot run python3 (${run.error.message}). This test compares with NetworkX: install Python 3, then run \`${INSTALL}\`.`,
    );
  }
  if (run.status !== 0) {
    if (/No module named ['"]?networkx/.test(run.stderr)) {
      throw new Error(`NetworkX is not installed for python3. Run \`${INSTALL}\`.\n${run.stderr}`);
    }
    throw new Error(
      `tests/networkx/link_prediction.py exited with ${run.status ?? run.signal}:\n${run.stderr.slice(-4000)}`,
    );
  }
  const response = JSON.parse(run.stdout) as NetworkxResponse;
  const pinned = /^networkx==(\S+)/m.exec(readFileSync(REQUIREMENTS, "utf8"))?.[1];
  if (response.networkx !== pinned) {
    throw new Error(
      `python3 has NetworkX ${response.networkx}, the comparison is pinned to ${pinned}. Run \`${INSTALL}\`.`,
    );
  }
  return response;
}

// -------------------------------------------------------------- comparison ---

interface Comparison {
  graph: string;
  nodes: number;
  edges: number;
  pairs: number;
  zeroCommonPairs: number;
  maxDiff: Record<(typeof HEURISTICS)[number], number>;
  ms: number;
}

const summaries: Comparison[] = [];

/**
 * Scores `pairs` with linkScores and with NetworkX (which builds its own graph
 * from the same raw edges and extra nodes) and fails on any difference above
 * 1e-9, reporting the largest difference per score.
 */
function compareWithNetworkx(
  name: string,
  edges: CooperationEdge[],
  extraNodes: string[],
  graph: CooperationGraph,
  pairs: [number, number][],
): Comparison {
  const started = Date.now();
  const response = runNetworkx({
    edges: edges.map((e) => [e.source, e.target]),
    nodes: extraNodes,
    pairs: pairs.map(([u, v]) => [graph.ids[u], graph.ids[v]]),
  });
  // Same graph on both sides: NetworkX collapsed the repeated edges the same way.
  expect({ nodes: response.nodes, edges: response.edges }).toEqual({ nodes: graph.ids.length, edges: graph.edgeCount });
  expect(response.scores).toHaveLength(pairs.length);

  const maxDiff = Object.fromEntries(HEURISTICS.map((h) => [h, 0])) as Comparison["maxDiff"];
  const worst: string[] = [];
  let zeroCommonPairs = 0;
  pairs.forEach(([u, v], row) => {
    const ours = linkScores(graph, u, v);
    if (ours.commonNeighbours === 0) zeroCommonPairs++;
    HEURISTICS.forEach((h, column) => {
      const theirs = response.scores[row][column];
      const diff = Math.abs(ours[h] - theirs);
      // NaN or infinite on either side counts as a difference.
      const d = Number.isFinite(diff) ? diff : Number.POSITIVE_INFINITY;
      if (d > maxDiff[h]) maxDiff[h] = d;
      if (!(d <= TOLERANCE) && worst.length < 10)
        worst.push(`${graph.ids[u]} – ${graph.ids[v]} ${h}: ours ${ours[h]}, NetworkX ${theirs}`);
    });
  });
  const summary: Comparison = {
    graph: name,
    nodes: graph.ids.length,
    edges: graph.edgeCount,
    pairs: pairs.length,
    zeroCommonPairs,
    maxDiff,
    ms: Date.now() - started,
  };
  summaries.push(summary);

  const failures = HEURISTICS.filter((h) => !(maxDiff[h] <= TOLERANCE));
  if (failures.length > 0) {
    throw new Error(
      `${name}: link-prediction scores differ from NetworkX ${response.networkx} by more than ${TOLERANCE} on ${pairs.length} pairs compared.\n` +
        `Max absolute difference per score: ${JSON.stringify(maxDiff)}\nFirst differences:\n  ${worst.join("\n  ")}`,
    );
  }
  return summary;
}

/**
 * Up to `count` distinct random pairs (u < v) that are not adjacent and share
 * no neighbour, deterministic for a seed; pairs of isolated nodes included
 * when there are any.
 */
function zeroCommonPairs(graph: CooperationGraph, count: number, seed: number): [number, number][] {
  const rand = mulberry32(seed);
  const n = graph.ids.length;
  const chosen = new Set<string>();
  const out: [number, number][] = [];
  const take = (a: number, b: number) => {
    const [u, v] = a < b ? [a, b] : [b, a];
    const key = `${u},${v}`;
    if (u === v || chosen.has(key) || hasEdge(graph, u, v) || commonNeighbourList(graph, u, v).length > 0) return;
    chosen.add(key);
    out.push([u, v]);
  };
  const isolated = graph.ids.map((_, i) => i).filter((i) => graph.neighbours[i].length === 0);
  for (let k = 0; k + 1 < isolated.length && out.length < Math.min(20, count); k += 2)
    take(isolated[k], isolated[k + 1]);
  for (let attempt = 0; out.length < count && attempt < count * 100; attempt++)
    take(Math.floor(rand() * n), Math.floor(rand() * n));
  return out;
}

/** Every pair the app's scan visits between eligible nodes (u < v). */
function twoHopPairs(graph: CooperationGraph, eligible: (i: number) => boolean): [number, number][] {
  const pairs: [number, number][] = [];
  scanTwoHopPairs(graph, { source: eligible, target: eligible, visit: (u, v) => pairs.push(u < v ? [u, v] : [v, u]) });
  return pairs;
}

/**
 * Resource allocation's top K in TS — with the app's scan and its pruning (a
 * source's remaining neighbours are skipped once their whole allocation is
 * below the K-th score kept) — and in NetworkX (over every non-adjacent pair
 * of candidates): same scores, and the same pairs wherever the order is not a tie.
 */
function compareTopK(
  name: string,
  edges: CooperationEdge[],
  extraNodes: string[],
  graph: CooperationGraph,
  eligible: (i: number) => boolean,
  k: number,
) {
  let ours: { pair: string; score: number }[] = [];
  const kth = () => (ours.length < k ? -Infinity : ours[k - 1].score);
  scanTwoHopPairs(graph, {
    source: eligible,
    target: eligible,
    negligible: (_u, allocationLeft) => allocationLeft < kth(),
    visit: (u, v, _common, resourceAllocation) => {
      if (resourceAllocation < kth()) return;
      ours.push({ pair: [graph.ids[u], graph.ids[v]].sort().join(" | "), score: resourceAllocation });
      ours = ours.sort((a, b) => b.score - a.score).slice(0, k);
    },
  });
  const candidates = graph.ids.filter((_, i) => eligible(i));
  const response = runNetworkx({
    edges: edges.map((e) => [e.source, e.target]),
    nodes: extraNodes,
    pairs: [],
    topk: k,
    candidates,
  });
  const theirs = (response.topk ?? []).map(([u, v, score]) => ({ pair: [u, v].sort().join(" | "), score }));
  expect(theirs).toHaveLength(k);
  expect(ours).toHaveLength(k);
  const diff = Math.max(...ours.map((o, i) => Math.abs(o.score - theirs[i].score)));
  if (!(diff <= TOLERANCE)) throw new Error(`${name}: top ${k} resource allocation differs from NetworkX by ${diff}`);
  // Strictly above the K-th score (beyond rounding), the pairs are the same.
  const cut = ours[k - 1].score + TOLERANCE;
  expect(
    ours
      .filter((o) => o.score > cut)
      .map((o) => o.pair)
      .sort(),
  ).toEqual(
    theirs
      .filter((t) => t.score > cut)
      .map((t) => t.pair)
      .sort(),
  );
  // The ranking is not all zeros, or it would prove nothing.
  expect(ours[0].score).toBeGreaterThan(0);
}

// ------------------------------------------------------------------- tests ---

describe("link prediction equals NetworkX", () => {
  let driver: Driver;
  let database: string | undefined;
  beforeAll(() => {
    const config = toNeo4jConfig(neo4jEnvSchema.parse(process.env));
    database = config.database;
    driver = openDriver(config);
  });
  afterAll(async () => {
    await driver?.close();
    if (summaries.length) {
      process.stderr.write(
        `link prediction vs NetworkX (tolerance ${TOLERANCE}):\n` +
          summaries
            .map(
              (s) =>
                `  ${s.graph}: ${s.nodes} nodes, ${s.edges} edges, ${s.pairs} pairs (${s.zeroCommonPairs} with no common neighbour), ${s.ms} ms, max |diff| ${JSON.stringify(s.maxDiff)}`,
            )
            .join("\n") +
          "\n",
      );
    }
  });

  it("on the seed's cooperation graph, read with the app's query: every two-hop pair and random unrelated pairs", async () => {
    const reader = createGraphReader(driver, { database, timeoutMs: 30_000 });
    const edges = await reader.read(cooperationEdges, {});
    const organisations = (await reader.read(organisationProfiles, {})).map((p) => p.id);
    // The context builds the graph like this: every organisation, linked or not.
    const graph = buildCooperationGraph(edges, organisations);
    expect(edges.length).toBeGreaterThan(500);
    // The query never yields a self-loop (NetworkX would keep one; the builder drops it).
    expect(edges.filter((e) => e.source === e.target)).toEqual([]);

    const twoHop = [...twoHopPairs(graph, () => true)];
    const unrelated = zeroCommonPairs(graph, 300, 20240601);
    expect(twoHop.length).toBeGreaterThan(1000);
    expect(unrelated.length).toBe(300);
    // Some common neighbours have a large degree (events, financers), so that Adamic–Adar is exercised beyond ln 2.
    expect(
      Math.max(
        ...twoHop.map(([u, v]) => Math.max(...commonNeighbourList(graph, u, v).map((w) => graph.neighbours[w].length))),
      ),
    ).toBeGreaterThanOrEqual(10);

    const summary = compareWithNetworkx("seed", edges, organisations, graph, [...twoHop, ...unrelated]);
    expect(summary.pairs).toBe(twoHop.length + unrelated.length);
    expect(summary.zeroCommonPairs).toBe(unrelated.length);

    // The app ranks organisation pairs among two-hop pairs only; NetworkX ranks all non-adjacent organisation pairs.
    const isOrganisation = new Set(organisations.map((id) => graph.indexOf.get(id)!));
    compareTopK("seed", edges, organisations, graph, (i) => isOrganisation.has(i), 50);
  }, 120_000);

  const generated: [string, RandomGraphOptions][] = [
    ["500 nodes, 2,000 edges", { nodes: 500, edges: 2000, seed: 1 }],
    ["2,000 nodes, 10,000 edges, 8 hubs", { nodes: 2000, edges: 10000, seed: 2, hubs: 8 }],
    ["50 nodes, 600 edges (dense)", { nodes: 50, edges: 600, seed: 3 }],
  ];

  it.each(generated)(
    "on a generated graph (%s): every two-hop pair and random unrelated pairs",
    (name, options) => {
      const edges = generateGraph(options);
      const nodes = generatedNodeIds(options);
      const graph = buildCooperationGraph(edges, nodes);
      expect(edges.length).toBeGreaterThan(graph.edgeCount); // repeated edges, for NetworkX to collapse too

      const twoHop = [...twoHopPairs(graph, () => true)];
      const unrelated = zeroCommonPairs(graph, 200, options.seed);
      expect(twoHop.length).toBeGreaterThan(500);
      expect(unrelated.length).toBeGreaterThan(0);
      // Isolated nodes are compared too (Jaccard 0 when both are isolated).
      expect(unrelated.some(([u, v]) => graph.neighbours[u].length === 0 && graph.neighbours[v].length === 0)).toBe(
        true,
      );

      compareWithNetworkx(name, edges, nodes, graph, [...twoHop, ...unrelated]);
      if (graph.ids.length <= 600) compareTopK(name, edges, nodes, graph, () => true, 100);
    },
    180_000,
  );
});
