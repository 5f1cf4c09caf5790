import { cypher } from "../query";

export type Params = { hash: string };
export type Row = { email: string };

/** Ends one session (sign-out). */
export const deleteSession = cypher<Params, Row>(
  "accounts/delete-session",
  /* cypher */ `
  MATCH (a:Account)-[:HAS_SESSION]->(s:Session {hash: $hash})
  DETACH DELETE s
  RETURN a.email AS email`,
);
