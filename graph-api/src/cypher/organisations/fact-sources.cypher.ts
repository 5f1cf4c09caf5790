import { cypher } from "../query";

export type Params = { id: string; cap: number };
/** One write of the organisation as the audit trail keeps it, without who made it (an importer's source name only). */
export type EntryRow = {
  at: string;
  role: string;
  importer: string | null;
  before: string | null;
  after: string | null;
};
export type Row = {
  labels: string[];
  props: Record<string, unknown>;
  /** Its town and themes, keyed as the audit snapshots key them (audit/snapshot-nodes). */
  rels: { type: string; other: unknown }[];
  /** The audit entries of the organisation, newest first, $cap at most. */
  entries: EntryRow[];
};

/**
 * An organisation's current values and the audit trail's latest writes of it,
 * for the provenance of each public fact (domain/fact-sources.ts). The actor
 * of an entry leaves the database only as an importer's source name.
 */
export const factSources = cypher<Params, Row>(
  "fact-sources",
  /* cypher */ `
  MATCH (n:Organisation {id: $id})
  RETURN labels(n) AS labels, properties(n) AS props,
    [(n)-[r:LOCATED_IN|HAS_THEME]->(m) | {type: type(r), other: coalesce(m.id, m.inseeCode, m.code, elementId(m))}] AS rels,
    COLLECT {
      MATCH (a:AuditEntry) WHERE a.entityId = $id AND a.entityType IN labels(n)
      WITH a ORDER BY a.at DESC, a.id DESC LIMIT toInteger($cap)
      RETURN {at: toString(a.at), role: a.role,
        importer: CASE WHEN a.actor STARTS WITH 'import:' THEN substring(a.actor, 7) END,
        before: a.before, after: a.after}
    } AS entries`,
);
