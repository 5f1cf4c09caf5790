/** The explorer's graph data, merged from several API answers (scope, expanded neighbourhoods, suggestions shown). */
import type { GraphNodeFieldsFragment, GraphViewFieldsFragment } from "../gql/graphql";

/** A node and an edge as the API's graph views give them (fragments GraphNodeFields and GraphViewFields in src/queries.ts). */
export type GraphNode = GraphNodeFieldsFragment;
/** Without `__typename`: the explorer also draws and exports edges of its own (the suggested introductions). */
export type GraphEdge = Omit<GraphViewFieldsFragment["edges"][number], "__typename">;
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Union of several views, each node and edge once (later views add, never remove). */
export function mergeViews(views: GraphData[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const view of views) {
    for (const n of view.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of view.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  // An edge is shown only when both ends are.
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)),
  };
}

/**
 * Shortest path through partners ("who can introduce X to Y"): breadth-first
 * over partnership, membership and purchase links of the view. Null when none.
 */
export function introductionPath(data: GraphData, from: string, to: string): string[] | null {
  const TYPES = new Set(["PARTNERS_WITH", "MEMBER_OF", "PURCHASES_FROM", "SUPPORTS", "FUNDS", "STUDIES"]);
  const adjacency = new Map<string, string[]>();
  for (const e of data.edges) {
    if (!TYPES.has(e.type)) continue;
    (adjacency.get(e.source) ?? adjacency.set(e.source, []).get(e.source)!).push(e.target);
    (adjacency.get(e.target) ?? adjacency.set(e.target, []).get(e.target)!).push(e.source);
  }
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (node === to) break;
    for (const next of (adjacency.get(node) ?? []).sort()) {
      if (previous.has(next)) continue;
      previous.set(next, node);
      queue.push(next);
    }
  }
  if (!previous.has(to)) return null;
  const path: string[] = [];
  for (let at: string | null = to; at !== null; at = previous.get(at) ?? null) path.unshift(at);
  return path;
}
