/**
 * Partnership suggestions from link prediction: pairs of organisations that
 * are not linked yet, ranked by the partnership model the graph was fitted
 * with (partnership-model.ts) on their signals (partnership-features.ts): what
 * they already share in the cooperation graph, how close they are, the
 * themes they share, their complementarity.
 */
import { commonNeighbourList, degree, hasEdge, type CooperationGraph } from "./cooperation-graph";
import {
  linkScores,
  neighbourWeightTotals,
  PathsOfThreeCounter,
  scanTwoHopPairs,
  type ScanSums,
  type TwoHopScan,
} from "./link-prediction";
import { townReason, type OpportunityContext, type OrganisationProfile } from "./context";
import { distanceKm, proximity } from "@maillage/model";
import { memberOf, opportunityId, type Opportunity, type Reason } from "./opportunity";
import {
  emptySums,
  NEARBY_KM,
  pairSignals,
  pairTables,
  signalCeilings,
  SIGNAL,
  SIGNAL_COUNT,
  tableDistanceKm,
  tableThemeOverlap,
  typedCounts,
  writeSignals,
  writeStructuralRanges,
  type PairTables,
} from "./partnership-features";
import {
  linearBound,
  linearCeiling,
  linearScore,
  sigmoid,
  strongestSignals,
  type PartnershipModel,
} from "./partnership-model";

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
  return scoredPartnership(ctx, aId, bId)?.opportunity ?? null;
}

/** `scorePartnership`, with the pair's linear score (its rank). */
function scoredPartnership(
  ctx: OpportunityContext,
  aId: string,
  bId: string,
): { opportunity: Opportunity; linear: number } | null {
  const { graph } = ctx;
  const u = graph.indexOf.get(aId);
  const v = graph.indexOf.get(bId);
  const a = ctx.profiles.get(aId);
  const b = ctx.profiles.get(bId);
  if (u === undefined || v === undefined || !a || !b || u === v) return null;
  const scores = linkScores(graph, u, v);
  const signals = pairSignals(contextTables(ctx), u, v);
  const linear = linearScore(ctx.model, signals);
  const km = pairDistanceKm(a, b);
  const [first, second] = [a, b].sort((x, y) => x.id.localeCompare(y.id));
  const reasons = reasonsFor(ctx, graph, u, v, a, b, km);
  const strongest = strongestSignals(ctx.model, signals);
  if (reasons.length > 0 && strongest.length > 0) reasons.unshift({ type: "STRONGEST_SIGNALS", signals: strongest });
  const opportunity: Opportunity = {
    id: opportunityId("PARTNERSHIP", [a.id, b.id]),
    kind: "PARTNERSHIP",
    score: sigmoid(linear),
    members: [first, second].map(memberOf),
    reasons,
    linkScores: {
      commonNeighbours: scores.commonNeighbours,
      jaccard: scores.jaccard,
      adamicAdar: scores.adamicAdar,
      resourceAllocation: scores.resourceAllocation,
    },
  };
  return { opportunity, linear };
}

function matches(profile: OrganisationProfile, filter: OpportunityFilter): boolean {
  return (
    (!filter.inseeCode || profile.inseeCode === filter.inseeCode) &&
    (!filter.theme || profile.themes.includes(filter.theme))
  );
}

/** The typed counts: financers, support providers or networks, and events two organisations share. */
const TYPED_COUNTS = [SIGNAL.sharedFinancers, SIGNAL.sharedNetworks, SIGNAL.sharedEvents];

const PROXIMITY = SIGNAL.proximity;
const SHARED_THEMES = SIGNAL.sharedThemes;

/** Finalists kept over the limit: a finalist without any reason is dropped at the end. */
const REASONLESS_MARGIN = 16;

/** How many sources the territory-wide scan takes first, by the most their pairs could score. */
const PROMISING_SOURCES = 1000;

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
    // No more than the ranking reads at the end: the higher the cut, the more pairs are dropped early.
    this.cap = limit + REASONLESS_MARGIN;
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
 * Scores the pairs a two-hop scan gives and keeps the best (`finalists`),
 * dropping a pair as soon as it cannot make the cut, and tells the scan
 * which neighbours and pairs it may skip.
 *
 * A pair is scored in steps, each only when the one before could still make
 * the cut: first the most its signals allow from its structural sums (or
 * their ranges, before the scan completes them), with proximity and shared
 * themes at their most (0 to 1), the typed counts (financers, networks,
 * events shared) between 0 and the common neighbours, the paths of three
 * between 0 and `PathsOfThreeCounter.bound`; then the same with its exact
 * proximity and themes; then exactly, the typed counts and paths of three
 * counted at the cost of reading the partners' lists. `linearBound` is never
 * below the exact score, so a pair dropped could not have made it.
 *
 * A class rather than closures: its methods stay the same functions from one
 * ranking to the next, which keeps V8's optimised scan valid.
 */
