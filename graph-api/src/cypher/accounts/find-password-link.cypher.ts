import { cypher } from "../query";

export type Params = { hash: string };
export type Row = { email: string; name: string | null; purpose: string; expired: boolean; disabled: boolean };

/** The account a password link is for, and whether the link is past its time. */
export const findPasswordLink = cypher<Params, Row>(
  "accounts/find-password-link",
  /* cypher */ `
  MATCH (a:Account)-[:HAS_LINK]->(l:PasswordLink {hash: $hash})
  RETURN a.email AS email, a.name AS name, l.purpose AS purpose, l.expiresAt < datetime() AS expired,
    coalesce(a.disabled, false) AS disabled`,
);
