import { cypher } from "../query";

export type Params = { email: string; hash: string; purpose: string; validMinutes: number };
export type Row = { expiresAt: string };

/** A one-time password link for an account (its token's hash only); the account's earlier unused links stop working. */
export const createPasswordLink = cypher<Params, Row>(
  "accounts/create-password-link",
  /* cypher */ `
  MATCH (a:Account {email: $email})
  CALL (a) {
    MATCH (a)-[:HAS_LINK]->(old:PasswordLink)
    DETACH DELETE old
  }
  CREATE (a)-[:HAS_LINK]->(l:PasswordLink {hash: $hash, purpose: $purpose, createdAt: datetime(),
    expiresAt: datetime() + duration({minutes: $validMinutes})})
  RETURN toString(l.expiresAt) AS expiresAt`,
);
