/**
 * Shortest-path centralities (betweenness, closeness) and the clustering
 * coefficient, on the typed-array network.
 *
 * Betweenness and closeness share one breadth-first search per source
 * (brandes.ts). They follow NetworkX's definitions:
 * - betweenness_centrality(G, normalized=True): Σ_{s≠v≠t} σ_st(v)/σ_st over
 *   ordered pairs, divided by (n-1)(n-2);
 * - closeness_centrality(G, wf_improved=True): (r/(n-1)) · r/Σd, r being the
 *   number of nodes v reaches, 0 when it reaches none.
 *
 * Exact Brandes costs one BFS per node, O(n·m): about 5·10¹⁰ steps on 100,000
 * nodes and 500,000 edges, over an hour on one core. Above `exactMaxNodes`
 * both are estimated from `sources` BFS sources drawn with a seeded PRNG,
 * stratified by connected component (Brandes & Pich 2007 for betweenness,
 * Eppstein & Wang 2004 for closeness): a component gets sources in proportion
 * to its size, at least one; a component whose sources cover it is computed
 * exactly, and reach counts (r) are always exact. Sampled betweenness uses
 * linear scaling (Geisberger, Sanders & Schultes 2008; see brandes.ts), which
 * ranks the top nodes markedly better than plain sampling for the same
 * searches (docs/benchmarks-metrics.md gives the measured accuracy).
 *
 * The searches are split between worker threads (paths-worker.ts) when the
 * work is large enough to pay for starting them; the partial sums are added
 * in a fixed order, so results do not depend on the thread count beyond
 * floating-point rounding.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { connectedComponents, mulberry32 } from "@maillage/model";
import type { Network } from "./network";
import { accumulatePaths, type BrandesGraph, type BrandesSums } from "./brandes";
import type { PathsWorkerData } from "./paths-worker";

export interface PathCentralities {
  betweenness: Float64Array;
  closeness: Float64Array;
  /** Connected component of each node (0 = largest). */
  component: Int32Array;
  /** BFS sources used; n when exact. */
  sources: number;
  exact: boolean;
  /** Threads the searches ran on. */
  threads: number;
}

export interface PathOptions {
  /** Exact up to this many nodes. */
  exactMaxNodes: number;
  /** Sources drawn above it. */
  sources: number;
  seed: number;
  /** Worker threads for the searches (1: all in the calling thread). Default: up to 2 (the cores available) when the work is large. */
  threads?: number;
  /** Compiled worker script; default paths-worker.js beside this module (absent when running the TypeScript sources, which then stay in one thread). */
  workerScript?: string;
}

export const PATH_DEFAULTS: PathOptions = { exactMaxNodes: 20_000, sources: 2_000, seed: 42 };

/** Below this many adjacency visits (sources × 2m) starting threads costs more than it saves. */
const THREAD_MIN_WORK = 5e7;

/** Connected components, numbered by decreasing size (ties: smallest first node). */
export function components(net: Network): { component: Int32Array; sizes: number[] } {
  const { component, members } = connectedComponents({
    count: net.ids.length,
    offsets: net.offsets,
    neighbours: net.targets,
  });
  return { component, sizes: members.map((m) => m.length) };
}

/** The sources of each component: all its nodes, or a seeded sample in proportion to its size. */
function pickSources(
  net: Network,
  component: Int32Array,
  sizes: number[],
  options: PathOptions,
): { sources: Int32Array; perComponent: Int32Array } {
  const n = net.ids.length;
  const exact = n <= options.exactMaxNodes || options.sources >= n;
  const perComponent = new Int32Array(sizes.length);
  if (exact) {
    sizes.forEach((s, c) => (perComponent[c] = s));
    return { sources: Int32Array.from({ length: n }, (_, i) => i), perComponent };
  }
  // An isolated node needs no search (its betweenness and closeness are 0).
  sizes.forEach(
    (s, c) => (perComponent[c] = s === 1 ? 0 : Math.min(s, Math.max(1, Math.round((options.sources * s) / n)))),
  );
  const members: number[][] = sizes.map(() => []);
  for (let v = 0; v < n; v++) members[component[v]].push(v);
  const rand = mulberry32(options.seed);
  const chosen: number[] = [];
  members.forEach((list, c) => {
    const k = perComponent[c];
    // Partial Fisher–Yates: the first k of a shuffle.
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(rand() * (list.length - i));
      [list[i], list[j]] = [list[j], list[i]];
      chosen.push(list[i]);
    }
  });
  return { sources: Int32Array.from(chosen), perComponent };
}

