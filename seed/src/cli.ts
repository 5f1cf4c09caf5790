#!/usr/bin/env node
/**
 * npm run seed [-- --if-empty] [-- --no-demo]
 * Loads the configured territory (TERRITORY) and its towns, the themes, and for
 * GPSEA its programme facts and (unless --no-demo) the illustrative demo
 * population. Idempotent.
 */
import { isSeeded, seedDatabase, SeedRefused } from "./seed-database";
import { configuredTerritory, TerritoryConfigError, GPSEA_EPT_CODE } from "@maillage/reference";
import { neo4jEnvSchema, toNeo4jConfig, formatEnvError } from "@maillage/neo4j";
import { openDriver } from "@maillage/neo4j";

async function main(argv: string[]): Promise<number> {
  const known = new Set(["--if-empty", "--no-demo", "--demo"]);
  const unknown = argv.filter((a) => !known.has(a));
  if (unknown.length > 0) {
    console.error(`seed: unknown option(s) ${unknown.join(" ")}. Options: --if-empty, --no-demo, --demo`);
    return 2;
  }
  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) {
    console.error(`seed: invalid configuration:\n${formatEnvError(env.error)}`);
    return 2;
  }
  let territory;
  try {
    territory = configuredTerritory();
  } catch (error) {
    if (error instanceof TerritoryConfigError) {
      console.error(`seed: invalid configuration:\n- ${error.message}`);
      return 2;
    }
    throw error;
  }
  const config = toNeo4jConfig(env.data);
  const driver = openDriver(config, { maxConnectionPoolSize: 2 });
  try {
    if (argv.includes("--if-empty") && (await isSeeded(driver, config.database))) {
      console.error("seed: the database already holds the territory; nothing to do");
      return 0;
    }
    const started = Date.now();
    // The demo belongs to GPSEA: another territory is seeded without it unless --demo asks (and is refused).
    const demo = argv.includes("--no-demo") ? false : territory.code === GPSEA_EPT_CODE || argv.includes("--demo");
    let summary;
    try {
      summary = await seedDatabase(driver, { demo, database: config.database });
    } catch (error) {
      if (error instanceof SeedRefused) {
        console.error(`seed: ${error.message}`);
        return 2;
      }
      throw error;
    }
    if (territory.code !== GPSEA_EPT_CODE)
      console.error(`seed: ${territory.name} (${territory.members.length} towns); no programme is loaded for it`);
    console.error(
      `seed: nodes ${summary.nodesCreated} created, ${summary.nodesUpdated} updated, ${summary.nodesUnchanged} unchanged` +
        (summary.nodesSkippedEdited ? `, ${summary.nodesSkippedEdited} kept as edited by coordinators` : "") +
        `; relationships ${summary.relationshipsCreated} created, ${summary.relationshipsUpdated} updated, ` +
        `${summary.relationshipsUnchanged} unchanged (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    return 0;
  } finally {
    await driver.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`seed: failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
