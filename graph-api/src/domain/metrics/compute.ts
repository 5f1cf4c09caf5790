/**
 * All network metrics of one network: degree, weighted degree,
 * betweenness, closeness, PageRank, eigenvector centrality, clustering
 * coefficient, connected components and Louvain communities. PageRank,
 * eigenvector centrality and Louvain come from graphology-metrics and
 * graphology-communities-louvain; betweenness, closeness and clustering run
 * on typed arrays (paths.ts, brandes.ts), because the library's versions keep
 * per-node objects, run on one thread and cannot be sampled, which a
 * 100,000-node network needs.
 * Every value is checked against NetworkX (tests/integration/network-metrics-networkx.int.test.ts).
 *
 * Weights: the number of relationships between two nodes. Weighted degree,
 * PageRank, eigenvector centrality and Louvain use them; betweenness, closeness and clustering count
 * hops and triangles (a weight is a strength, not a length).
 */
import { UndirectedGraph } from "graphology";
import pagerank from "graphology-metrics/centrality/pagerank";
import eigenvector from "graphology-metrics/centrality/eigenvector";
import louvain from "graphology-communities-louvain";
import { mulberry32 } from "@maillage/model";
import type { Network } from "./network";
import { clustering, pathCentralities, PATH_DEFAULTS, type PathOptions } from "./paths";

export interface MetricsOptions extends PathOptions {
  /** PageRank damping factor. */
  alpha: number;
  /** PageRank (and eigenvector centrality) stop when the L1 change summed over the nodes falls below the node count times this (NetworkX's `tol`). */
  tolerance: number;
  /** Power iterations of PageRank and eigenvector centrality at most. */
  maxIterations: number;
  /** Louvain resolution. */
  resolution: number;
  /** Louvain runs (different seeds) on networks up to `exactMaxNodes`; the partition of highest modularity is kept. */
  louvainRuns: number;
}

export const METRICS_DEFAULTS: MetricsOptions = {
  ...PATH_DEFAULTS,
  alpha: 0.85,
  tolerance: 1e-10,
  maxIterations: 10_000,
  resolution: 1,
  louvainRuns: 5,
};

export interface NetworkMetrics {
  ids: readonly string[];
  degree: Int32Array;
  weightedDegree: Float64Array;
  betweenness: Float64Array;
  closeness: Float64Array;
  pagerank: Float64Array;
  eigenvector: Float64Array;
  clustering: Float64Array;
  /** Louvain community of each node, numbered by decreasing size from 0. */
  community: Int32Array;
  /** Connected component of each node, numbered by decreasing size from 0. */
  component: Int32Array;
  modularity: number;
  communityCount: number;
  edgeCount: number;
  /** BFS sources of betweenness and closeness; the node count when exact. */
  pathSources: number;
  exact: boolean;
  /** Threads the breadth-first searches ran on. */
  pathThreads: number;
  /** Milliseconds spent on each step. */
  timings: Record<string, number>;
}

function toGraphology(net: Network): UndirectedGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: false, multi: false });
  net.ids.forEach((_, i) => graph.addNode(i));
  for (let i = 0; i < net.ids.length; i++) {
    for (let k = net.offsets[i]; k < net.offsets[i + 1]; k++) {
      const j = net.targets[k];
      if (i < j) graph.addUndirectedEdge(i, j, { weight: net.weights[k] });
    }
  }
  return graph;
}

/** Renumbers labels by decreasing group size (ties: smallest first member). */
function bySize(labels: ArrayLike<number>): { labels: Int32Array; count: number } {
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) {
    size.set(labels[i], (size.get(labels[i]) ?? 0) + 1);
    if (!first.has(labels[i])) first.set(labels[i], i);
  }
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  const rank = new Map(order.map((c, r) => [c, r]));
  return { labels: Int32Array.from(labels, (c) => rank.get(c)!), count: order.length };
}

export async function computeMetrics(net: Network, options: Partial<MetricsOptions> = {}): Promise<NetworkMetrics> {
  const o = { ...METRICS_DEFAULTS, ...options };
  const n = net.ids.length;
  const timings: Record<string, number> = {};
  const timed = <T>(name: string, work: () => T): T => {
    const start = performance.now();
    const result = work();
    timings[name] = Math.round(performance.now() - start);
    return result;
  };

  const { degree, weightedDegree } = timed("degree", () => {
    const degree = new Int32Array(n);
    const weightedDegree = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      degree[i] = net.offsets[i + 1] - net.offsets[i];
      for (let k = net.offsets[i]; k < net.offsets[i + 1]; k++) weightedDegree[i] += net.weights[k];
    }
    return { degree, weightedDegree };
  });
  const pathStart = performance.now();
  const paths = await pathCentralities(net, o);
  timings.betweennessCloseness = Math.round(performance.now() - pathStart);
  const cc = timed("clustering", () => clustering(net));
  const graph = timed("graphology", () => toGraphology(net));
  const pr = timed("pagerank", () => {
    const out = new Float64Array(n);
    if (n === 0) return out;
    const ranks = pagerank(graph, {
      getEdgeWeight: "weight",
      alpha: o.alpha,
      tolerance: o.tolerance,
      maxIterations: o.maxIterations,
    });
    for (const [key, value] of Object.entries(ranks)) out[Number(key)] = value;
    return out;
  });
  const ev = timed("eigenvector", () => {
    const out = new Float64Array(n);
    if (graph.size === 0) return out;
    // NetworkX's power iteration (x ← x + Ax from the uniform vector, L2-normalised), weighted by relationships.
    const values = eigenvector(graph, {
      getEdgeWeight: "weight",
      tolerance: o.tolerance,
      maxIterations: o.maxIterations,
    });
    for (const [key, value] of Object.entries(values)) out[Number(key)] = value;
    return out;
  });
  const communities = timed("louvain", () => {
    if (graph.size === 0) return { labels: Int32Array.from({ length: n }, (_, i) => i), modularity: 0 };
    // Louvain's result depends on the order nodes are visited in: on networks small enough, keep the best of a few seeded runs.
    const runs = n <= o.exactMaxNodes ? Math.max(1, o.louvainRuns) : 1;
    let detailed = louvain.detailed(graph, {
      getEdgeWeight: "weight",
      resolution: o.resolution,
      rng: mulberry32(o.seed),
    });
    for (let run = 1; run < runs; run++) {
      const next = louvain.detailed(graph, {
        getEdgeWeight: "weight",
        resolution: o.resolution,
        rng: mulberry32(o.seed + run),
      });
      if (next.modularity > detailed.modularity) detailed = next;
    }
    const labels = new Int32Array(n);
    for (const [key, c] of Object.entries(detailed.communities)) labels[Number(key)] = c;
    return { labels, modularity: detailed.modularity };
  });
  const community = bySize(communities.labels);
  return {
    ids: net.ids,
    degree,
    weightedDegree,
    betweenness: paths.betweenness,
    closeness: paths.closeness,
    pagerank: pr,
    eigenvector: ev,
    clustering: cc,
    community: community.labels,
    component: paths.component,
    modularity: communities.modularity,
    communityCount: community.count,
    edgeCount: net.edgeCount,
    pathSources: paths.sources,
    exact: paths.exact,
    pathThreads: paths.threads,
    timings,
  };
}
