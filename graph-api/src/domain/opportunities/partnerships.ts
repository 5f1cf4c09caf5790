/**
 * Partnership suggestions from link prediction: pairs of organisations that
 * are not linked yet, scored by what they already share in the cooperation
 * graph (resource allocation and Jaccard), how close they are, and how many
 * themes they share.
 */
import { commonNeighbourList, hasEdge, type CooperationGraph } from "./cooperation-graph";
import { linkScores, twoHopPairs, type LinkScores } from "./link-prediction";
import { townReason, type OpportunityContext, type OrganisationProfile } from "./context";
import { distanceKm, proximity } from "./geo";
import { clamp01, opportunityId, type Opportunity, type Reason } from "./opportunity";

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

export function combinedScore(scores: LinkScores, km: number | null, themes: number): number {
  return clamp01(
    PARTNERSHIP_WEIGHTS.structure * structuralScore(scores) +
      PARTNERSHIP_WEIGHTS.proximity * proximity(km) +
      PARTNERSHIP_WEIGHTS.themes * themes,
  );
}

export interface OpportunityFilter {
  inseeCode?: string;
  theme?: string;
  organisationId?: string;
}

function reasonsFor(ctx: OpportunityContext, graph: CooperationGraph, u: number, v: number, a: OrganisationProfile, b: OrganisationProfile, km: number | null): Reason[] {
  const reasons: Reason[] = [];
  const sharedNodes = { SHARED_PARTNERS: [] as string[], SHARED_FINANCERS: [] as string[], SHARED_SUPPORT: [] as string[], SHARED_EVENTS: [] as string[], SHARED_RESOURCES: [] as string[] };
  for (const w of commonNeighbourList(graph, u, v)) {
    const id = graph.ids[w];
    const name = ctx.nodeNames.get(id) ?? ctx.profiles.get(id)?.name ?? id;
    if (id.startsWith("event:")) sharedNodes.SHARED_EVENTS.push(name);
    else if (id.startsWith("resource:")) sharedNodes.SHARED_RESOURCES.push(name);
    else {
      const kind = ctx.profiles.get(id)?.kind;
      (kind === "Financer" ? sharedNodes.SHARED_FINANCERS : kind === "SupportProvider" ? sharedNodes.SHARED_SUPPORT : sharedNodes.SHARED_PARTNERS).push(name);
    }
  }
  for (const [type, names] of Object.entries(sharedNodes) as [keyof typeof sharedNodes, string[]][]) {
    if (names.length) reasons.push({ type, names: names.sort((x, y) => x.localeCompare(y, "fr")) });
  }
  if (km !== null) reasons.push({ type: "DISTANCE", km: Math.round(km * 10) / 10 });
  const town = townReason(ctx, a, b);
  if (town) reasons.push(town);
  const shared = a.themes.filter((t) => b.themes.includes(t)).map((code) => ctx.themes.get(code) ?? { code, labelFr: code, labelEn: code });
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
    members: [first, second].map((m) => ({ id: m.id, name: m.name, kind: m.kind, inseeCode: m.inseeCode })),
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
  return (!filter.inseeCode || profile.inseeCode === filter.inseeCode) && (!filter.theme || profile.themes.includes(filter.theme));
}

/**
 * The best partnership suggestions for a scope: pairs that share at least one
 * neighbour in the cooperation graph, plus — within a town or around one
 * organisation — pairs that share a theme and are close, even with no common
 * neighbour yet. Every suggestion has reasons; declined ones are left out.
 */
export function suggestPartnerships(ctx: OpportunityContext, filter: OpportunityFilter, limit: number): Opportunity[] {
  const { graph } = ctx;
  const profileAt = (i: number) => ctx.profiles.get(graph.ids[i]);
  const isOrganisation = (i: number) => profileAt(i) !== undefined;
  const focus = filter.organisationId !== undefined ? graph.indexOf.get(filter.organisationId) : undefined;
  if (filter.organisationId !== undefined && focus === undefined) return [];

  // One member must match the scope; pairs are built around those.
  const inScope = (i: number) => {
    const p = profileAt(i);
    return p !== undefined && (focus === undefined || i === focus) && matches(p, filter);
  };
  const scoped = focus !== undefined || filter.inseeCode !== undefined || filter.theme !== undefined;
  const pairs = scoped ? scopedPairs(ctx, focus !== undefined ? [focus] : graph.ids.map((_, i) => i).filter(inScope)) : twoHopPairs(graph, isOrganisation);

  // Stream the pairs and keep only the best few: territory-wide there can be
  // millions of pairs, far too many to hold (reasons are built for finalists only).
  const cap = Math.max(2 * limit, limit + 16);
  let finalists: { u: number; v: number; score: number; id: string }[] = [];
  let threshold = -Infinity;
  for (const [u, v] of pairs) {
    const a = profileAt(u)!;
    const b = profileAt(v)!;
    const score = combinedScore(linkScores(graph, u, v), pairDistanceKm(a, b), themeOverlap(a.themes, b.themes));
    if (score < threshold) continue;
    const id = opportunityId("PARTNERSHIP", [a.id, b.id]);
    if (ctx.declined.has(id)) continue;
    finalists.push({ u, v, score, id });
    if (finalists.length >= 2 * cap) {
      finalists = byScoreThenId(finalists).slice(0, cap);
      threshold = finalists[cap - 1].score;
    }
  }
  const results = byScoreThenId(finalists)
    .slice(0, limit)
    .map((f) => scorePartnership(ctx, graph.ids[f.u], graph.ids[f.v])!)
    .filter((o) => o.reasons.length > 0);
  return rank(results, limit);
}

function byScoreThenId<T extends { score: number; id: string }>(items: T[]): T[] {
  return items.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
}

/**
 * Pairs around the given organisations, each once: their two-hop neighbours
 * (not linked yet), and close organisations sharing a theme even without a
 * common neighbour.
 */
function* scopedPairs(ctx: OpportunityContext, seeds: number[]): Generator<[number, number]> {
  const { graph } = ctx;
  const seen = new Set<number>();
  const n = graph.ids.length;
  const once = (u: number, v: number) => {
    const key = u < v ? u * n + v : v * n + u;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const u of seeds) {
    const pu = ctx.profiles.get(graph.ids[u])!;
    for (const w of graph.neighbours[u]) {
      for (const v of graph.neighbours[w]) {
        if (v !== u && ctx.profiles.has(graph.ids[v]) && !hasEdge(graph, u, v) && once(u, v)) yield [u, v];
      }
    }
    for (const pv of ctx.profiles.values()) {
      const v = graph.indexOf.get(pv.id)!;
      if (v === u || hasEdge(graph, u, v) || !pu.themes.some((t) => pv.themes.includes(t))) continue;
      const km = pairDistanceKm(pu, pv);
      if (km !== null && km <= 3 && once(u, v)) yield [u, v];
    }
  }
}

/** Highest score first; ties broken by id so that pages are stable. */
export function rank(opportunities: Opportunity[], limit: number): Opportunity[] {
  return opportunities.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id)).slice(0, limit);
}
