/**
 * Link-prediction heuristics on small graphs whose scores are worked out by
 * hand below (definitions as in networkx.algorithms.link_prediction), plus
 * brute-force checks of `scanTwoHopPairs` and of the graph builder. The comparison
 * with NetworkX itself is tests/integration/link-prediction-networkx.int.test.ts.
 */
import {
  buildCooperationGraph,
  degree,
  hasEdge,
  type CooperationEdge,
  type CooperationGraph,
} from "./cooperation-graph";
import {
  linkScores,
  pathsOfThree,
  PathsOfThreeCounter,
  pathsOfThreeCeiling,
  scanTwoHopPairs,
  type LinkScores,
} from "./link-prediction";
import { mulberry32 } from "@maillage/model";
import { generateGraph, generatedNodeIds } from "@maillage/tools";

const graphOf = (edges: [string, string][], extra: string[] = []) =>
  buildCooperationGraph(
    edges.map(([source, target]) => ({ source, target })),
    extra,
  );

const idx = (g: CooperationGraph, id: string) => {
  const i = g.indexOf.get(id);
  if (i === undefined) throw new Error(`no node ${id}`);
  return i;
};

const scores = (g: CooperationGraph, a: string, b: string) => linkScores(g, idx(g, a), idx(g, b));

/** The pairs a scan visits between eligible nodes, as [u, v] with u < v. */
function twoHopPairs(g: CooperationGraph, eligible: (i: number) => boolean): [number, number][] {
  const pairs: [number, number][] = [];
  scanTwoHopPairs(g, { source: eligible, target: eligible, visit: (u, v) => pairs.push(u < v ? [u, v] : [v, u]) });
  return pairs;
}

/** Exact for integers, to 1e-12 for the floating-point scores. */
function expectScores(actual: LinkScores, expected: LinkScores) {
  expect(actual.commonNeighbours).toBe(expected.commonNeighbours);
  expect(actual.preferentialAttachment).toBe(expected.preferentialAttachment);
  expect(actual.jaccard).toBeCloseTo(expected.jaccard, 12);
  expect(actual.adamicAdar).toBeCloseTo(expected.adamicAdar, 12);
  expect(actual.resourceAllocation).toBeCloseTo(expected.resourceAllocation, 12);
}

/** Pairs as sorted "a|b" id strings, sorted, for order-free comparison. */
const pairNames = (g: CooperationGraph, pairs: Iterable<[number, number]>) =>
  [...pairs].map(([u, v]) => [g.ids[u], g.ids[v]].sort().join("|")).sort();

