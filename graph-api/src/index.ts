/**
 * Start-up only: read the configuration, open the driver, bring the database
 * to this release's model (its versioned migrations), listen.
 * Everything else is in server.ts.
 */
import "./node-env"; // first: before graphql-js and Express load
import { createServer as createHttpServer } from "node:http";
import { migrate, MigrationFailed, MigrationLocked, MigrationMismatch } from "@maillage/schema";
import { openDriver } from "@maillage/neo4j";
import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logger";
import { createServer } from "./server";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`graph-api: ${error.message}\nSee .env.example for every variable.`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const driver = openDriver(config.neo4j);
  // Before serving anything: a database this release cannot read as it expects must not be written to.
  try {
    const migrated = await migrate(driver, { database: config.neo4j.database, log: (message) => logger.info(message) });
    logger.info(
      { from: migrated.from ?? null, to: migrated.to ?? null, applied: migrated.pending.map((m) => m.version) },
      "database migrations checked",
    );
  } catch (error) {
    if (error instanceof MigrationMismatch || error instanceof MigrationLocked || error instanceof MigrationFailed) {
      console.error(`graph-api: not starting: ${error.message}`);
      await driver.close();
      process.exit(1);
    }
    throw error;
  }
  const httpServer = createHttpServer();
  const server = await createServer({ config, driver, logger, httpServer });
  httpServer.on("request", server.app);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  logger.info({ port: config.port, host: config.host }, "graph-api listening");
  const base = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}`;
  // Only what this server answers: an address that would 404 is not announced.
  const served = [
    server.serves.explorer ? `explorer on ${base}/` : null,
    `API on ${base}/graphql`,
    server.serves.graphiql ? `GraphiQL on ${base}/graphiql/` : null,
  ].filter((part) => part !== null);
  console.error(`Maillage ready: ${served.join(" , ")}${server.serves.explorer ? "" : " (the explorer is not built)"}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "draining requests and stopping");
    await server.stop(); // drains in-flight requests through the drain plugin
    await driver.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error("graph-api: failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
