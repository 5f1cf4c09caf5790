import { cypher } from "../query";
import { ACCOUNT_FIELDS, type AccountRow } from "./account-row";

export type Params = Record<string, never>;
export type Row = AccountRow;

/** Every account, by email. */
export const listAccounts = cypher<Params, Row>(
  "accounts/list",
  /* cypher */ `
  MATCH (a:Account)
  RETURN ${ACCOUNT_FIELDS}
  ORDER BY a.email`,
);
