/**
 * Researchers' API keys: creating, listing and revoking them. An admin
 * creates a key (npm run apikey -- create <name>, or the createApiKey
 * mutation); the key is shown once and stored as a SHA-256 hash (keys are
 * 192 random bits: a slow hash adds nothing). A request sends it as
 * `x-api-key: <key>` or `Authorization: ApiKey <key>` (api-key-header.ts) and
 * gets the key's role (researcher) within the key's own rate limit
 * (api-key-verifier.ts, authenticate.ts).
 *
 * Key format: `mlg_<id>_<secret>`: the id finds the record, the secret is checked.
 */
import { createHash, randomBytes } from "node:crypto";
import type { GraphReader, GraphWriter } from "../domain/ports";
import { createApiKey } from "../cypher/api-keys/create-api-key.cypher";
import { listApiKeys, type Row as ApiKeyRow } from "../cypher/api-keys/list-api-keys.cypher";
import { revokeApiKey } from "../cypher/api-keys/revoke-api-key.cypher";
import type { Role } from "./roles";
import { InvalidArgument } from "../domain/errors";

export type ApiKeyRecord = ApiKeyRow;

const KEY = /^mlg_([a-f0-9]{16})_([A-Za-z0-9_-]{32})$/;
/** Above the anonymous per-address default (300): a key is for scripts that page through the graph. */
export const DEFAULT_RATE_PER_MINUTE = 1200;

/** The stored form of a key's secret. */
export const hashSecret = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

/** The id and secret of a key in the `mlg_<id>_<secret>` format; null for anything else. */
export function parseApiKey(key: string): { id: string; secret: string } | null {
  const match = KEY.exec(key);
  return match ? { id: match[1], secret: match[2] } : null;
}

export class InvalidApiKeyRequest extends InvalidArgument {}

/** Creates a key; the returned `key` is the only copy. */
export async function issueApiKey(
  writer: GraphWriter,
  input: { name: string; createdBy: string; ratePerMinute?: number; role?: Role },
): Promise<{ id: string; key: string; createdAt: string }> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw new InvalidApiKeyRequest("name must be 1 to 100 characters", "name");
  const rate = input.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE;
  if (!Number.isInteger(rate) || rate < 1 || rate > 10_000)
    throw new InvalidApiKeyRequest(`ratePerMinute must be between 1 and 10000 (got ${rate})`, "ratePerMinute");
  const id = randomBytes(8).toString("hex");
  const secret = randomBytes(24).toString("base64url");
  const [row] = await writer.transaction((run) =>
    run(createApiKey, {
      id,
      name,
      hash: hashSecret(secret),
      role: input.role ?? "researcher",
      ratePerMinute: rate,
      createdBy: input.createdBy,
    }),
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
