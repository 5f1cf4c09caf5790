// @vitest-environment node
import { describe, expect, it } from "vitest";
import { pivotMds } from "./pivot-mds";

const distance = (p: Float64Array, a: number, b: number) =>
  Math.hypot(p[2 * a] - p[2 * b], p[2 * a + 1] - p[2 * b + 1]);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** A w × h grid of nodes, each linked to its right and lower neighbours. */
function grid(w: number, h: number, offset = 0): number[] {
  const pairs: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = offset + y * w + x;
      if (x + 1 < w) pairs.push(i, i + 1);
      if (y + 1 < h) pairs.push(i, i + w);
    }
  }
  return pairs;
}

function overlapping(p: Float64Array, sizes: number[]): number {
  let count = 0;
  for (let a = 0; a < sizes.length; a++)
    for (let b = a + 1; b < sizes.length; b++) if (distance(p, a, b) < (sizes[a] + sizes[b]) / 2) count++;
  return count;
}

describe("pivotMds", () => {
  it("unfolds a grid: far apart in the graph, far apart on screen, and neighbours about one ideal edge apart", () => {
    const [w, h] = [20, 15];
    const edges = Uint32Array.from(grid(w, h));
    const p = pivotMds({ count: w * h, edges, sizes: new Array(w * h).fill(20), idealEdgeLength: 70 });
    const lengths = [];
    for (let e = 0; e < edges.length; e += 2) lengths.push(distance(p, edges[e], edges[e + 1]));
    lengths.sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(50);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThan(90);
    // Opposite corners: about (w-1 + h-1) edges apart in the graph, far more than one edge on screen.
    expect(distance(p, 0, w * h - 1)).toBeGreaterThan(15 * 70);
    // Along a row, the order is kept: each step to the right moves away from the row's first node.
    const row = Array.from({ length: w }, (_, x) => distance(p, 7 * w, 7 * w + x));
    expect(row.slice(1).every((d, x) => d > row[x])).toBe(true);
  });

  it("keeps two groups of partners apart, each gathered, when one link joins them", () => {
    const size = 40;
    const pairs: number[] = [];
    for (const offset of [0, size])
      for (let i = 0; i < size; i++)
        pairs.push(
          offset + i,
          offset + ((i + 1) % size),
          offset + i,
          offset + ((i + 7) % size),
          offset + i,
          offset + ((i + 13) % size),
        );
    pairs.push(0, size);
    const p = pivotMds({ count: 2 * size, edges: Uint32Array.from(pairs), sizes: new Array(2 * size).fill(20) });
    const within: number[] = [];
    const across: number[] = [];
    for (let a = 0; a < 2 * size; a++)
      for (let b = a + 1; b < 2 * size; b++) (a < size === b < size ? within : across).push(distance(p, a, b));
    expect(mean(across)).toBeGreaterThan(1.5 * mean(within));
  });

  it("spreads the leaves of a hub, which the embedding puts on one spot, so that no two nodes overlap", () => {
    const leaves = 60;
    const pairs = Array.from({ length: leaves }, (_, i) => [0, i + 1]).flat();
    const sizes = [60, ...new Array(leaves).fill(18)];
    const p = pivotMds({ count: leaves + 1, edges: Uint32Array.from(pairs), sizes });
    expect(p.every(Number.isFinite)).toBe(true);
    expect(overlapping(p, sizes)).toBe(0);
  });

  it("places separate components and isolated nodes side by side, not on top of each other", () => {
    // A 10 × 10 grid, a 4 × 4 grid, a pair and three organisations linked to nothing.
    const pairs = [...grid(10, 10), ...grid(4, 4, 100), 116, 117];
    const count = 120;
    const sizes = new Array(count).fill(24);
    const p = pivotMds({ count, edges: Uint32Array.from(pairs), sizes });
    expect(p.every(Number.isFinite)).toBe(true);
    expect(overlapping(p, sizes)).toBe(0);
    const box = (from: number, to: number) => {
      const xs = Array.from({ length: to - from }, (_, i) => p[2 * (from + i)]);
      const ys = Array.from({ length: to - from }, (_, i) => p[2 * (from + i) + 1]);
      return { x1: Math.min(...xs) - 12, x2: Math.max(...xs) + 12, y1: Math.min(...ys) - 12, y2: Math.max(...ys) + 12 };
    };
    const big = box(0, 100);
    const small = box(100, 116);
    const disjoint = big.x2 < small.x1 || small.x2 < big.x1 || big.y2 < small.y1 || small.y2 < big.y1;
    expect(disjoint).toBe(true);
  });

  it("gives the same layout for the same graph, so a shared view looks the same twice", () => {
    const input = { count: 150, edges: Uint32Array.from(grid(15, 10)), sizes: new Array(150).fill(20) };
    expect(Array.from(pivotMds(input))).toEqual(Array.from(pivotMds(input)));
  });
});
