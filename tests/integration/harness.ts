/**
 * Starts graph-api in-process on an ephemeral port against the test Neo4j
 * (set up by tests/global-setup.mjs) and speaks to it over real HTTP.
 */
import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes, randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import pino from "pino";
import { SignJWT } from "jose";
import { openDriver, neo4jEnvSchema, toNeo4jConfig } from "@maillage/neo4j";
import { createServer, type MaillageServer, type ServerDeps } from "../../graph-api/src/server";
import { signToken } from "../../graph-api/src/auth/sign-token";
import type { Role } from "../../graph-api/src/auth/roles";
import { createGraphReader } from "../../graph-api/src/db/graph-reader";
import { createGraphWriter } from "../../graph-api/src/db/graph-writer";
import { createSessions } from "../../graph-api/src/accounts/sessions";
import { SESSION_COOKIE } from "../../graph-api/src/accounts/session-cookie";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  headers: Headers;
}

export interface Harness {
  url: string;
  driver: Driver;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  token(role: Role, sub?: string): Promise<string>;
  /** A validly signed token with any claims (odd role claims included). */
  tokenWithClaims(claims: Record<string, unknown>, sub?: string): Promise<string>;
  /**
   * A browser session of an account named `who` holding `role` (the account is
   * made if missing; `who` is its email and the subject its requests act as):
   * the Cookie header a browser would send, and the session's CSRF token.
   */
  session(role: Role | null, who?: string): Promise<{ cookie: string; id: string; csrf: string }>;
  /** Runs Cypher directly, to check what a request wrote. */
  cypher<T = Record<string, any>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  close(): Promise<void>;
}

/** A prefix unique to one test run, for ids of data a test creates and cleans. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export interface HarnessOptions {
  neo4jUri?: string;
  /** Settings on top of the harness's (rate limits, CORS origins, timeouts...). */
  config?: Partial<ServerDeps["config"]>;
  /** Wraps the real driver the server is given (e.g. to observe transaction configs). */
  wrapDriver?: (driver: Driver) => Driver;
  logger?: ServerDeps["logger"];
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const env = neo4jEnvSchema.parse({ ...process.env, ...(options.neo4jUri ? { NEO4J_URI: options.neo4jUri } : {}) });
  const neo4j = toNeo4jConfig(env);
  const driver = openDriver(neo4j);
  const secret = randomBytes(32);
  const httpServer: Server = createHttpServer();
  // Tests run NetworkX, R or builds synchronously between requests, which stops this process's timers:
  // with Node's 5 s keep-alive, the server closed a kept-alive socket just as fetch reused it (ECONNRESET).
  httpServer.keepAliveTimeout = 120_000;
  const server: MaillageServer = await createServer({
    config: {
      env: "test",
      bodyLimit: "1mb",
      queryTimeoutMs: 15000,
      neo4j,
      jwt: { kind: "secret", secret },
      ...options.config,
    },
    driver: options.wrapDriver ? options.wrapDriver(driver) : driver,
    logger: options.logger ?? pino({ level: "silent" }),
    httpServer,
  });
  httpServer.on("request", server.app);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  const dbOptions = { database: neo4j.database, timeoutMs: 15000 };
  const sessions = createSessions(createGraphReader(driver, dbOptions), createGraphWriter(driver, dbOptions));

  return {
    url,
    driver,
    async gql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any[] };
      return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
    },
    token: (role, sub) => signToken(secret, { sub: sub ?? `test-${role}`, roles: [role] }),
    tokenWithClaims: (claims, sub) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(sub ?? "test-claims")
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(secret),
    async session(role, who) {
      const email = who ?? `test-${role ?? "pending"}`;
      await driver.executeQuery(
        "MERGE (a:Account {email: $email}) ON CREATE SET a.createdAt = datetime(), a.name = $email SET a.roles = $roles, a.disabled = false",
        { email, roles: role ? [role] : [] },
        { database: neo4j.database },
      );
      const opened = await sessions.open(email, "password");
      if (!opened) throw new Error(`no session for ${email}`);
      return { cookie: `${SESSION_COOKIE}=${opened.id}`, id: opened.id, csrf: opened.csrf };
    },
    async cypher(query, params = {}) {
      const { records } = await driver.executeQuery(query, params, { database: neo4j.database });
      return records.map((r) => r.toObject() as any);
    },
    async close() {
      await server.stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await driver.close();
    },
  };
}
