import { cypher } from "../query";
import { ACCOUNT_FIELDS, type AccountRow } from "./account-row";

export type Params = { ssoSubject: string; email: string | null };
export type Row = AccountRow & { ssoSubject: string | null };

/**
 * The account of an identity provider's user: the one holding its subject,
 * else the one with its email (an account an admin created beforehand), whichever exists.
 */
export const findSsoAccount = cypher<Params, Row>(
  "accounts/find-sso",
  /* cypher */ `
  OPTIONAL MATCH (bySubject:Account {ssoSubject: $ssoSubject})
  OPTIONAL MATCH (byEmail:Account {email: $email})
  WITH coalesce(bySubject, byEmail) AS a
  WHERE a IS NOT NULL
  RETURN ${ACCOUNT_FIELDS}, a.ssoSubject AS ssoSubject`,
);
