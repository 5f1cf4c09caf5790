import { cypher } from "../query";

export type Params = { id: string; pair: string; forbidden: boolean; by: string };
export type Row = { forbidden: string[] };

/** Forbids (or allows again) a pair, "a+b" with the ids sorted; a forbidden pair's unpinned meeting is removed. */
export const setForbidden = cypher<Params, Row>(
  "set-forbidden",
  /* cypher */ `
  MATCH (c:Convention {id: $id})
  SET c.forbidden = CASE WHEN $forbidden
      THEN [p IN coalesce(c.forbidden, []) WHERE p <> $pair] + [$pair]
      ELSE [p IN coalesce(c.forbidden, []) WHERE p <> $pair] END,
    c.updatedAt = datetime(), c.updatedBy = $by
  WITH c
  CALL (c) {
    MATCH (c)-[:SCHEDULES]->(m:ConventionMeeting {pairKey: $pair})
    WHERE $forbidden
    DETACH DELETE m
  }
  RETURN c.forbidden AS forbidden`,
);
