/**
 * Researchers' API keys (issue 8 §5). An admin creates a key (npm run apikey
 * -- create <name>, or the createApiKey mutation); the key is shown once and
 * stored as a SHA-256 hash (keys are 192 random bits: a slow hash adds
 * nothing). A request sends it as `x-api-key: <key>` or
 * `Authorization: ApiKey <key>` and gets the key's role (researcher), within
 * the key's own rate limit (auth/authenticate.ts).
 *
 * Key format: `mlg_<id>_<secret>`: the id finds the record, the secret is checked.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { GraphReader, GraphWriter } from "../domain/ports";
import { createApiKey } from "../cypher/api-keys/create-api-key.cypher";
import { findApiKey, type Row as FoundKey } from "../cypher/api-keys/find-api-key.cypher";
import { listApiKeys, type Row as ApiKeyRow } from "../cypher/api-keys/list-api-keys.cypher";
import { revokeApiKey } from "../cypher/api-keys/revoke-api-key.cypher";
import { UnauthenticatedError } from "../errors";
import type { Role } from "./roles";
import type { AuthClaims } from "./verify-token";
import { InvalidArgument } from "../domain/invalid-argument";
import { LRUCache } from "lru-cache";

export type ApiKeyRecord = ApiKeyRow;

const KEY = /^mlg_([a-f0-9]{16})_([A-Za-z0-9_-]{32})$/;
/** Above the anonymous per-address default (300): a key is for scripts that page through the graph. */
export const DEFAULT_RATE_PER_MINUTE = 1200;

const hash = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

export class InvalidApiKeyRequest extends InvalidArgument {}

/** Creates a key; the returned `key` is the only copy. */
export async function issueApiKey(
  writer: GraphWriter,
  input: { name: string; createdBy: string; ratePerMinute?: number; role?: Role },
): Promise<{ id: string; key: string; createdAt: string }> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw new InvalidApiKeyRequest("name must be 1 to 100 characters", "name");
  const rate = input.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE;
  if (!Number.isInteger(rate) || rate < 1 || rate > 10_000) throw new InvalidApiKeyRequest(`ratePerMinute must be between 1 and 10000 (got ${rate})`, "ratePerMinute");
  const id = randomBytes(8).toString("hex");
  const secret = randomBytes(24).toString("base64url");
  const [row] = await writer.transaction((run) =>
    run(createApiKey, { id, name, hash: hash(secret), role: input.role ?? "researcher", ratePerMinute: rate, createdBy: input.createdBy }),
  );
  return { id, key: `mlg_${id}_${secret}`, createdAt: row.createdAt };
}

export async function listKeys(reader: GraphReader): Promise<ApiKeyRecord[]> {
  return reader.read(listApiKeys, {});
}

/** The revoked key; null when no key has this id. */
export async function revokeKey(writer: GraphWriter, id: string): Promise<ApiKeyRecord | null> {
  const [row] = await writer.transaction((run) => run(revokeApiKey, { id }));
  return row ?? null;
}

/** The key a request carries, if any: `x-api-key`, or `Authorization: ApiKey <key>`. */
export function apiKeyOf(headers: { authorization?: string; "x-api-key"?: string | string[] }): string | undefined {
  const header = headers["x-api-key"];
  if (typeof header === "string" && header.trim()) return header.trim();
  const match = /^ApiKey\s+(\S+)$/i.exec(headers.authorization?.trim() ?? "");
  return match?.[1];
}

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
export function createApiKeyVerifier(reader: GraphReader, options: { ttlMs?: number; maxEntries?: number } = {}): ApiKeyVerifier {
  // Stale answers stay readable for knownValid (whether a lookup may happen at all); verify reads afresh.
  const cache = new LRUCache<string, { row: FoundKey | null }>({ max: options.maxEntries ?? 10_000, ttl: options.ttlMs ?? 30_000, noDeleteOnStaleGet: true });
  const matches = (row: FoundKey | null, secret: string) => !!row && !row.revoked && timingSafeEqual(Buffer.from(hash(secret), "hex"), Buffer.from(row.hash, "hex"));
  return {
    async verify(key) {
      const match = KEY.exec(key);
      if (!match) throw new UnauthenticatedError("Authentication failed: the API key is malformed (expected mlg_<id>_<secret>)");
      const [, id, secret] = match;
      let entry = cache.get(id);
      if (!entry) {
        const [row] = await reader.read(findApiKey, { id });
        entry = { row: row ?? null };
        cache.set(id, entry);
      }
      const row = entry.row;
      if (!row || !matches(row, secret)) throw new UnauthenticatedError("Authentication failed: the API key is not valid or was revoked");
      return { sub: `apikey:${row.id}`, roles: [row.role as Role], apiKey: { id: row.id, name: row.name, ratePerMinute: row.ratePerMinute } };
    },
    knownValid(key) {
      const match = KEY.exec(key);
      return !!match && matches(cache.get(match[1], { allowStale: true })?.row ?? null, match[2]);
    },
  };
}
