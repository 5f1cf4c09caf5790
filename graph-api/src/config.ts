/**
 * Configuration from the environment, validated at start: a wrong value stops
 * the server with a message naming the variable. No credentials have defaults.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { neo4jEnvSchema, toNeo4jConfig, formatEnvError, type Neo4jConfig } from "@maillage/neo4j";
import { TerritoryConfigError, loadTerritory, territorySetting, type Territory } from "@maillage/reference";

/**
 * The keys that verify coordinators' tokens must not travel in clear: whoever
 * can alter a plain-http answer can sign any token. Loopback is excepted so
 * that tests and a local identity provider work without certificates.
 */
function jwksUrlIsSafe(value: string): boolean {
  const url = new URL(value);
  if (url.protocol === "https:") return true;
  const host = url.hostname;
  const loopback = host === "localhost" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
  return url.protocol === "http:" && loopback;
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: z.coerce.number().int().min(1).max(65535).default(4000),
    HOST: z.string().min(1).default("127.0.0.1"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters (HS256)").optional(),
    JWT_SECRET_FILE: z.string().min(1).optional(),
    JWT_JWKS_URL: z
      .url("JWT_JWKS_URL must be an https URL")
      .refine(jwksUrlIsSafe, "JWT_JWKS_URL must be an https URL (plain http only for localhost, 127.0.0.0/8 or ::1)")
      .optional(),
    JWT_ISSUER: z.string().min(1).optional(),
    JWT_AUDIENCE: z.string().min(1).optional(),
    /** Largest accepted request body. */
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/, "BODY_LIMIT looks like 100kb or 1mb")
      .default("1mb"),
    /** Per-transaction timeout sent to Neo4j for API queries, in milliseconds. */
    NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
    /** Key of the pseudonymous ids of exports; derived from JWT_SECRET when unset. */
    PSEUDONYM_SECRET: z.string().min(32, "PSEUDONYM_SECRET must be at least 32 characters").optional(),
    /** Origins whose browser pages may call /graphql and /api/export (comma-separated); the widget routes are open to all. */
    CORS_ORIGINS: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url("CORS_ORIGINS holds origins such as https://explorer.example.org, comma-separated"))),
    /** Requests a minute from one address without an API key (keys have their own limit). */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
    /** Express "trust proxy": the number of proxies in front (for the client address of the rate limit), or unset. */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).optional(),
    /** Folder of the dataset versions kept by `npm run snapshot`, served at /api/datasets/<version>/. */
    DATASETS_DIR: z.string().min(1).optional(),
  })
  .and(neo4jEnvSchema);

export type JwtConfig =
  | { kind: "secret"; secret: Uint8Array; issuer?: string; audience?: string }
  | { kind: "jwks"; url: URL; issuer?: string; audience?: string };

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  logLevel: string;
  bodyLimit: string;
  neo4j: Neo4jConfig;
  queryTimeoutMs: number;
  jwt: JwtConfig;
  /** Key of the pseudonymous ids of exports (PSEUDONYM_SECRET); derived from the JWT secret when absent. */
  pseudonymSecret?: Uint8Array;
  /** Browser origins allowed on the API (CORS_ORIGINS). */
  corsOrigins: string[];
  /** Per-address limit of requests a minute without an API key (RATE_LIMIT_PER_MINUTE); none when absent. */
  ipRatePerMinute?: number;
  /** Proxies in front of the server (TRUST_PROXY). */
  trustProxy?: number;
  /** The territory served, its towns and outlines (TERRITORY, TERRITORY_OUTLINES), checked at start. */
  territory: Territory;
  /** Folder of kept dataset versions (DATASETS_DIR); `datasets` in the working directory when absent. */
  datasetsDir?: string;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid configuration:\n${formatEnvError(parsed.error)}`);
  const e = parsed.data;
  let territory: Territory;
  try {
    territory = loadTerritory(territorySetting(env));
  } catch (error) {
    if (error instanceof TerritoryConfigError) throw new ConfigError(`Invalid configuration:\n- ${error.message}`);
    throw error;
  }

  const sources = [e.JWT_SECRET, e.JWT_SECRET_FILE, e.JWT_JWKS_URL].filter((v) => v !== undefined);
  if (sources.length !== 1) {
    throw new ConfigError(
      "Invalid configuration:\n- JWT_SECRET: set exactly one of JWT_SECRET (32+ characters), JWT_SECRET_FILE or JWT_JWKS_URL to verify coordinators' tokens",
    );
  }
  let jwt: JwtConfig;
  if (e.JWT_JWKS_URL) {
    jwt = { kind: "jwks", url: new URL(e.JWT_JWKS_URL), issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE };
  } else {
    let secret = e.JWT_SECRET;
    if (e.JWT_SECRET_FILE) {
      try {
        secret = readFileSync(e.JWT_SECRET_FILE, "utf8").trim();
      } catch (error) {
        throw new ConfigError(
          `Invalid configuration:\n- JWT_SECRET_FILE: cannot read ${e.JWT_SECRET_FILE} (${(error as Error).message})`,
        );
      }
      if (secret.length < 32)
        throw new ConfigError(
          `Invalid configuration:\n- JWT_SECRET_FILE: ${e.JWT_SECRET_FILE} must hold at least 32 characters`,
        );
    }
    jwt = { kind: "secret", secret: new TextEncoder().encode(secret), issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE };
  }
  if (jwt.kind === "jwks" && !e.PSEUDONYM_SECRET) {
    throw new ConfigError(
      "Invalid configuration:\n- PSEUDONYM_SECRET: with JWT_JWKS_URL, set PSEUDONYM_SECRET (32+ characters), the key of exports' pseudonymous ids",
    );
  }

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    bodyLimit: e.BODY_LIMIT,
    neo4j: toNeo4jConfig(e),
    queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    jwt,
    corsOrigins: e.CORS_ORIGINS,
    territory,
    ipRatePerMinute: e.RATE_LIMIT_PER_MINUTE,
    ...(e.TRUST_PROXY !== undefined ? { trustProxy: e.TRUST_PROXY } : {}),
    ...(e.DATASETS_DIR ? { datasetsDir: e.DATASETS_DIR } : {}),
    ...(e.PSEUDONYM_SECRET ? { pseudonymSecret: new TextEncoder().encode(e.PSEUDONYM_SECRET) } : {}),
  };
}
