import type { Driver } from "neo4j-driver";
import { migrate } from "@maillage/schema";
import type { GraphSpec } from "@maillage/model";
import { territorySpec, loadTerritory, configuredTerritory, GPSEA_EPT_CODE, type Territory } from "@maillage/reference";
import { programmeSpec } from "@maillage/reference";
import { themeNodes } from "@maillage/reference";
import { generateDemo } from "./demo";
import { writeSpec, type WriteSummary } from "./writer";
import { placeAtTowns } from "./place-at-towns";

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
  /**
   * Include the illustrative demo population. It is drawn on GPSEA's towns, so it is the
   * default for GPSEA only; asking for it with another territory is refused.
   */
  demo?: boolean;
  database?: string;
  /** The territory to seed (default: the configured one, TERRITORY). */
  territory?: Territory;
}

export class SeedRefused extends Error {
  override name = "SeedRefused";
}

/**
 * The territory and its towns, the themes, and for GPSEA its ESS programme (calls for
 * projects included) and, unless `demo` is false, the illustrative demo. Another
 * territory gets its towns and the themes only: GPSEA's programme is not its own.
 */
export function seedSpec(options: { demo?: boolean; territory?: Territory } = {}): GraphSpec {
  const territory = options.territory ?? loadTerritory();
  const isGpsea = territory.code === GPSEA_EPT_CODE;
  if (options.demo === true && !isGpsea) {
    throw new SeedRefused(
      `the illustrative demo is drawn on Grand Paris Sud Est Avenir's towns; it cannot be added to ${territory.name} (TERRITORY=${territory.code}). Seed without it (--no-demo)`,
    );
  }
  const parts: GraphSpec[] = [territorySpec(territory), { nodes: themeNodes(), rels: [] }];
  if (isGpsea) parts.push(programmeSpec());
  if (isGpsea && (options.demo ?? true))
    parts.push(generateDemo(territory.towns as Parameters<typeof generateDemo>[0]));
  return placeAtTowns({ nodes: parts.flatMap((p) => p.nodes), rels: parts.flatMap((p) => p.rels) });
}

export async function seedDatabase(driver: Driver, options: SeedOptions = {}): Promise<WriteSummary> {
  await applyDatabaseSchema(driver, options.database);
  return writeSpec(driver, seedSpec(options), { database: options.database });
}

/** Whether the territory is already there (used to seed an empty database on start). */
export async function isSeeded(driver: Driver, database?: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    "MATCH (t:Territory {code: $code}) RETURN count(t) > 0 AS seeded",
    { code: configuredTerritory().code },
    { database },
  );
  return records[0].get("seeded") as boolean;
}
