import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = { source: string; target: string };

/**
 * Every edge of the cooperation graph: organisation to organisation
 * (partnership, purchase, funding, support, membership, research link) and
 * organisation to what it shares (events attended, pooled resources).
 * Non-organisation nodes get a prefixed id so that they never collide with an
 * organisation's.
 */
export const cooperationEdges = cypher<Params, Row>(
  "cooperation-edges",
  /* cypher */ `
  MATCH (a:Organisation)-[:PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|MEMBER_OF|STUDIES]-(b:Organisation)
  WHERE a.id < b.id
  RETURN a.id AS source, b.id AS target
  UNION ALL
  MATCH (a:Organisation)-[:ATTENDED]->(e:Event)
  RETURN a.id AS source, 'event:' + e.id AS target
  UNION ALL
  MATCH (a:Organisation)-[:POOLS]->(r:SharedResource)
  RETURN a.id AS source, 'resource:' + r.id AS target`,
);
