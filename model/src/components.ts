/**
 * Connected components of an undirected graph in compressed adjacency form
 * (the neighbours of node i are neighbours[offsets[i] … offsets[i+1])), shared
 * by the API's network metrics and the explorer's layout.
 */

export interface Adjacency {
  /** Number of nodes. */
  count: number;
  offsets: ArrayLike<number>;
  neighbours: ArrayLike<number>;
}

export interface Components {
  /** The component of each node, numbered by decreasing size (ties: the component of the smaller first node first). */
  component: Int32Array;
  /** The nodes of each component in that numbering, in breadth-first order from its smallest node. */
  members: Int32Array[];
}

/** Connected components by breadth-first search. */
export function connectedComponents(graph: Adjacency): Components {
  const n = graph.count;
  const raw = new Int32Array(n).fill(-1);
  // One queue for all searches: each component's nodes end up consecutive, in breadth-first order.
  const queue = new Int32Array(n);
  const found: Int32Array[] = [];
  let tail = 0;
  for (let start = 0; start < n; start++) {
    if (raw[start] !== -1) continue;
    const c = found.length;
    const first = tail;
    let head = tail;
    queue[tail++] = start;
    raw[start] = c;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = graph.offsets[v]!; k < graph.offsets[v + 1]!; k++) {
        const w = graph.neighbours[k]!;
        if (raw[w] === -1) {
          raw[w] = c;
          queue[tail++] = w;
        }
      }
    }
    found.push(queue.subarray(first, tail));
  }
  const order = found.map((_, c) => c).sort((a, b) => found[b]!.length - found[a]!.length || a - b);
  const rank = new Int32Array(found.length);
  order.forEach((c, r) => (rank[c] = r));
  return { component: raw.map((c) => rank[c]!), members: order.map((c) => found[c]!) };
}
