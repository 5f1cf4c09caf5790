import { cypher } from "../query";

export type Params = { territoryCode: string };
export type Row = {
  code: string;
  name: string;
  population: number | null;
  programme: {
    id: string;
    name: string;
    annualBudgetEur: number | null;
    budgetNote: string | null;
    essJobsSharePct: number | null;
    essPrivateJobsSharePct: number | null;
    essEnterprisesSharePct: number | null;
    source: string;
    sourceRef: string | null;
  } | null;
  counts: Record<
    | "essStructures"
    | "illustrativeEssStructures"
    | "businesses"
    | "financers"
    | "supportProviders"
    | "researchUnits"
    | "openNeeds"
    | "openOffers"
    | "sharedResources"
    | "events"
    | "callEditions"
    | "towns",
    number
  >;
};

export const territorySummary = cypher<Params, Row>(
  "territory-summary",
  /* cypher */ `
  MATCH (t:Territory {code: $territoryCode})
  OPTIONAL MATCH (t)-[:RUNS]->(p:Programme)
  RETURN t.code AS code, t.name AS name, t.population AS population,
    CASE WHEN p IS NULL THEN null ELSE p {
      .id, .name, .annualBudgetEur, .budgetNote, .essJobsSharePct, .essPrivateJobsSharePct,
      .essEnterprisesSharePct, .source, .sourceRef } END AS programme,
    {
      towns: COUNT { (t)<-[:PART_OF]-(:Town) },
      essStructures: COUNT { (:EssStructure) },
      illustrativeEssStructures: COUNT { (s:EssStructure) WHERE s.sourceKind = 'ILLUSTRATIVE' },
      businesses: COUNT { (:Business) },
      financers: COUNT { (:Financer) },
      supportProviders: COUNT { (:SupportProvider) },
      researchUnits: COUNT { (:ResearchUnit) },
      openNeeds: COUNT { (n:ResourceNeed) WHERE n.status = 'OPEN' },
      openOffers: COUNT { (o:ResourceOffer) WHERE o.status = 'OPEN' },
      sharedResources: COUNT { (:SharedResource) },
      events: COUNT { (:Event) },
      callEditions: COUNT { (:CallForProjects) }
    } AS counts`,
);
