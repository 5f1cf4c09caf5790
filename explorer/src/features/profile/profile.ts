/**
 * An organisation's profile from the answer of ORGANISATION_PROFILE: which
 * list holds it, and its links grouped the way coordinators think of them
 * (partners, financers, support, research, networks, events, pooled
 * resources), whatever its type.
 */
import type { OrganisationProfileQuery } from "../../gql/graphql";

export type EssProfile = OrganisationProfileQuery["essStructures"][number];
export type BusinessProfile = OrganisationProfileQuery["businesses"][number];
export type FinancerProfile = OrganisationProfileQuery["financers"][number];
export type SupportProfile = OrganisationProfileQuery["supportProviders"][number];
export type ResearchProfile = OrganisationProfileQuery["researchUnits"][number];

export type Profile =
  | { type: "EssStructure"; record: EssProfile }
  | { type: "Business"; record: BusinessProfile }
  | { type: "Financer"; record: FinancerProfile }
  | { type: "SupportProvider"; record: SupportProfile }
  | { type: "ResearchUnit"; record: ResearchProfile };

/** The organisation the answer holds (ids are unique across types); null when none does. */
export function profileOf(data: OrganisationProfileQuery | undefined): Profile | null {
  if (!data) return null;
  if (data.essStructures[0]) return { type: "EssStructure", record: data.essStructures[0] };
  if (data.businesses[0]) return { type: "Business", record: data.businesses[0] };
  if (data.financers[0]) return { type: "Financer", record: data.financers[0] };
  if (data.supportProviders[0]) return { type: "SupportProvider", record: data.supportProviders[0] };
  if (data.researchUnits[0]) return { type: "ResearchUnit", record: data.researchUnits[0] };
  return null;
}

/** Groups of links, in the order a profile shows them. */
export const LINK_GROUPS = ["partners", "financers", "support", "research", "networks", "events", "resources"] as const;
export type LinkGroup = (typeof LINK_GROUPS)[number];

/** One linked item: an organisation (with a profile), an event or a pooled resource. */
export interface LinkedItem {
  id: string;
  name: string;
  /** How it is linked, as an i18n key under `profile.relations` (e.g. "customer", "funded"). */
  relation: string;
  /** True when the item is an organisation with its own profile. */
  organisation: boolean;
  /** An event's year. */
  year?: number | null;
}

type Named = { id: string; name: string };

const organisations = (items: readonly Named[], relation: string): LinkedItem[] =>
  items.map((i) => ({ id: i.id, name: i.name, relation, organisation: true }));

const events = (items: readonly { id: string; title: string; year?: number | null }[]): LinkedItem[] =>
  items.map((e) => ({ id: e.id, name: e.title, relation: "attended", organisation: false, year: e.year ?? null }));

/** The non-empty groups of an organisation's links, in LINK_GROUPS order, each sorted by name. */
export function groupLinks(profile: Profile): { group: LinkGroup; items: LinkedItem[] }[] {
  const groups: Record<LinkGroup, LinkedItem[]> = {
    partners: [],
    financers: [],
    support: [],
    research: [],
    networks: [],
    events: [],
    resources: [],
  };
  switch (profile.type) {
    case "EssStructure": {
      const r = profile.record;
      groups.partners.push(
        ...organisations(r.essPartners, "partner"),
        ...organisations(r.businessPartners, "partner"),
        ...organisations(r.customers, "customer"),
      );
      groups.financers.push(...organisations(r.funders, "funder"));
      groups.support.push(...organisations(r.supporters, "supporter"));
      groups.research.push(...organisations(r.researchLinks, "studiedBy"));
      groups.networks.push(...organisations(r.memberOf, "memberOf"));
      groups.events.push(...events(r.events));
      groups.resources.push(
        ...r.sharedResources.map((s) => ({ id: s.id, name: s.name, relation: "pools", organisation: false })),
      );
      break;
    }
    case "Business": {
      const r = profile.record;
      groups.partners.push(...organisations(r.essPartners, "partner"), ...organisations(r.suppliers, "supplier"));
      groups.events.push(...events(r.events));
      break;
    }
    case "Financer": {
      const r = profile.record;
      groups.financers.push(...organisations(r.funded, "funded"));
      groups.events.push(...events(r.events));
      break;
    }
    case "SupportProvider": {
      const r = profile.record;
      groups.support.push(...organisations(r.supported, "supported"));
      groups.networks.push(...organisations(r.members, "member"));
      groups.events.push(...events(r.events));
      break;
    }
    case "ResearchUnit": {
      const r = profile.record;
      groups.research.push(
        ...organisations(r.studies, "studies"),
        ...organisations(r.partOf, "partOf"),
        ...organisations(r.parts, "part"),
      );
      groups.events.push(...events(r.events));
      break;
    }
  }
  // The same organisation met twice in a group (a partner that is also a customer) is listed once, under its first relation.
  return LINK_GROUPS.filter((g) => groups[g].length > 0).map((group) => {
    const seen = new Set<string>();
    const items = groups[group].filter((i) => !seen.has(i.id) && seen.add(i.id));
    return { group, items: items.sort((a, b) => a.name.localeCompare(b.name, "fr")) };
  });
}
