/**
 * First layout of large views: Pivot MDS (Brandes & Pich, "Eigensolver
 * methods for progressive multidimensional scaling of large data", 2006),
 * the sampled spectral embedding that fcose's draft step also computes, here
 * on typed arrays instead of Cytoscape collections. For 5,000 nodes and
 * 15,000 edges it takes tens of milliseconds where fcose's draft took about
 * 1.5 s in Chromium (most of it walking Cytoscape collections to connect the
 * components and measuring every element's style for its bounding box).
 *
 * Each connected component is embedded on its own (graph distances from a
 * few pivots, double-centred, projected on the two main eigenvectors), scaled
 * so that a typical edge is `idealEdgeLength` long, spread where nodes
 * overlap, then the components are packed in rows, largest first.
 */
import { connectedComponents } from "@maillage/model/components";

export interface PivotMdsInput {
  /** Number of nodes (indexes 0 … count-1). */
  count: number;
  /** Edges as pairs of node indexes: [source0, target0, source1, target1, ...]. */
  edges: Uint32Array;
  /** Drawn diameter of each node. */
  sizes: ArrayLike<number>;
  idealEdgeLength?: number;
  /** Pivots per component (more: closer to full MDS, slower). */
  pivots?: number;
}

const GAP = 6;

/** Positions as [x0, y0, x1, y1, ...]. */
export function pivotMds({ count, edges, sizes, idealEdgeLength = 70, pivots = 40 }: PivotMdsInput): Float64Array {
  const graph = adjacency(count, edges);
  const positions = new Float64Array(2 * count);
  const boxes = components(graph).map((members) => {
    embed(graph, members, pivots, positions);
    scaleToEdgeLength(graph, members, positions, idealEdgeLength);
    scaleToRoom(members, positions, sizes);
    spreadOverlaps(members, positions, sizes);
    return { members, ...extent(positions, sizes, members) };
  });
  pack(boxes, positions);
  return positions;
}

interface Csr {
  count: number;
  offsets: Uint32Array;
  neighbours: Uint32Array;
}

function adjacency(count: number, edges: Uint32Array): Csr {
  const degree = new Uint32Array(count + 1);
  for (let e = 0; e < edges.length; e += 2) {
    if (edges[e] === edges[e + 1]) continue;
    degree[edges[e]]++;
    degree[edges[e + 1]]++;
  }
  const offsets = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + degree[i];
  const fill = offsets.slice(0, count);
  const neighbours = new Uint32Array(offsets[count]);
  for (let e = 0; e < edges.length; e += 2) {
    const a = edges[e];
    const b = edges[e + 1];
    if (a === b) continue;
    neighbours[fill[a]++] = b;
    neighbours[fill[b]++] = a;
  }
  return { count, offsets, neighbours };
}

/** Connected components as lists of node indexes, largest first. */
function components(graph: Csr): Int32Array[] {
  return connectedComponents(graph).members;
}

/** Breadth-first distances from `source` into `dist` (indexed by node; -1 when not reached). */
function bfs(graph: Csr, source: number, dist: Int32Array, queue: Uint32Array): void {
  dist.fill(-1);
  dist[source] = 0;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const v = queue[head++];
    for (let k = graph.offsets[v]; k < graph.offsets[v + 1]; k++) {
      const w = graph.neighbours[k];
      if (dist[w] < 0) {
        dist[w] = dist[v] + 1;
        queue[tail++] = w;
      }
    }
  }
}

/** Pivot MDS of one component into `positions` (graph-distance units). */
function embed(graph: Csr, members: Int32Array, wanted: number, positions: Float64Array): void {
  const m = members.length;
  if (m <= 2) {
    members.forEach((v, i) => {
      positions[2 * v] = i;
      positions[2 * v + 1] = 0;
    });
    return;
  }
  const k = Math.min(wanted, m);
  const dist = new Int32Array(graph.count);
  const queue = new Uint32Array(graph.count);
  // Squared distances, node-major: c[i * k + j] for member i and pivot j; pivots chosen max-min (each the farthest from those before).
  const c = new Float64Array(m * k);
  const nearest = new Float64Array(m).fill(Infinity);
  let pivot = members[0];
  for (let j = 0; j < k; j++) {
    bfs(graph, pivot, dist, queue);
    let farthest = 0;
    for (let i = 0; i < m; i++) {
      const d = dist[members[i]];
      c[i * k + j] = d * d;
      if (d < nearest[i]) nearest[i] = d;
      if (nearest[i] > nearest[farthest]) farthest = i;
    }
    pivot = members[farthest];
  }
  // Double centring: -½ (d² - row mean - column mean + grand mean).
  const rowMean = new Float64Array(m);
  const colMean = new Float64Array(k);
  let grand = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < k; j++) {
      const v = c[i * k + j];
      rowMean[i] += v / k;
      colMean[j] += v / m;
      grand += v / (m * k);
    }
  }
  for (let i = 0; i < m; i++)
    for (let j = 0; j < k; j++) c[i * k + j] = -0.5 * (c[i * k + j] - rowMean[i] - colMean[j] + grand);
  // The two main eigenvectors of CᵀC (k × k), by power iteration with deflation.
  const ctc = new Float64Array(k * k);
  for (let i = 0; i < m; i++) {
    const row = i * k;
    for (let a = 0; a < k; a++) {
      const va = c[row + a];
      if (va === 0) continue;
      for (let b = a; b < k; b++) ctc[a * k + b] += va * c[row + b];
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) ctc[a * k + b] = ctc[b * k + a];
  const first = powerIteration(ctc, k, null);
  const second = powerIteration(ctc, k, first);
  for (let i = 0; i < m; i++) {
    let x = 0;
    let y = 0;
    for (let j = 0; j < k; j++) {
      x += c[i * k + j] * first[j];
      y += c[i * k + j] * second[j];
    }
    positions[2 * members[i]] = x;
    positions[2 * members[i] + 1] = y;
  }
}

