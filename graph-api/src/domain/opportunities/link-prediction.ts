/**
 * Link-prediction heuristics over the cooperation graph, with the definitions
 * NetworkX uses (networkx.algorithms.link_prediction), so that the two agree:
 * - common neighbours: |N(u) ∩ N(v)|
 * - Jaccard: |N(u) ∩ N(v)| / |N(u) ∪ N(v)| (0 when both are isolated)
 * - Adamic–Adar: Σ over common neighbours w of 1 / ln(deg w)
 * - resource allocation: Σ over common neighbours w of 1 / deg w
 * - preferential attachment: deg u · deg v (a baseline)
 * @see https://networkx.org/documentation/stable/reference/algorithms/link_prediction.html
 */
import { commonNeighbourList, degree, hasEdge, type CooperationGraph } from "./cooperation-graph";

export interface LinkScores {
  commonNeighbours: number;
  jaccard: number;
  adamicAdar: number;
  resourceAllocation: number;
  preferentialAttachment: number;
}

export const HEURISTICS = [
  "commonNeighbours",
  "jaccard",
  "adamicAdar",
  "resourceAllocation",
  "preferentialAttachment",
] as const;

export function linkScores(graph: CooperationGraph, u: number, v: number): LinkScores {
  const common = commonNeighbourList(graph, u, v);
  const du = degree(graph, u);
  const dv = degree(graph, v);
  const union = du + dv - common.length;
  let adamicAdar = 0;
  let resourceAllocation = 0;
  for (const w of common) {
    const dw = degree(graph, w);
    adamicAdar += 1 / Math.log(dw);
    resourceAllocation += 1 / dw;
  }
  return {
    commonNeighbours: common.length,
    jaccard: union === 0 ? 0 : common.length / union,
    adamicAdar,
    resourceAllocation,
    preferentialAttachment: du * dv,
  };
}

/** What a scan reports for each pair: the three sums over its common neighbours. */
export type PairVisitor = (
  u: number,
  v: number,
  commonNeighbours: number,
  resourceAllocation: number,
  adamicAdar: number,
) => void;

/** The sums over a pair's common neighbours that a scan accumulates. */
export interface ScanSums {
  common: number;
  resourceAllocation: number;
  adamicAdar: number;
}

/** What `scanTwoHopPairs` scans and whom it reports to; its functions are called as methods of the object. */
export interface TwoHopScan {
  /** Nodes the pairs are built around (one member of every pair). */
  source: (node: number) => boolean;
  /** Nodes that may be the other member. A pair of two sources is visited once, from the one scanned first. */
  target: (node: number) => boolean;
  /**
   * Optional: the sources to scan first, in this order; the others follow by
   * increasing index (the default order). A caller that keeps only the best
   * pairs puts the most promising sources first, so that its cut rises early.
   */
  first?: readonly number[];
  visit: PairVisitor;
  /**
   * Optional pruning. Called before the scan expands the next neighbour of
   * `u` (neighbours go by increasing degree, so by decreasing weight): true
   * means no pair whose common neighbours all lie among the `neighboursLeft`
   * remaining ones can matter, given that its resource allocation is at most
   * `allocationLeft` and its Adamic–Adar index at most `adamicAdarLeft`.
   * Pairs already reached still get their exact scores.
   */
  negligible?: (u: number, allocationLeft: number, neighboursLeft: number, adamicAdarLeft: number) => boolean;
  /**
   * Optional, with `negligible`: when the scan left neighbours of u out, it
   * calls this for each pair reached through the others before completing
   * its sums with them, with its sums so far (`least`) and the most they can
   * reach (`most`); false drops the pair unvisited.
   */
  mayMatter?: (u: number, v: number, least: ScanSums, most: ScanSums) => boolean;
}

interface ScanTables {
  /** 1 / deg(w): resource allocation's weight. */
  inverse: Float64Array;
  /** 1 / ln(deg w): Adamic–Adar's weight (only read for degrees ≥ 2). */
  inverseLog: Float64Array;
  /** Neighbours of each node by increasing degree, then index. */
  byDegree: Int32Array[];
  /** Length of each node's neighbour list, read without touching the list. */
  listLength: Int32Array;
}
const scanTables = new WeakMap<CooperationGraph, ScanTables>();

/** Roughly what looking a node up in a sorted list costs, in list entries walked. */
const LOOKUP_COST = 4;
/** Added to the most a pair's weights can reach: more than any rounding error of their sums. */
const MARGIN = 1e-9;

