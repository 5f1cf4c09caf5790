import { cypher } from "../query";

export type Params = { from: string; to: string };
export type Row = { source: string; at: string; startedAt: string | null; new: number; closed: number; moved: number };

/** Complete runs of the API importers that ended in [from, to): what each found new, closed and moved. Counts only. */
export const importRuns = cypher<Params, Row>(
  "data-status/import-runs",
  /* cypher */ `
  MATCH (a:AuditEntry {entityType: 'ImportRun'})
  WHERE a.at >= datetime($from) AND a.at < datetime($to)
  WITH a, apoc.convert.fromJsonMap(a.after) AS run
  RETURN substring(a.actor, 7) AS source, toString(a.at) AS at, run.startedAt AS startedAt,
         coalesce(run.new, 0) AS new, coalesce(run.closed, 0) AS closed, coalesce(run.moved, 0) AS moved
  ORDER BY a.at DESC`,
);
