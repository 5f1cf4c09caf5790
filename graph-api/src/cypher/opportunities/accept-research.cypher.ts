import { cypher } from "../query";

export type Params = { opportunityId: string; unitId: string; structureId: string; by: string };
export type Row = { created: boolean };

/** Writes the research link an accepted opportunity led to. */
export const acceptResearch = cypher<Params, Row>(
  "accept-research",
  /* cypher */ `
  MATCH (r:ResearchUnit {id: $unitId}), (s:EssStructure {id: $structureId})
  OPTIONAL MATCH (r)-[existing:STUDIES]->(s)
  FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
    CREATE (r)-[:STUDIES {source: 'opportunity:' + $opportunityId, sourceKind: 'COORDINATOR', sourceRef: 'accepted by ' + $by, updatedAt: datetime()}]->(s))
  RETURN existing IS NULL AS created`,
);
