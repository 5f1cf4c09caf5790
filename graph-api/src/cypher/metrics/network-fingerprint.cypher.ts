import { cypher } from "../query";

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
    // One relationship-type scan per type: a pattern with several types is planned as a scan of every node.
    CALL () {
      MATCH ()-[r:PARTNERS_WITH]->() RETURN r
      UNION ALL
      MATCH ()-[r:PURCHASES_FROM]->() RETURN r
      UNION ALL
      MATCH ()-[r:FUNDS]->() RETURN r
      UNION ALL
      MATCH ()-[r:SUPPORTS]->() RETURN r
      UNION ALL
      MATCH ()-[r:MEMBER_OF]->() RETURN r
      UNION ALL
      MATCH ()-[r:STUDIES]->() RETURN r
      UNION ALL
      MATCH ()-[r:ATTENDED]->() RETURN r
      UNION ALL
      MATCH ()-[r:POOLS]->() RETURN r
    }
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