class PairRanking implements TwoHopScan {
  readonly finalists: Finalists;
  first?: number[];
  private readonly graph: CooperationGraph;
  private readonly model: PartnershipModel;
  private readonly maxDegree: number;
  private readonly typedMatter: boolean;
  private readonly pathsMatter: boolean;
  private readonly paths: PathsOfThreeCounter;
  private readonly low = new Float64Array(SIGNAL_COUNT);
  private readonly high = new Float64Array(SIGNAL_COUNT);
  private readonly ceilings = new Float64Array(SIGNAL_COUNT);
  private readonly lowSums = emptySums();
  private readonly highSums = emptySums();
  private readonly sums = emptySums();

  constructor(
    ctx: OpportunityContext,
    private readonly t: PairTables,
    /** 1 for the organisations pairs are built around. */
    readonly isSource: Uint8Array,
    limit: number,
  ) {
    this.graph = ctx.graph;
    this.model = ctx.model;
    this.finalists = new Finalists(ctx, limit);
    let maxDegree = 0;
    for (let i = 0; i < this.graph.ids.length; i++) maxDegree = Math.max(maxDegree, degree(this.graph, i));
    this.maxDegree = maxDegree;
    this.typedMatter = TYPED_COUNTS.some((j) => this.model.weights[j] !== 0);
    this.pathsMatter = this.model.weights[SIGNAL.pathsOfThree] !== 0;
    this.paths = new PathsOfThreeCounter(this.graph);
  }

  source(i: number): boolean {
    return this.isSource[i] === 1;
  }

  target(i: number): boolean {
    return this.t.isOrganisation[i] === 1;
  }

  visit(source: number, other: number, common: number, resourceAllocation: number, adamicAdar: number): void {
    const { t, model, finalists, low, high, sums } = this;
    // Named from the smaller index, as a scan in index order names a pair (the reasons follow that order).
    const [u, v] = other < source && this.isSource[other] === 1 ? [other, source] : [source, other];
    const bound = this.structuralBound(
      u,
      v,
      common,
      resourceAllocation,
      adamicAdar,
      common,
      resourceAllocation,
      adamicAdar,
    );
    if (bound < finalists.threshold) return;
    low[PROXIMITY] = high[PROXIMITY] = proximity(tableDistanceKm(t, u, v));
    low[SHARED_THEMES] = high[SHARED_THEMES] = tableThemeOverlap(t, u, v);
    const typedCounted = this.typedMatter && common > 0;
    if (!typedCounted && !this.pathsMatter) return finalists.offer(u, v, linearScore(model, low));
    if (linearBound(model, low, high) < finalists.threshold) return;
    sums.common = common;
    sums.resourceAllocation = resourceAllocation;
    sums.adamicAdar = adamicAdar;
    sums.financers = sums.networks = sums.events = sums.pathsOfThree = 0;
    if (typedCounted) typedCounts(t, u, v, sums, false);
    if (this.pathsMatter) sums.pathsOfThree = this.paths.count(source, other);
    writeSignals(t, u, v, sums, low);
    finalists.offer(u, v, linearScore(model, low));
  }

  negligible(u: number, allocationLeft: number, left: number, adamicAdarLeft: number): boolean {
    return this.ceiling(u, left, allocationLeft, adamicAdarLeft) < this.finalists.threshold;
  }

  mayMatter(u: number, v: number, least: ScanSums, most: ScanSums): boolean {
    // First as a pair of u whose common neighbours are at most `most` of u's, the other member unknown.
    if (this.ceiling(u, most.common, most.resourceAllocation, most.adamicAdar) < this.finalists.threshold) return false;
    return (
      this.structuralBound(
        u,
        v,
        least.common,
        least.resourceAllocation,
        least.adamicAdar,
        most.common,
        most.resourceAllocation,
        most.adamicAdar,
      ) >= this.finalists.threshold
    );
  }

  /**
   * The `first` sources for the scan: those whose pairs could score highest, so that the cut rises early
   * (the order changes no result).
   */
  takePromisingFirst(): void {
    const { graph } = this;
    const { allocation, adamicAdar } = neighbourWeightTotals(graph);
    const sources: number[] = [];
    const reach = new Float64Array(graph.ids.length);
    for (let u = 0; u < graph.ids.length; u++) {
      if (this.isSource[u] === 0) continue;
      reach[u] = this.ceiling(u, degree(graph, u), allocation[u], adamicAdar[u]);
      sources.push(u);
    }
    this.first = sources.sort((a, b) => reach[b] - reach[a] || a - b).slice(0, PROMISING_SOURCES);
  }

