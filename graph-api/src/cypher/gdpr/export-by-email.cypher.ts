import { cypher } from "../query";

export type Params = { email: string };
export type Row = {
  contacts: { id: string; name: string | null; role: string | null; email: string | null }[];
  invitations: {
    convention: { id: string; title: string; date: string };
    organisation: { id: string; name: string };
    attendee: string | null;
    email: string;
    invitedAt: string | null;
    updatedAt: string | null;
    updatedBy: string | null;
  }[];
};

/**
 * What is held under one email address (GDPR art. 15): the contacts with it
 * (their ids, for `erase`) and the business convention invitations naming
 * it as the attendee's. Compared without case or surrounding spaces.
 */
export const exportByEmail = cypher<Params, Row>(
  "gdpr/export-by-email",
  /* cypher */ `
  WITH toLower(trim($email)) AS email
  RETURN
    COLLECT {
      MATCH (p:Contact) WHERE toLower(trim(p.email)) = email
      RETURN { id: p.id, name: p.name, role: p.role, email: p.email } AS contact ORDER BY contact.id
    } AS contacts,
    COLLECT {
      MATCH (c:Convention)-[i:INVITES]->(o:Organisation) WHERE toLower(trim(i.email)) = email
      RETURN {
        convention: { id: c.id, title: c.title, date: toString(c.date) },
        organisation: { id: o.id, name: o.name },
        attendee: i.attendee, email: i.email,
        invitedAt: toString(i.invitedAt), updatedAt: toString(i.updatedAt), updatedBy: i.updatedBy
      } AS invitation ORDER BY invitation.convention.id, invitation.organisation.id
    } AS invitations`,
);
