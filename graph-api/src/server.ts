import compression from "compression";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { loadComplementarity, loadTerritory } from "@maillage/reference";
import { typeDefs } from "@maillage/schema";
import { pinoHttp } from "pino-http";
import type { Config } from "./config";
import type { AppContext } from "./context";
import { createTokenVerifier } from "./auth/verify-token";
import { createGraphReader } from "./db/graph-reader";
import { createGraphWriter } from "./db/graph-writer";
import { createGraphRevision } from "./db/graph-revision";
import { createChangeJournal } from "./db/change-journal";
import { createOpportunityFinder } from "./domain/opportunities/finder";
import { createFormatError, ErrorCode, forbiddenWhenAuthenticated } from "./errors";
import { serviceUnavailableStatus } from "./errors/service-unavailable";
import { sendHttpError } from "./errors/http";
import { checkedArguments } from "./validation/arguments";
import { createReadinessCheck, healthz, readyz } from "./http/health";
import { explorerNotBuilt, explorerRouter } from "./http/explorer";
import { createWidgetDirectories, widgetRouter } from "./http/widget";
import { errorReportRouter } from "./http/error-reports";
import { territoryOutlinesRouter } from "./http/territory-outlines";
import { createPublicReads } from "./http/public-reads";
import { mapBasemapRouter } from "./http/map-basemap";
import { buildSchema } from "./schema";
import { createMetricsService } from "./domain/metrics/service";
import { createPseudonymiser, derivePseudonymSecret } from "./domain/metrics/pseudonym";
import { createApiKeyVerifier } from "./auth/api-key-verifier";
import { admitRequests, identify } from "./auth/authenticate";
import { mutationsForCoordinators } from "./auth/require-role";
import { exportRouter } from "./http/export";
import { datasetsRouter, datasetVersionHeader } from "./http/datasets";
import { defaultDatasetsDir } from "./domain/export/kept";
import { graphiqlRouter } from "./http/graphiql";
import { armor } from "./security/armor";
import { queryCost } from "./security/query-cost";
import { corsAllowlist } from "./security/cors";
import { cypherDebugOffOutsideDevelopment } from "./security/cypher-debug";
import { createSessions, DEFAULT_SESSION_SETTINGS } from "./accounts/sessions";
import { sessionAuthenticator } from "./accounts/session-cookie";
import { createPasswordSignIn, type SignInLimits } from "./accounts/password-sign-in";
import { createSingleSignOn } from "./accounts/single-sign-on";
import { createLinkMailer } from "./accounts/mailer";
import { accountRoutes } from "./http/accounts";

export interface ServerDeps {
  config: Pick<Config, "env" | "bodyLimit" | "jwt" | "queryTimeoutMs" | "pseudonymSecret"> & {
    neo4j: Pick<Config["neo4j"], "database">;
  } & Partial<
      Pick<
        Config,
        | "corsOrigins"
        | "ipRatePerMinute"
        | "trustProxy"
        | "territory"
        | "publicUrl"
        | "sessions"
        | "sso"
        | "mail"
        | "basemap"
        | "datasetsDir"
      >
    > & { signInLimits?: SignInLimits };
  driver: Driver;
  logger: Logger;
  /** The HTTP server the app will be mounted on, so that shutdown drains it. */
  httpServer?: Server;
}

export interface MaillageServer {
  app: Express;
  apollo: ApolloServer<AppContext>;
  /** The browser apps this server found built and serves; the start-up log names these only. */
  serves: { explorer: boolean; graphiql: boolean };
  stop(): Promise<void>;
}

