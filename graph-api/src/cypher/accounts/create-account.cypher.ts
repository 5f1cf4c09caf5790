import { cypher } from "../query";
import { ACCOUNT_FIELDS, type AccountRow } from "./account-row";

export type Params = { email: string; name: string | null; roles: string[]; ssoSubject: string | null };
export type Row = AccountRow;

/** A new account, without password (the unique email constraint refuses a second one). */
export const createAccount = cypher<Params, Row>(
  "accounts/create",
  /* cypher */ `
  CREATE (a:Account {email: $email, name: $name, roles: $roles, disabled: false, ssoSubject: $ssoSubject, createdAt: datetime()})
  RETURN ${ACCOUNT_FIELDS}`,
);
