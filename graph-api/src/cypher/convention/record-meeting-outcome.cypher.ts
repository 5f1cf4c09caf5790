import { cypher } from "../query";

export type Params = {
  id: string;
  meetingId: string;
  outcome: string | null;
  note: string | null;
  opportunityStatus: string | null;
  by: string;
};
export type Row = { id: string };

/** Records what came of a meeting (null takes the record back). */
export const recordMeetingOutcome = cypher<Params, Row>(
  "record-meeting-outcome",
  /* cypher */ `
  MATCH (c:Convention {id: $id})-[:SCHEDULES]->(m:ConventionMeeting {id: $meetingId})
  SET m.outcome = $outcome, m.outcomeNote = $note, m.opportunityStatus = $opportunityStatus,
    m.outcomeAt = CASE WHEN $outcome IS NULL THEN null ELSE datetime() END,
    m.outcomeBy = CASE WHEN $outcome IS NULL THEN null ELSE $by END, m.updatedAt = datetime()
  RETURN m.id AS id`,
);