describe("linkScores on hand-computed graphs", () => {
  // Path a - b - c - d. Degrees: a 1, b 2, c 2, d 1.
  const path = graphOf([
    ["a", "b"],
    ["b", "c"],
    ["c", "d"],
  ]);

  it("path: a and c share b (degree 2)", () => {
    // N(a) = {b}, N(c) = {b, d}: common {b}, union {b, d}.
    // CN 1, Jaccard 1/2, AA 1/ln 2, RA 1/2, PA 1·2 = 2.
    expectScores(scores(path, "a", "c"), {
      commonNeighbours: 1,
      jaccard: 1 / 2,
      adamicAdar: 1 / Math.log(2),
      resourceAllocation: 1 / 2,
      preferentialAttachment: 2,
    });
    // Symmetric.
    expect(scores(path, "c", "a")).toEqual(scores(path, "a", "c"));
  });

  it("path: the two ends share nothing", () => {
    // N(a) = {b}, N(d) = {c}: common ∅, union {b, c}. Everything 0 but PA = 1·1.
    expectScores(scores(path, "a", "d"), {
      commonNeighbours: 0,
      jaccard: 0,
      adamicAdar: 0,
      resourceAllocation: 0,
      preferentialAttachment: 1,
    });
  });

  it("star: two leaves share the centre of degree 5", () => {
    // Centre h, leaves l1…l5. N(l1) = N(l2) = {h}: common {h}, union {h}.
    // CN 1, Jaccard 1, AA 1/ln 5, RA 1/5, PA 1.
    const star = graphOf([1, 2, 3, 4, 5].map((i): [string, string] => ["h", `l${i}`]));
    expectScores(scores(star, "l1", "l2"), {
      commonNeighbours: 1,
      jaccard: 1,
      adamicAdar: 1 / Math.log(5),
      resourceAllocation: 1 / 5,
      preferentialAttachment: 1,
    });
    expect(degree(star, idx(star, "h"))).toBe(5);
  });

  // Triangle x y z, plus a pendant p on z. Degrees: x 2, y 2, z 3, p 1.
  const triangle = graphOf([
    ["x", "y"],
    ["y", "z"],
    ["z", "x"],
    ["z", "p"],
  ]);

  it("triangle plus pendant: the pendant and a triangle corner share z (degree 3)", () => {
    // N(x) = {y, z}, N(p) = {z}: common {z}, union {y, z}.
    // CN 1, Jaccard 1/2, AA 1/ln 3, RA 1/3, PA 2·1 = 2.
    expectScores(scores(triangle, "x", "p"), {
      commonNeighbours: 1,
      jaccard: 1 / 2,
      adamicAdar: 1 / Math.log(3),
      resourceAllocation: 1 / 3,
      preferentialAttachment: 2,
    });
  });

  it("triangle plus pendant: an already linked pair is scored like NetworkX scores it", () => {
    // N(x) = {y, z}, N(y) = {x, z}: common {z}, union {x, y, z} (the pair itself included).
    // CN 1, Jaccard 1/3, AA 1/ln 3, RA 1/3, PA 2·2 = 4.
    expectScores(scores(triangle, "x", "y"), {
      commonNeighbours: 1,
      jaccard: 1 / 3,
      adamicAdar: 1 / Math.log(3),
      resourceAllocation: 1 / 3,
      preferentialAttachment: 4,
    });
  });

  it("common neighbours of different degrees add up", () => {
    // u and v both linked to w1 (degree 2) and w2 (degree 4: u, v, s, t).
    // N(u) = N(v) = {w1, w2}: CN 2, Jaccard 1, AA 1/ln 2 + 1/ln 4 = 1.5/ln 2,
    // RA 1/2 + 1/4 = 3/4, PA 2·2 = 4.
    const g = graphOf([
      ["u", "w1"],
      ["v", "w1"],
      ["u", "w2"],
      ["v", "w2"],
      ["w2", "s"],
      ["w2", "t"],
    ]);
    expectScores(scores(g, "u", "v"), {
      commonNeighbours: 2,
      jaccard: 1,
      adamicAdar: 1.5 / Math.log(2),
      resourceAllocation: 3 / 4,
      preferentialAttachment: 4,
    });
  });

  it("K4 minus an edge: the unlinked pair shares both others (degree 3 each)", () => {
    // Edges ab ac bc bd cd (no ad). N(a) = N(d) = {b, c}.
    // CN 2, Jaccard 1, AA 2/ln 3, RA 2/3, PA 4.
    const g = graphOf([
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
      ["b", "d"],
      ["c", "d"],
    ]);
    expectScores(scores(g, "a", "d"), {
      commonNeighbours: 2,
      jaccard: 1,
      adamicAdar: 2 / Math.log(3),
      resourceAllocation: 2 / 3,
      preferentialAttachment: 4,
    });
  });

  it("two isolated nodes: every score is 0, Jaccard included (not NaN)", () => {
    // N(i) = N(j) = ∅: union empty, NetworkX returns 0.
    const g = graphOf([["a", "b"]], ["i", "j"]);
    const s = scores(g, "i", "j");
    expect(s).toEqual({
      commonNeighbours: 0,
      jaccard: 0,
      adamicAdar: 0,
      resourceAllocation: 0,
      preferentialAttachment: 0,
    });
    // An isolated node and a linked one: union {b}, still 0.
    expect(scores(g, "i", "a")).toEqual({
      commonNeighbours: 0,
      jaccard: 0,
      adamicAdar: 0,
      resourceAllocation: 0,
      preferentialAttachment: 0,
    });
  });
});

