/**
 * Partnership suggestions from link prediction: pairs of organisations that
 * are not linked yet, ranked by the partnership model the graph was fitted
 * with (partnership-model.ts) on their signals (partnership-features.ts): what
 * they already share in the cooperation graph, how close they are, the
 * themes they share, their complementarity.
 */
import { commonNeighbourList, degree, hasEdge, type CooperationGraph } from "./cooperation-graph";
import { linkScores, pathsOfThreeBound, scanTwoHopPairs } from "./link-prediction";
import { townReason, type OpportunityContext, type OrganisationProfile } from "./context";
import { distanceKm } from "@maillage/model";
import { memberOf, opportunityId, type Opportunity, type Reason } from "./opportunity";
import {
  emptySums,
  NEARBY_KM,
  pairSignals,
  pairTables,
  signalCeilings,
  SIGNAL,
  SIGNAL_COUNT,
  tableThemeOverlap,
  typedCounts,
  writeSignals,
  type PairTables,
} from "./partnership-features";
import { linearCeiling, linearScore, sigmoid, strongestSignals } from "./partnership-model";

export { NEARBY_KM };

/** Each profile's theme list as a set, built once: a town's suggestions compare thousands of pairs. */
const themeSets = new WeakMap<string[], Set<string>>();
const themeSet = (themes: string[]): Set<string> => {
  let set = themeSets.get(themes);
  if (!set) themeSets.set(themes, (set = new Set(themes)));
  return set;
};

/** Jaccard similarity of two theme lists. */
export function themeOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setA = themeSet(a);
  let common = 0;
  for (const t of b) if (setA.has(t)) common++;
  return common === 0 ? 0 : common / (setA.size + themeSet(b).size - common);
}

export function pairDistanceKm(a: OrganisationProfile, b: OrganisationProfile): number | null {
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return null;
  return distanceKm({ latitude: a.latitude, longitude: a.longitude }, { latitude: b.latitude, longitude: b.longitude });
}

/** The signal tables of a context's graph. */
export function contextTables(ctx: OpportunityContext): PairTables {
  return pairTables(ctx.graph, (i) => ctx.profiles.get(ctx.graph.ids[i]));
}

export interface OpportunityFilter {
  inseeCode?: string;
  theme?: string;
  organisationId?: string;
}

function reasonsFor(
  ctx: OpportunityContext,
  graph: CooperationGraph,
  u: number,
  v: number,
  a: OrganisationProfile,
  b: OrganisationProfile,
  km: number | null,
): Reason[] {
  const reasons: Reason[] = [];
  const sharedNodes = {
    SHARED_PARTNERS: [] as string[],
    SHARED_FINANCERS: [] as string[],
    SHARED_SUPPORT: [] as string[],
    SHARED_EVENTS: [] as string[],
    SHARED_RESOURCES: [] as string[],
  };
  for (const w of commonNeighbourList(graph, u, v)) {
    const id = graph.ids[w];
    const name = ctx.nodeNames.get(id) ?? ctx.profiles.get(id)?.name ?? id;
    if (id.startsWith("event:")) sharedNodes.SHARED_EVENTS.push(name);
    else if (id.startsWith("resource:")) sharedNodes.SHARED_RESOURCES.push(name);
    else {
      const kind = ctx.profiles.get(id)?.kind;
      (kind === "Financer"
        ? sharedNodes.SHARED_FINANCERS
        : kind === "SupportProvider"
          ? sharedNodes.SHARED_SUPPORT
          : sharedNodes.SHARED_PARTNERS
      ).push(name);
    }
  }
  for (const [type, names] of Object.entries(sharedNodes) as [keyof typeof sharedNodes, string[]][]) {
    if (names.length) reasons.push({ type, names: names.sort((x, y) => x.localeCompare(y, "fr")) });
  }
  if (km !== null) reasons.push({ type: "DISTANCE", km: Math.round(km * 10) / 10 });
  const town = townReason(ctx, a, b);
  if (town) reasons.push(town);
  const shared = a.themes
    .filter((t) => b.themes.includes(t))
    .map((code) => ctx.themes.get(code) ?? { code, labelFr: code, labelEn: code });
  if (shared.length) reasons.push({ type: "SHARED_THEMES", themes: shared });
  return reasons;
}

