/**
 * The offline evaluation of partnership suggestions on small graphs: the
 * measures (AUC, precision@k, top-k), the hiding of partnerships, the
 * candidate rule against brute force, and the generated territory.
 */
import {
  averagePrecision,
  buildCooperationGraph,
  commonNeighbourList,
  hasEdge,
  linearScore,
  pairSignals,
  pairTables,
  type CooperationEdge,
} from "@maillage/graph-api";
import {
  auc,
  evaluatePartnershipSuggestions,
  forEachCandidate,
  hidePartnerships,
  pairRandom,
  precisionAtK,
  sampleNonEdges,
  TopK,
  type EvaluationInput,
  type EvaluationProfile,
} from "./evaluation";
import { linkScores } from "@maillage/graph-api";
import { loadRealNetworks, realNetworkInput } from "./real-networks";
import { distanceKm } from "@maillage/model";
import { generateTerritory, TERRITORY_BOUNDS, TERRITORY_THEMES } from "./random-graph";
import { mulberry32 } from "@maillage/model";

const edge = (source: string, target: string): CooperationEdge => ({ source, target });

const profile = (
  id: string,
  latitude: number | null = null,
  longitude: number | null = null,
  themes: string[] = [],
): EvaluationProfile => ({
  id,
  kind: "EssStructure",
  inseeCode: null,
  latitude,
  longitude,
  themes,
});

/** Territory input for the evaluation. */
function territoryInput(organisations: number, seed: number): EvaluationInput {
  const t = generateTerritory({ organisations, seed });
  return { edges: t.edges, profiles: t.profiles, partnerships: t.edges.filter((e) => e.kind === "PARTNERSHIP") };
}

describe("auc", () => {
  const positives = [0.9, 0.8, 0.7];
  const negatives = [0.1, 0.2, 0.3, 0.4];

  it("is 1 for a perfect scorer, 0 for a reversed one, 0.5 for a constant one", () => {
    expect(auc(positives, negatives)).toBe(1);
    expect(auc(negatives, positives)).toBe(0);
    expect(auc([0.5, 0.5], [0.5, 0.5, 0.5])).toBe(0.5);
  });

  it("counts every positive–negative pair, ties as 1/2", () => {
    // 3 > 2, 3 > 0, 1 < 2, 1 > 0: 3 of 4.
    expect(auc([3, 1], [2, 0])).toBe(3 / 4);
    // 1 = 1 (1/2), 1 > 0 (1): 1.5 of 2.
    expect(auc([1], [1, 0])).toBe(0.75);
    // Brute force on random scores with many ties.
    const rand = mulberry32(7);
    const pos = Array.from({ length: 40 }, () => Math.floor(rand() * 5));
    const neg = Array.from({ length: 70 }, () => Math.floor(rand() * 5));
    let sum = 0;
    for (const p of pos) for (const q of neg) sum += p > q ? 1 : p === q ? 0.5 : 0;
    expect(auc(pos, neg)).toBeCloseTo(sum / (pos.length * neg.length), 12);
  });

  it("is NaN without positives or negatives", () => {
    expect(auc([], [1])).toBeNaN();
    expect(auc([1], [])).toBeNaN();
  });
});

describe("averagePrecision", () => {
  it("is 1 when every positive comes first, and the mean precision at each positive otherwise", () => {
    expect(averagePrecision([3, 2], [1, 0])).toBe(1);
    // Ranking: p (1/1), n, p (2/3): (1 + 2/3) / 2.
    expect(averagePrecision([3, 1], [2, 0])).toBeCloseTo(5 / 6, 12);
  });

  it("takes tied scores together, whatever their order", () => {
    // All four tied: precision 1/2 for both positives.
    expect(averagePrecision([1, 1], [1, 1])).toBe(0.5);
    expect(averagePrecision([2, 1], [1, 0])).toBeCloseTo((1 + 2 / 3) / 2, 12);
  });
});

