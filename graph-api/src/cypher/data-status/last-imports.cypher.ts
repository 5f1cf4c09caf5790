import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = { source: string; at: string; batches: number; created: number; updated: number };

/**
 * The latest import of each source (Sirene, RNA, annuaire, CSV templates…),
 * from the audit entries importers write per batch: when it ended and what
 * its batches of that day created and updated. Counts only: who ran it and
 * which lines changed stay in the audit trail, for admins.
 */
export const lastImports = cypher<Params, Row>(
  "data-status/last-imports",
  /* cypher */ `
  MATCH (a:AuditEntry {role: 'import', entityType: 'ImportBatch'})
  WITH substring(a.actor, 7) AS source, a ORDER BY a.at DESC
  WITH source, collect(a) AS entries
  WITH source, entries[0].at AS at, [e IN entries WHERE date(e.at) = date(entries[0].at)] AS run
  RETURN source, toString(at) AS at, size(run) AS batches,
         reduce(n = 0, e IN run | n + coalesce(apoc.convert.fromJsonMap(e.after).created, 0)) AS created,
         reduce(n = 0, e IN run | n + coalesce(apoc.convert.fromJsonMap(e.after).updated, 0)) AS updated
  ORDER BY source`,
);
