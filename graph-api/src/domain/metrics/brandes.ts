/**
 * The inner loop of betweenness and closeness: one breadth-first search per
 * source and Brandes' dependency accumulation (Brandes 2001), on the
 * typed-array network. Kept apart from paths.ts so that worker threads
 * (paths-worker.ts) run the very same code on their share of the sources.
 *
 * Unweighted: distances are hops (a weight counts relationships, it is not a
 * length), so a BFS replaces Dijkstra. The same search serves both metrics.
 *
 * The accumulation "pulls" from successors: walking the BFS order backwards,
 * a node v sums coeff(w) = (1 + δ(w)) / σ(w) over its neighbours w one step
 * farther, then δ(v) = σ(v) · Σ. Each node writes only its own entries, and
 * once δ(v) is known nobody reads σ(v) again, so coeff(v) takes its place in
 * the same array (less memory to walk through than a third array).
 *
 * `linear` switches on Geisberger, Sanders & Schultes' linear scaling (2008,
 * "Better approximation of betweenness centrality"): the pair (s, t) gives v
 * the share d(s,v)/d(s,t) of its dependency, so δ(v) = σ(v) · d(v)/(d(v)+1) · Σ,
 * counted twice (the pair is also seen from t, which gives the rest). Summed
 * over every source it equals Brandes' value; from a sample of sources it
 * overestimates nodes near the sampled sources much less, which is what
 * spoils the ranking of plain source sampling.
 */

export interface BrandesGraph {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

export interface BrandesSums {
  /** Σ over sources of scale(s) · δ_s(v) (ordered pairs; not normalised). */
  betweenness: Float64Array;
  /** Σ over sources of scale(s) · d(s, v). */
  distanceSum: Float64Array;
}

/**
 * Adds the dependencies and distances of every source in `sources` to `sums`,
 * source q weighted by scale[q].
 */
export function accumulatePaths(
  graph: BrandesGraph,
  sources: Int32Array,
  scale: Float64Array,
  linear: boolean,
  sums: BrandesSums,
): void {
  const { offsets, targets } = graph;
  const n = offsets.length - 1;
  const { betweenness, distanceSum } = sums;
  // σ during the forward pass; coeff = (1 + δ) / σ once a node's dependency is known.
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n); // BFS queue, read backwards afterwards
  const pairShare = linear ? 2 : 1;

  for (let q = 0; q < sources.length; q++) {
    const s = sources[q];
    const f = scale[q];
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++];
      const next = dist[v] + 1;
      const sv = sigma[v];
      for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
        const w = targets[k];
        const dw = dist[w];
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
        } else if (dw === next) sigma[w] += sv;
      }
    }
    // Farthest first; the source itself (order[0]) gets no dependency.
    for (let i = tail - 1; i > 0; i--) {
      const v = order[i];
      const dv = dist[v];
      const next = dv + 1;
      let sum = 0;
      for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
        const w = targets[k];
        if (dist[w] === next) sum += sigma[w];
      }
      const sv = sigma[v];
      const delta = linear ? (sv * dv * sum) / next : sv * sum;
      sigma[v] = (1 + delta) / sv;
      betweenness[v] += delta * pairShare * f;
      distanceSum[v] += dv * f;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      dist[v] = -1;
      sigma[v] = 0;
    }
  }
}
