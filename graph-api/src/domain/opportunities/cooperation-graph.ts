/**
 * The cooperation graph: an undirected simple graph whose nodes are
 * organisations and what they share (events attended, pooled resources), and
 * whose edges are partnerships, purchases, funding, support, memberships,
 * research links, attendances and pooling. Common neighbours of two
 * organisations are then their shared partners, financers, events and
 * resources — the evidence link prediction reads.
 *
 * Pure data structure: no driver, no GraphQL. Adjacency is kept as sorted
 * integer arrays so that intersections are linear and deterministic.
 */

import { createIdIndex } from "../id-index";

export interface CooperationEdge {
  source: string;
  target: string;
}

export interface CooperationGraph {
  /** Node ids, by index. */
  readonly ids: readonly string[];
  /** Index of each node id. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Sorted neighbour indexes of each node (no self-loops, no duplicates). */
  readonly neighbours: readonly Int32Array[];
  readonly edgeCount: number;
  /**
   * Degrees in the whole graph, by index, when this graph is only a part of it
   * (a town's neighbourhood: see town-scope.ts); absent, a node's degree is its
   * number of neighbours here.
   */
  readonly degrees?: Int32Array;
}

/**
 * Builds the graph. Repeated edges count once, as in a NetworkX Graph;
 * self-loops are dropped (NetworkX would keep them and count them twice in the
 * degree: the two agree on loop-free input, which the cooperation query gives).
 */
export function buildCooperationGraph(
  edges: Iterable<CooperationEdge>,
  extraNodes: Iterable<string> = [],
  /** Whole-graph degrees of the nodes whose edges are not all given (the rest keep their count here). */
  wholeDegrees?: ReadonlyMap<string, number>,
): CooperationGraph {
  const { ids, indexOf, add } = createIdIndex();
  for (const id of extraNodes) add(id);
  const sets: Set<number>[] = [];
  for (const { source, target } of edges) {
    const a = add(source);
    const b = add(target);
    if (a === b) continue;
    (sets[a] ??= new Set()).add(b);
    (sets[b] ??= new Set()).add(a);
  }
  let twice = 0;
  const neighbours = ids.map((_, i) => {
    const arr = Int32Array.from(sets[i] ?? []);
    arr.sort();
    twice += arr.length;
    return arr;
  });
  if (!wholeDegrees) return { ids, indexOf, neighbours, edgeCount: twice / 2 };
  const degrees = Int32Array.from(neighbours, (list, i) => Math.max(list.length, wholeDegrees.get(ids[i]) ?? 0));
  return { ids, indexOf, neighbours, edgeCount: twice / 2, degrees };
}

export function degree(graph: CooperationGraph, node: number): number {
  return graph.degrees ? graph.degrees[node] : graph.neighbours[node].length;
}

export function hasEdge(graph: CooperationGraph, a: number, b: number): boolean {
  const list = graph.neighbours[a];
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === b) return true;
    if (list[mid] < b) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Common neighbours of two nodes, in increasing index order. */
export function commonNeighbourList(graph: CooperationGraph, a: number, b: number): number[] {
  const x = graph.neighbours[a];
  const y = graph.neighbours[b];
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      out.push(x[i]);
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return out;
}