describe("linkScores against a set-based brute force on a generated graph", () => {
  it("agrees on every pair of a 60-node graph", () => {
    const options = { nodes: 60, edges: 180, seed: 7, hubs: 2 };
    const g = buildCooperationGraph(generateGraph(options), generatedNodeIds(options));
    const sets = g.neighbours.map((n) => new Set(n));
    let compared = 0;
    for (let u = 0; u < g.ids.length; u++) {
      for (let v = u + 1; v < g.ids.length; v++) {
        const common = [...sets[u]].filter((w) => sets[v].has(w));
        const union = new Set([...sets[u], ...sets[v]]).size;
        const s = linkScores(g, u, v);
        expect(s.commonNeighbours).toBe(common.length);
        expect(s.preferentialAttachment).toBe(sets[u].size * sets[v].size);
        expect(Math.abs(s.jaccard - (union === 0 ? 0 : common.length / union))).toBeLessThan(1e-12);
        expect(Math.abs(s.adamicAdar - common.reduce((acc, w) => acc + 1 / Math.log(sets[w].size), 0))).toBeLessThan(
          1e-12,
        );
        expect(Math.abs(s.resourceAllocation - common.reduce((acc, w) => acc + 1 / sets[w].size, 0))).toBeLessThan(
          1e-12,
        );
        compared++;
      }
    }
    expect(compared).toBe((62 * 61) / 2);
  });
});

describe("pathsOfThree", () => {
  it("counts the paths a–x–y–b between two ends of a square and of a path, none through the pair itself", () => {
    // Square a - x - b - y - a plus a chord x - y: a and b are not linked.
    const square = graphOf([
      ["a", "x"],
      ["x", "b"],
      ["b", "y"],
      ["y", "a"],
      ["x", "y"],
    ]);
    // a–x–y–b and a–y–x–b.
    expect(pathsOfThree(square, idx(square, "a"), idx(square, "b"))).toBe(2);
    expect(pathsOfThree(square, idx(square, "b"), idx(square, "a"))).toBe(2);
    const path = graphOf([
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
    ]);
    expect(pathsOfThree(path, idx(path, "a"), idx(path, "d"))).toBe(1);
    expect(pathsOfThree(path, idx(path, "a"), idx(path, "c"))).toBe(0);
  });

  it("equals a brute-force count of paths of length three on every unlinked pair of a generated graph, within its ceiling", () => {
    const options = { nodes: 50, edges: 150, seed: 11, hubs: 2 };
    const g = buildCooperationGraph(generateGraph(options), generatedNodeIds(options));
    const sets = g.neighbours.map((n) => new Set(n));
    let withPaths = 0;
    for (let u = 0; u < g.ids.length; u++) {
      for (let v = u + 1; v < g.ids.length; v++) {
        if (sets[u].has(v)) continue;
        let expected = 0;
        for (const a of sets[u]) for (const b of sets[a]) if (b !== u && a !== v && sets[b].has(v)) expected++;
        const got = pathsOfThree(g, u, v);
        expect(got).toBe(expected);
        expect(pathsOfThree(g, v, u)).toBe(expected);
        expect(got).toBeLessThanOrEqual(Math.min(pathsOfThreeCeiling(g, u), pathsOfThreeCeiling(g, v)));
        if (expected > 0) withPaths++;
      }
    }
    expect(withPaths).toBeGreaterThan(100);
  });

  it("counted source by source, as a scan asks, gives the same counts within the pair's bound, linked pairs too", () => {
    const options = { nodes: 50, edges: 150, seed: 11, hubs: 2 };
    const g = buildCooperationGraph(generateGraph(options), generatedNodeIds(options));
    const counter = new PathsOfThreeCounter(g);
    let linked = 0;
    for (let u = 0; u < g.ids.length; u++) {
      for (let v = 0; v < g.ids.length; v++) {
        if (v === u) continue;
        const expected = pathsOfThree(g, u, v);
        expect(counter.count(u, v)).toBe(expected);
        expect(counter.bound(u, v)).toBeGreaterThanOrEqual(expected);
        if (hasEdge(g, u, v) && expected > 0) linked++;
      }
    }
    // Back to an earlier source.
    expect(counter.count(0, 7)).toBe(pathsOfThree(g, 0, 7));
    expect(linked).toBeGreaterThan(0);
  });
});

