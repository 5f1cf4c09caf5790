import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  id: string;
  name: string;
  /** Node type: EssStructure, Business, Financer, SupportProvider or ResearchUnit. */
  kind: string;
  inseeCode: string | null;
  /** Invented for the demonstration (sourceKind ILLUSTRATIVE). */
  illustrative: boolean;
  latitude: number | null;
  longitude: number | null;
  themes: string[];
  /** EssStructure */
  legalForm?: string | null;
  stage?: string | null;
  /** Has a support provider already. */
  supported?: boolean;
  /** Has a research link already. */
  researchLinked?: boolean;
  /** Business */
  nafCode?: string | null;
  csrCommitments?: string[] | null;
  staffRange?: string | null;
  /** Financer */
  instruments?: string[] | null;
  stages?: string[] | null;
  ticketMinEur?: number | null;
  ticketMaxEur?: number | null;
  /** SupportProvider */
  stagesServed?: string[] | null;
  isNetwork?: boolean | null;
  /** ResearchUnit */
  researchKind?: string | null;
};

/** The profile of organisation `o`: what the suggestions and their explanations need. Public fields only. */
export const PROFILE_FIELDS = /* cypher */ `
  RETURN o.id AS id, o.name AS name,
    [l IN labels(o) WHERE l <> 'Organisation'][0] AS kind,
    head(COLLECT { MATCH (o)-[:LOCATED_IN]->(t:Town) RETURN t.inseeCode }) AS inseeCode,
    coalesce(o.sourceKind = 'ILLUSTRATIVE', false) AS illustrative,
    o.location.latitude AS latitude, o.location.longitude AS longitude,
    COLLECT { MATCH (o)-[:HAS_THEME]->(th:Theme) RETURN th.code ORDER BY th.code } AS themes,
    o.legalForm AS legalForm, o.stage AS stage,
    EXISTS { (o)<-[:SUPPORTS]-(:SupportProvider) } AS supported,
    EXISTS { (o)<-[:STUDIES]-(:ResearchUnit) } AS researchLinked,
    o.nafCode AS nafCode, o.csrCommitments AS csrCommitments, o.staffRange AS staffRange,
    o.instruments AS instruments, o.stages AS stages, o.ticketMinEur AS ticketMinEur, o.ticketMaxEur AS ticketMaxEur,
    o.stagesServed AS stagesServed, o.isNetwork AS isNetwork,
    CASE WHEN o:ResearchUnit THEN o.kind END AS researchKind
  ORDER BY o.id`;

/** What the suggestions and their explanations need of every organisation. Public fields only. */
export const organisationProfiles = cypher<Params, Row>(
  "organisation-profiles",
  /* cypher */ `
  MATCH (o:Organisation)${PROFILE_FIELDS}`,
);
