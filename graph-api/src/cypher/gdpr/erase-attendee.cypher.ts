import { cypher } from "../query";

export type Params = { email: string; by: string };
export type Row = { invitations: number };

/**
 * Erases an attendee from every business convention invitation naming their
 * email (GDPR art. 17): the name and email go; the invitation, its wishes and
 * meetings stay with the organisation, marked with when and by whom the
 * attendee was erased.
 */
export const eraseAttendee = cypher<Params, Row>(
  "gdpr/erase-attendee",
  /* cypher */ `
  OPTIONAL MATCH (c:Convention)-[i:INVITES]->(:Organisation) WHERE toLower(trim(i.email)) = toLower(trim($email))
  SET i.attendee = null, i.email = null, i.attendeeErasedAt = datetime(), i.attendeeErasedBy = $by,
    c.updatedAt = datetime(), c.updatedBy = $by
  RETURN count(i) AS invitations`,
);
