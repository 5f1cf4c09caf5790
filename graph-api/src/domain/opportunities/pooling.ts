/**
 * Pooling (mutualisation) suggestions:
 * - POOLING: an open need met by an open offer of the same resource kind, whose
 *   titles share a keyword, from another organisation nearby (distance, same
 *   or neighbouring town);
 * - POOLING_GROUP: three or more structures close to each other with an open
 *   need of the same kind, to propose a shared purchase or a shared resource.
 */
import { townReason, type OpportunityContext, type OrganisationProfile } from "./context";
import { pairDistanceKm, rank, type OpportunityFilter } from "./partnerships";
import { proximity } from "@maillage/model";
import { keywordOverlap } from "./text-match";
import { clamp01, memberOf, opportunityId, type Opportunity, type Reason } from "./opportunity";

export const POOLING_DEFAULTS = {
  /** Farthest offer suggested for a need, unless both are in the same or neighbouring towns. */
  maxMatchKm: 6,
  /** Largest distance between any two members of a group. */
  maxGroupKm: 4,
  /** Smallest group worth a shared purchase. */
  minGroupSize: 3,
  /** Largest group proposed at once. */
  maxGroupSize: 6,
} as const;

function inScope(ctx: OpportunityContext, ids: string[], filter: OpportunityFilter): boolean {
  const profiles = ids.map((id) => ctx.profiles.get(id)).filter((p): p is OrganisationProfile => p !== undefined);
  return (
    (!filter.organisationId || ids.includes(filter.organisationId)) &&
    (!filter.inseeCode || profiles.some((p) => p.inseeCode === filter.inseeCode)) &&
    (!filter.theme || profiles.some((p) => p.themes.includes(filter.theme!)))
  );
}

export function suggestPoolingMatches(
  ctx: OpportunityContext,
  filter: OpportunityFilter,
  limit: number,
): Opportunity[] {
  const offersByKind = new Map<string, typeof ctx.offers>();
  for (const offer of ctx.offers)
    (offersByKind.get(offer.kind) ?? offersByKind.set(offer.kind, []).get(offer.kind)!).push(offer);
  // Within a town, a need from outside it is only tried with the town's offers (any other pair is out of scope).
  const inTown = (id: string) => ctx.profiles.get(id)?.inseeCode === filter.inseeCode;
  const townOffersByKind = new Map(
    [...offersByKind].map(([kind, offers]) => [
      kind,
      filter.inseeCode ? offers.filter((o) => inTown(o.holderId)) : offers,
    ]),
  );

  const results: Opportunity[] = [];
  for (const need of ctx.needs) {
    const needer = ctx.profiles.get(need.structureId);
    if (!needer) continue;
    const offers = !filter.inseeCode || needer.inseeCode === filter.inseeCode ? offersByKind : townOffersByKind;
    for (const offer of offers.get(need.kind) ?? []) {
      const holder = ctx.profiles.get(offer.holderId);
      if (!holder || holder.id === needer.id || !inScope(ctx, [needer.id, holder.id], filter)) continue;
      const similarity = keywordOverlap(need.title, offer.title);
      if (similarity === 0) continue;
      const km = pairDistanceKm(needer, holder);
      const town = townReason(ctx, needer, holder);
      if ((km === null || km > POOLING_DEFAULTS.maxMatchKm) && !town) continue;
      const id = opportunityId("POOLING", [needer.id, holder.id], [need.id, offer.id]);
      if (ctx.declined.has(id)) continue;
      const townAffinity = town?.type === "SAME_TOWN" ? 1 : town ? 0.5 : 0;
      const reasons: Reason[] = [
        {
          type: "NEED_MEETS_OFFER",
          need: need.title,
          offer: offer.title,
          resourceKind: need.kind,
          frequency: need.frequency,
          availability: offer.availability,
        },
      ];
      if (km !== null) reasons.push({ type: "DISTANCE", km: Math.round(km * 10) / 10 });
      if (town) reasons.push(town);
      results.push({
        id,
        kind: "POOLING",
        score: clamp01(0.3 * Math.min(1, 2 * similarity) + 0.55 * proximity(km) + 0.15 * townAffinity),
        members: [memberOf(needer), memberOf(holder)],
        reasons,
      });
    }
  }
  return rank(results, limit);
}

export function suggestPoolingGroups(ctx: OpportunityContext, filter: OpportunityFilter, limit: number): Opportunity[] {
  const byKind = new Map<string, Map<string, string[]>>(); // kind → structure → need titles
  for (const need of ctx.needs) {
    const structures = byKind.get(need.kind) ?? byKind.set(need.kind, new Map()).get(need.kind)!;
    (structures.get(need.structureId) ?? structures.set(need.structureId, []).get(need.structureId)!).push(need.title);
  }

  const results = new Map<string, Opportunity>();
  for (const [kind, structures] of byKind) {
    const profiles = [...structures.keys()]
      .map((id) => ctx.profiles.get(id))
      .filter((p): p is OrganisationProfile => p !== undefined && p.latitude !== null)
      .sort((a, b) => a.id.localeCompare(b.id));
    // Within a town, only groups around a centre within reach of one of its structures can be in scope.
    const townMembers = filter.inseeCode ? profiles.filter((p) => p.inseeCode === filter.inseeCode) : [];
    for (const centre of profiles) {
      if (
        filter.inseeCode &&
        !townMembers.some((m) => m.id === centre.id || pairDistanceKm(centre, m)! <= POOLING_DEFAULTS.maxGroupKm)
      )
        continue;
      // The structures around this one, nearest first, kept while every pair stays within maxGroupKm.
      const around = profiles
        .filter((p) => p.id !== centre.id)
        .map((p) => ({ p, km: pairDistanceKm(centre, p)! }))
        .filter((x) => x.km <= POOLING_DEFAULTS.maxGroupKm)
        .sort((x, y) => x.km - y.km || x.p.id.localeCompare(y.p.id));
      const group = [centre];
      let spread = 0;
      for (const { p } of around) {
        if (group.length >= POOLING_DEFAULTS.maxGroupSize) break;
        const farthest = Math.max(...group.map((g) => pairDistanceKm(g, p)!));
        if (farthest > POOLING_DEFAULTS.maxGroupKm) continue;
        group.push(p);
        spread = Math.max(spread, farthest);
      }
      if (group.length < POOLING_DEFAULTS.minGroupSize) continue;
      const ids = group.map((g) => g.id);
      const id = opportunityId("POOLING_GROUP", ids, [kind]);
      if (results.has(id) || ctx.declined.has(id) || !inScope(ctx, ids, filter)) continue;
      results.set(id, {
        id,
        kind: "POOLING_GROUP",
        score: clamp01(0.5 + 0.08 * (group.length - POOLING_DEFAULTS.minGroupSize) + 0.3 * proximity(spread)),
        members: [...group].sort((a, b) => a.id.localeCompare(b.id)).map(memberOf),
        reasons: [
          {
            type: "SAME_NEED",
            resourceKind: kind,
            needs: group.flatMap((g) => structures.get(g.id)!.slice(0, 1)),
            maxKm: Math.round(spread * 10) / 10,
          },
        ],
      });
    }
  }
  return rank([...results.values()], limit);
}
