/**
 * Partnership suggestions on a generated territory against a brute-force
 * ranking: every pair of organisations scored with the context's fitted
 * model on `pairSignals`, the candidate rule applied by hand.
 * The fast path (wedge scan, pruning, grid, bitmasks) must give the same
 * suggestions in the same order.
 */
import { PARTNERSHIP_SIGNALS } from "@maillage/model";
import { loadComplementarity } from "@maillage/reference";
import { hasEdge } from "./cooperation-graph";
import { buildOpportunityContext, type OpportunityContext } from "./context";
import { linkScores } from "./link-prediction";
import { opportunityId } from "./opportunity";
import { pairSignals } from "./partnership-features";
import { linearScore, sigmoid, type PartnershipModel } from "./partnership-model";
import {
  contextTables,
  NEARBY_KM,
  pairDistanceKm,
  suggestPartnerships,
  themeOverlap,
  type OpportunityFilter,
} from "./partnerships";
import { generateTerritory, TERRITORY_THEMES } from "@maillage/tools";

function territoryContext(organisations: number, seed: number, declined: string[] = []): OpportunityContext {
  const t = generateTerritory({ organisations, seed });
  return buildOpportunityContext({
    edges: t.edges,
    profiles: t.profiles.map((p) => ({ ...p, illustrative: false })),
    nodeNames: t.events.map((id, k) => ({ id, name: `Évènement ${k + 1}` })),
    themes: TERRITORY_THEMES.map((code) => ({ code, labelFr: code, labelEn: code })),
    towns: t.towns.map((town) => ({ inseeCode: town.inseeCode, name: town.name, neighbours: [] })),
    needs: [],
    offers: [],
    declined,
    complementarity: loadComplementarity(),
  });
}

/** Every candidate pair scored the slow way, best first (score, then id). */
function bruteForce(ctx: OpportunityContext, filter: OpportunityFilter, limit: number) {
  const { graph } = ctx;
  const orgs = [...ctx.profiles.values()];
  const inScope = (p: (typeof orgs)[number]) =>
    (!filter.organisationId || p.id === filter.organisationId) &&
    (!filter.inseeCode || p.inseeCode === filter.inseeCode) &&
    (!filter.theme || p.themes.includes(filter.theme));
  const scoped = filter.organisationId !== undefined || filter.inseeCode !== undefined || filter.theme !== undefined;
  const out: { id: string; score: number; linear: number }[] = [];
  for (let i = 0; i < orgs.length; i++) {
    for (let j = i + 1; j < orgs.length; j++) {
      const [a, b] = [orgs[i], orgs[j]];
      if (scoped && !inScope(a) && !inScope(b)) continue;
      const u = graph.indexOf.get(a.id)!;
      const v = graph.indexOf.get(b.id)!;
      if (hasEdge(graph, u, v)) continue;
      const scores = linkScores(graph, u, v);
      const km = pairDistanceKm(a, b);
      const themes = themeOverlap(a.themes, b.themes);
      const close = scoped && km !== null && km <= NEARBY_KM && themes > 0;
      if (scores.commonNeighbours === 0 && !close) continue;
      const id = opportunityId("PARTNERSHIP", [a.id, b.id]);
      if (ctx.declined.has(id)) continue;
      const linear = linearScore(ctx.model, pairSignals(contextTables(ctx), u, v));
      out.push({ id, score: sigmoid(linear), linear });
    }
  }
  return out
    .sort((x, y) => y.linear - x.linear || x.id.localeCompare(y.id))
    .slice(0, limit)
    .map(({ id, score }) => ({ id, score }));
}

const summary = (list: { id: string; score: number }[]) => list.map((o) => `${o.id} ${o.score}`);

/** Every pair of organisations two steps apart and not linked (the territory-wide candidates), with its signals. */
function twoHopCandidates(ctx: OpportunityContext): { id: string; signals: Float64Array }[] {
  const { graph } = ctx;
  const t = contextTables(ctx);
  const seen = new Set<number>();
  const candidates: { id: string; signals: Float64Array }[] = [];
  for (let u = 0; u < graph.ids.length; u++) {
    if (t.isOrganisation[u] === 0) continue;
    for (const w of graph.neighbours[u]) {
      for (const v of graph.neighbours[w]) {
        const key = u * graph.ids.length + v;
        if (v <= u || t.isOrganisation[v] === 0 || hasEdge(graph, u, v) || seen.has(key)) continue;
        seen.add(key);
        const id = opportunityId("PARTNERSHIP", [graph.ids[u], graph.ids[v]]);
        candidates.push({ id, signals: pairSignals(t, u, v) });
      }
    }
  }
  return candidates;
}

/** The territory-wide ranking the slow way: every candidate scored with `model` on all its signals, best first. */
function ranked(candidates: { id: string; signals: Float64Array }[], model: PartnershipModel, limit: number) {
  return candidates
    .map(({ id, signals }) => ({ id, linear: linearScore(model, signals) }))
    .sort((x, y) => y.linear - x.linear || x.id.localeCompare(y.id))
    .slice(0, limit)
    .map(({ id, linear }) => ({ id, score: sigmoid(linear) }));
}

