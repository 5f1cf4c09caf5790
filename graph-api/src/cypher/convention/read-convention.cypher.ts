import { cypher } from "../query";

export type Params = { id: string };
export type ParticipantRow = {
  id: string;
  name: string;
  kind: string;
  inseeCode: string | null;
  illustrative: boolean;
  minMeetings: number | null;
  maxMeetings: number | null;
  unavailable: number[];
  attendee: string | null;
  email: string | null;
  wishes: string | null;
};
export type MeetingRow = {
  id: string;
  memberIds: string[];
  slot: number;
  table: number;
  pinned: boolean;
  value: number;
  score: number;
  wish: number;
  outcome: string | null;
  outcomeNote: string | null;
  opportunityId: string | null;
};
export type Row = {
  id: string;
  title: string;
  date: string;
  place: string | null;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  breaks: string[];
  tables: number;
  defaultMinMeetings: number;
  defaultMaxMeetings: number;
  suggestionWeight: number;
  wishWeight: number;
  forbidden: string[];
  solve: string | null;
  updatedAt: string;
  participants: ParticipantRow[];
  meetings: MeetingRow[];
};

/** A convention with its participants (named from today's graph) and its meetings. */
export const readConvention = cypher<Params, Row>(
  "read-convention",
  /* cypher */ `
  MATCH (c:Convention {id: $id})
  CALL (c) {
    OPTIONAL MATCH (c)-[p:INVITES]->(o:Organisation)
    OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Town)
    WITH p, o, min(t.inseeCode) AS inseeCode ORDER BY o.name, o.id
    RETURN collect(CASE WHEN o IS NULL THEN null ELSE {
      id: o.id, name: o.name, kind: CASE WHEN o:EssStructure THEN 'EssStructure' ELSE 'Business' END,
      inseeCode: inseeCode, illustrative: o.sourceKind = 'ILLUSTRATIVE',
      minMeetings: p.minMeetings, maxMeetings: p.maxMeetings, unavailable: coalesce(p.unavailable, []),
      attendee: p.attendee, email: p.email, wishes: p.wishes } END) AS participants
  }
  CALL (c) {
    OPTIONAL MATCH (c)-[:SCHEDULES]->(m:ConventionMeeting)
    WITH m ORDER BY m.slot, m.table
    RETURN collect(CASE WHEN m IS NULL THEN null ELSE {
      id: m.id, memberIds: m.memberIds, slot: m.slot, table: m.table, pinned: m.pinned, value: m.value,
      score: m.score, wish: m.wish, outcome: m.outcome, outcomeNote: m.outcomeNote, opportunityId: m.opportunityId } END) AS meetings
  }
  RETURN c.id AS id, c.title AS title, toString(c.date) AS date, c.place AS place, c.startTime AS startTime,
    c.endTime AS endTime, c.slotMinutes AS slotMinutes, coalesce(c.breaks, []) AS breaks, c.tables AS tables,
    c.defaultMinMeetings AS defaultMinMeetings, c.defaultMaxMeetings AS defaultMaxMeetings,
    c.suggestionWeight AS suggestionWeight, c.wishWeight AS wishWeight, coalesce(c.forbidden, []) AS forbidden,
    c.solve AS solve, toString(c.updatedAt) AS updatedAt, participants, meetings`,
);
