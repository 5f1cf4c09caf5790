/**
 * Partnership suggestions from link prediction: pairs of organisations that
 * are not linked yet, scored by what they already share in the cooperation
 * graph (resource allocation and Jaccard), how close they are, and how many
 * themes they share.
 */
import { commonNeighbourList, degree, hasEdge, type CooperationGraph } from "./cooperation-graph";
import { linkScores, scanTwoHopPairs, type LinkScores } from "./link-prediction";
import { townReason, type OpportunityContext, type OrganisationProfile } from "./context";
import { distanceKm, haversineKm, PointGrid, proximity } from "@maillage/model";
import { clamp01, memberOf, opportunityId, type Opportunity, type Reason } from "./opportunity";

/** Weights of the combined score; they sum to 1 so that the score stays in [0, 1]. */
export const PARTNERSHIP_WEIGHTS = {
  /** What the pair already shares in the graph. */
  structure: 0.55,
  /** How close they are (halves every 2 km). */
  proximity: 0.25,
  /** Share of themes in common (Jaccard of their theme sets). */
  themes: 0.2,
} as const;

/** Maps resource allocation and Jaccard to [0, 1): one shared partner of degree 4 gives about 0.5. */
export function structuralScore(s: Pick<LinkScores, "resourceAllocation" | "jaccard">): number {
  return 1 - Math.exp(-(2.5 * s.resourceAllocation + s.jaccard));
}

export function themeOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setA = new Set(a);
  const common = b.filter((t) => setA.has(t)).length;
  return common / (setA.size + new Set(b).size - common);
}

export function pairDistanceKm(a: OrganisationProfile, b: OrganisationProfile): number | null {
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return null;
  return distanceKm({ latitude: a.latitude, longitude: a.longitude }, { latitude: b.latitude, longitude: b.longitude });
}

export function combinedScore(
  scores: Pick<LinkScores, "resourceAllocation" | "jaccard">,
  km: number | null,
  themes: number,
): number {
  return clamp01(
    PARTNERSHIP_WEIGHTS.structure * structuralScore(scores) +
      PARTNERSHIP_WEIGHTS.proximity * proximity(km) +
      PARTNERSHIP_WEIGHTS.themes * themes,
  );
}