/** Main eigenvector of the symmetric matrix `a` (k × k), orthogonal to `not` when given. */
function powerIteration(a: Float64Array, k: number, not: Float64Array | null): Float64Array {
  const v = Float64Array.from({ length: k }, (_, i) => 1 + ((i * 7919) % 13) / 13); // fixed start: the same layout each time
  const next = new Float64Array(k);
  for (let iteration = 0; iteration < 200; iteration++) {
    if (not) {
      let dot = 0;
      for (let i = 0; i < k; i++) dot += v[i] * not[i];
      for (let i = 0; i < k; i++) v[i] -= dot * not[i];
    }
    next.fill(0);
    for (let r = 0; r < k; r++) {
      let s = 0;
      for (let col = 0; col < k; col++) s += a[r * k + col] * v[col];
      next[r] = s;
    }
    let norm = 0;
    for (let i = 0; i < k; i++) norm += next[i] * next[i];
    norm = Math.sqrt(norm);
    if (norm === 0) break;
    let change = 0;
    for (let i = 0; i < k; i++) {
      const value = next[i] / norm;
      change += Math.abs(value - v[i]);
      next[i] = value;
    }
    v.set(next);
    if (change < 1e-7) break;
  }
  return v;
}

/** Scales a component so that its median edge is `length` long. */
function scaleToEdgeLength(graph: Csr, members: Int32Array, positions: Float64Array, length: number): void {
  const lengths: number[] = [];
  for (const v of members) {
    for (let k = graph.offsets[v]; k < graph.offsets[v + 1]; k++) {
      const w = graph.neighbours[k];
      if (w < v) continue;
      const d = Math.hypot(positions[2 * v] - positions[2 * w], positions[2 * v + 1] - positions[2 * w + 1]);
      if (d > 0) lengths.push(d);
    }
  }
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)];
  const factor = median ? length / median : length;
  for (const v of members) {
    positions[2 * v] *= factor;
    positions[2 * v + 1] *= factor;
  }
}

/**
 * A small-world network embeds in a small area (few hops between any two
 * nodes): spread uniformly until its bounding box has room for twice the
 * nodes' area, so that overlaps are few and cheap to remove.
 */
function scaleToRoom(members: Int32Array, positions: Float64Array, sizes: ArrayLike<number>): void {
  let room = 0;
  for (const v of members) room += 2 * (sizes[v] + GAP) ** 2;
  const { w, h } = extent(positions, sizes, members);
  const area = Math.max(w, 1) * Math.max(h, 1);
  if (area >= room) return;
  const factor = Math.sqrt(room / area);
  for (const v of members) {
    positions[2 * v] *= factor;
    positions[2 * v + 1] *= factor;
  }
}

/**
 * Nodes the embedding puts on the same spot (those with the same distances
 * to every pivot, such as the leaves of one hub) are pushed apart: a few
 * passes over a grid of cells as wide as the largest node.
 */
