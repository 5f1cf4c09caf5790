import { cypher } from "../query";

export type Params = { opportunityId: string; a: string; b: string; kind: string; year: number; by: string };
export type Row = { created: boolean };

/** Writes the partnership an accepted opportunity led to, with provenance pointing at the opportunity. */
export const acceptPartnership = cypher<Params, Row>(
  "accept-partnership",
  /* cypher */ `
  MATCH (a:Organisation {id: $a}), (b:Organisation {id: $b})
  OPTIONAL MATCH (a)-[existing:PARTNERS_WITH {kind: $kind}]-(b)
  FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
    CREATE (a)-[:PARTNERS_WITH {kind: $kind, since: $year, source: 'opportunity:' + $opportunityId, sourceKind: 'COORDINATOR',
      sourceRef: 'accepted by ' + $by, updatedAt: datetime()}]->(b))
  RETURN existing IS NULL AS created`,
);
