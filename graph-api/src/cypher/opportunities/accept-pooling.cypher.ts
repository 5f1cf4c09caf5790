import { cypher } from "../query";

export type Params = {
  opportunityId: string;
  resourceId: string;
  name: string;
  kind: string;
  memberIds: string[];
  closeNeedIds: string[];
  year: number;
  by: string;
};
export type Row = { poolers: number };

/**
 * Writes the pooling an accepted opportunity led to: a shared resource pooled
 * by its members, and closes the need it met (an offer may serve others: it stays open).
 */
export const acceptPooling = cypher<Params, Row>(
  "accept-pooling",
  /* cypher */ `
  MERGE (r:SharedResource {id: $resourceId})
  ON CREATE SET r.name = $name, r.kind = $kind, r.source = 'opportunity:' + $opportunityId, r.sourceKind = 'COORDINATOR',
    r.sourceRef = 'accepted by ' + $by, r.updatedAt = datetime(), r.updatedBy = $by
  WITH r
  CALL (r) {
    UNWIND $memberIds AS memberId
    MATCH (m:Organisation {id: memberId})
    MERGE (m)-[p:POOLS]->(r)
    ON CREATE SET p.since = $year, p.source = 'opportunity:' + $opportunityId, p.sourceKind = 'COORDINATOR', p.updatedAt = datetime()
    RETURN count(p) AS poolers
  }
  CALL () {
    MATCH (n:ResourceNeed) WHERE n.id IN $closeNeedIds
    SET n.status = 'CLOSED', n.closedBy = 'opportunity:' + $opportunityId, n.updatedAt = datetime(), n.updatedBy = $by
  }
  RETURN poolers`,
);