describe("suggestPartnerships against a brute-force ranking", () => {
  const ctx = territoryContext(900, 5);
  const smallestTown = (() => {
    const counts = new Map<string, number>();
    for (const p of ctx.profiles.values()) counts.set(p.inseeCode!, (counts.get(p.inseeCode!) ?? 0) + 1);
    return [...counts].sort((a, b) => a[1] - b[1])[0][0];
  })();

  it("territory-wide: the same top 100, in the same order", () => {
    const expected = bruteForce(ctx, {}, 100);
    expect(expected).toHaveLength(100);
    expect(summary(suggestPartnerships(ctx, {}, 100))).toEqual(summary(expected));
  });

  it("in one town: includes close organisations sharing a theme with no common neighbour yet", () => {
    const filter = { inseeCode: smallestTown };
    const expected = bruteForce(ctx, filter, 300);
    const got = suggestPartnerships(ctx, filter, 300);
    expect(summary(got)).toEqual(summary(expected));
    expect(got.some((o) => o.linkScores!.commonNeighbours === 0)).toBe(true);
    for (const o of got) expect(o.members.some((m) => m.inseeCode === smallestTown)).toBe(true);
  });

  it("by theme and around one organisation", () => {
    expect(summary(suggestPartnerships(ctx, { theme: TERRITORY_THEMES[3] }, 30))).toEqual(
      summary(bruteForce(ctx, { theme: TERRITORY_THEMES[3] }, 30)),
    );
    const someone = [...ctx.profiles.keys()][17];
    const around = suggestPartnerships(ctx, { organisationId: someone }, 25);
    expect(around.length).toBeGreaterThan(0);
    expect(summary(around)).toEqual(summary(bruteForce(ctx, { organisationId: someone }, 25)));
  });

  it("leaves declined pairs out and moves the next ones up", () => {
    const top = bruteForce(ctx, {}, 5);
    const declinedCtx = territoryContext(900, 5, [top[0].id, top[3].id]);
    const got = suggestPartnerships(declinedCtx, {}, 5).map((o) => o.id);
    expect(got).not.toContain(top[0].id);
    expect(got).not.toContain(top[3].id);
    expect(got).toEqual(bruteForce(declinedCtx, {}, 5).map((o) => o.id));
  });

  it("is ranked by a logistic regression fitted on the territory, whose explanation names what counted most", () => {
    expect(ctx.model.method).toBe("LOGISTIC_REGRESSION");
    expect(ctx.model.positives).toBeGreaterThanOrEqual(50);
    const [best] = suggestPartnerships(ctx, {}, 1);
    expect(best.reasons[0]).toMatchObject({ type: "STRONGEST_SIGNALS" });
  });

  it("counts the links between their partners, and agrees with the brute force when those lower the score", () => {
    const paths = PARTNERSHIP_SIGNALS.indexOf("pathsOfThree");
    expect(ctx.model.weights[paths]).not.toBe(0);
    const weights = [...ctx.model.weights];
    weights[paths] = -Math.abs(weights[paths]) - 0.5;
    const lowered: OpportunityContext = { ...ctx, model: { ...ctx.model, weights } };
    const expected = bruteForce(lowered, {}, 50);
    expect(summary(suggestPartnerships(lowered, {}, 50))).toEqual(summary(expected));
    expect(expected.map((o) => o.id)).not.toEqual(bruteForce(ctx, {}, 50).map((o) => o.id));
  });

  it("an unknown organisation gives no suggestions", () => {
    expect(suggestPartnerships(ctx, { organisationId: "nobody" }, 10)).toEqual([]);
  });
});

// Larger territories, where the territory-wide ranking skips most of the work: it scans the most promising
// organisations first, leaves out the partners through which no pair could make the cut, drops pairs on
// bounds of their score before completing their sums, reading their places, themes and partners' links.
describe("suggestPartnerships on larger territories against every two-hop pair scored", () => {
  const territories: [number, number][] = [
    [3000, 5],
    [4000, 17],
  ];

  it.each(territories)("%i organisations (seed %i): the same first k, in the same order", (organisations, seed) => {
    const ctx = territoryContext(organisations, seed);
    expect(ctx.model.method).toBe("LOGISTIC_REGRESSION");
    const expected = ranked(twoHopCandidates(ctx), ctx.model, 100);
    for (const k of [1, 20, 100])
      expect(summary(suggestPartnerships(ctx, {}, k))).toEqual(summary(expected.slice(0, k)));
  });

  it("the same with weights that make each signal the ranking bounds count most", () => {
    const ctx = territoryContext(1500, 5);
    const candidates = twoHopCandidates(ctx);
    const weighted = (change: (w: number, signal: string) => number) => ({
      ...ctx,
      model: { ...ctx.model, weights: ctx.model.weights.map((w, i) => change(w, PARTNERSHIP_SIGNALS[i])) },
    });
    const variants: OpportunityContext[] = [
      weighted((w, s) => (s === "proximity" ? 10 * Math.abs(w) : w)),
      weighted((w, s) => (s === "sharedThemes" ? 10 * Math.abs(w) + 1 : w)),
      weighted((w, s) => (s === "pathsOfThree" ? 30 * Math.abs(w) + 1 : w)),
      // Typed counts, resource allocation and kind complementarity for a pair rather than against it.
      weighted((w) => Math.abs(w)),
      // Common neighbours, Adamic–Adar, proximity, paths of three… against it.
      weighted((w) => 0.1 - Math.abs(w)),
    ];
    for (const changed of variants) {
      expect(summary(suggestPartnerships(changed, {}, 50))).toEqual(summary(ranked(candidates, changed.model, 50)));
    }
  });
});
