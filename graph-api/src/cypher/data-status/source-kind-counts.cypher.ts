import { cypher } from "../query";
import { EACH_COOPERATION_RELATIONSHIP } from "../cooperation-relationships";

export type Params = Record<string, never>;
export type Row = { sourceKind: string; organisations: number; relationships: number; lastChange: string | null };

/**
 * Organisations and cooperation relationships per provenance kind (an
 * organisation's own kind, a relationship's own kind), with the latest write
 * of each kind. One label scan and one scan per relationship type.
 */
export const sourceKindCounts = cypher<Params, Row>(
  "data-status/source-kind-counts",
  /* cypher */ `
  CALL () {
    MATCH (o:Organisation)
    RETURN coalesce(o.sourceKind, 'UNKNOWN') AS sourceKind, count(o) AS organisations, 0 AS relationships, max(o.updatedAt) AS at
    UNION ALL
    ${EACH_COOPERATION_RELATIONSHIP}
    RETURN coalesce(r.sourceKind, 'UNKNOWN') AS sourceKind, 0 AS organisations, count(r) AS relationships, max(r.updatedAt) AS at
  }
  WITH sourceKind, sum(organisations) AS organisations, sum(relationships) AS relationships, max(at) AS at
  RETURN sourceKind, organisations, relationships, CASE WHEN at IS NULL THEN null ELSE toString(at) END AS lastChange
  ORDER BY sourceKind`,
);
