/**
 * Suggestions that match an ESS structure with what the territory offers it:
 * - ESS_BUSINESS: a business whose CSR commitments or activity call for what
 *   the structure provides (the complementarity table, kept as data), including
 *   reserved contracts for SIAE/EA/ESAT, sponsorship and skills sponsorship;
 * - FUNDING: financers whose themes and stages fit, and who do not fund it yet;
 * - RESEARCH: labs or research projects on its themes, for structures with no
 *   research link yet;
 * - SUPPORT: support providers (not networks) that serve the stage a
 *   structure is at and do not support it yet — incubators for the young
 *   ones, accelerators for those that grow; a structure with no support at
 *   all is said so.
 * Pairs already linked in the cooperation graph are never suggested.
 */
import type { ComplementarityRule } from "@maillage/reference";
import { hasEdge } from "./cooperation-graph";
import { townReason, type OpportunityContext, type OrganisationProfile } from "./context";
import { proximity } from "@maillage/model";
import { clamp01, memberOf, opportunityId, type Opportunity, type OpportunityKind, type Reason } from "./opportunity";
import { pairDistanceKm, rank, themeOverlap, type OpportunityFilter } from "./partnerships";

/** Farthest distance between a structure and a business suggested to each other. */
export const ESS_BUSINESS_KM = 8;

interface Box {
  south: number;
  north: number;
  west: number;
  east: number;
}

/**
 * The latitude–longitude box holding every point within `km` of the located profiles (null when none
 * is located): a cheap first test before the distance itself.
 */
function boxAround(profiles: OrganisationProfile[], km: number): Box | null {
  const located = profiles.filter((p) => p.latitude !== null && p.longitude !== null);
  if (located.length === 0) return null;
  const south = Math.min(...located.map((p) => p.latitude!));
  const north = Math.max(...located.map((p) => p.latitude!));
  // A degree of latitude is at least 110.5 km; a degree of longitude shrinks towards the pole.
  const latMargin = km / 110.5;
  const lonMargin =
    km / (110.5 * Math.cos((Math.min(89, Math.max(Math.abs(south), Math.abs(north)) + latMargin) * Math.PI) / 180));
  return {
    south: south - latMargin,
    north: north + latMargin,
    west: Math.min(...located.map((p) => p.longitude!)) - lonMargin,
    east: Math.max(...located.map((p) => p.longitude!)) + lonMargin,
  };
}

function inBox(p: OrganisationProfile, box: Box | null): boolean {
  return (
    box !== null &&
    p.latitude !== null &&
    p.longitude !== null &&
    p.latitude >= box.south &&
    p.latitude <= box.north &&
    p.longitude >= box.west &&
    p.longitude <= box.east
  );
}

/** INSEE staff ranges from "00" (none) to "53" (10,000+): bigger employers buy and sponsor more. */
function sizeFactor(staffRange: string | null | undefined): number {
  const code = Number(staffRange);
  return Number.isFinite(code) ? Math.min(1, code / 32) : 0.3;
}

function placeReasons(
  ctx: OpportunityContext,
  a: OrganisationProfile,
  b: OrganisationProfile,
  km: number | null,
): Reason[] {
  const reasons: Reason[] = [];
  if (km !== null) reasons.push({ type: "DISTANCE", km: Math.round(km * 10) / 10 });
  const town = townReason(ctx, a, b);
  if (town) reasons.push(town);
  return reasons;
}

function sharedThemes(ctx: OpportunityContext, a: OrganisationProfile, b: OrganisationProfile): Reason[] {
  const shared = a.themes
    .filter((t) => b.themes.includes(t))
    .map((code) => ctx.themes.get(code) ?? { code, labelFr: code, labelEn: code });
  return shared.length ? [{ type: "SHARED_THEMES", themes: shared }] : [];
}

function linked(ctx: OpportunityContext, a: OrganisationProfile, b: OrganisationProfile): boolean {
  const u = ctx.graph.indexOf.get(a.id);
  const v = ctx.graph.indexOf.get(b.id);
  return u !== undefined && v !== undefined && hasEdge(ctx.graph, u, v);
}

