import { cypher } from "../query";

export type Params = { email: string };
export type Row = { email: string };

/** Deletes an account with its sessions and password links. */
export const deleteAccount = cypher<Params, Row>(
  "accounts/delete",
  /* cypher */ `
  MATCH (a:Account {email: $email})
  OPTIONAL MATCH (a)-[:HAS_SESSION|HAS_LINK]->(x)
  DETACH DELETE x
  WITH DISTINCT a, a.email AS email
  DETACH DELETE a
  RETURN email`,
);