  /** The most a pair of u can score when its common neighbours are among `left` of u's. */
  private ceiling(u: number, left: number, allocationLeft: number, adamicAdarLeft: number): number {
    signalCeilings(this.t, u, left, allocationLeft, adamicAdarLeft, this.maxDegree, this.ceilings);
    return linearCeiling(this.model, this.ceilings);
  }

  /**
   * The most the pair can score when its common neighbours number between `common` and `commonAtMost`, and
   * their resource allocation and Adamic–Adar weights lie between the two values given.
   */
  private structuralBound(
    u: number,
    v: number,
    common: number,
    resourceAllocation: number,
    adamicAdar: number,
    commonAtMost: number,
    resourceAllocationAtMost: number,
    adamicAdarAtMost: number,
  ): number {
    const { t, low, high, lowSums, highSums } = this;
    lowSums.common = common;
    lowSums.resourceAllocation = resourceAllocation;
    lowSums.adamicAdar = adamicAdar;
    highSums.common = commonAtMost;
    highSums.resourceAllocation = resourceAllocationAtMost;
    highSums.adamicAdar = adamicAdarAtMost;
    if (this.typedMatter) highSums.financers = highSums.networks = highSums.events = commonAtMost;
    if (this.pathsMatter) highSums.pathsOfThree = this.paths.bound(u, v);
    writeStructuralRanges(t, u, v, lowSums, highSums, low, high);
    low[PROXIMITY] = low[SHARED_THEMES] = 0;
    high[PROXIMITY] = high[SHARED_THEMES] = 1;
    return linearBound(this.model, low, high);
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
 * model's linear score (its ranking), by `PairRanking`: a pair is dropped as
 * soon as the most it could score cannot reach the current cut, and the scan
 * skips the wedges through high-degree nodes when no pair reached only
 * through them can make the cut (`signalCeilings`, `linearCeiling`).
 */
export function suggestPartnerships(ctx: OpportunityContext, filter: OpportunityFilter, limit: number): Opportunity[] {
  const { graph } = ctx;
  const t = contextTables(ctx);
  const focus = filter.organisationId !== undefined ? graph.indexOf.get(filter.organisationId) : undefined;
  if (filter.organisationId !== undefined && (focus === undefined || t.isOrganisation[focus] === 0)) return [];
  const isSource = new Uint8Array(graph.ids.length);
  const ranking = new PairRanking(ctx, t, isSource, limit);

  const scoped = focus !== undefined || filter.inseeCode !== undefined || filter.theme !== undefined;
  if (!scoped) {
    isSource.set(t.isOrganisation);
    ranking.takePromisingFirst();
    scanTwoHopPairs(graph, ranking);
  } else {
    // One member must match the scope; pairs are built around those.
    const inScope = (i: number) =>
      t.isOrganisation[i] === 1 &&
      (focus === undefined || i === focus) &&
      matches(ctx.profiles.get(graph.ids[i])!, filter);
    const sources = focus !== undefined ? [focus] : graph.ids.map((_, i) => i).filter(inScope);
    for (const u of sources) isSource[u] = 1;
    scanTwoHopPairs(graph, ranking);
    // Close organisations with a theme in common and no common neighbour (those were just scanned).
    for (const u of sources) {
      if (ranking.negligible(u, 0, 0, 0)) continue;
      for (const v of t.grid.near(u)) {
        if (v < u && isSource[v] === 1) continue; // seen from v
        if (hasEdge(graph, u, v) || commonNeighbourList(graph, u, v).length > 0 || tableThemeOverlap(t, u, v) === 0)
          continue;
        ranking.visit(u, v, 0, 0, 0);
      }
    }
  }
  const { finalists } = ranking;
  // Ordered by the linear score, not the displayed one: the logistic function rounds very high scores to 1.
  return finalists
    .best(limit + REASONLESS_MARGIN)
    .map((f) => scoredPartnership(ctx, graph.ids[f.u], graph.ids[f.v])!)
    .filter(({ opportunity }) => opportunity.reasons.length > 0)
    .sort((x, y) => y.linear - x.linear || x.opportunity.id.localeCompare(y.opportunity.id))
    .slice(0, limit)
    .map(({ opportunity }) => opportunity);
}

function byScoreThenId<T extends { score: number; id: string }>(items: T[]): T[] {
  return items.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
}

/** Highest score first; ties broken by id so that pages are stable. */
export function rank(opportunities: Opportunity[], limit: number): Opportunity[] {
  return opportunities.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id)).slice(0, limit);
}
