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
    MATCH ()-[r:PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|MEMBER_OF|STUDIES|ATTENDED|POOLS]->()
    RETURN count(r) AS relationships, max(r.updatedAt) AS relationshipsAt
  }
  CALL () {
    MATCH (n) WHERE n:Organisation OR n:Event OR n:SharedResource
    RETURN count(n) AS nodes, max(n.updatedAt) AS nodesAt
  }
  RETURN apoc.text.join([toString(relationships), toString(nodes), coalesce(toString(relationshipsAt), '-'), coalesce(toString(nodesAt), '-')], '|') AS fingerprint`,
);
