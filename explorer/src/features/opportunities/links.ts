/**
 * Where an organisation's profile and the suggestions live, as links any view
 * can render, and how those views read their parameters from the address.
 */

/** Node types that are organisations (with a profile and suggestions). */
export const ORGANISATION_TYPES: ReadonlySet<string> = new Set([
  "EssStructure",
  "Business",
  "Financer",
  "SupportProvider",
  "ResearchUnit",
]);

export const isOrganisation = (type: string | null | undefined): boolean => !!type && ORGANISATION_TYPES.has(type);

export function organisationHref(id: string): string {
  return `#/organisations/${encodeURIComponent(id)}`;
}

export interface OpportunityFilters {
  kind?: string;
  inseeCode?: string;
  theme?: string;
  organisationId?: string;
}

const PARAMS: Record<keyof OpportunityFilters, string> = {
  kind: "kind",
  inseeCode: "town",
  theme: "theme",
  organisationId: "organisation",
};

export function opportunitiesHref(filters: OpportunityFilters = {}): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof OpportunityFilters)[]) {
    const value = filters[key];
    if (value) query.set(PARAMS[key], value);
  }
  const text = query.toString();
  return text ? `#/opportunities?${text}` : "#/opportunities";
}

/** The filters of `#/opportunities?kind=…&town=…&theme=…&organisation=…`. */
export function readOpportunityFilters(hash: string = window.location.hash): OpportunityFilters {
  const query = new URLSearchParams(hash.split("?")[1] ?? "");
  const filters: OpportunityFilters = {};
  for (const key of Object.keys(PARAMS) as (keyof OpportunityFilters)[]) {
    const value = query.get(PARAMS[key]);
    if (value) filters[key] = value;
  }
  return filters;
}

/** The id in `#/organisations/<id>`; null elsewhere. */
export function readOrganisationId(hash: string = window.location.hash): string | null {
  const match = /^#\/?organisations\/([^?]+)/.exec(hash);
  return match ? decodeURIComponent(match[1]) : null;
}
