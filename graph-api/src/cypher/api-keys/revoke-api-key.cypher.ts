import { cypher } from "../query";

export type Params = { id: string };
export type Row = { id: string; revokedAt: string };

export const revokeApiKey = cypher<Params, Row>(
  "api-keys/revoke",
  /* cypher */ `
  MATCH (k:ApiKey {id: $id})
  SET k.revokedAt = coalesce(k.revokedAt, datetime())
  RETURN k.id AS id, toString(k.revokedAt) AS revokedAt`,
);