function tablesOf(graph: CooperationGraph): ScanTables {
  let tables = scanTables.get(graph);
  if (tables) return tables;
  const n = graph.ids.length;
  const inverse = new Float64Array(n);
  const inverseLog = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = degree(graph, i);
    inverse[i] = d > 0 ? 1 / d : 0;
    inverseLog[i] = d > 1 ? 1 / Math.log(d) : 0;
  }
  // Rank nodes by (degree, index) once; each list then sorts as plain integers.
  const nodeAt = Int32Array.from(graph.ids.keys()).sort((a, b) => degree(graph, a) - degree(graph, b) || a - b);
  const rankOf = new Int32Array(n);
  for (let r = 0; r < n; r++) rankOf[nodeAt[r]] = r;
  const byDegree = graph.neighbours.map((list) =>
    list
      .map((w) => rankOf[w])
      .sort()
      .map((r) => nodeAt[r]),
  );
  const listLength = Int32Array.from(graph.neighbours, (list) => list.length);
  tables = { inverse, inverseLog, byDegree, listLength };
  scanTables.set(graph, tables);
  return tables;
}

/**
 * Each node's resource allocation and Adamic–Adar weights summed over all its
 * neighbours: the most the sums of any pair of it can reach.
 */
export function neighbourWeightTotals(graph: CooperationGraph): { allocation: Float64Array; adamicAdar: Float64Array } {
  const { inverse, inverseLog } = tablesOf(graph);
  const allocation = new Float64Array(graph.ids.length);
  const adamicAdar = new Float64Array(graph.ids.length);
  graph.neighbours.forEach((list, u) => {
    for (const w of list) {
      allocation[u] += inverse[w];
      adamicAdar[u] += inverseLog[w];
    }
  });
  return { allocation, adamicAdar };
}

/**
 * Visits every pair {u, v} of distinct, non-adjacent nodes with at least one
 * common neighbour — the only pairs with a non-zero structural score — where
 * u is a source and v a target, with its common-neighbour count, resource
 * allocation and Adamic–Adar index (the sums of `linkScores`, in another
 * order: equal to within rounding).
 *
 * Instead of intersecting neighbour lists pair by pair, it accumulates each
 * common neighbour's weight over the wedges u–w–v into dense arrays, one
 * source at a time: the cost is the number of wedges, with no allocation per
 * pair. `negligible` lets a caller that keeps only the best pairs skip the
 * wedges through high-degree neighbours (an event everyone attended), whose
 * weight is tiny, without changing any reported score.
 */
