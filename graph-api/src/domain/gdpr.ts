/**
 * People's personal data (GDPR rights of access and erasure): a person is a Contact (name, role,
 * email, phone). An admin exports everything about one person, or erases it
 * (a tombstone without personal data stays). `npm run gdpr` runs these.
 */
import type { GraphReader, GraphWriter } from "./ports";
import { exportPerson, type Row as PersonRow } from "../cypher/gdpr/export-person.cypher";
import { erasePerson } from "../cypher/gdpr/erase-person.cypher";
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
