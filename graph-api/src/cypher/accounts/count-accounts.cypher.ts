import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = { accounts: number; admins: number };

/** How many accounts exist, and how many of them are enabled admins. */
export const countAccounts = cypher<Params, Row>(
  "accounts/count",
  /* cypher */ `
  OPTIONAL MATCH (a:Account)
  RETURN count(a) AS accounts, count(CASE WHEN 'admin' IN a.roles AND NOT coalesce(a.disabled, false) THEN 1 END) AS admins`,
);
