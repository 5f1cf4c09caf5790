import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  source: string;
  target: string;
  type: string;
  kind: string | null;
  start: number | null;
  end: number | null;
  sourceKind: string | null;
};

/**
 * Every relationship of the cooperation graph (the one link prediction reads,
 * cypher/opportunities/cooperation-edges), each once, with the years it
 * covers: since/until, the year of a funding decision, the year of the event
 * attended. Events and shared resources get the prefixed ids cooperation-edges
 * gives them.
 */
export const networkRelationships = cypher<Params, Row>(
  "metrics/network-relationships",
  /* cypher */ `
  MATCH (a:Organisation)-[r:PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|MEMBER_OF|STUDIES]->(b:Organisation)
  RETURN a.id AS source, b.id AS target, type(r) AS type, coalesce(r.kind, r.instrument) AS kind,
         coalesce(r.since, r.year) AS start, r.until AS end, r.sourceKind AS sourceKind
  UNION ALL
  MATCH (a:Organisation)-[r:ATTENDED]->(e:Event)
  RETURN a.id AS source, 'event:' + e.id AS target, 'ATTENDED' AS type, r.role AS kind,
         coalesce(e.year, e.date.year) AS start, null AS end, r.sourceKind AS sourceKind
  UNION ALL
  MATCH (a:Organisation)-[r:POOLS]->(s:SharedResource)
  RETURN a.id AS source, 'resource:' + s.id AS target, 'POOLS' AS type, null AS kind,
         r.since AS start, r.until AS end, r.sourceKind AS sourceKind`,
);
