import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = { source: string; target: string };

/**
 * The pairs of organisations linked by at least one partnership (any kind,
 * current or ended), each pair once with source < target. The offline
 * evaluation of partnership suggestions hides some of these and checks that
 * the suggestions find them again.
 */
export const partnershipEdges = cypher<Params, Row>(
  "partnership-edges",
  /* cypher */ `
  MATCH (a:Organisation)-[:PARTNERS_WITH]-(b:Organisation)
  WHERE a.id < b.id
  RETURN DISTINCT a.id AS source, b.id AS target
  ORDER BY source, target`,
);
