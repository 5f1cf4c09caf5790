import { cypher } from "../query";

export type Params = {
  id: string;
  meetingId: string;
  pairKey: string;
  memberIds: string[];
  slot: number;
  table: number;
  pinned: boolean;
  by: string;
};
export type Row = { id: string };

/**
 * Pins a meeting at a slot (moving the pair's meeting there if it had
 * another), or unpins it; the next solve keeps pinned meetings where they are.
 */
export const pinMeeting = cypher<Params, Row>(
  "pin-meeting",
  /* cypher */ `
  MATCH (c:Convention {id: $id})
  OPTIONAL MATCH (c)-[:SCHEDULES]->(existing:ConventionMeeting {pairKey: $pairKey})
  WITH c, existing
  CALL (c, existing) {
    WITH c, existing WHERE existing IS NULL AND $pinned
    CREATE (m:ConventionMeeting {id: $meetingId, conventionId: c.id, pairKey: $pairKey, memberIds: $memberIds,
      slot: $slot, table: $table, pinned: true, value: 0, score: 0, wish: 0,
      source: 'coordinator:' + $by, sourceKind: 'COORDINATOR', createdAt: datetime(), updatedAt: datetime()})
    MERGE (c)-[:SCHEDULES]->(m)
    WITH m
    UNWIND $memberIds AS memberId
    MATCH (o:Organisation {id: memberId})
    MERGE (m)-[:BETWEEN]->(o)
  }
  CALL (existing) {
    WITH existing WHERE existing IS NOT NULL
    SET existing.pinned = $pinned, existing.updatedAt = datetime(),
      existing.slot = CASE WHEN $pinned THEN $slot ELSE existing.slot END,
      existing.table = CASE WHEN $pinned THEN $table ELSE existing.table END
  }
  SET c.updatedAt = datetime(), c.updatedBy = $by
  RETURN c.id AS id`,
);
