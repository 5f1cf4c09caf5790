import { cypher } from "../query";
import { EACH_COOPERATION_RELATIONSHIP } from "../cooperation-relationships";

export type Params = Record<string, never>;
export type Row = { fingerprint: string };

/**
 * A cheap summary that changes whenever the cooperation graph changes: counts
 * and latest write times of its nodes and relationships (imports and API
 * edits set updatedAt). Stored metrics computed from another fingerprint are
 * out of date.
 */
export const networkFingerprint = cypher<Params, Row>(
  "metrics/network-fingerprint",
  /* cypher */ `
  CALL () {
    ${EACH_COOPERATION_RELATIONSHIP}
    RETURN count(r) AS relationships, max(r.updatedAt) AS relationshipsAt
  }
  CALL () {
    // One label scan per label, not a scan of every node (contacts, needs... are most of a large graph).
    CALL () {
      MATCH (n:Organisation) RETURN n
      UNION ALL
      MATCH (n:Event) RETURN n
      UNION ALL
      MATCH (n:SharedResource) RETURN n
    }
    RETURN count(n) AS nodes, max(n.updatedAt) AS nodesAt
  }
  RETURN apoc.text.join([toString(relationships), toString(nodes), coalesce(toString(relationshipsAt), '-'), coalesce(toString(nodesAt), '-')], '|') AS fingerprint`,
);