export function scanTwoHopPairs(graph: CooperationGraph, scan: TwoHopScan): void {
  const n = graph.ids.length;
  const { inverse, inverseLog, byDegree, listLength } = tablesOf(graph);
  const isSource = new Uint8Array(n);
  const isTarget = new Uint8Array(n);
  let maxDegree = 0;
  for (let i = 0; i < n; i++) {
    isSource[i] = scan.source(i) ? 1 : 0;
    isTarget[i] = scan.target(i) ? 1 : 0;
    maxDegree = Math.max(maxDegree, degree(graph, i));
  }
  // The sources in scan order: `first`, then the others by index.
  const sources: number[] = [];
  const queued = new Uint8Array(n);
  for (const u of scan.first ?? []) {
    if (isSource[u] === 1 && queued[u] === 0) sources.push(u);
    queued[u] = 1;
  }
  for (let u = 0; u < n; u++) if (isSource[u] === 1 && queued[u] === 0) sources.push(u);
  /** 1: a source already scanned, whose pairs with every target were visited then. */
  const done = new Uint8Array(n);
  const allocation = new Float64Array(n);
  const adamicAdar = new Float64Array(n);
  const common = new Int32Array(n);
  const touched = new Int32Array(n);
  /** 1: reached from the current source; 2: adjacent to it (or itself); 3: dropped by `mayMatter`. */
  const state = new Uint8Array(n);
  /** Neighbours of the current source the scan did not expand: marked, and listed by increasing index. */
  const isSkipped = new Uint8Array(n);
  const skipped = new Int32Array(maxDegree);
  const allocationFrom = new Float64Array(maxDegree + 1);
  const adamicAdarFrom = new Float64Array(maxDegree + 1);
  const least: ScanSums = { common: 0, resourceAllocation: 0, adamicAdar: 0 };
  const most: ScanSums = { common: 0, resourceAllocation: 0, adamicAdar: 0 };

  // One source at a time, in a function of its own: V8 optimises it as a whole, where a loop in a long
  // loop would be compiled on the fly and thrown away at each exit.
  const scanFrom = (u: number) => {
    const order = byDegree[u];
    const d = order.length;
    allocationFrom[d] = 0;
    adamicAdarFrom[d] = 0;
    for (let a = d - 1; a >= 0; a--) {
      allocationFrom[a] = allocationFrom[a + 1] + inverse[order[a]];
      adamicAdarFrom[a] = adamicAdarFrom[a + 1] + inverseLog[order[a]];
    }
    let count = 0;
    let expanded = d;
    for (let a = 0; a < d; a++) {
      if (scan.negligible !== undefined && scan.negligible(u, allocationFrom[a], d - a, adamicAdarFrom[a])) {
        expanded = a;
        break;
      }
      const w = order[a];
      const x = inverse[w];
      const y = inverseLog[w];
      const around = graph.neighbours[w];
      for (let b = 0; b < around.length; b++) {
        const v = around[b];
        if (v === u || isTarget[v] === 0 || done[v] === 1) continue;
        if (state[v] === 0) {
          state[v] = 1;
          touched[count++] = v;
        }
        allocation[v] += x;
        adamicAdar[v] += y;
        common[v]++;
      }
    }
    const own = graph.neighbours[u];
    for (let a = 0; a < d; a++) state[own[a]] = 2; // already linked: not a suggestion
    if (expanded < d) {
      // Complete the pairs reached so far with the common neighbours not expanded, in increasing index
      // order (as the pair's own list meets them): when they are few, by looking the pair's other member
      // up in their lists, which every pair of this source reads (so they stay at hand); otherwise by
      // walking the other member's list.
      const left = d - expanded;
      for (let a = 0; a < left; a++) isSkipped[(skipped[a] = order[expanded + a])] = 1;
      skipped.subarray(0, left).sort();
      for (let t = 0; t < count; t++) {
        const v = touched[t];
        if (state[v] !== 1) continue;
        if (scan.mayMatter !== undefined) {
          // At most k more common neighbours: v has no more neighbours than that besides those counted. The
          // k of least degree weigh most (rounding errors are far below the margin added).
          const k = Math.min(left, listLength[v] - common[v]);
          least.common = common[v];
          least.resourceAllocation = allocation[v];
          least.adamicAdar = adamicAdar[v];
          most.common = common[v] + k;
          most.resourceAllocation = allocation[v] + allocationFrom[expanded] - allocationFrom[expanded + k] + MARGIN;
          most.adamicAdar = adamicAdar[v] + adamicAdarFrom[expanded] - adamicAdarFrom[expanded + k] + MARGIN;
          if (!scan.mayMatter(u, v, least, most)) {
            state[v] = 3; // dropped
            continue;
          }
        }
        if (left * LOOKUP_COST <= listLength[v]) {
          for (let a = 0; a < left; a++) {
            const w = skipped[a];
            if (!hasEdge(graph, w, v)) continue;
            allocation[v] += inverse[w];
            adamicAdar[v] += inverseLog[w];
            common[v]++;
          }
        } else {
          const around = graph.neighbours[v];
          for (let b = 0; b < around.length; b++) {
            const w = around[b];
            if (isSkipped[w] === 0) continue;
            allocation[v] += inverse[w];
            adamicAdar[v] += inverseLog[w];
            common[v]++;
          }
        }
      }
      for (let a = 0; a < left; a++) isSkipped[skipped[a]] = 0;
    }
    for (let t = 0; t < count; t++) {
      const v = touched[t];
      if (state[v] === 1) scan.visit(u, v, common[v], allocation[v], adamicAdar[v]);
      allocation[v] = 0;
      adamicAdar[v] = 0;
      common[v] = 0;
      state[v] = 0;
    }
    for (let a = 0; a < d; a++) state[own[a]] = 0;
    done[u] = 1;
  };
  for (const u of sources) scanFrom(u);
}

interface PathTables {
  /** Σ over the neighbours a of u of (deg a − 1): the walks u–a–b with b ≠ u, a bound on the paths of three. */
  walks: Float64Array;
  /** Marks of the other member's neighbours, by a stamp that changes with every pair. */
  mark: Int32Array;
  stamp: number;
}
const pathTables = new WeakMap<CooperationGraph, PathTables>();