/** Scores one pair of organisations (by id); null when either is unknown or they are the same. */
export function scorePartnership(ctx: OpportunityContext, aId: string, bId: string): Opportunity | null {
  const { graph } = ctx;
  const u = graph.indexOf.get(aId);
  const v = graph.indexOf.get(bId);
  const a = ctx.profiles.get(aId);
  const b = ctx.profiles.get(bId);
  if (u === undefined || v === undefined || !a || !b || u === v) return null;
  const scores = linkScores(graph, u, v);
  const signals = pairSignals(contextTables(ctx), u, v);
  const km = pairDistanceKm(a, b);
  const [first, second] = [a, b].sort((x, y) => x.id.localeCompare(y.id));
  const reasons = reasonsFor(ctx, graph, u, v, a, b, km);
  const strongest = strongestSignals(ctx.model, signals);
  if (reasons.length > 0 && strongest.length > 0) reasons.unshift({ type: "STRONGEST_SIGNALS", signals: strongest });
  return {
    id: opportunityId("PARTNERSHIP", [a.id, b.id]),
    kind: "PARTNERSHIP",
    score: sigmoid(linearScore(ctx.model, signals)),
    members: [first, second].map(memberOf),
    reasons,
    linkScores: {
      commonNeighbours: scores.commonNeighbours,
      jaccard: scores.jaccard,
      adamicAdar: scores.adamicAdar,
      resourceAllocation: scores.resourceAllocation,
    },
  };
}

function matches(profile: OrganisationProfile, filter: OpportunityFilter): boolean {
  return (
    (!filter.inseeCode || profile.inseeCode === filter.inseeCode) &&
    (!filter.theme || profile.themes.includes(filter.theme))
  );
}

/** The best few pairs seen so far, by score then opportunity id; declined pairs never get in. */
class Finalists {
  private items: { u: number; v: number; score: number; id: string }[] = [];
  /** Scores below this cannot make it any more. */
  threshold = -Infinity;
  private readonly cap: number;

  constructor(
    private readonly ctx: OpportunityContext,
    limit: number,
  ) {
    // A margin over `limit`: a finalist without any reason is dropped at the end.
    this.cap = Math.max(2 * limit, limit + 16);
  }

  offer(u: number, v: number, score: number): void {
    if (score < this.threshold) return;
    const id = opportunityId("PARTNERSHIP", [this.ctx.graph.ids[u], this.ctx.graph.ids[v]]);
    if (this.ctx.declined.has(id)) return;
    this.items.push({ u, v, score, id });
    if (this.items.length >= 2 * this.cap) {
      this.items = byScoreThenId(this.items).slice(0, this.cap);
      this.threshold = this.items[this.cap - 1].score;
    }
  }

  best(limit: number): { u: number; v: number }[] {
    return byScoreThenId(this.items).slice(0, limit);
  }
}

/**
 * The best partnership suggestions for a scope: pairs that share at least one
 * neighbour in the cooperation graph, plus — within a town or around one
 * organisation — pairs that share a theme and are close, even with no common
 * neighbour yet. Every suggestion has reasons; declined ones are left out.
 *
 * Territory-wide there are tens of millions of candidate pairs: they are
 * streamed from `scanTwoHopPairs` and only the best few are kept, on the
 * model's linear score (its ranking). A pair is dropped as soon as the most
 * its typed counts could add cannot reach the current cut, and the scan
 * skips the wedges through high-degree nodes when no pair reached only
 * through them can make the cut (`signalCeilings`, `linearCeiling`).
 */
