/**
 * Which nodes and links of a view are out of sight: outside the focus (one
 * organisation and the nodes 1 to 3 steps from it), hidden one by one by the
 * coordinator, or not there yet in the year chosen on the slider. They stay
 * in the graph, hidden, so that everything keeps its place when they come back.
 */
import type { GraphData } from "./model";

export interface Visibility {
  /** One node and how many steps around it stay in sight (everything else hidden). */
  focus: { id: string; depth: number } | null;
  /** Nodes hidden one by one. */
  hidden: ReadonlySet<string>;
  /** A year: links that started later are hidden, and the nodes all of whose links started later. Null: every year. */
  year: number | null;
}

/** The nodes at most `depth` steps from `id` through the view's links (itself included). */
export function withinSteps(data: GraphData, id: string, depth: number): Set<string> {
  const adjacency = new Map<string, string[]>();
  for (const e of data.edges) {
    (adjacency.get(e.source) ?? adjacency.set(e.source, []).get(e.source)!).push(e.target);
    (adjacency.get(e.target) ?? adjacency.set(e.target, []).get(e.target)!).push(e.source);
  }
  const reached = new Set([id]);
  let frontier = [id];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier)
      for (const other of adjacency.get(node) ?? [])
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
    frontier = next;
  }
  return reached;
}

/** Ids of the nodes and links to hide. */
export function hiddenElements(data: GraphData, { focus, hidden, year }: Visibility): Set<string> {
  const out = new Set<string>();
  const edgesNow = year === null ? data.edges : data.edges.filter((e) => e.since == null || e.since <= year);
  if (year !== null) {
    // A node with links, none of which had started by then, was not in the network yet.
    const linked = new Set<string>();
    const linkedNow = new Set<string>();
    for (const e of data.edges) linked.add(e.source).add(e.target);
    for (const e of edgesNow) linkedNow.add(e.source).add(e.target);
    for (const n of data.nodes) if (linked.has(n.id) && !linkedNow.has(n.id)) out.add(n.id);
  }
  for (const id of hidden) out.add(id);
  if (focus && data.nodes.some((n) => n.id === focus.id)) {
    const kept = withinSteps(
      { nodes: data.nodes, edges: edgesNow.filter((e) => !out.has(e.source) && !out.has(e.target)) },
      focus.id,
      focus.depth,
    );
    for (const n of data.nodes) if (!kept.has(n.id)) out.add(n.id);
  }
  const edgesShown = new Set(edgesNow.map((e) => e.id));
  for (const e of data.edges) if (!edgesShown.has(e.id) || out.has(e.source) || out.has(e.target)) out.add(e.id);
  return out;
}

/** The years the slider goes through: from the first link's year to the last one's (null when no link is dated). */
export function yearRange(data: GraphData): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const e of data.edges) {
    if (e.since == null) continue;
    first = Math.min(first, e.since);
    last = Math.max(last, e.since);
  }
  return Number.isFinite(first) ? [first, last] : null;
}
