import { cypher } from "../query";

export type Params = { hash: string };
export type Row = { hash: string };

/** Records that a session was used now (its idle time starts again). */
export const touchSession = cypher<Params, Row>(
  "accounts/touch-session",
  /* cypher */ `
  MATCH (s:Session {hash: $hash})
  SET s.lastSeenAt = datetime()
  RETURN s.hash AS hash`,
);