describe("scanTwoHopPairs", () => {
  /** Brute force: all u < v, non-adjacent, with at least one common neighbour, both eligible. */
  function bruteForce(g: CooperationGraph, eligible: (i: number) => boolean): [number, number][] {
    const out: [number, number][] = [];
    for (let u = 0; u < g.ids.length; u++) {
      for (let v = u + 1; v < g.ids.length; v++) {
        if (!eligible(u) || !eligible(v) || hasEdge(g, u, v)) continue;
        if (g.neighbours[u].some((w) => g.neighbours[v].includes(w))) out.push([u, v]);
      }
    }
    return out;
  }

  it("path and triangle plus pendant: exactly the non-adjacent pairs at distance 2", () => {
    const path = graphOf([
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
    ]);
    expect(
      pairNames(
        path,
        twoHopPairs(path, () => true),
      ),
    ).toEqual(["a|c", "b|d"]);
    const triangle = graphOf([
      ["x", "y"],
      ["y", "z"],
      ["z", "x"],
      ["z", "p"],
    ]);
    // x and y share z but are linked: not a suggestion.
    expect(
      pairNames(
        triangle,
        twoHopPairs(triangle, () => true),
      ),
    ).toEqual(["p|x", "p|y"]);
  });

  it("star: every pair of leaves once, and only eligible ones", () => {
    const star = graphOf([1, 2, 3, 4, 5].map((i): [string, string] => ["h", `l${i}`]));
    expect(
      pairNames(
        star,
        twoHopPairs(star, () => true),
      ),
    ).toEqual(["l1|l2", "l1|l3", "l1|l4", "l1|l5", "l2|l3", "l2|l4", "l2|l5", "l3|l4", "l3|l5", "l4|l5"]);
    const l1 = idx(star, "l1");
    expect(
      pairNames(
        star,
        twoHopPairs(star, (i) => i !== l1),
      ),
    ).toEqual(["l2|l3", "l2|l4", "l2|l5", "l3|l4", "l3|l5", "l4|l5"]);
    // The centre being ineligible does not stop it from being the common neighbour.
    const h = idx(star, "h");
    expect([...twoHopPairs(star, (i) => i !== h)]).toHaveLength(10);
  });

  it.each([
    { nodes: 150, edges: 500, seed: 11, hubs: 3 },
    { nodes: 40, edges: 500, seed: 12 },
    { nodes: 300, edges: 350, seed: 13, hubs: 1 },
  ])(
    "equals the brute force on a generated graph (%j), each pair once with u < v, with and without a filter",
    (options) => {
      const g = buildCooperationGraph(generateGraph(options), generatedNodeIds(options));
      const filters: [string, (i: number) => boolean][] = [
        ["all", () => true],
        ["even indexes", (i) => i % 2 === 0],
        ["ordinary nodes", (i) => g.ids[i].startsWith("node-")],
      ];
      for (const [, eligible] of filters) {
        const pairs = [...twoHopPairs(g, eligible)];
        for (const [u, v] of pairs) expect(u).toBeLessThan(v);
        const keys = pairs.map(([u, v]) => `${u},${v}`);
        expect(new Set(keys).size).toBe(keys.length);
        const expected = bruteForce(g, eligible).map(([u, v]) => `${u},${v}`);
        expect(keys.sort()).toEqual(expected.sort());
        expect(pairs.length).toBeGreaterThan(0);
      }
    },
  );
});