function spreadOverlaps(members: Int32Array, positions: Float64Array, sizes: ArrayLike<number>): void {
  spreadSameSpot(members, positions, sizes);
  let largest = 0;
  for (const v of members) largest = Math.max(largest, sizes[v]);
  const cell = largest + GAP;
  const m = members.length;
  const cellOf = new Int32Array(m);
  const order = new Int32Array(m);
  for (let pass = 0; pass < 6; pass++) {
    // Members sorted by grid cell (counting sort): cellStart[c] … cellStart[c + 1] - 1 in `order`.
    const { x1, y1, w, h } = extent(positions, sizes, members);
    const cols = Math.floor(w / cell) + 1;
    const rows = Math.floor(h / cell) + 1;
    const cellStart = new Int32Array(cols * rows + 1);
    for (let i = 0; i < m; i++) {
      const v = members[i];
      cellOf[i] = Math.floor((positions[2 * v + 1] - y1) / cell) * cols + Math.floor((positions[2 * v] - x1) / cell);
      cellStart[cellOf[i] + 1]++;
    }
    for (let c = 0; c < cols * rows; c++) cellStart[c + 1] += cellStart[c];
    const fill = cellStart.slice(0, cols * rows);
    for (let i = 0; i < m; i++) order[fill[cellOf[i]]++] = i;
    let moved = 0;
    for (let i = 0; i < m; i++) {
      const v = members[i];
      const col = cellOf[i] % cols;
      const row = (cellOf[i] - col) / cols;
      for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
        for (let c = Math.max(0, col - 1); c <= Math.min(cols - 1, col + 1); c++) {
          for (let k = cellStart[r * cols + c]; k < cellStart[r * cols + c + 1]; k++) {
            const j = order[k];
            if (j <= i) continue;
            const w2 = members[j];
            let ux = positions[2 * w2] - positions[2 * v];
            let uy = positions[2 * w2 + 1] - positions[2 * v + 1];
            let d = Math.hypot(ux, uy);
            const wanted = (sizes[v] + sizes[w2]) / 2 + GAP;
            if (d >= wanted) continue;
            if (d === 0) {
              // The same spot: apart along a direction that differs from pair to pair.
              const angle = ((i * 2654435761 + j) % 360) * (Math.PI / 180);
              ux = Math.cos(angle);
              uy = Math.sin(angle);
              d = 1;
            }
            const push = (wanted - d) / 2 / d;
            positions[2 * v] -= ux * push;
            positions[2 * v + 1] -= uy * push;
            positions[2 * w2] += ux * push;
            positions[2 * w2 + 1] += uy * push;
            moved++;
          }
        }
      }
    }
    if (moved === 0) break;
  }
}

/** Nodes on exactly the same spot go on a sunflower spiral around it, one node's width apart. */
function spreadSameSpot(members: Int32Array, positions: Float64Array, sizes: ArrayLike<number>): void {
  const spots = new Map<string, number[]>();
  for (const v of members) {
    const key = `${positions[2 * v].toFixed(6)},${positions[2 * v + 1].toFixed(6)}`;
    const list = spots.get(key);
    if (list) list.push(v);
    else spots.set(key, [v]);
  }
  for (const group of spots.values()) {
    if (group.length < 2) continue;
    let widest = 0;
    for (const v of group) widest = Math.max(widest, sizes[v]);
    const step = 0.6 * (widest + GAP);
    group.forEach((v, i) => {
      const radius = step * Math.sqrt(i + 0.5);
      const angle = i * 2.399963; // the golden angle
      positions[2 * v] += radius * Math.cos(angle);
      positions[2 * v + 1] += radius * Math.sin(angle);
    });
  }
}

/** The box around the nodes `members` (all when omitted) at `positions` ([x0, y0, …]) of diameters `sizes`. */
export function extent(positions: Float64Array, sizes: ArrayLike<number>, members?: ArrayLike<number>) {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  const count = members ? members.length : sizes.length;
  for (let k = 0; k < count; k++) {
    const v = members ? members[k] : k;
    const r = sizes[v] / 2;
    x1 = Math.min(x1, positions[2 * v] - r);
    y1 = Math.min(y1, positions[2 * v + 1] - r);
    x2 = Math.max(x2, positions[2 * v] + r);
    y2 = Math.max(y2, positions[2 * v + 1] + r);
  }
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/** Components side by side in rows (largest first), rows about as wide as the largest component or the square root of the total area. */
function pack(
  boxes: { members: Int32Array; x1: number; y1: number; w: number; h: number }[],
  positions: Float64Array,
): void {
  const margin = 40;
  const area = boxes.reduce((s, b) => s + (b.w + margin) * (b.h + margin), 0);
  const rowWidth = Math.max(boxes[0]?.w ?? 0, Math.sqrt(area));
  let [x, y, rowHeight] = [0, 0, 0];
  for (const box of boxes) {
    if (x > 0 && x + box.w > rowWidth) {
      [x, y, rowHeight] = [0, y + rowHeight + margin, 0];
    }
    const [dx, dy] = [x - box.x1, y - box.y1];
    for (const v of box.members) {
      positions[2 * v] += dx;
      positions[2 * v + 1] += dy;
    }
    x += box.w + margin;
    rowHeight = Math.max(rowHeight, box.h);
  }
}
