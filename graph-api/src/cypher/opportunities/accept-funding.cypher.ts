import { cypher } from "../query";

export type Params = {
  opportunityId: string;
  financerId: string;
  structureId: string;
  year: number;
  instrument: string;
  by: string;
};
export type Row = { created: boolean };

/** Writes the funding an accepted opportunity led to (amount unknown until a coordinator records it). */
export const acceptFunding = cypher<Params, Row>(
  "accept-funding",
  /* cypher */ `
  MATCH (f:Financer {id: $financerId}), (s:EssStructure {id: $structureId})
  OPTIONAL MATCH (f)-[existing:FUNDS {year: $year}]->(s)
  FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
    CREATE (f)-[:FUNDS {year: $year, instrument: $instrument, source: 'opportunity:' + $opportunityId, sourceKind: 'COORDINATOR',
      sourceRef: 'accepted by ' + $by, updatedAt: datetime()}]->(s))
  RETURN existing IS NULL AS created`,
);