function inScope(structure: OrganisationProfile, other: OrganisationProfile, filter: OpportunityFilter): boolean {
  const both = [structure, other];
  return (
    (!filter.organisationId || both.some((p) => p.id === filter.organisationId)) &&
    (!filter.inseeCode || both.some((p) => p.inseeCode === filter.inseeCode)) &&
    (!filter.theme || both.some((p) => p.themes.includes(filter.theme!)))
  );
}

/**
 * The counterparts a structure is tried with: all of them, or, when the filter
 * names a town and the structure is not in it, only those in the town (a pair
 * outside the town is never in scope): a town's suggestions then cost the
 * town's pairs, not the territory's.
 */
function counterparts(
  structure: OrganisationProfile,
  others: OrganisationProfile[],
  inTown: OrganisationProfile[],
  filter: OpportunityFilter,
): OrganisationProfile[] {
  return !filter.inseeCode || structure.inseeCode === filter.inseeCode ? others : inTown;
}

/**
 * The best pairs seen so far, built in full (id, reasons, members) only when they can rank: a regional
 * graph scores hundreds of thousands of pairs for a few dozen shown. Pairs below the current cut are
 * not kept.
 */
class Shortlist {
  private pending: { score: number; build: () => Opportunity | null }[] = [];
  private kept: Opportunity[] = [];
  /** The `limit`-th best score kept: a pair scoring less can no longer rank. */
  private cut = -Infinity;

  constructor(private readonly limit: number) {}

  add(score: number, build: () => Opportunity | null): void {
    if (clamp01(score) < this.cut) return;
    this.pending.push({ score: clamp01(score), build });
    if (this.pending.length >= 4 * this.limit + 1024) this.compact();
  }

  /** The best `limit`, as `rank` orders them (score, then id); a pair `make` refuses does not count. */
  best(): Opportunity[] {
    this.compact();
    return this.kept;
  }

  private compact(): void {
    const built: Opportunity[] = [];
    let last = -Infinity;
    for (const pair of this.pending.sort((x, y) => y.score - x.score)) {
      // Past the limit, only ties with the last score built can still rank (by id).
      if (built.length >= this.limit && pair.score < last) break;
      const o = pair.build();
      if (!o) continue;
      built.push(o);
      if (built.length === this.limit) last = o.score;
    }
    this.pending = [];
    this.kept = rank([...this.kept, ...built], this.limit);
    if (this.limit > 0 && this.kept.length === this.limit) this.cut = this.kept[this.limit - 1].score;
  }
}

/** Profiles by each of their themes. */
function byTheme(profiles: OrganisationProfile[]): Map<string, OrganisationProfile[]> {
  const index = new Map<string, OrganisationProfile[]>();
  for (const p of profiles) for (const t of new Set(p.themes)) (index.get(t) ?? index.set(t, []).get(t)!).push(p);
  return index;
}

/** The profiles of `index` that have at least one of these themes, each once. */
function sharingATheme(index: Map<string, OrganisationProfile[]>, themes: string[]): Set<OrganisationProfile> {
  const found = new Set<OrganisationProfile>();
  for (const t of themes) for (const p of index.get(t) ?? []) found.add(p);
  return found;
}

function inTownOf(others: OrganisationProfile[], filter: OpportunityFilter): OrganisationProfile[] {
  return filter.inseeCode ? others.filter((o) => o.inseeCode === filter.inseeCode) : others;
}

function make(
  ctx: OpportunityContext,
  kind: OpportunityKind,
  structure: OrganisationProfile,
  other: OrganisationProfile,
  score: number,
  reasons: Reason[],
): Opportunity | null {
  const id = opportunityId(kind, [structure.id, other.id]);
  if (ctx.declined.has(id) || reasons.length === 0) return null;
  return { id, kind, score: clamp01(score), members: [memberOf(structure), memberOf(other)], reasons };
}

function structures(ctx: OpportunityContext): OrganisationProfile[] {
  return [...ctx.profiles.values()].filter((p) => p.kind === "EssStructure");
}

function ofKind(ctx: OpportunityContext, kind: string): OrganisationProfile[] {
  return [...ctx.profiles.values()].filter((p) => p.kind === kind);
}

