import { cypher } from "../query";

export type Params = {
  id: string;
  /** The solver's meetings (pinned ones included, with their ids kept). */
  meetings: {
    id: string;
    pairKey: string;
    memberIds: string[];
    slot: number;
    table: number;
    pinned: boolean;
    value: number;
    score: number;
    wish: number;
    opportunityId: string | null;
  }[];
  /** The solve's report as JSON (status, gap, objective, seconds, size, weights, when). */
  solve: string;
  by: string;
};
export type Row = { meetings: number };

/**
 * Replaces a convention's grid by a new solve: meetings not in it go (those
 * with an outcome recorded stay, so that nothing recorded is lost), the others
 * are written with their slot and table, pinned ones kept. One transaction.
 */
export const saveSchedule = cypher<Params, Row>(
  "save-schedule",
  /* cypher */ `
  MATCH (c:Convention {id: $id})
  CALL (c) {
    MATCH (c)-[:SCHEDULES]->(old:ConventionMeeting)
    WHERE old.outcome IS NULL AND NOT old.id IN [m IN $meetings | m.id]
    DETACH DELETE old
  }
  CALL (c) {
    UNWIND $meetings AS row
    MERGE (m:ConventionMeeting {id: row.id})
    ON CREATE SET m.source = 'coordinator:' + $by, m.sourceKind = 'COORDINATOR', m.createdAt = datetime()
    SET m.conventionId = c.id, m.pairKey = row.pairKey, m.memberIds = row.memberIds, m.slot = row.slot,
      m.table = row.table, m.pinned = row.pinned, m.value = row.value, m.score = row.score, m.wish = row.wish,
      m.opportunityId = row.opportunityId, m.updatedAt = datetime()
    MERGE (c)-[:SCHEDULES]->(m)
    WITH m, row
    UNWIND row.memberIds AS memberId
    MATCH (o:Organisation {id: memberId})
    MERGE (m)-[:BETWEEN]->(o)
  }
  SET c.solve = $solve, c.updatedAt = datetime(), c.updatedBy = $by,
    c.essParticipantCount = COUNT { (c)-[:INVITES]->(:EssStructure) },
    c.businessParticipantCount = COUNT { (c)-[:INVITES]->(:Business) }
  RETURN COUNT { (c)-[:SCHEDULES]->() } AS meetings`,
);
