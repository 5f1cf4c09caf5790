import { timingSafeEqual } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { GraphReader } from "../domain/ports";
import { findApiKey, type Row as FoundKey } from "../cypher/api-keys/find-api-key.cypher";
import { UnauthenticatedError } from "../errors";
import { hashSecret, parseApiKey } from "./api-keys";
import type { Role } from "./roles";
import type { AuthClaims } from "./verify-token";

export interface ApiKeyClaims extends AuthClaims {
  apiKey: { id: string; name: string; ratePerMinute: number };
}

export interface ApiKeyVerifier {
  /** The claims of a valid key; UnauthenticatedError otherwise. */
  verify(key: string): Promise<ApiKeyClaims>;
  /** Whether `key` was found valid recently, without asking the database. */
  knownValid(key: string): boolean;
}

/**
 * Checks keys against the database, remembering answers (valid or not) for
 * `ttlMs` in a bounded cache: a revoked key stops working within that time,
 * and a flood of random key ids cannot grow memory.
 */
export function createApiKeyVerifier(
  reader: GraphReader,
  options: { ttlMs?: number; maxEntries?: number } = {},
): ApiKeyVerifier {
  // Stale answers stay readable for knownValid (whether a lookup may happen at all); verify reads afresh.
  const cache = new LRUCache<string, { row: FoundKey | null }>({
    max: options.maxEntries ?? 10_000,
    ttl: options.ttlMs ?? 30_000,
    noDeleteOnStaleGet: true,
  });
  const matches = (row: FoundKey | null, secret: string) =>
    !!row && !row.revoked && timingSafeEqual(Buffer.from(hashSecret(secret), "hex"), Buffer.from(row.hash, "hex"));
  return {
    async verify(key) {
      const parsed = parseApiKey(key);
      if (!parsed)
        throw new UnauthenticatedError("Authentication failed: the API key is malformed (expected mlg_<id>_<secret>)");
      const { id, secret } = parsed;
      let entry = cache.get(id);
      if (!entry) {
        const [row] = await reader.read(findApiKey, { id });
        entry = { row: row ?? null };
        cache.set(id, entry);
      }
      const row = entry.row;
      if (!row || !matches(row, secret))
        throw new UnauthenticatedError("Authentication failed: the API key is not valid or was revoked");
      return {
        sub: `apikey:${row.id}`,
        roles: [row.role as Role],
        apiKey: { id: row.id, name: row.name, ratePerMinute: row.ratePerMinute },
      };
    },
    knownValid(key) {
      const parsed = parseApiKey(key);
      return !!parsed && matches(cache.get(parsed.id, { allowStale: true })?.row ?? null, parsed.secret);
    },
  };
}
