import { cypher } from "../query";

export type Params = { id: string; name: string; hash: string; role: string; ratePerMinute: number; createdBy: string };
export type Row = { id: string; createdAt: string };

/** Stores a new API key: its hash only, never the key. */
export const createApiKey = cypher<Params, Row>(
  "api-keys/create",
  /* cypher */ `
  CREATE (k:ApiKey {id: $id, name: $name, hash: $hash, role: $role, ratePerMinute: $ratePerMinute, createdBy: $createdBy, createdAt: datetime()})
  RETURN k.id AS id, toString(k.createdAt) AS createdAt`,
);
