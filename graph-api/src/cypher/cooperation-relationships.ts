/** The relationship types of the cooperation network (the metrics' graph), and Cypher that reads each of them. */
export const COOPERATION_RELATIONSHIP_TYPES = [
  "PARTNERS_WITH",
  "PURCHASES_FROM",
  "FUNDS",
  "SUPPORTS",
  "MEMBER_OF",
  "STUDIES",
  "ATTENDED",
  "POOLS",
] as const;

/**
 * A subquery that returns every cooperation relationship as `r`, one
 * relationship-type scan per type: a pattern with several types is planned
 * as a scan of every node.
 */
export const EACH_COOPERATION_RELATIONSHIP = /* cypher */ `CALL () {
      ${COOPERATION_RELATIONSHIP_TYPES.map((type) => `MATCH ()-[r:${type}]->() RETURN r`).join("\n      UNION ALL\n      ")}
    }`;
