/**
 * The test Neo4j (seeded by the global setup) for a suite that talks to it
 * directly: a driver opened before the suite and closed after, a `cypher`
 * helper, and the suite's own clean-up run before and after it.
 */
import type { Driver } from "neo4j-driver";
import { neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/neo4j";

export interface TestDatabase {
  driver: Driver;
  database: string | undefined;
  /** Runs Cypher; the records as plain objects. */
  cypher(query: string, params?: Record<string, unknown>): Promise<Record<string, any>[]>;
}

export function useTestDatabase(cleanUp: (db: TestDatabase) => Promise<unknown> = async () => {}): TestDatabase {
  const db: TestDatabase = {
    driver: undefined as unknown as Driver,
    database: undefined,
    cypher: async (query, params = {}) =>
      (await db.driver.executeQuery(query, params, { database: db.database })).records.map((r) => r.toObject()),
  };
  beforeAll(async () => {
    const config = toNeo4jConfig(neo4jEnvSchema.parse(process.env));
    db.database = config.database;
    db.driver = openDriver(config);
    await cleanUp(db);
  });
  afterAll(async () => {
    if (!db.driver) return;
    await cleanUp(db);
    await db.driver.close();
  });
  return db;
}
