import { cypher } from "../query";

export type Params = { email: string };
export type Row = { ended: number };

/** Ends every session of an account (an admin's revocation). */
export const deleteAccountSessions = cypher<Params, Row>(
  "accounts/delete-account-sessions",
  /* cypher */ `
  MATCH (a:Account {email: $email})
  OPTIONAL MATCH (a)-[:HAS_SESSION]->(s:Session)
  DETACH DELETE s
  RETURN count(s) AS ended`,
);
