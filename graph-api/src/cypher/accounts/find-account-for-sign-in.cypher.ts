import { cypher } from "../query";

export type Params = { email: string };
export type Row = {
  email: string;
  name: string | null;
  roles: string[];
  disabled: boolean;
  passwordHash: string | null;
};

/** What a password sign-in checks: the account's stored password hash, roles and state. */
export const findAccountForSignIn = cypher<Params, Row>(
  "accounts/find-for-sign-in",
  /* cypher */ `
  MATCH (a:Account {email: $email})
  RETURN a.email AS email, a.name AS name, coalesce(a.roles, []) AS roles, coalesce(a.disabled, false) AS disabled,
    a.passwordHash AS passwordHash`,
);
