import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  id: string;
  type: string;
  name: string;
  inseeCode: string | null;
  legalForm: string | null;
  latitude: number | null;
  longitude: number | null;
  sourceKind: string | null;
  /** First and last year of existence, when known (organisations only). */
  from: number | null;
  to: number | null;
  organisation: boolean;
};

/**
 * The nodes of the cooperation graph and their public attributes:
 * organisations (each a node, linked or not), events and shared resources
 * (prefixed ids, nodes only when linked).
 */
export const networkNodes = cypher<Params, Row>(
  "metrics/network-nodes",
  /* cypher */ `
  MATCH (o:Organisation)
  RETURN o.id AS id, [l IN labels(o) WHERE l <> 'Organisation'][0] AS type, o.name AS name,
         COLLECT { MATCH (o)-[:LOCATED_IN]->(t:Town) RETURN t.inseeCode LIMIT 1 }[0] AS inseeCode,
         o.legalForm AS legalForm, o.location.latitude AS latitude, o.location.longitude AS longitude,
         o.sourceKind AS sourceKind, coalesce(o.foundedYear, o.startYear) AS from, o.endYear AS to, true AS organisation
  UNION ALL
  MATCH (e:Event)
  RETURN 'event:' + e.id AS id, 'Event' AS type, e.title AS name,
         COLLECT { MATCH (e)-[:HELD_IN]->(t:Town) RETURN t.inseeCode LIMIT 1 }[0] AS inseeCode,
         null AS legalForm, null AS latitude, null AS longitude, e.sourceKind AS sourceKind,
         coalesce(e.year, e.date.year) AS from, null AS to, false AS organisation
  UNION ALL
  MATCH (s:SharedResource)
  RETURN 'resource:' + s.id AS id, 'SharedResource' AS type, s.name AS name, null AS inseeCode,
         null AS legalForm, s.location.latitude AS latitude, s.location.longitude AS longitude,
         s.sourceKind AS sourceKind, null AS from, null AS to, false AS organisation`,
);
