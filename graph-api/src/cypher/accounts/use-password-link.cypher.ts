import { cypher } from "../query";

export type Params = { hash: string; passwordHash: string };
export type Row = { email: string; roles: string[] };

/**
 * Sets the password of a link's account and consumes the link, if the link is
 * still valid and the account enabled (no row otherwise); the account's
 * sessions end, so that a reset shuts out whoever knew the old password.
 */
export const usePasswordLink = cypher<Params, Row>(
  "accounts/use-password-link",
  /* cypher */ `
  MATCH (a:Account)-[:HAS_LINK]->(l:PasswordLink {hash: $hash})
  WHERE l.expiresAt >= datetime() AND NOT coalesce(a.disabled, false)
  SET a.passwordHash = $passwordHash, a.passwordSetAt = datetime()
  DETACH DELETE l
  WITH a
  CALL (a) {
    MATCH (a)-[:HAS_SESSION]->(s:Session)
    DETACH DELETE s
  }
  RETURN a.email AS email, coalesce(a.roles, []) AS roles`,
);
