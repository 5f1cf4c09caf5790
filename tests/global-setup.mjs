/**
 * Integration tests run against a real Neo4j: the one NEO4J_URI names (a
 * disposable database!), or a local one started here on port 7688 with a
 * fresh data folder. The seed is loaded once; each test isolates its own data.
 */
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { DATA_DIR } from "../scripts/local-env.mjs";
import { startLocalNeo4j } from "../scripts/neo4j-local.mjs";

const require = createRequire(import.meta.url);

export default async function globalSetup() {
  if (!process.env.NEO4J_URI) {
    const dataDir = process.env.NEO4J_TEST_DATA ?? join(DATA_DIR, "neo4j-test");
    rmSync(dataDir, { recursive: true, force: true });
    const port = Number(process.env.NEO4J_TEST_PORT ?? 7688);
    const neo4j = await startLocalNeo4j({ port, dataDir, log: (line) => process.stderr.write(`${line}\n`) });
    process.env.NEO4J_URI = neo4j.uri;
    globalThis.__MAILLAGE_NEO4J__ = neo4j;
  }
  const { openDriver, neo4jEnvSchema, toNeo4jConfig } = require("../neo4j/dist/index.js");
  const { seedDatabase } = require("../seed/dist/index.js");
  const config = toNeo4jConfig(neo4jEnvSchema.parse(process.env));
  const driver = openDriver(config, { maxConnectionPoolSize: 2 });
  try {
    await seedDatabase(driver, { database: config.database });
  } finally {
    await driver.close();
  }
}
