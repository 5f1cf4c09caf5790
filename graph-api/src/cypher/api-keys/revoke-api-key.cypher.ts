import { cypher } from "../query";
import { API_KEY_FIELDS, type Row as ApiKeyRow } from "./list-api-keys.cypher";

export type Params = { id: string };
export type Row = ApiKeyRow;

/** Revokes a key (the first revocation's time is kept); the key as it now is. */
export const revokeApiKey = cypher<Params, Row>(
  "api-keys/revoke",
  /* cypher */ `
  MATCH (k:ApiKey {id: $id})
  SET k.revokedAt = coalesce(k.revokedAt, datetime())
  RETURN ${API_KEY_FIELDS}`,
);