/** The rules of the complementarity table a business's CSR commitments or activity call for, in table order. */
function rulesCalledFor(ctx: OpportunityContext, business: OrganisationProfile): ComplementarityRule[] {
  const commitments = new Set(business.csrCommitments ?? []);
  const naf = business.nafCode ?? "";
  return [
    ...ctx.complementarity.csrRules.filter((r) => commitments.has(r.commitment)),
    ...ctx.complementarity.activityRules.filter((r) => r.nafPrefixes.some((p) => naf.startsWith(p))),
  ];
}

/** Which of the rules a business calls for (rulesCalledFor) a structure with these open needs answers. */
function complementarityFits(
  structure: OrganisationProfile,
  needKinds: ReadonlySet<string>,
  called: readonly ComplementarityRule[],
): ComplementarityRule[] {
  return called.filter((rule) => {
    const targets = rule.themes.length + rule.legalForms.length + rule.needKinds.length;
    if (targets === 0) return true; // e.g. "buys from the ESS": any structure
    return (
      rule.themes.some((t) => structure.themes.includes(t)) ||
      (structure.legalForm != null && (rule.legalForms as readonly string[]).includes(structure.legalForm)) ||
      rule.needKinds.some((k) => needKinds.has(k))
    );
  });
}

/** The kinds of open needs of each structure. */
function needKindsOf(ctx: OpportunityContext): Map<string, Set<string>> {
  const kinds = new Map<string, Set<string>>();
  for (const need of ctx.needs)
    (kinds.get(need.structureId) ?? kinds.set(need.structureId, new Set()).get(need.structureId)!).add(need.kind);
  return kinds;
}

export function suggestEssBusiness(ctx: OpportunityContext, filter: OpportunityFilter, limit: number): Opportunity[] {
  // What a business calls for depends on the business alone: worked out once per business, and a business
  // that calls for nothing is never tried (pairs: structures × businesses, millions on a large territory).
  const called = new Map<string, ComplementarityRule[]>();
  for (const business of ofKind(ctx, "Business")) {
    const rules = rulesCalledFor(ctx, business);
    if (rules.length > 0) called.set(business.id, rules);
  }
  let businesses = [...called.keys()].map((id) => ctx.profiles.get(id)!);
  const businessesInTown = inTownOf(businesses, filter);
  const candidates = structures(ctx);
  if (filter.inseeCode) {
    // Within a town, a pair is at most ESS_BUSINESS_KM from one of the town's structures or businesses:
    // the others (tens of thousands on a regional graph) are not tried.
    const nearTownStructures = boxAround(inTownOf(candidates, filter), ESS_BUSINESS_KM);
    businesses = businesses.filter((b) => b.inseeCode === filter.inseeCode || inBox(b, nearTownStructures));
  }
  const nearTownBusinesses = boxAround(businessesInTown, ESS_BUSINESS_KM);
  const needKinds = needKindsOf(ctx);
  const none = new Set<string>();
  const results = new Shortlist(limit);
  for (const structure of candidates) {
    if (filter.inseeCode && structure.inseeCode !== filter.inseeCode && !inBox(structure, nearTownBusinesses)) continue;
    for (const business of counterparts(structure, businesses, businessesInTown, filter)) {
      if (!inScope(structure, business, filter) || linked(ctx, structure, business)) continue;
      const km = pairDistanceKm(structure, business);
      if (km === null || km > ESS_BUSINESS_KM) continue;
      const fits = complementarityFits(structure, needKinds.get(structure.id) ?? none, called.get(business.id)!);
      if (fits.length === 0) continue;
      // Specific rules (a legal form, a need) weigh more than a general theme match.
      const strength = fits.reduce((sum, r) => sum + (r.legalForms.length || r.needKinds.length ? 0.5 : 0.3), 0);
      const score = 0.5 * Math.min(1, strength) + 0.3 * proximity(km, 3) + 0.2 * sizeFactor(business.staffRange);
      results.add(score, () =>
        make(ctx, "ESS_BUSINESS", structure, business, score, [
          ...fits.map((r): Reason => ({ type: "COMPLEMENTARITY", fit: r.fit, fr: r.fr, en: r.en })),
          ...placeReasons(ctx, structure, business, km),
        ]),
      );
    }
  }
  return results.best();
}

