// @vitest-environment node
import { describe, expect, it } from "vitest";
import { computeLayout, type LayoutInput } from "./layout";

/** Two groups of partners (a ring with chords each), joined by one link. */
function twoGroups(size: number): LayoutInput {
  const ids = Array.from({ length: 2 * size }, (_, i) => `n${i}`);
  const pairs: number[] = [];
  for (const offset of [0, size]) {
    for (let i = 0; i < size; i++) pairs.push(offset + i, offset + ((i + 1) % size), offset + i, offset + ((i + 3) % size));
  }
  pairs.push(0, size);
  return { ids, sizes: ids.map(() => 20), positions: new Float64Array(ids.length * 2).fill(Number.NaN), edges: Uint32Array.from(pairs) };
}

const distance = (p: Float64Array, a: number, b: number) => Math.hypot(p[2 * a] - p[2 * b], p[2 * a + 1] - p[2 * b + 1]);

function meanDistances(p: Float64Array, size: number) {
  let within = 0;
  let across = 0;
  let nWithin = 0;
  let nAcross = 0;
  for (let a = 0; a < 2 * size; a++) {
    for (let b = a + 1; b < 2 * size; b++) {
      if (a < size === b < size) {
        within += distance(p, a, b);
        nWithin++;
      } else {
        across += distance(p, a, b);
        nAcross++;
      }
    }
  }
  return { within: within / nWithin, across: across / nAcross };
}

describe("computeLayout", () => {
  it.each([
    ["force-directed polish (small graph)", 30],
    ["spectral draft (large graph)", 900],
  ])("places every node, partners of a group closer together than the other group: %s", (_, size) => {
    const input = twoGroups(size);
    const positions = computeLayout(input, { draftAbove: 1500, nodeRepulsion: 6000, idealEdgeLength: 70 });
    expect(positions).toHaveLength(input.ids.length * 2);
    expect(positions.every(Number.isFinite)).toBe(true);
    const { within, across } = meanDistances(positions, size);
    expect(within).toBeLessThan(across * 0.8);
  });

  it.each([
    ["force-directed", 1500],
    ["too many nodes for it: placed around the neighbour", 10],
  ])("keeps nodes on screen where they were and grows new neighbours out of the node they link to (%s)", (_, draftAbove) => {
    const options = { draftAbove, nodeRepulsion: 6000, idealEdgeLength: 70 };
    const input = twoGroups(20);
    const first = computeLayout(input, options);
    // A new organisation linked to n5 only, added to the view after an "expand neighbours".
    const ids = [...input.ids, "new"];
    const positions = Float64Array.from([...first, Number.NaN, Number.NaN]);
    const edges = Uint32Array.from([...input.edges, 5, 40]);
    const second = computeLayout({ ids, sizes: ids.map(() => 20), positions, edges }, options);
    const moved = input.ids.map((_, i) => Math.hypot(second[2 * i] - first[2 * i], second[2 * i + 1] - first[2 * i + 1]));
    expect(Math.max(...moved)).toBeLessThan(1);
    const toNeighbour = distance(second, 40, 5);
    const toOtherGroup = Array.from({ length: 20 }, (_, k) => distance(second, 40, 20 + k)).reduce((a, b) => a + b) / 20;
    expect(toNeighbour).toBeLessThan(toOtherGroup);
  });
});
