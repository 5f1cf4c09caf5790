import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  id: string;
  name: string;
  kind: "EssStructure" | "Business" | "Financer" | "SupportProvider" | "ResearchUnit";
  inseeCode: string | null;
  latitude: number | null;
  longitude: number | null;
  themes: string[];
};

/** What the combined score and the explanations need of every organisation. Public fields only. */
export const organisationProfiles = cypher<Params, Row>(
  "organisation-profiles",
  /* cypher */ `
  MATCH (o:Organisation)
  RETURN o.id AS id, o.name AS name,
    [l IN labels(o) WHERE l <> 'Organisation'][0] AS kind,
    head(COLLECT { MATCH (o)-[:LOCATED_IN]->(t:Town) RETURN t.inseeCode }) AS inseeCode,
    o.location.latitude AS latitude, o.location.longitude AS longitude,
    COLLECT { MATCH (o)-[:HAS_THEME]->(th:Theme) RETURN th.code ORDER BY th.code } AS themes
  ORDER BY o.id`,
);