export function suggestPartnerships(ctx: OpportunityContext, filter: OpportunityFilter, limit: number): Opportunity[] {
  const { graph, model } = ctx;
  const t = contextTables(ctx);
  const focus = filter.organisationId !== undefined ? graph.indexOf.get(filter.organisationId) : undefined;
  if (filter.organisationId !== undefined && (focus === undefined || t.isOrganisation[focus] === 0)) return [];
  const finalists = new Finalists(ctx, limit);
  let maxDegree = 0;
  for (let i = 0; i < graph.ids.length; i++) maxDegree = Math.max(maxDegree, degree(graph, i));

  // The most the typed counts (financers, networks, events shared) can add, per unit of log1p(count), and the
  // paths of three, per unit of log1p(paths): both are counted only for a pair that could still make the cut.
  const typed = [SIGNAL.sharedFinancers, SIGNAL.sharedNetworks, SIGNAL.sharedEvents];
  const typedGain = typed.reduce((sum, j) => sum + Math.max(0, model.weights[j] / model.scales[j]), 0);
  const typedMatters = typed.some((j) => model.weights[j] !== 0);
  const paths = SIGNAL.pathsOfThree;
  const pathsGain = Math.max(0, model.weights[paths] / model.scales[paths]);
  const pathsMatter = model.weights[paths] !== 0;
  const signals = new Float64Array(SIGNAL_COUNT);
  const ceilings = new Float64Array(SIGNAL_COUNT);
  const sums = emptySums();

  const consider = (u: number, v: number, common: number, resourceAllocation: number, adamicAdar: number) => {
    sums.common = common;
    sums.resourceAllocation = resourceAllocation;
    sums.adamicAdar = adamicAdar;
    sums.financers = sums.networks = sums.events = sums.pathsOfThree = 0;
    writeSignals(t, u, v, sums, signals);
    const withoutCounts = linearScore(model, signals);
    const typedCount = common > 0 && typedMatters;
    if (typedCount || pathsMatter) {
      const gain =
        (typedCount ? typedGain * Math.log1p(common) : 0) +
        (pathsMatter ? pathsGain * Math.log1p(pathsOfThreeBound(graph, u, v)) : 0);
      if (withoutCounts + gain < finalists.threshold) return;
      typedCounts(t, u, v, sums, pathsMatter);
      writeSignals(t, u, v, sums, signals);
      finalists.offer(u, v, linearScore(model, signals));
    } else finalists.offer(u, v, withoutCounts);
  };
  const negligible = (u: number, allocationLeft: number, left: number, adamicAdarLeft: number) => {
    signalCeilings(t, u, left, allocationLeft, adamicAdarLeft, maxDegree, ceilings);
    return linearCeiling(model, ceilings) < finalists.threshold;
  };
  const isOrganisation = (i: number) => t.isOrganisation[i] === 1;

  const scoped = focus !== undefined || filter.inseeCode !== undefined || filter.theme !== undefined;
  if (!scoped) {
    scanTwoHopPairs(graph, { source: isOrganisation, target: isOrganisation, visit: consider, negligible });
  } else {
    // One member must match the scope; pairs are built around those.
    const inScope = (i: number) =>
      isOrganisation(i) && (focus === undefined || i === focus) && matches(ctx.profiles.get(graph.ids[i])!, filter);
    const sources = focus !== undefined ? [focus] : graph.ids.map((_, i) => i).filter(inScope);
    const isSource = new Uint8Array(graph.ids.length);
    for (const u of sources) isSource[u] = 1;
    scanTwoHopPairs(graph, { source: (i) => isSource[i] === 1, target: isOrganisation, visit: consider, negligible });
    // Close organisations with a theme in common and no common neighbour (those were just scanned).
    for (const u of sources) {
      if (negligible(u, 0, 0, 0)) continue;
      for (const v of t.grid.near(u)) {
        if (v < u && isSource[v] === 1) continue; // seen from v
        if (hasEdge(graph, u, v) || commonNeighbourList(graph, u, v).length > 0 || tableThemeOverlap(t, u, v) === 0)
          continue;
        consider(u, v, 0, 0, 0);
      }
    }
  }
  // Ordered by the linear score, not the displayed one: the logistic function rounds very high scores to 1.
  return finalists
    .best(limit + 16)
    .map((f) => ({
      o: scorePartnership(ctx, graph.ids[f.u], graph.ids[f.v])!,
      linear: linearScore(model, pairSignals(t, f.u, f.v)),
    }))
    .filter(({ o }) => o.reasons.length > 0)
    .sort((x, y) => y.linear - x.linear || x.o.id.localeCompare(y.o.id))
    .slice(0, limit)
    .map(({ o }) => o);
}

function byScoreThenId<T extends { score: number; id: string }>(items: T[]): T[] {
  return items.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
}

/** Highest score first; ties broken by id so that pages are stable. */
export function rank(opportunities: Opportunity[], limit: number): Opportunity[] {
  return opportunities.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id)).slice(0, limit);
}
