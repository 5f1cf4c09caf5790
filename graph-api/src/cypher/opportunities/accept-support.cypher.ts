import { cypher } from "../query";

export type Params = {
  opportunityId: string;
  providerId: string;
  structureId: string;
  year: number;
  stage: string;
  by: string;
};
export type Row = { created: boolean };

/** Writes the support an accepted opportunity led to. */
export const acceptSupport = cypher<Params, Row>(
  "accept-support",
  /* cypher */ `
  MATCH (p:SupportProvider {id: $providerId}), (s:EssStructure {id: $structureId})
  OPTIONAL MATCH (p)-[existing:SUPPORTS]->(s)
  FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
    CREATE (p)-[:SUPPORTS {since: $year, stage: $stage, source: 'opportunity:' + $opportunityId, sourceKind: 'COORDINATOR',
      sourceRef: 'accepted by ' + $by, updatedAt: datetime()}]->(s))
  RETURN existing IS NULL AS created`,
);
