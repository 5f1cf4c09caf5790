import { cypher } from "../query";

export type Params = { id: string; by: string };
export type Row = { id: string; relationships: number; erasedAt: string };

/**
 * Erases a person (Contact): the node and its relationships go; what stays
 * is a tombstone with the id, when and by whom (no name, email, phone or
 * role), so that the erasure itself can be shown and an import that brings
 * the person back can be spotted (GDPR art. 17).
 */
export const erasePerson = cypher<Params, Row>(
  "gdpr/erase-person",
  /* cypher */ `
  MATCH (p:Contact {id: $id})
  WITH p, COUNT { (p)--() } AS relationships
  DETACH DELETE p
  MERGE (t:ErasedPerson {id: $id})
  SET t.erasedAt = datetime(), t.erasedBy = $by
  RETURN $id AS id, relationships, toString(t.erasedAt) AS erasedAt`,
);