export function suggestFunding(ctx: OpportunityContext, filter: OpportunityFilter, limit: number): Opportunity[] {
  const financers = ofKind(ctx, "Financer").filter((f) => (f.stages ?? []).length > 0);
  const financersInTown = inTownOf(financers, filter);
  const results = new Shortlist(limit);
  for (const structure of structures(ctx)) {
    if (!structure.stage) continue;
    for (const financer of counterparts(structure, financers, financersInTown, filter)) {
      if (
        !financer.stages!.includes(structure.stage) ||
        !inScope(structure, financer, filter) ||
        linked(ctx, structure, financer)
      )
        continue;
      const overlap = themeOverlap(structure.themes, financer.themes);
      // A generalist financer (no theme) fits any theme, a little less than a specialist.
      const themeFit = financer.themes.length === 0 ? 0.4 : overlap > 0 ? 0.5 + 0.5 * overlap : 0;
      if (themeFit === 0) continue;
      const instrumentRange = Math.min(1, (financer.instruments ?? []).length / 3);
      const score = 0.3 + 0.6 * themeFit + 0.1 * instrumentRange;
      const stage = structure.stage;
      results.add(score, () =>
        make(ctx, "FUNDING", structure, financer, score, [
          {
            type: "FUNDS_STAGE",
            stage,
            instruments: financer.instruments ?? [],
            ticketMinEur: financer.ticketMinEur ?? null,
            ticketMaxEur: financer.ticketMaxEur ?? null,
          },
          ...sharedThemes(ctx, structure, financer),
        ]),
      );
    }
  }
  return results.best();
}

export function suggestResearch(ctx: OpportunityContext, filter: OpportunityFilter, limit: number): Opportunity[] {
  const units = ofKind(ctx, "ResearchUnit").filter((r) => r.researchKind !== "UNIVERSITY" && r.themes.length > 0);
  // Only units sharing a theme are tried (the others' overlap is 0): looked up by theme.
  const all = byTheme(units);
  const inTown = byTheme(inTownOf(units, filter));
  const results = new Shortlist(limit);
  for (const structure of structures(ctx)) {
    if (structure.researchLinked) continue;
    const index = !filter.inseeCode || structure.inseeCode === filter.inseeCode ? all : inTown;
    for (const unit of sharingATheme(index, structure.themes)) {
      if (!inScope(structure, unit, filter)) continue;
      const overlap = themeOverlap(structure.themes, unit.themes);
      if (overlap === 0) continue;
      const score = 0.3 + 0.7 * overlap;
      results.add(score, () =>
        make(ctx, "RESEARCH", structure, unit, score, [
          ...sharedThemes(ctx, structure, unit),
          { type: "NO_RESEARCH_LINK_YET" },
        ]),
      );
    }
  }
  return results.best();
}

export function suggestSupport(ctx: OpportunityContext, filter: OpportunityFilter, limit: number): Opportunity[] {
  const providers = ofKind(ctx, "SupportProvider").filter((p) => !p.isNetwork && (p.stagesServed ?? []).length > 0);
  const providersInTown = inTownOf(providers, filter);
  const results = new Shortlist(limit);
  for (const structure of structures(ctx)) {
    if (!structure.stage) continue;
    for (const provider of counterparts(structure, providers, providersInTown, filter)) {
      if (
        !provider.stagesServed!.includes(structure.stage) ||
        !inScope(structure, provider, filter) ||
        linked(ctx, structure, provider)
      )
        continue;
      const km = pairDistanceKm(structure, provider);
      const score =
        0.55 + 0.3 * Math.min(1, 2 * themeOverlap(structure.themes, provider.themes)) + 0.15 * proximity(km, 5);
      const stage = structure.stage;
      results.add(score, () =>
        make(ctx, "SUPPORT", structure, provider, score, [
          { type: "SERVES_STAGE", stage },
          ...(structure.supported ? [] : [{ type: "NO_SUPPORT_YET" } as const]),
          ...sharedThemes(ctx, structure, provider),
          ...placeReasons(ctx, structure, provider, km),
        ]),
      );
    }
  }
  return results.best();
}
