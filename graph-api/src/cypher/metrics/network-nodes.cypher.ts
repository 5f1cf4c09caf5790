import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  id: string;
  type: string;
  name: string;
  inseeCode: string | null;
  legalForm: string | null;
  /** Theme codes, sorted. */
  themes: string[];
  foundedYear: number | null;
  latitude: number | null;
  longitude: number | null;
  source: string | null;
  sourceKind: string | null;
  sourceRef: string | null;
  /** First and last year of existence, when known (organisations only). */
  from: number | null;
  to: number | null;
  organisation: boolean;
};

/**
 * The nodes of the cooperation graph and their public attributes with their
 * provenance: organisations (each a node, linked or not), events and shared
 * resources (nodes only when linked). Ids are the nodes' own ids, the ones
 * every other query gives.
 */
export const networkNodes = cypher<Params, Row>(
  "metrics/network-nodes",
  /* cypher */ `
  MATCH (o:Organisation)
  RETURN o.id AS id, [l IN labels(o) WHERE l <> 'Organisation'][0] AS type, o.name AS name,
         COLLECT { MATCH (o)-[:LOCATED_IN]->(t:Town) RETURN t.inseeCode LIMIT 1 }[0] AS inseeCode,
         o.legalForm AS legalForm, COLLECT { MATCH (o)-[:HAS_THEME]->(th:Theme) RETURN th.code ORDER BY th.code } AS themes,
         o.foundedYear AS foundedYear, o.location.latitude AS latitude, o.location.longitude AS longitude,
         o.source AS source, o.sourceKind AS sourceKind, o.sourceRef AS sourceRef,
         coalesce(o.foundedYear, o.startYear) AS from, o.endYear AS to, true AS organisation
  UNION ALL
  MATCH (e:Event)
  RETURN e.id AS id, 'Event' AS type, e.title AS name,
         COLLECT { MATCH (e)-[:HELD_IN]->(t:Town) RETURN t.inseeCode LIMIT 1 }[0] AS inseeCode,
         null AS legalForm, COLLECT { MATCH (e)-[:HAS_THEME]->(th:Theme) RETURN th.code ORDER BY th.code } AS themes,
         null AS foundedYear, null AS latitude, null AS longitude,
         e.source AS source, e.sourceKind AS sourceKind, e.sourceRef AS sourceRef,
         coalesce(e.year, e.date.year) AS from, null AS to, false AS organisation
  UNION ALL
  MATCH (s:SharedResource)
  RETURN s.id AS id, 'SharedResource' AS type, s.name AS name, null AS inseeCode,
         null AS legalForm, [] AS themes, null AS foundedYear,
         s.location.latitude AS latitude, s.location.longitude AS longitude,
         s.source AS source, s.sourceKind AS sourceKind, s.sourceRef AS sourceRef,
         null AS from, null AS to, false AS organisation`,
);
