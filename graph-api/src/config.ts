/**
 * Configuration from the environment, validated at start: a wrong value stops
 * the server with a message naming the variable. No credentials have defaults.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { neo4jEnvSchema, toNeo4jConfig, formatEnvError, type Neo4jConfig } from "@maillage/neo4j";
import type { SsoConfig } from "./accounts/single-sign-on";
import type { MailSettings } from "./accounts/mailer";
import type { Role } from "./auth/roles";
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

/**
 * A tile URL template: https (plain http for loopback only, as above), one
 * host (no {s} subdomains: the content security policy opens to that host
 * alone), and the three placeholders of a tile.
 */
function tileTemplateIsSafe(value: string): boolean {
  if (!["{z}", "{x}", "{y}"].every((p) => value.includes(p)) || value.includes("{s}")) return false;
  try {
    return jwksUrlIsSafe(value.replace(/\{[xyz]\}/g, "0"));
  } catch {
    return false;
  }
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
    /** The address people open (https://maillage.example.org): one-time links and single sign-on's return address. */
    PUBLIC_URL: z.url("PUBLIC_URL is the address people open, such as https://maillage.example.org").optional(),
    /** Browser sessions end after this many minutes unused, and this many hours after sign-in. */
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(120),
    SESSION_MAX_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    /** Single sign-on (OpenID Connect): the provider's issuer URL, this client's id and secret, its name on the button. */
    OIDC_ISSUER: z
      .url("OIDC_ISSUER must be an https URL")
      .refine(jwksUrlIsSafe, "OIDC_ISSUER must be an https URL (plain http only for localhost, 127.0.0.0/8 or ::1)")
      .optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).max(60).default("l'annuaire de votre organisation"),
    /** The claim listing a person's groups or roles, and how its values map to roles ("agents-ess=coordinator,dsi=admin"). */
    OIDC_ROLES_CLAIM: z.string().min(1).optional(),
    OIDC_ROLE_MAP: z
      .string()
      .default("")
      .refine(
        (v) =>
          v
            .split(",")
            .every((pair) => pair.trim() === "" || /^[^=]+=(coordinator|researcher|admin)$/.test(pair.trim())),
        "OIDC_ROLE_MAP is a list of value=role pairs (role: coordinator, researcher or admin), comma-separated",
      ),
    /** Where password links are mailed from, when set (smtp://user:password@host:587); otherwise they are shown to the admin. */
    SMTP_URL: z.url("SMTP_URL looks like smtp://user:password@host:587").optional(),
    SMTP_FROM: z.string().min(3).default("Maillage <no-reply@localhost>"),
    /** Raster tiles under the map (a URL template with {z}, {x} and {y}); without it the map draws the outlines alone. */
    MAP_TILES_URL: z
      .string()
      .min(1)
      .refine(tileTemplateIsSafe, {
        message:
          "MAP_TILES_URL is an https URL template with {z}, {x} and {y}, such as https://tiles.example.org/{z}/{x}/{y}.png (plain http only for localhost, 127.0.0.0/8 or ::1)",
      })
      .optional(),
    /** Who the tiles come from, shown on the map (required with MAP_TILES_URL). */
    MAP_TILES_ATTRIBUTION: z.string().trim().min(1).max(300).optional(),
    /** The deepest zoom the tile service draws. */
    MAP_TILES_MAX_ZOOM: z.coerce.number().int().min(1).max(22).default(19),
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
  /** The address people open (PUBLIC_URL); the request's own address when absent. */
  publicUrl?: string;
  /** Browser sessions' idle and absolute lifetimes. */
  sessions: { idleMinutes: number; maxMinutes: number };
  /** Single sign-on, when OIDC_ISSUER is set. */
  sso?: SsoConfig;
  /** Mailing of password links, when SMTP_URL is set. */
  mail?: MailSettings;
  /** The territory served, its towns and outlines (TERRITORY, TERRITORY_OUTLINES), checked at start. */
  territory: Territory;
  /** Tiles drawn under the map (MAP_TILES_URL, MAP_TILES_ATTRIBUTION, MAP_TILES_MAX_ZOOM); none when absent. */
  basemap?: Basemap;
  /** Folder of kept dataset versions (DATASETS_DIR); `datasets` in the working directory when absent. */
  datasetsDir?: string;
}

/** A raster tile service under the explorer's map. */
export interface Basemap {
  /** URL template with {z}, {x} and {y}. */
  url: string;
  /** Who the tiles come from, shown on the map. */
  attribution: string;
  maxZoom: number;
  /** The one origin the explorer's content security policy lets images come from. */
  origin: string;
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
  if (e.MAP_TILES_URL && !e.MAP_TILES_ATTRIBUTION) {
    throw new ConfigError(
      "Invalid configuration:\n- MAP_TILES_ATTRIBUTION: with MAP_TILES_URL, say who the tiles come from (for example « © IGN – Plan IGN » or « © les contributeurs d'OpenStreetMap »): the map shows it",
    );
  }
  if (jwt.kind === "jwks" && !e.PSEUDONYM_SECRET) {
    throw new ConfigError(
      "Invalid configuration:\n- PSEUDONYM_SECRET: with JWT_JWKS_URL, set PSEUDONYM_SECRET (32+ characters), the key of exports' pseudonymous ids",
    );
  }

  let sso: SsoConfig | undefined;
  if (e.OIDC_ISSUER) {
    if (!e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET)
      throw new ConfigError(
        "Invalid configuration:\n- OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: with OIDC_ISSUER, set the client id and secret the identity provider gave",
      );
    const roleMap = Object.fromEntries(
      e.OIDC_ROLE_MAP.split(",")
        .map((pair) => pair.trim())
        .filter(Boolean)
        .map((pair) => [pair.slice(0, pair.lastIndexOf("=")).trim(), pair.slice(pair.lastIndexOf("=") + 1) as Role]),
    );
    sso = {
      issuer: new URL(e.OIDC_ISSUER),
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      name: e.OIDC_NAME,
      rolesClaim: e.OIDC_ROLES_CLAIM,
      roleMap,
    };
  }

  return {
    env: e.NODE_ENV,
    sessions: { idleMinutes: e.SESSION_IDLE_MINUTES, maxMinutes: e.SESSION_MAX_HOURS * 60 },
    ...(e.PUBLIC_URL ? { publicUrl: e.PUBLIC_URL.replace(/\/$/, "") } : {}),
    ...(sso ? { sso } : {}),
    ...(e.SMTP_URL ? { mail: { url: e.SMTP_URL, from: e.SMTP_FROM } } : {}),
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
    ...(e.MAP_TILES_URL && e.MAP_TILES_ATTRIBUTION
      ? {
          basemap: {
            url: e.MAP_TILES_URL,
            attribution: e.MAP_TILES_ATTRIBUTION,
            maxZoom: e.MAP_TILES_MAX_ZOOM,
            origin: new URL(e.MAP_TILES_URL.replace(/\{[xyz]\}/g, "0")).origin,
          },
        }
      : {}),
  };
}