function pathTablesOf(graph: CooperationGraph): PathTables {
  let tables = pathTables.get(graph);
  if (tables) return tables;
  const n = graph.ids.length;
  const walks = new Float64Array(n);
  for (let u = 0; u < n; u++) for (const a of graph.neighbours[u]) walks[u] += degree(graph, a) - 1;
  tables = { walks, mark: new Int32Array(n), stamp: 0 };
  pathTables.set(graph, tables);
  return tables;
}

/**
 * The number of paths u–a–b–v of length three (a ≠ v, b ≠ u): how many
 * partners of u are linked to a partner of v. Not one of NetworkX's
 * heuristics; for a pair that is not linked it equals the (u, v) entry of
 * A³, the walks of length three (the local path index of Lü, Jin & Zhou,
 * 2009, keeps it as its second term). It breaks the ties of the heuristics
 * above on sparse networks, where most pairs share no neighbour.
 *
 * Counted over the neighbours a of the member with fewer of them: the
 * links from a to the other member's neighbours, by walking a's own
 * neighbours when it has few, by looking each of the other member's
 * neighbours up in a's sorted list when it has many (an event everyone
 * attended). Each pair costs at most |N(u)| × |N(v)| look-ups.
 */
export function pathsOfThree(graph: CooperationGraph, u: number, v: number): number {
  const t = pathTablesOf(graph);
  const [from, to] = graph.neighbours[u].length <= graph.neighbours[v].length ? [u, v] : [v, u];
  const targets = graph.neighbours[to];
  if (t.stamp === 0x7fffffff) {
    t.mark.fill(0);
    t.stamp = 0;
  }
  const stamp = ++t.stamp;
  for (const b of targets) t.mark[b] = stamp;
  // A binary search costs about log2(deg a) steps: walk a's list when that is cheaper.
  const walkUpTo = targets.length * 8;
  let count = 0;
  for (const a of graph.neighbours[from]) {
    if (a === to) continue;
    const around = graph.neighbours[a];
    if (around.length <= walkUpTo) {
      for (const b of around) if (b !== from && t.mark[b] === stamp) count++;
    } else {
      for (const b of targets) if (b !== from && hasEdge(graph, a, b)) count++;
    }
  }
  return count;
}

/**
 * Paths of three for the pairs of a scan, which come source by source: for
 * each new source u, how many partners of u each node is linked to is
 * counted once (the walks u–a–b); a pair's paths of three are then the sum
 * over v's partners b. Same counts as `pathsOfThree`.
 */
export class PathsOfThreeCounter {
  /** Σ over the neighbours a of each node of (deg a − 1). */
  private readonly walks: Float64Array;
  /** Each node's number of neighbours, read without touching its list. */
  private readonly lengths: Int32Array;
  /** For the current source u: how many partners of u each node is linked to. */
  private readonly reach: Int32Array;
  private readonly reached: number[] = [];
  private source = -1;

  constructor(private readonly graph: CooperationGraph) {
    this.walks = pathTablesOf(graph).walks;
    this.lengths = Int32Array.from(graph.neighbours, (list) => list.length);
    this.reach = new Int32Array(graph.ids.length);
  }

  /**
   * The most paths of three the pair (u, v) can have: each one pairs a neighbour of u with a neighbour of
   * v, and takes one of the walks of two steps from either.
   */
  bound(u: number, v: number): number {
    const { walks, lengths } = this;
    return Math.min(walks[u], walks[v], lengths[u] * lengths[v]);
  }

  count(u: number, v: number): number {
    const { graph, reach, reached } = this;
    if (u !== this.source) {
      for (const b of reached) reach[b] = 0;
      reached.length = 0;
      for (const a of graph.neighbours[u]) {
        for (const b of graph.neighbours[a]) if (reach[b]++ === 0) reached.push(b);
      }
      this.source = u;
    }
    // Paths u–a–b–v with a ≠ v and b ≠ u: b is a partner of v other than u, a a partner of u linked to b.
    let count = 0;
    for (const b of graph.neighbours[v]) if (b !== u) count += reach[b];
    // When v is itself a partner of u, reach counted a = v for each of those b.
    if (hasEdge(graph, u, v)) count -= graph.neighbours[v].length - 1;
    return count;
  }
}

/** The most paths of three `u` can have with any other node: Σ over its neighbours a of (deg a − 1). */
export function pathsOfThreeCeiling(graph: CooperationGraph, u: number): number {
  return pathTablesOf(graph).walks[u];
}
