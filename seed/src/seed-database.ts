import type { Driver } from "neo4j-driver";
import { migrate } from "@maillage/schema";
import type { GraphSpec } from "@maillage/model";
import { territorySpec, loadTerritory, GPSEA_EPT_CODE } from "@maillage/reference";
import { programmeSpec } from "@maillage/reference";
import { themeNodes } from "@maillage/reference";
import { generateDemo } from "./demo";
import { writeSpec, type WriteSummary } from "./writer";

/**
 * Brings the database to this release's model: the versioned migrations it
 * lacks (schema/migrations), then waits until every index is online.
 * Refuses (MigrationMismatch) a database migrated by a newer release.
 */
export async function applyDatabaseSchema(driver: Driver, database?: string): Promise<void> {
  await migrate(driver, { database, log: (message) => console.error(`migrations: ${message}`) });
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}

export interface SeedOptions {
  /** Include the illustrative demo population (default true). */
  demo?: boolean;
  database?: string;
}

export function seedSpec(options: { demo?: boolean } = {}): GraphSpec {
  const territory = loadTerritory();
  const parts: GraphSpec[] = [territorySpec(territory), { nodes: themeNodes(), rels: [] }, programmeSpec()];
  if (options.demo ?? true) parts.push(generateDemo(territory.towns));
  return { nodes: parts.flatMap((p) => p.nodes), rels: parts.flatMap((p) => p.rels) };
}

export async function seedDatabase(driver: Driver, options: SeedOptions = {}): Promise<WriteSummary> {
  await applyDatabaseSchema(driver, options.database);
  return writeSpec(driver, seedSpec(options), { database: options.database });
}

/** Whether the territory is already there (used to seed an empty database on start). */
export async function isSeeded(driver: Driver, database?: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    "MATCH (t:Territory {code: $code}) RETURN count(t) > 0 AS seeded",
    { code: GPSEA_EPT_CODE },
    { database },
  );
  return records[0].get("seeded") as boolean;
}
