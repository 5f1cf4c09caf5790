import { cypher } from "../query";
import { ACCOUNT_FIELDS, type AccountRow } from "./account-row";

export type Params = { email: string };
export type Row = AccountRow;

/** One account by email. */
export const findAccount = cypher<Params, Row>(
  "accounts/find",
  /* cypher */ `
  MATCH (a:Account {email: $email})
  RETURN ${ACCOUNT_FIELDS}`,
);
