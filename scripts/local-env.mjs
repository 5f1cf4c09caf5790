/**
 * What `npm start`, `npm run seed` and `npm run token` share locally:
 * the .env file, the local Neo4j when NEO4J_URI is not set, and a JWT secret
 * generated once per clone (never a default credential in code).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startLocalNeo4j } from "./neo4j-local.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIR = join(ROOT, ".data");

/** Loads .env (if any) without overriding variables already set. */
export function loadDotEnv() {
  const file = join(ROOT, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Points JWT_SECRET_FILE at .data/jwt-secret (created on first use) unless a JWT setting is given. */
export function ensureLocalJwtSecret() {
  if (process.env.JWT_SECRET || process.env.JWT_SECRET_FILE || process.env.JWT_JWKS_URL) return;
  const file = join(DATA_DIR, "jwt-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url") + "\n", { mode: 0o600 });
  }
  process.env.JWT_SECRET_FILE = file;
}

/** Starts the local Neo4j unless NEO4J_URI is set; returns a stop function (a no-op for an external server). */
export async function ensureNeo4j({
  port = Number(process.env.NEO4J_LOCAL_PORT ?? 7687),
  dataDir = process.env.NEO4J_LOCAL_DATA ?? join(DATA_DIR, "neo4j"),
  log = (l) => console.error(l),
} = {}) {
  if (process.env.NEO4J_URI) {
    log(`[maillage] using Neo4j at ${process.env.NEO4J_URI}`);
    return async () => {};
  }
  const neo4j = await startLocalNeo4j({ port, dataDir, log });
  process.env.NEO4J_URI = neo4j.uri;
  return () => neo4j.stop();
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}
