import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  id: string;
  name: string;
  role: string;
  ratePerMinute: number;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
};

/** What is returned of a key `k`: never its hash. */
export const API_KEY_FIELDS = /* cypher */ `k.id AS id, k.name AS name, k.role AS role, k.ratePerMinute AS ratePerMinute, k.createdBy AS createdBy,
         toString(k.createdAt) AS createdAt, toString(k.revokedAt) AS revokedAt`;

/** Every API key, newest first, without hashes. */
export const listApiKeys = cypher<Params, Row>(
  "api-keys/list",
  /* cypher */ `
  MATCH (k:ApiKey)
  RETURN ${API_KEY_FIELDS}
  ORDER BY k.createdAt DESC`,
);