/** Runs the searches of `sources`, split between `threads` workers (interleaved, so each gets a fair share of every component). */
async function runSearches(
  graph: BrandesGraph,
  sources: Int32Array,
  scale: Float64Array,
  linear: boolean,
  threads: number,
  script: string,
): Promise<BrandesSums> {
  const n = graph.offsets.length - 1;
  const sums: BrandesSums = { betweenness: new Float64Array(n), distanceSum: new Float64Array(n) };
  if (threads <= 1) {
    accumulatePaths(graph, sources, scale, linear, sums);
    return sums;
  }
  const shares = Array.from({ length: threads }, (_, t) => {
    const picked = sources.filter((_, q) => q % threads === t);
    return { sources: picked, scale: scale.filter((_, q) => q % threads === t) };
  });
  const workers: Worker[] = [];
  try {
    const parts = await Promise.all(
      shares.map(
        (share) =>
          new Promise<BrandesSums>((resolve, reject) => {
            const worker = new Worker(script, {
              workerData: {
                graph: { offsets: graph.offsets, targets: graph.targets },
                ...share,
                linear,
              } satisfies PathsWorkerData,
            });
            workers.push(worker);
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.once(
              "exit",
              (code) => code !== 0 && reject(new Error(`betweenness worker stopped with exit code ${code}`)),
            );
          }),
      ),
    );
    for (const part of parts) {
      for (let v = 0; v < n; v++) {
        sums.betweenness[v] += part.betweenness[v];
        sums.distanceSum[v] += part.distanceSum[v];
      }
    }
    return sums;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export async function pathCentralities(net: Network, options: PathOptions = PATH_DEFAULTS): Promise<PathCentralities> {
  const n = net.ids.length;
  const { component, sizes } = components(net);
  const { sources, perComponent } = pickSources(net, component, sizes, options);
  const exact = sources.length === n;
  const scale = Float64Array.from(sources, (s) => sizes[component[s]] / perComponent[component[s]]);
  const script = options.workerScript ?? join(__dirname, "paths-worker.js");
  // Threads asked for are used whenever the worker script exists; by default only for large work.
  const wanted =
    options.threads ??
    (sources.length * net.targets.length >= THREAD_MIN_WORK ? Math.min(2, availableParallelism()) : 1);
  const threads = wanted > 1 && sources.length > 1 && existsSync(script) ? Math.min(wanted, sources.length) : 1;
  const { betweenness, distanceSum } = await runSearches(net, sources, scale, !exact, threads, script);

  const closeness = new Float64Array(n);
  const pairs = (n - 1) * (n - 2);
  for (let v = 0; v < n; v++) {
    if (n > 2) betweenness[v] /= pairs;
    else betweenness[v] = 0;
    const r = sizes[component[v]] - 1;
    closeness[v] = r > 0 && distanceSum[v] > 0 && n > 1 ? (r / (n - 1)) * (r / distanceSum[v]) : 0;
  }
  return { betweenness, closeness, component, sources: sources.length, exact, threads };
}

/**
 * Local clustering coefficient of every node, unweighted (NetworkX's
 * clustering(G)): 2T/(d(d-1)), T the triangles through the node, 0 below
 * degree 2. Triangles are counted once each, along edges oriented from lower
 * to higher (degree, index), which bounds the work by O(m^1.5).
 */
export function clustering(net: Network): Float64Array {
  const n = net.ids.length;
  const { offsets, targets } = net;
  const deg = (v: number) => offsets[v + 1] - offsets[v];
  const before = (a: number, b: number) => deg(a) < deg(b) || (deg(a) === deg(b) && a < b);
  const outStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    let c = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) if (before(v, targets[k])) c++;
    outStart[v + 1] = outStart[v] + c;
  }
  const out = new Int32Array(outStart[n]);
  for (let v = 0, p = 0; v < n; v++)
    for (let k = offsets[v]; k < offsets[v + 1]; k++) if (before(v, targets[k])) out[p++] = targets[k];
  const triangles = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    for (let k = outStart[u]; k < outStart[u + 1]; k++) mark[out[k]] = u;
    for (let k = outStart[u]; k < outStart[u + 1]; k++) {
      const v = out[k];
      for (let j = outStart[v]; j < outStart[v + 1]; j++) {
        const w = out[j];
        if (mark[w] === u) {
          triangles[u]++;
          triangles[v]++;
          triangles[w]++;
        }
      }
    }
  }
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const d = deg(v);
    result[v] = d < 2 ? 0 : (2 * triangles[v]) / (d * (d - 1));
  }
  return result;
}
