import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  source: string;
  target: string;
  type: string;
  kind: string | null;
  /** The relationship's own year (since, or the year of a funding decision): part of its identity. */
  year: number | null;
  start: number | null;
  end: number | null;
  source_: string | null;
  sourceKind: string | null;
  sourceRef: string | null;
};

/**
 * Every relationship of the cooperation graph (the one link prediction reads,
 * cypher/opportunities/cooperation-edges), each once, with the years it
 * covers (since/until, the year of a funding decision, the year of the event
 * attended) and its provenance (`source_`: where the fact comes from).
 * Nodes are named by their own ids.
 */
export const networkRelationships = cypher<Params, Row>(
  "metrics/network-relationships",
  /* cypher */ `
  MATCH (a:Organisation)-[r:PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|MEMBER_OF|STUDIES]->(b:Organisation)
  RETURN a.id AS source, b.id AS target, type(r) AS type, coalesce(r.kind, r.instrument) AS kind,
         coalesce(r.since, r.year) AS year, coalesce(r.since, r.year) AS start, r.until AS end,
         r.source AS source_, r.sourceKind AS sourceKind, r.sourceRef AS sourceRef
  UNION ALL
  MATCH (a:Organisation)-[r:ATTENDED]->(e:Event)
  RETURN a.id AS source, e.id AS target, 'ATTENDED' AS type, r.role AS kind,
         coalesce(r.since, r.year) AS year, coalesce(e.year, e.date.year) AS start, null AS end,
         r.source AS source_, r.sourceKind AS sourceKind, r.sourceRef AS sourceRef
  UNION ALL
  MATCH (a:Organisation)-[r:POOLS]->(s:SharedResource)
  RETURN a.id AS source, s.id AS target, 'POOLS' AS type, null AS kind,
         r.since AS year, r.since AS start, r.until AS end,
         r.source AS source_, r.sourceKind AS sourceKind, r.sourceRef AS sourceRef`,
);
