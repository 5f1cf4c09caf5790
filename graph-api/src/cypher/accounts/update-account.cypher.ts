import { cypher } from "../query";
import { ACCOUNT_FIELDS, type AccountRow } from "./account-row";

export type Params = {
  email: string;
  roles: string[] | null;
  disabled: boolean | null;
  name: string | null;
  ssoSubject: string | null;
};
export type Row = AccountRow;

/**
 * Changes an account's roles, state, name or provider subject (null: unchanged).
 * Disabling it or changing its roles ends its sessions: they were opened with the old rights.
 */
export const updateAccount = cypher<Params, Row>(
  "accounts/update",
  /* cypher */ `
  MATCH (a:Account {email: $email})
  WITH a, ($roles IS NOT NULL AND apoc.coll.sort($roles) <> apoc.coll.sort(coalesce(a.roles, [])))
    OR ($disabled = true AND NOT coalesce(a.disabled, false)) AS endSessions
  SET a.roles = coalesce($roles, a.roles), a.disabled = coalesce($disabled, a.disabled),
    a.name = coalesce($name, a.name), a.ssoSubject = coalesce($ssoSubject, a.ssoSubject), a.updatedAt = datetime()
  WITH a, endSessions
  CALL (a, endSessions) {
    MATCH (a)-[:HAS_SESSION]->(s:Session) WHERE endSessions
    DETACH DELETE s
  }
  RETURN ${ACCOUNT_FIELDS}`,
);