describe("precisionAtK", () => {
  const ranked = ["a", "b", "c", "d"];
  const relevant = new Set(["b", "d"]);

  it("is the share of relevant items among the first k", () => {
    expect(precisionAtK(ranked, relevant, 1)).toBe(0);
    expect(precisionAtK(ranked, relevant, 2)).toBe(0.5);
    expect(precisionAtK(ranked, relevant, 3)).toBeCloseTo(1 / 3, 12);
    expect(precisionAtK(ranked, relevant, 4)).toBe(0.5);
  });

  it("counts places beyond the ranking as misses", () => {
    expect(precisionAtK(ranked, relevant, 10)).toBe(0.2);
    expect(precisionAtK([], relevant, 10)).toBe(0);
  });

  it("rejects a k that is not a positive integer", () => {
    expect(() => precisionAtK(ranked, relevant, 0)).toThrow(RangeError);
  });
});

describe("TopK", () => {
  it("keeps the k best, highest score first, ties by the smaller tie key, whatever the order of offers", () => {
    const rand = mulberry32(3);
    const items = Array.from({ length: 500 }, (_, i) => ({
      score: Math.floor(rand() * 20),
      tie: (i * 7919) % 500,
      value: i,
    }));
    const expected = [...items]
      .sort((a, b) => b.score - a.score || a.tie - b.tie)
      .slice(0, 25)
      .map((i) => i.value);
    for (const order of [items, [...items].reverse()]) {
      const top = new TopK<number>(25);
      for (const i of order) top.offer(i.score, i.tie, i.value);
      expect(top.values()).toEqual(expected);
    }
  });

  it("returns fewer than k when offered fewer", () => {
    const top = new TopK<string>(10);
    top.offer(1, 2, "x");
    top.offer(1, 1, "y");
    top.offer(2, 9, "z");
    expect(top.values()).toEqual(["z", "y", "x"]);
  });
});

describe("pairRandom", () => {
  it("is deterministic, in [0, 1) and roughly uniform", () => {
    expect(pairRandom(1, 2, 3)).toBe(pairRandom(1, 2, 3));
    expect(pairRandom(1, 2, 3)).not.toBe(pairRandom(2, 2, 3));
    expect(pairRandom(1, 2, 3)).not.toBe(pairRandom(1, 3, 2));
    const values = Array.from({ length: 10_000 }, (_, i) => pairRandom(42, i % 100, Math.floor(i / 100)));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
  });
});

