import { cypher } from "../query";

export type Params = { id: string };
export type Row = { id: string; name: string; hash: string; role: string; ratePerMinute: number; revoked: boolean };

export const findApiKey = cypher<Params, Row>(
  "api-keys/find",
  /* cypher */ `
  MATCH (k:ApiKey {id: $id})
  RETURN k.id AS id, k.name AS name, k.hash AS hash, k.role AS role, k.ratePerMinute AS ratePerMinute, k.revokedAt IS NOT NULL AS revoked`,
);
