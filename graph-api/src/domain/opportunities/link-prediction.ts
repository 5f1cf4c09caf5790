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
import { commonNeighbourList, degree, type CooperationGraph } from "./cooperation-graph";

export interface LinkScores {
  commonNeighbours: number;
  jaccard: number;
  adamicAdar: number;
  resourceAllocation: number;
  preferentialAttachment: number;
}

export const HEURISTICS = ["commonNeighbours", "jaccard", "adamicAdar", "resourceAllocation", "preferentialAttachment"] as const;
export type Heuristic = (typeof HEURISTICS)[number];

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

/**
 * Pairs of distinct, non-adjacent nodes that share at least one neighbour,
 * each pair once (u < v), among the nodes `eligible` accepts. These are the
 * only pairs with a non-zero structural score.
 */
export function* twoHopPairs(graph: CooperationGraph, eligible: (node: number) => boolean): Generator<[number, number]> {
  const seen = new Uint8Array(graph.ids.length);
  const touched: number[] = [];
  for (let u = 0; u < graph.ids.length; u++) {
    if (!eligible(u)) continue;
    for (const w of graph.neighbours[u]) {
      for (const v of graph.neighbours[w]) {
        if (v <= u || seen[v] || !eligible(v)) continue;
        seen[v] = 1;
        touched.push(v);
      }
    }
    // Direct neighbours are already linked: not a suggestion.
    for (const v of graph.neighbours[u]) seen[v] = 0;
    for (const v of touched) {
      if (seen[v]) yield [u, v];
      seen[v] = 0;
    }
    touched.length = 0;
  }
}