describe("scanTwoHopPairs: scores, sources and pruning", () => {
  const hubbed = { nodes: 200, edges: 700, seed: 21, hubs: 3 };
  const g = buildCooperationGraph(generateGraph(hubbed), generatedNodeIds(hubbed));
  const ordinary = (i: number) => g.ids[i].startsWith("node-");

  function expectLinkScores(u: number, v: number, cn: number, ra: number, aa: number) {
    const s = linkScores(g, u, v);
    expect(cn).toBe(s.commonNeighbours);
    expect(Math.abs(ra - s.resourceAllocation)).toBeLessThan(1e-12);
    expect(Math.abs(aa - s.adamicAdar)).toBeLessThan(1e-12);
  }

  it("reports, for every pair, the sums linkScores computes", () => {
    let visited = 0;
    scanTwoHopPairs(g, {
      source: ordinary,
      target: ordinary,
      visit: (u, v, cn, ra, aa) => {
        expectLinkScores(u, v, cn, ra, aa);
        visited++;
      },
    });
    expect(visited).toBeGreaterThan(1000);
  });

  it("builds pairs around the sources only: each pair with at least one source member, once", () => {
    const sources = (i: number) => ordinary(i) && i % 7 === 0;
    const seen: string[] = [];
    scanTwoHopPairs(g, {
      source: sources,
      target: ordinary,
      visit: (u, v) => seen.push(u < v ? `${u},${v}` : `${v},${u}`),
    });
    expect(new Set(seen).size).toBe(seen.length);
    const expected = twoHopPairs(g, ordinary)
      .filter(([u, v]) => sources(u) || sources(v))
      .map(([u, v]) => `${u},${v}`);
    expect(seen.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
  });

  it("keeps exact scores for the pairs it reaches when pruning stops the expansion early", () => {
    let visited = 0;
    scanTwoHopPairs(g, {
      source: ordinary,
      target: ordinary,
      // Expand only each source's lowest-degree neighbour.
      negligible: (u, _allocationLeft, left) => left < g.neighbours[u].length,
      visit: (u, v, cn, ra, aa) => {
        expectLinkScores(u, v, cn, ra, aa);
        visited++;
      },
    });
    expect(visited).toBeGreaterThan(0);
    expect(visited).toBeLessThan(twoHopPairs(g, ordinary).length);
  });

  it("a top-k kept with a threshold-based pruning equals the top-k of all pairs, and skips the hubs' wedges", () => {
    const k = 25;
    const key = (e: { u: number; v: number; ra: number }) => e.ra;
    const all: { u: number; v: number; ra: number }[] = [];
    scanTwoHopPairs(g, { source: ordinary, target: ordinary, visit: (u, v, _cn, ra) => all.push({ u, v, ra }) });
    const expected = all.sort((a, b) => key(b) - key(a)).slice(0, k);

    const kept: { u: number; v: number; ra: number }[] = [];
    const threshold = () => (kept.length < k ? -Infinity : kept[k - 1].ra);
    let hubWedgesSkipped = 0;
    scanTwoHopPairs(g, {
      source: ordinary,
      target: ordinary,
      negligible: (u, allocationLeft, left) => {
        const skip = allocationLeft < threshold();
        if (skip)
          hubWedgesSkipped += g.neighbours[u].filter((w) => g.ids[w].startsWith("hub-")).length > 0 && left > 0 ? 1 : 0;
        return skip;
      },
      visit: (u, v, _cn, ra) => {
        if (ra < threshold()) return;
        kept.push({ u, v, ra });
        kept.sort((a, b) => key(b) - key(a));
        kept.length = Math.min(kept.length, k);
      },
    });
    expect(kept).toHaveLength(k);
    kept.forEach((e, i) => expect(Math.abs(e.ra - expected[i].ra)).toBeLessThan(1e-12));
    // Same pairs wherever the order is not a tie at the cut.
    const above = (list: typeof kept) =>
      list
        .filter((e) => e.ra > expected[k - 1].ra)
        .map((e) => `${e.u},${e.v}`)
        .sort();
    expect(above(kept)).toEqual(above(expected));
    expect(above(expected).length).toBeGreaterThan(0);
    expect(hubWedgesSkipped).toBeGreaterThan(0);
  });

  it("scans the sources given first, then the others, and still visits every pair once with its sums", () => {
    const byIndex = new Map<string, [number, number, number]>();
    scanTwoHopPairs(g, {
      source: ordinary,
      target: ordinary,
      visit: (u, v, cn, ra, aa) => byIndex.set(`${u},${v}`, [cn, ra, aa]),
    });
    const first = g.ids.map((_, i) => i).filter((i) => ordinary(i) && i % 5 === 0);
    first.reverse();
    const sources: number[] = [];
    const seen = new Map<string, [number, number, number]>();
    scanTwoHopPairs(g, {
      source: ordinary,
      target: ordinary,
      first,
      visit: (u, v, cn, ra, aa) => {
        if (sources.at(-1) !== u) sources.push(u);
        const key = u < v ? `${u},${v}` : `${v},${u}`;
        expect(seen.has(key)).toBe(false);
        seen.set(key, [cn, ra, aa]);
        expectLinkScores(u, v, cn, ra, aa);
      },
    });
    expect([...seen.keys()].sort()).toEqual([...byIndex.keys()].sort());
    expect(sources.slice(0, 10)).toEqual(first.filter((u) => sources.includes(u)).slice(0, 10));
  });

  it("asks whether a pair may matter with bounds that hold its completed sums, and drops it when it may not", () => {
    const asked = new Set<string>();
    let visited = 0;
    scanTwoHopPairs(g, {
      source: ordinary,
      target: ordinary,
      // Expand only each source's lowest-degree neighbour: the pairs reached miss most of their sums.
      negligible: (u, _allocationLeft, left) => left < g.neighbours[u].length,
      mayMatter: (u, v, least, most) => {
        const s = linkScores(g, u, v);
        expect(least.common).toBeLessThanOrEqual(s.commonNeighbours);
        expect(most.common).toBeGreaterThanOrEqual(s.commonNeighbours);
        expect(least.resourceAllocation).toBeLessThanOrEqual(s.resourceAllocation + 1e-12);
        expect(most.resourceAllocation).toBeGreaterThanOrEqual(s.resourceAllocation);
        expect(least.adamicAdar).toBeLessThanOrEqual(s.adamicAdar + 1e-12);
        expect(most.adamicAdar).toBeGreaterThanOrEqual(s.adamicAdar);
        asked.add(`${u},${v}`);
        return (u + v) % 2 === 0;
      },
      visit: (u, v, cn, ra, aa) => {
        // Asked about unless the source has one neighbour, which the scan expands: nothing left out.
        if (g.neighbours[u].length > 1) {
          expect(asked.has(`${u},${v}`)).toBe(true);
          expect((u + v) % 2).toBe(0);
        }
        expectLinkScores(u, v, cn, ra, aa);
        visited++;
      },
    });
    expect(visited).toBeGreaterThan(0);
    expect(asked.size).toBeGreaterThan(visited);
  });
});

describe("buildCooperationGraph", () => {
  it("collapses repeated edges in either direction, as a NetworkX Graph does", () => {
    const g = graphOf([
      ["a", "b"],
      ["b", "a"],
      ["a", "b"],
      ["b", "c"],
    ]);
    expect(g.ids).toEqual(["a", "b", "c"]);
    expect(g.edgeCount).toBe(2);
    expect([...g.neighbours[idx(g, "a")]]).toEqual([idx(g, "b")]);
    expect(degree(g, idx(g, "b"))).toBe(2);
    // Scores see each edge once: a and c share b of degree 2.
    expect(scores(g, "a", "c").resourceAllocation).toBeCloseTo(1 / 2, 12);
  });

  it("drops self-loops but keeps their node", () => {
    // NB: a NetworkX Graph keeps a self-loop (and counts it twice in the degree);
    // the cooperation graph drops it, i.e. it matches nx.Graph after
    // G.remove_edges_from(nx.selfloop_edges(G)). The Cypher never yields one.
    const g = graphOf([
      ["c", "c"],
      ["c", "d"],
      ["e", "e"],
    ]);
    expect(g.ids).toEqual(["c", "d", "e"]);
    expect(g.edgeCount).toBe(1);
    expect(degree(g, idx(g, "c"))).toBe(1);
    expect(degree(g, idx(g, "e"))).toBe(0);
    expect(hasEdge(g, idx(g, "c"), idx(g, "c"))).toBe(false);
  });

  it("puts extra nodes first, once each, and keeps neighbour lists sorted", () => {
    const g = graphOf(
      [
        ["z", "a"],
        ["z", "m"],
        ["z", "b"],
        ["q", "a"],
      ],
      ["q", "lonely", "q", "z"],
    );
    expect(g.ids).toEqual(["q", "lonely", "z", "a", "m", "b"]);
    expect(degree(g, idx(g, "lonely"))).toBe(0);
    for (const list of g.neighbours) expect([...list]).toEqual([...list].sort((x, y) => x - y));
    // Sorting is numeric, not lexicographic: build a node with neighbours 2 and 10.
    const wide = buildCooperationGraph(
      Array.from({ length: 11 }, (_, i): CooperationEdge => ({ source: "hub", target: `n${i}` })),
      ["hub"],
    );
    expect([...wide.neighbours[0]]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe("generateGraph", () => {
  const options = { nodes: 400, edges: 1500, seed: 42, hubs: 4 };

  it("is deterministic for a seed and changes with it", () => {
    expect(generateGraph(options)).toEqual(generateGraph(options));
    expect(generateGraph({ ...options, seed: 43 })).not.toEqual(generateGraph(options));
    const r = mulberry32(5);
    const first = [r(), r(), r()];
    const s = mulberry32(5);
    expect([s(), s(), s()]).toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it("has the requested edges, no self-loop, some repeats, isolated nodes, pendants and big hubs", () => {
    const edges = generateGraph(options);
    const ids = new Set(generatedNodeIds(options));
    for (const e of edges) {
      expect(e.source).not.toBe(e.target);
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
    const g = buildCooperationGraph(edges, generatedNodeIds(options));
    expect(g.edgeCount).toBe(options.edges);
    expect(edges.length).toBeGreaterThan(g.edgeCount); // repeated edges
    const degrees = g.ids.map((_, i) => degree(g, i));
    expect(degrees.filter((d) => d === 0).length).toBeGreaterThanOrEqual(Math.floor(options.nodes * 0.05));
    expect(degrees.filter((d) => d === 1).length).toBeGreaterThan(0);
    expect(Math.max(...degrees)).toBeGreaterThanOrEqual(options.nodes * 0.05);
  });

  it("caps a dense request at the complete graph", () => {
    const dense = { nodes: 12, edges: 1000, seed: 1, isolatedShare: 0 };
    const g = buildCooperationGraph(generateGraph(dense), generatedNodeIds(dense));
    expect(g.edgeCount).toBe((12 * 11) / 2);
    // By default, at least one node is isolated once there are 10 or more.
    const byDefault = { nodes: 12, edges: 1000, seed: 1 };
    const h = buildCooperationGraph(generateGraph(byDefault), generatedNodeIds(byDefault));
    expect(h.edgeCount).toBe((11 * 10) / 2);
  });
});
