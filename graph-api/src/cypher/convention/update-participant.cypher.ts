import { cypher } from "../query";

export type Params = {
  id: string;
  organisationId: string;
  /** null: the convention's default. */
  minMeetings: number | null;
  maxMeetings: number | null;
  /** Slots (0-based) when they are away. */
  unavailable: number[];
  /** Who comes for the organisation, and how to reach them (personal data: coordinators only). */
  attendee: string | null;
  email: string | null;
  /** Wishes as JSON: {organisationId: weight}. */
  wishes: string;
  by: string;
};
export type Row = { organisationId: string };

/** Sets what a coordinator knows of a participant: meetings wanted, when away, who comes, whom they wish to meet. */
export const updateParticipant = cypher<Params, Row>(
  "update-participant",
  /* cypher */ `
  MATCH (c:Convention {id: $id})-[p:INVITES]->(o:Organisation {id: $organisationId})
  SET p.minMeetings = $minMeetings, p.maxMeetings = $maxMeetings, p.unavailable = $unavailable,
    p.attendee = $attendee, p.email = $email, p.wishes = $wishes, p.updatedAt = datetime(), p.updatedBy = $by,
    c.updatedAt = datetime(), c.updatedBy = $by
  RETURN o.id AS organisationId`,
);