/** Organisations closer than this, sharing a theme, are suggested in a scope even with no common neighbour yet. */
export const NEARBY_KM = 3;

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
  const km = pairDistanceKm(a, b);
  const score = combinedScore(scores, km, themeOverlap(a.themes, b.themes));
  const [first, second] = [a, b].sort((x, y) => x.id.localeCompare(y.id));
  return {
    id: opportunityId("PARTNERSHIP", [a.id, b.id]),
    kind: "PARTNERSHIP",
    score,
    members: [first, second].map(memberOf),
    reasons: reasonsFor(ctx, graph, u, v, a, b, km),
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

/**
 * What scoring a pair reads, as dense arrays by graph index, built once per
 * context: territory-wide ranking goes through millions of pairs.
 */
interface PairTables {
  isOrganisation: Uint8Array;
  /** NaN when the organisation has no coordinates. */
  latitude: Float64Array;
  longitude: Float64Array;
  /** Theme sets as bitmasks, `themeWords` 32-bit words per node. */
  themeWords: number;
  themeMasks: Uint32Array;
  themeCounts: Uint16Array;
  /** Organisations by place, for "close, with a theme in common". */
  grid: PointGrid;
}
const pairTablesCache = new WeakMap<OpportunityContext, PairTables>();

function pairTables(ctx: OpportunityContext): PairTables {
  const cached = pairTablesCache.get(ctx);
  if (cached) return cached;
  const { graph } = ctx;
  const n = graph.ids.length;
  const profiles = graph.ids.map((id) => ctx.profiles.get(id));
  const themeIndex = new Map<string, number>();
  for (const p of profiles) for (const t of p?.themes ?? []) if (!themeIndex.has(t)) themeIndex.set(t, themeIndex.size);
  const themeWords = Math.max(1, Math.ceil(themeIndex.size / 32));
  const tables: PairTables = {
    isOrganisation: new Uint8Array(n),
    latitude: new Float64Array(n).fill(NaN),
    longitude: new Float64Array(n).fill(NaN),
    themeWords,
    themeMasks: new Uint32Array(n * themeWords),
    themeCounts: new Uint16Array(n),
    grid: new PointGrid(
      profiles.map((p) =>
        p && p.latitude !== null && p.longitude !== null ? { latitude: p.latitude, longitude: p.longitude } : null,
      ),
      NEARBY_KM,
    ),
  };
  profiles.forEach((p, i) => {
    if (!p) return;
    tables.isOrganisation[i] = 1;
    if (p.latitude !== null && p.longitude !== null) {
      tables.latitude[i] = p.latitude;
      tables.longitude[i] = p.longitude;
    }
    const themes = new Set(p.themes);
    for (const t of themes) {
      const bit = themeIndex.get(t)!;
      tables.themeMasks[i * themeWords + (bit >>> 5)] |= 1 << (bit & 31);
    }
    tables.themeCounts[i] = themes.size;
  });
  pairTablesCache.set(ctx, tables);
  return tables;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** `themeOverlap` of two organisations, from the bitmasks. */
function tableThemeOverlap(t: PairTables, u: number, v: number): number {
  if (t.themeCounts[u] === 0 || t.themeCounts[v] === 0) return 0;
  let common = 0;
  for (let k = 0; k < t.themeWords; k++)
    common += popcount(t.themeMasks[u * t.themeWords + k] & t.themeMasks[v * t.themeWords + k]);
  return common / (t.themeCounts[u] + t.themeCounts[v] - common);
}

/** `pairDistanceKm` of two organisations, from the arrays. */
function tableDistanceKm(t: PairTables, u: number, v: number): number | null {
  if (Number.isNaN(t.latitude[u]) || Number.isNaN(t.latitude[v])) return null;
  return haversineKm(t.latitude[u], t.longitude[u], t.latitude[v], t.longitude[v]);
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
 * streamed from `scanTwoHopPairs` and only the best few are kept; a pair's
 * score is built term by term and dropped as soon as even a perfect rest
 * could not reach the current cut, and the scan skips the wedges through
 * high-degree nodes when nothing reached only through them can make the cut.
 */
export function suggestPartnerships(ctx: OpportunityContext, filter: OpportunityFilter, limit: number): Opportunity[] {
  const { graph } = ctx;
  const t = pairTables(ctx);
  const focus = filter.organisationId !== undefined ? graph.indexOf.get(filter.organisationId) : undefined;
  if (filter.organisationId !== undefined && (focus === undefined || t.isOrganisation[focus] === 0)) return [];
  const W = PARTNERSHIP_WEIGHTS;
  const finalists = new Finalists(ctx, limit);

  const consider = (u: number, v: number, common: number, resourceAllocation: number) => {
    const union = degree(graph, u) + degree(graph, v) - common;
    const structure = W.structure * structuralScore({ resourceAllocation, jaccard: union === 0 ? 0 : common / union });
    if (clamp01(structure + W.proximity + W.themes) < finalists.threshold) return;
    const themes = tableThemeOverlap(t, u, v);
    if (clamp01(structure + W.proximity + W.themes * themes) < finalists.threshold) return;
    finalists.offer(u, v, clamp01(structure + W.proximity * proximity(tableDistanceKm(t, u, v)) + W.themes * themes));
  };
  // Best possible score of a pair whose common neighbours are among u's `left` remaining ones.
  const negligible = (u: number, allocationLeft: number, left: number) =>
    clamp01(
      W.structure *
        structuralScore({ resourceAllocation: allocationLeft, jaccard: Math.min(1, left / degree(graph, u)) }) +
        W.proximity +
        W.themes,
    ) < finalists.threshold;
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
    // Close organisations with a theme in common and no common neighbour (those were just scanned):
    // with no structural part their score is at most the proximity and theme weights.
    for (const u of sources) {
      if (clamp01(W.proximity + W.themes) < finalists.threshold) break;
      for (const v of t.grid.near(u)) {
        if (v < u && isSource[v] === 1) continue; // seen from v
        if (hasEdge(graph, u, v) || commonNeighbourList(graph, u, v).length > 0 || tableThemeOverlap(t, u, v) === 0)
          continue;
        consider(u, v, 0, 0);
      }
    }
  }
  const results = finalists
    .best(limit + 16)
    .map((f) => scorePartnership(ctx, graph.ids[f.u], graph.ids[f.v])!)
    .filter((o) => o.reasons.length > 0);
  return rank(results, limit);
}

function byScoreThenId<T extends { score: number; id: string }>(items: T[]): T[] {
  return items.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
}

/** Highest score first; ties broken by id so that pages are stable. */
export function rank(opportunities: Opportunity[], limit: number): Opportunity[] {
  return opportunities.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id)).slice(0, limit);
}
