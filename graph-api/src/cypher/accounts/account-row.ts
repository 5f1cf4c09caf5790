/** What the account statements return about an account (never its password hash, except find-account-for-sign-in). */
export type AccountRow = {
  email: string;
  name: string | null;
  roles: string[];
  disabled: boolean;
  /** Whether a password is set (a single sign-on account has none). */
  hasPassword: boolean;
  sso: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  activeSessions: number;
};

/** The RETURN clause of an account `a` as an AccountRow. */
export const ACCOUNT_FIELDS = /* cypher */ `a.email AS email, a.name AS name, coalesce(a.roles, []) AS roles,
  coalesce(a.disabled, false) AS disabled, a.passwordHash IS NOT NULL AS hasPassword, a.ssoSubject IS NOT NULL AS sso,
  toString(a.createdAt) AS createdAt, toString(a.lastSignInAt) AS lastSignInAt,
  COUNT { (a)-[:HAS_SESSION]->(:Session) } AS activeSessions`;