/** Builds the Express app and Apollo Server without listening: index.ts listens, tests use it directly. */
export async function createServer(deps: ServerDeps): Promise<MaillageServer> {
  const { config, driver, logger } = deps;
  const schema = await buildSchema({ driver, jwt: config.jwt });
  const verifyToken = createTokenVerifier(config.jwt);
  const reader = createGraphReader(driver, { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
  const writer = createGraphWriter(driver, { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
  // What is kept in memory (opportunity snapshots, widget directories, public answers) is kept under the
  // graph's revision: nothing served is older than the last write, whichever process wrote.
  const revision = createGraphRevision(driver, { database: config.neo4j.database });
  const currentRevision = () => revision.current();
  const publicReads = createPublicReads(currentRevision);
  const opportunities = createOpportunityFinder(reader, {
    currentRevision,
    complementarity: loadComplementarity(),
    writer,
    onSaveError: (error) => logger.warn({ err: error }, "the partnership model was fitted but could not be stored"),
    journal: createChangeJournal(driver, { database: config.neo4j.database, log: (message) => logger.warn(message) }),
    onTownSnapshot: (event) => logger.debug(event, "a town's opportunity snapshot"),
  });
  const metrics = createMetricsService(reader, writer);
  const pseudonymSecret =
    config.pseudonymSecret ?? (config.jwt.kind === "secret" ? derivePseudonymSecret(config.jwt.secret) : undefined);
  if (!pseudonymSecret) throw new Error("PSEUDONYM_SECRET is needed when tokens are verified with JWKS");
  const pseudonymise = createPseudonymiser(pseudonymSecret);
  const sessions = createSessions(reader, writer, config.sessions ?? DEFAULT_SESSION_SETTINGS);
  const verifySession = sessionAuthenticator(sessions, config.corsOrigins ?? []);
  const authenticate = (req: Request) => identify(req, verifyToken, verifySession);
  const admit = admitRequests({ verifier: createApiKeyVerifier(reader), perAddressPerMinute: config.ipRatePerMinute });
  const development = config.env === "development";
  cypherDebugOffOutsideDevelopment(config.env);
  const limits = armor();

  const apollo = new ApolloServer<AppContext>({
    schema,
    introspection: true, // researchers explore the schema; see docs/adr
    includeStacktraceInErrorResponses: development,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // index.ts owns SIGTERM/SIGINT (drain, then close the driver); Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    formatError: createFormatError({
      exposeStack: development,
      log: (error, message) => logger.error({ err: error }, message),
    }),
    plugins: [
      // Apollo's default landing page loads from a CDN; nothing may load from the internet.
      ApolloServerPluginLandingPageDisabled(),
      // No @cacheControl hints in the schema: Apollo's default cache-control plugin would only wrap
      // every field resolver (measured: ~0.7 ms of a two-hop read, docs/benchmarks.md).
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      mutationsForCoordinators<AppContext>(),
      checkedArguments<AppContext>(),
      queryCost<AppContext>(typeDefs),
      datasetVersionHeader<AppContext>(),
      forbiddenWhenAuthenticated<AppContext>(),
      serviceUnavailableStatus<AppContext>(),
      publicReads.plugin<AppContext>(),
      ...(deps.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer })] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    next();
  }); // every answer, /graphql and errors included: browsers never guess a type
  if (config.trustProxy !== undefined) app.set("trust proxy", config.trustProxy);
  const cors = corsAllowlist(config.corsOrigins ?? []);
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === "/healthz" } }));
  app.get("/healthz", healthz);
  app.get("/readyz", readyz(createReadinessCheck(driver, config.neo4j.database)));
  // Exports are whole graphs of text (GraphML, CSV): compressed when the client accepts it, as /graphql's answers.
  app.use("/api/export", cors, admit, compression());
  app.use(exportRouter({ metrics, pseudonymise, authenticate }));
  app.use("/api/datasets", cors, admit);
  app.use(datasetsRouter({ metrics, datasetsDir: config.datasetsDir ?? defaultDatasetsDir() }));
  const graphiql = graphiqlRouter();
  if (graphiql) app.use(graphiql);
  else logger.warn("graph-api/graphiql/dist is missing: /graphiql is not served (npm run build builds it)");
  app.use(
    "/graphql",
    cors,
    admit,
    // Answers are JSON, often tens of kilobytes (a town's network): gzip or brotli when the client accepts it
    // (above compression's 1 KiB threshold).
    compression(),
    express.json({ limit: config.bodyLimit }),
    publicReads.middleware,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<AppContext> => {
        const jwt = await authenticate(req);
        return {
          jwt,
          reader,
          writer,
          opportunities,
          metrics,
          pseudonymise,
          publicRead: publicReads.markOf(res),
          answer: {},
          sessionConfig: { database: config.neo4j.database },
          // The generated queries get the same Neo4j timeout as ours.
          transaction: { timeout: config.queryTimeoutMs },
        };
      },
    }),
  );
  // Visitors' error reports on the public directory, and the coordinators' list of them.
  app.use("/api/error-reports", cors, admit);
  const directories = createWidgetDirectories(reader, currentRevision);
  app.use(
    errorReportRouter({
      reader,
      writer,
      logger,
      authenticate,
      directory: async (inseeCode, lang) => (await directories.render(inseeCode, lang)).directory,
    }),
  );
  // Accounts: sign-in, sign-out, password links, single sign-on, the admins' accounts page.
  app.use(["/auth", "/api/accounts"], admit);
  app.use(
    accountRoutes({
      reader,
      writer,
      sessions,
      signIn: createPasswordSignIn(reader, sessions, config.signInLimits),
      sso: config.sso ? createSingleSignOn(config.sso, writer) : undefined,
      sendLink: config.mail ? createLinkMailer(config.mail) : undefined,
      logger,
      publicUrl: config.publicUrl,
      allowedOrigins: config.corsOrigins ?? [],
      authenticate,
    }),
  );
  app.use(territoryOutlinesRouter(config.territory ?? loadTerritory()));
  app.use(mapBasemapRouter(config.basemap));
  // The partners' widget: the only routes that answer other origins (docs/widget.md).
  app.use(widgetRouter({ directories, logger }));
  const explorer = explorerRouter(undefined, config.basemap?.origin);
  if (explorer) app.use(explorer);
  else {
    logger.warn("explorer/dist is missing: the explorer is not served (npm run build builds it)");
    app.get(["/", "/index.html"], explorerNotBuilt);
  }
  app.use((_req, res) => {
    sendHttpError(
      res,
      404,
      ErrorCode.NOT_FOUND,
      "Not found. The API is at POST /graphql; health at /healthz and /readyz.",
    );
  });
  // Errors before GraphQL (a body that is not JSON, too large...): a JSON answer, never a stack trace.
  app.use(
    (
      error: { status?: number; type?: string; message?: string; expose?: boolean },
      _req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      const status = typeof error.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) logger.error({ err: error }, "unexpected HTTP error");
      const message =
        error.type === "entity.parse.failed"
          ? "The request body is not valid JSON"
          : error.type === "entity.too.large"
            ? `The request body is larger than ${config.bodyLimit}`
            : status === 500
              ? "Internal server error"
              : // Only messages written for clients (http-errors' `expose`, as body-parser's); others may hold paths.
                error.expose === true && error.message
                ? error.message
                : "Bad request";
      sendHttpError(res, status, status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_REQUEST, message);
    },
  );

  return {
    app,
    apollo,
    serves: { explorer: explorer !== null, graphiql: graphiql !== null },
    async stop() {
      await apollo.stop();
    },
  };
}