describe("hidePartnerships", () => {
  // 60 organisations; 50 partnerships on a ring and its chords; fundings from f0; an event.
  const orgs = Array.from({ length: 60 }, (_, i) => `o${String(i).padStart(2, "0")}`);
  const partnerships = Array.from({ length: 50 }, (_, i) => edge(orgs[i], orgs[(i * 7 + 1) % 60]));
  const input: EvaluationInput = {
    profiles: orgs.map((id) => profile(id)),
    partnerships,
    edges: [
      ...partnerships,
      ...orgs.slice(1, 20).map((o) => edge("o00", o)), // o00 funds o01…o19, some of them partners too
      ...orgs.slice(30, 45).map((o) => edge(o, "event:e1")),
    ],
  };

  it("hides 20 % of the partnership pairs, the same ones for the same seed", () => {
    const a = hidePartnerships(input, { seed: 1 });
    expect(a.partnershipPairs).toBe(50);
    expect(a.hidden).toHaveLength(10);
    expect(hidePartnerships(input, { seed: 1 }).hidden).toEqual(a.hidden);
    expect(hidePartnerships(input, { seed: 2 }).hidden).not.toEqual(a.hidden);
    // Neither the order of the edges nor that of the partnerships matters.
    const shuffled = {
      ...input,
      edges: [...input.edges].reverse(),
      partnerships: [...partnerships].reverse().map((e) => edge(e.target, e.source)),
    };
    expect(
      hidePartnerships(shuffled, { seed: 1 }).hidden.map(([u, v]) => [a.full.ids[u], a.full.ids[v]].sort()),
    ).toEqual(a.hidden.map(([u, v]) => [a.full.ids[u], a.full.ids[v]].sort()));
    expect(hidePartnerships(input, { seed: 1, hiddenShare: 0.5 }).hidden).toHaveLength(25);
  });

  it("hides only partnerships, and hidden pairs are never in the reduced graph", () => {
    const split = hidePartnerships(input, { seed: 5 });
    const partnerKeys = new Set(partnerships.map((e) => [e.source, e.target].sort().join("|")));
    let removed = 0;
    for (const [u, v] of split.hidden) {
      expect(u).toBeLessThan(v);
      expect(partnerKeys.has([split.full.ids[u], split.full.ids[v]].sort().join("|"))).toBe(true);
      expect(hasEdge(split.full, u, v)).toBe(true);
      expect(hasEdge(split.reduced, u, v)).toBe(false);
      expect(hasEdge(split.reduced, v, u)).toBe(false);
      removed++;
    }
    // Nothing else removed; same nodes, same indexes.
    expect(split.reduced.edgeCount).toBe(split.full.edgeCount - removed);
    expect(split.reduced.ids).toEqual(split.full.ids);
    expect(split.full.ids.slice(0, 60)).toEqual(orgs);
  });

  it("removes a hidden pair entirely when it is also linked otherwise", () => {
    // o01–o02 are partners and o01 funds o02: hiding the partnership must cut both edges.
    const both: EvaluationInput = {
      profiles: ["o01", "o02", "o03"].map((id) => profile(id)),
      partnerships: [edge("o01", "o02")],
      edges: [edge("o01", "o02"), edge("o02", "o01"), edge("o01", "o03")],
    };
    const split = hidePartnerships(both, { seed: 1, hiddenShare: 1 });
    expect(split.hidden).toEqual([[0, 1]]);
    expect(hasEdge(split.reduced, 0, 1)).toBe(false);
    expect(split.reduced.edgeCount).toBe(1);
  });

  it("ignores partnerships that are not between two organisations, and rejects one missing from the edges", () => {
    const withEvent = { ...input, partnerships: [...partnerships, edge("o31", "event:e1")] };
    expect(hidePartnerships(withEvent, { seed: 1 }).partnershipPairs).toBe(50);
    const missing = { ...input, partnerships: [...partnerships, edge("o58", "o59")] };
    expect(() => hidePartnerships(missing, { seed: 1 })).toThrow(/not among the edges/);
  });
});

describe("sampleNonEdges", () => {
  it("draws distinct pairs of organisations that are not linked", () => {
    const g = buildCooperationGraph([edge("a", "b"), edge("b", "c"), edge("c", "x")], ["a", "b", "c", "d", "e"]);
    // Organisations a…e (0…4): 10 pairs, 2 linked.
    const all = sampleNonEdges(g, 5, 100, mulberry32(1));
    expect(all).toHaveLength(8);
    const keys = all.map(([u, v]) => `${u},${v}`);
    expect(new Set(keys).size).toBe(8);
    for (const [u, v] of all) {
      expect(u).toBeLessThan(v);
      expect(v).toBeLessThan(5);
      expect(hasEdge(g, u, v)).toBe(false);
    }
    expect(sampleNonEdges(g, 5, 3, mulberry32(1))).toEqual(sampleNonEdges(g, 5, 3, mulberry32(1)));
  });
});

