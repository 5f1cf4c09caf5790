// @vitest-environment node
import { describe, expect, it } from "vitest";
import cytoscape from "cytoscape";
import { firstLayout, placeNewNodes, withSeededRandom, type LayoutInput } from "./layout";

/** Two groups of partners (a ring with chords each), joined by one link, laid out as two clusters far apart. */
function twoGroupsOnScreen(size: number): LayoutInput {
  const ids = Array.from({ length: 2 * size }, (_, i) => `n${i}`);
  const pairs: number[] = [];
  const positions = new Float64Array(ids.length * 2);
  for (const [g, offset] of [0, size].entries()) {
    for (let i = 0; i < size; i++) {
      pairs.push(offset + i, offset + ((i + 1) % size), offset + i, offset + ((i + 3) % size));
      const angle = (2 * Math.PI * i) / size;
      positions[2 * (offset + i)] = g * 1000 + 150 * Math.cos(angle);
      positions[2 * (offset + i) + 1] = 150 * Math.sin(angle);
    }
  }
  pairs.push(0, size);
  return { ids, sizes: ids.map(() => 20), positions, edges: Uint32Array.from(pairs) };
}

const distance = (p: Float64Array, a: number, b: number) =>
  Math.hypot(p[2 * a] - p[2 * b], p[2 * a + 1] - p[2 * b + 1]);

describe("placeNewNodes", () => {
  it.each([
    ["placed by fcose around the fixed nodes", 1500],
    ["too many nodes for fcose: placed beside their neighbour", 10],
  ])(
    "keeps nodes on screen where they were and grows new neighbours out of the node they link to (%s)",
    (_, fcoseMaxNodes) => {
      const size = 20;
      const screen = twoGroupsOnScreen(size);
      // Three organisations linked to n5 only, added to the view after an "expand neighbours", and one linked to nothing shown.
      const added = ["new-a", "new-b", "new-c", "alone"];
      const ids = [...screen.ids, ...added];
      const positions = Float64Array.from([...screen.positions, ...added.flatMap(() => [Number.NaN, Number.NaN])]);
      const n = screen.ids.length;
      const edges = Uint32Array.from([...screen.edges, 5, n, 5, n + 1, 5, n + 2]);
      const placed = placeNewNodes({ ids, sizes: ids.map(() => 20), positions, edges }, fcoseMaxNodes);

      expect(placed.every(Number.isFinite)).toBe(true);
      expect(Array.from(placed.subarray(0, 2 * n))).toEqual(Array.from(screen.positions));
      for (const k of [n, n + 1, n + 2]) {
        const toNeighbour = distance(placed, k, 5);
        const toOtherGroup =
          Array.from({ length: size }, (_, j) => distance(placed, k, size + j)).reduce((a, b) => a + b) / size;
        expect(toNeighbour).toBeLessThan(toOtherGroup / 3);
      }
      // The new neighbours don't sit on top of each other.
      expect(distance(placed, n, n + 1)).toBeGreaterThan(10);
      expect(distance(placed, n + 1, n + 2)).toBeGreaterThan(10);
    },
  );
});

describe("firstLayout", () => {
  /** A small network: a ring of 40 with chords, laid out on a headless instance. */
  function positionsOf(): Record<string, { x: number; y: number }> {
    const ids = Array.from({ length: 40 }, (_, i) => `n${String(i).padStart(2, "0")}`);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...ids.map((id) => ({ group: "nodes" as const, data: { id } })),
        ...ids.flatMap((id, i) => [
          { group: "edges" as const, data: { id: `${id}a`, source: id, target: ids[(i + 1) % 40] } },
          { group: "edges" as const, data: { id: `${id}b`, source: id, target: ids[(i * 7) % 40] } },
        ]),
      ],
    });
    firstLayout(cy);
    const out = Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    cy.destroy();
    return out;
  }

  it("gives the same view the same positions at every load", () => {
    const first = positionsOf();
    Math.random(); // whatever else drew random numbers in between
    const second = positionsOf();
    expect(second).toEqual(first);
    // Laid out, not piled up.
    expect(new Set(Object.values(first).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(40);
  });

  it("leaves Math.random as it was", () => {
    const original = Math.random;
    withSeededRandom(1, () => Math.random());
    expect(Math.random).toBe(original);
    expect(withSeededRandom(7, () => [Math.random(), Math.random()])).toEqual(
      withSeededRandom(7, () => [Math.random(), Math.random()]),
    );
  });
});
