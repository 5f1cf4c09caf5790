/**
 * People's personal data (GDPR rights of access and erasure): a person is a Contact (name, role,
 * email, phone), or an attendee named on a business convention's invitation
 * (name and email, found by the email). An admin exports everything about
 * one person, or erases it (a contact leaves a tombstone without personal
 * data; an invitation stays with its organisation, without the attendee).
 * `npm run gdpr` runs these.
 */
import type { GraphReader, GraphWriter } from "./ports";
import { exportPerson, type Row as PersonRow } from "../cypher/gdpr/export-person.cypher";
import { erasePerson } from "../cypher/gdpr/erase-person.cypher";
import { exportByEmail, type Row as EmailRow } from "../cypher/gdpr/export-by-email.cypher";
import { eraseAttendee } from "../cypher/gdpr/erase-attendee.cypher";
import { plainValue } from "../cypher/values";

export interface PersonExport {
  /** What this file is: the data Maillage holds about one person. */
  kind: "maillage-person-export";
  exportedAt: string;
  person: { id: string; labels: string[]; properties: Record<string, unknown> };
  relationships: PersonRow["relationships"];
}

/** Null when no person has this id. */
export async function exportPersonData(
  reader: GraphReader,
  id: string,
  now = new Date(),
): Promise<PersonExport | null> {
  const [row] = await reader.read(exportPerson, { id });
  if (!row) return null;
  return {
    kind: "maillage-person-export",
    exportedAt: now.toISOString(),
    person: { id, labels: row.labels, properties: plainValue(row.properties) as Record<string, unknown> },
    relationships: plainValue(row.relationships) as PersonRow["relationships"],
  };
}

/** Null when no person has this id (already erased, or never there). */
export async function erasePersonData(
  writer: GraphWriter,
  id: string,
  by: string,
): Promise<{ id: string; relationships: number; erasedAt: string } | null> {
  const [row] = await writer.transaction((run) => run(erasePerson, { id, by }));
  return row ? { ...row, relationships: Number(row.relationships) } : null;
}

export interface EmailExport {
  /** What this file is: the data Maillage holds under one email address. */
  kind: "maillage-email-export";
  exportedAt: string;
  email: string;
  /** Contacts with this email: each is exported or erased by its id. */
  contacts: EmailRow["contacts"];
  /** Business convention invitations naming this email as the attendee's. */
  conventionInvitations: EmailRow["invitations"];
}

/** Everything held under an email address, compared without case or surrounding spaces. */
export async function exportEmailData(reader: GraphReader, email: string, now = new Date()): Promise<EmailExport> {
  const [row] = await reader.read(exportByEmail, { email });
  return {
    kind: "maillage-email-export",
    exportedAt: now.toISOString(),
    email,
    contacts: row.contacts,
    conventionInvitations: row.invitations,
  };
}

/**
 * Erases the attendee named by this email from every convention invitation;
 * contacts with the email are left to `erasePersonData` (by id: a shared
 * mailbox may belong to several people). Returns how many invitations changed
 * and the ids of those contacts.
 */
export async function eraseAttendeeData(
  writer: GraphWriter,
  email: string,
  by: string,
): Promise<{ invitations: number; contactIds: string[] }> {
  return writer.transaction(async (run) => {
    const [{ contacts }] = await run(exportByEmail, { email });
    const [{ invitations }] = await run(eraseAttendee, { email, by });
    return { invitations: Number(invitations), contactIds: contacts.map((c) => c.id) };
  });
}