describe("forEachCandidate", () => {
  it("finds exactly the pairs with a common neighbour, or within 3 km with a theme in common, that are not linked", () => {
    const { edges, profiles } = generateTerritory({ organisations: 400, seed: 11 });
    // One organisation without coordinates: never a close pair.
    const located = profiles.map((p, i) => (i === 5 ? { ...p, latitude: null, longitude: null } : p));
    const graph = buildCooperationGraph(
      edges,
      located.map((p) => p.id),
    );
    const n = located.length;
    const found: string[] = [];
    forEachCandidate(graph, located, (u, v) => {
      expect(u).toBeLessThan(v);
      found.push(`${u},${v}`);
    });
    expect(new Set(found).size).toBe(found.length);

    const expected: string[] = [];
    for (let u = 0; u < n; u++) {
      for (let v = u + 1; v < n; v++) {
        if (hasEdge(graph, u, v)) continue;
        const a = located[u];
        const b = located[v];
        const close =
          a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null
            ? distanceKm(
                { latitude: a.latitude, longitude: a.longitude },
                { latitude: b.latitude, longitude: b.longitude },
              ) <= 3
            : false;
        if (commonNeighbourList(graph, u, v).length > 0 || (close && a.themes.some((t) => b.themes.includes(t))))
          expected.push(`${u},${v}`);
      }
    }
    expect(found.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(1000);
  });
});

describe("evaluatePartnershipSuggestions", () => {
  const input = territoryInput(600, 4);
  const report = evaluatePartnershipSuggestions(input, { seed: 9 });

  it("is deterministic and reports the sizes", () => {
    expect(evaluatePartnershipSuggestions(input, { seed: 9 })).toEqual(report);
    expect(report.organisations).toBe(600);
    expect(report.hidden).toBe(Math.round(report.partnershipPairs * 0.2));
    expect(report.negatives).toBe(report.hidden * 20);
    expect(report.hiddenAmongCandidates).toBeLessThanOrEqual(report.hidden);
    expect(report.methods.map((m) => m.method)).toEqual([
      "learnt",
      "commonNeighbours",
      "jaccard",
      "adamicAdar",
      "resourceAllocation",
      "preferentialAttachment",
      "random",
    ]);
    for (const m of report.methods) {
      expect(m.auc).toBeGreaterThanOrEqual(0);
      expect(m.auc).toBeLessThanOrEqual(1);
      expect(m.precision.map((p) => p.k)).toEqual([10, 50]);
    }
    expect(evaluatePartnershipSuggestions(input, { seed: 10 })).not.toEqual(report);
  });

  it("counts precision@k over the candidates ranked by each score, ties by pair id (brute force)", () => {
    const split = hidePartnerships(input, { seed: 9 });
    const { reduced } = split;
    const profiles = input.profiles;
    const hidden = new Set(split.hidden.map(([u, v]) => `${u},${v}`));
    const candidates: { u: number; v: number; ids: [string, string] }[] = [];
    forEachCandidate(reduced, profiles, (u, v) =>
      candidates.push({ u, v, ids: [profiles[u].id, profiles[v].id].sort() as [string, string] }),
    );
    expect(candidates).toHaveLength(report.candidates);
    expect(candidates.filter((c) => hidden.has(`${c.u},${c.v}`))).toHaveLength(report.hiddenAmongCandidates);

    const byId = (a: [string, string], b: [string, string]) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
    const precisions = (score: (u: number, v: number) => number) => {
      const ranked = candidates
        .map((c) => ({ ...c, score: score(c.u, c.v) }))
        .sort((a, b) => b.score - a.score || byId(a.ids, b.ids));
      return [10, 50].map((k) => ranked.slice(0, k).filter((c) => hidden.has(`${c.u},${c.v}`)).length);
    };
    const tables = pairTables(reduced, (i) => profiles[i]);
    const learnt = (u: number, v: number) => linearScore(report.model, pairSignals(tables, u, v));
    const hits = (method: string) => report.methods.find((m) => m.method === method)!.precision.map((p) => p.hits);
    expect(hits("learnt")).toEqual(precisions(learnt));
    expect(hits("commonNeighbours")).toEqual(precisions((u, v) => linkScores(reduced, u, v).commonNeighbours));
    expect(hits("resourceAllocation")).toEqual(precisions((u, v) => linkScores(reduced, u, v).resourceAllocation));
    expect(hits("preferentialAttachment")).toEqual(
      precisions((u, v) => linkScores(reduced, u, v).preferentialAttachment),
    );
    for (const m of report.methods) for (const p of m.precision) expect(p.value).toBe(p.hits / p.k);
  });

  it("gives a random score an AUC near 1/2 and the fitted model a higher one than each single heuristic", () => {
    const auc = (method: string) => report.methods.find((m) => m.method === method)!.auc;
    expect(Math.abs(auc("random") - 0.5)).toBeLessThan(0.1);
    expect(report.model.method).toBe("LOGISTIC_REGRESSION");
    for (const m of report.methods) if (m.method !== "learnt") expect(auc("learnt")).toBeGreaterThan(m.auc);
  });

  it("learns where it can: on Roget's thesaurus the fitted model finds hidden links better than every single heuristic", () => {
    const roget = loadRealNetworks().find((n) => n.key === "roget")!;
    const r = evaluatePartnershipSuggestions(realNetworkInput(roget), { seed: 42 });
    expect(r.model.method).toBe("LOGISTIC_REGRESSION");
    const of = (method: string) => r.methods.find((m) => m.method === method)!;
    for (const m of r.methods) {
      if (m.method === "learnt") continue;
      expect(of("learnt").auc).toBeGreaterThan(m.auc);
      expect(of("learnt").averagePrecision).toBeGreaterThan(m.averagePrecision);
    }
  });

  it("falls back to one heuristic on a network with too few links, and says so", () => {
    const florentine = loadRealNetworks().find((n) => n.key === "florentine")!;
    const r = evaluatePartnershipSuggestions(realNetworkInput(florentine), { seed: 42 });
    expect(r.model).toMatchObject({ method: "SINGLE_HEURISTIC", fallbackReason: "TOO_FEW_LINKS" });
    const single = r.methods.find((m) => m.method === r.model.heuristic)!;
    expect(r.methods[0].auc).toBe(single.auc);
  });
});

describe("generateTerritory", () => {
  const t = generateTerritory({ organisations: 2000, seed: 1 });

  it("is deterministic", () => {
    expect(generateTerritory({ organisations: 2000, seed: 1 })).toEqual(t);
    expect(generateTerritory({ organisations: 2000, seed: 2 }).edges).not.toEqual(t.edges);
  });

  it("has the organisations asked for, located in the area, in 16 towns, with themes from the fixed list", () => {
    expect(t.profiles).toHaveLength(2000);
    expect(new Set(t.profiles.map((p) => p.id)).size).toBe(2000);
    expect(t.towns).toHaveLength(16);
    const towns = new Set(t.towns.map((x) => x.inseeCode));
    for (const p of t.profiles) {
      expect(p.latitude).toBeGreaterThanOrEqual(TERRITORY_BOUNDS.minLatitude);
      expect(p.latitude).toBeLessThanOrEqual(TERRITORY_BOUNDS.maxLatitude);
      expect(p.longitude).toBeGreaterThanOrEqual(TERRITORY_BOUNDS.minLongitude);
      expect(p.longitude).toBeLessThanOrEqual(TERRITORY_BOUNDS.maxLongitude);
      expect(towns.has(p.inseeCode)).toBe(true);
      for (const theme of p.themes) expect(TERRITORY_THEMES).toContain(theme);
    }
    const kinds = new Set(t.profiles.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(["Business", "EssStructure", "Financer", "SupportProvider"]);
  });

  it("has about 5 edges per organisation, no self-loop, partnerships between ESS structures and businesses only", () => {
    expect(t.edges.length / 2000).toBeGreaterThan(4);
    expect(t.edges.length / 2000).toBeLessThan(6);
    const kindOf = new Map(t.profiles.map((p) => [p.id, p.kind]));
    const events = new Set(t.events);
    for (const e of t.edges) {
      expect(e.source).not.toBe(e.target);
      if (e.kind === "ATTENDANCE") expect(events.has(e.target)).toBe(true);
      else expect(kindOf.has(e.target)).toBe(true);
      if (e.kind === "PARTNERSHIP") {
        expect(["EssStructure", "Business"]).toContain(kindOf.get(e.source));
        expect(["EssStructure", "Business"]).toContain(kindOf.get(e.target));
        expect(kindOf.get(e.source) === "EssStructure" || kindOf.get(e.target) === "EssStructure").toBe(true);
      }
    }
    expect(t.edges.filter((e) => e.kind === "PARTNERSHIP").length).toBeGreaterThan(1000);
  });
});
