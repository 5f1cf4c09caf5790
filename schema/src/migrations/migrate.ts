/**
 * Applies the versioned migrations (./migration-files.ts) a database lacks
 * and records each as neo4j-migrations does, so that either can take over:
 *
 *   (:__Neo4jMigration {version: 'BASELINE'})-[:MIGRATED_TO {at, in, by, connectedAs}]->
 *   (:__Neo4jMigration {version, description, type: 'CYPHER', source, checksum})-[:MIGRATED_TO]->…
 *
 * One migration is one transaction, recorded once it committed: a failing
 * migration leaves the database at the last one that completed. A database
 * whose recorded chain this release does not know (a newer version, or a
 * migration whose file has changed since it was applied) is refused, and
 * nothing is written to it. Concurrent runners are kept apart by the tool's
 * lock node (:__Neo4jMigrationsLock).
 *
 * @see https://michael-simons.github.io/neo4j-migrations/current/#concepts_chain
 */
import { randomUUID } from "node:crypto";
import { userInfo } from "node:os";
import type { Driver } from "neo4j-driver";
import { loadMigrations, type CypherMigration } from "./migration-files";

export interface AppliedMigration {
  version: string;
  description: string;
  checksum: string | null;
}

/** The database was migrated by a release this one does not know: starting on it could bend its data. */
export class MigrationMismatch extends Error {
  override name = "MigrationMismatch";
}

/** Another runner holds the lock (or one was killed while holding it). */
export class MigrationLocked extends Error {
  override name = "MigrationLocked";
}

/** A migration's statement failed; the database stays at the last completed one. */
export class MigrationFailed extends Error {
  override name = "MigrationFailed";
}

const label = (m: { version: string; description: string }) => `${m.version} (${m.description})`;

/** What is to run on a database holding `applied`; throws MigrationMismatch when its chain is not a beginning of `known`. */
export function planMigrations(known: CypherMigration[], applied: AppliedMigration[]): CypherMigration[] {
  const latest = known.at(-1);
  const expects = latest
    ? `this version of Maillage expects at most ${label(latest)}`
    : "this version of Maillage knows no migration";
  for (const [i, found] of applied.entries()) {
    const mine = known[i];
    if (!mine || (mine.version !== found.version && found.version > latest!.version)) {
      throw new MigrationMismatch(
        `the database is at migration ${label(applied.at(-1)!)}, ${expects}: it was upgraded by a newer release; start that release, or restore the backup taken before the upgrade`,
      );
    }
    if (mine.version !== found.version) {
      throw new MigrationMismatch(
        `the database's migration ${i + 1} is ${label(found)} where ${expects} and has ${label(mine)} there: it was migrated by another line of releases`,
      );
    }
    if (found.checksum !== null && found.checksum !== mine.checksum) {
      throw new MigrationMismatch(
        `migration ${label(found)} was applied with checksum ${found.checksum}, this version's ${mine.source} has checksum ${mine.checksum}: a released migration was edited; restore it as released`,
      );
    }
  }
  return known.slice(applied.length);
}

const READ_CHAIN = /* cypher */ `
  MATCH (b:__Neo4jMigration {version: 'BASELINE'}) WHERE b.migrationTarget IS NULL
  MATCH p = (b)-[:MIGRATED_TO*0..]->(last:__Neo4jMigration) WHERE NOT (last)-[:MIGRATED_TO]->(:__Neo4jMigration)
  RETURN [m IN tail(nodes(p)) | {version: m.version, description: m.description, checksum: m.checksum}] AS chain`;

export async function readAppliedMigrations(driver: Driver, database?: string): Promise<AppliedMigration[]> {
  const { records } = await driver.executeQuery(READ_CHAIN, {}, { database, routing: "READ" });
  if (records.length === 0) return [];
  return (records[0].get("chain") as { version: string; description: string; checksum?: string | null }[]).map((m) => ({
    version: m.version,
    description: m.description,
    checksum: m.checksum ?? null,
  }));
}

/** The lock neo4j-migrations takes for the default database: the same node, so that the tool and this runner exclude each other. */
const LOCK_NAME = "John Doe";

/** The constraints neo4j-migrations (2.10) creates on its own records, by the same names: the schema is the same whichever ran. */
const TOOL_CONSTRAINTS = [
  "CREATE CONSTRAINT __Neo4jMigrationsLock__has_unique_id IF NOT EXISTS FOR (l:__Neo4jMigrationsLock) REQUIRE l.id IS UNIQUE",
  "CREATE CONSTRAINT __Neo4jMigrationsLock__has_unique_name IF NOT EXISTS FOR (l:__Neo4jMigrationsLock) REQUIRE l.name IS UNIQUE",
  "CREATE CONSTRAINT unique_version___Neo4jMigration IF NOT EXISTS FOR (m:__Neo4jMigration) REQUIRE (m.version, m.migrationTarget) IS UNIQUE",
];

async function lock(driver: Driver, database: string | undefined): Promise<() => Promise<void>> {
  for (const statement of TOOL_CONSTRAINTS) await driver.executeQuery(statement, {}, { database });
  const id = randomUUID();
  try {
    await driver.executeQuery(
      "CREATE (:__Neo4jMigrationsLock {id: $id, name: $name})",
      { id, name: LOCK_NAME },
      { database },
    );
  } catch (error) {
    if ((error as { code?: string }).code !== "Neo.ClientError.Schema.ConstraintValidationFailed") throw error;
    throw new MigrationLocked(
      "another migration holds the lock (:__Neo4jMigrationsLock): wait for it, or, if none runs (one was killed), delete that node and start again",
    );
  }
  return async () => {
    await driver.executeQuery("MATCH (l:__Neo4jMigrationsLock {id: $id}) DELETE l", { id }, { database });
  };
}

/** Statements that commit as they go (CALL {…} IN TRANSACTIONS) cannot run inside the migration's transaction. */
const COMMITS_ITSELF = /\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i;

async function apply(driver: Driver, database: string | undefined, migration: CypherMigration): Promise<void> {
  const session = driver.session({ database });
  try {
    if (migration.statements.some((s) => COMMITS_ITSELF.test(s))) {
      for (const statement of migration.statements) await session.run(statement);
    } else {
      await session.executeWrite(async (tx) => {
        for (const statement of migration.statements) await tx.run(statement);
      });
    }
  } catch (error) {
    throw new MigrationFailed(
      `migration ${label(migration)} failed, the database stays at the previous one: ${(error as Error).message.split("\n")[0]}`,
    );
  } finally {
    await session.close();
  }
}

const RECORD = /* cypher */ `
  OPTIONAL MATCH (found:__Neo4jMigration {version: $previous}) WHERE found.migrationTarget IS NULL
  FOREACH (_ IN CASE WHEN found IS NULL THEN [1] ELSE [] END | CREATE (:__Neo4jMigration {version: $previous}))
  WITH count(*) AS one
  MATCH (p:__Neo4jMigration {version: $previous}) WHERE p.migrationTarget IS NULL
  CREATE (c:__Neo4jMigration) SET c = $migration
  CREATE (p)-[:MIGRATED_TO {at: datetime({timezone: 'UTC'}), in: duration({milliseconds: $ms}), by: $by, connectedAs: $user}]->(c)`;

async function record(
  driver: Driver,
  database: string | undefined,
  previous: string,
  migration: CypherMigration,
  ms: number,
  by: string,
  user: string,
): Promise<void> {
  const { version, description, source, checksum } = migration;
  await driver.executeQuery(
    RECORD,
    { previous, migration: { version, description, type: "CYPHER", source, checksum }, ms, by, user },
    { database },
  );
}

async function connectedAs(driver: Driver): Promise<string> {
  try {
    const { records } = await driver.executeQuery("SHOW CURRENT USER YIELD user", {}, { database: "system" });
    return (records[0]?.get("user") as string | undefined) ?? "anonymous";
  } catch {
    return "anonymous"; // authentication disabled (the local Neo4j): there is no user
  }
}

export interface MigrateOptions {
  database?: string;
  /** List what would run, run nothing. */
  dryRun?: boolean;
  /** Recorded as `by` on each MIGRATED_TO; the operating-system user by default. */
  installedBy?: string;
  migrations?: CypherMigration[];
  log?: (message: string) => void;
}

export interface MigrateResult {
  /** The database's version before (undefined: no migration recorded). */
  from?: string;
  /** Its version after (the same as `from` on a dry run). */
  to?: string;
  /** Applied, or on a dry run to be applied. */
  pending: CypherMigration[];
}

export async function migrate(driver: Driver, options: MigrateOptions = {}): Promise<MigrateResult> {
  const { database } = options;
  const known = options.migrations ?? loadMigrations();
  const log = options.log ?? (() => undefined);
  const before = await readAppliedMigrations(driver, database);
  const from = before.at(-1)?.version;
  let pending = planMigrations(known, before);
  if (pending.length === 0 || options.dryRun) return { from, to: from, pending };

  const unlock = await lock(driver, database);
  try {
    // Another runner may have applied some between the first read and the lock.
    const applied = await readAppliedMigrations(driver, database);
    pending = planMigrations(known, applied);
    const by = options.installedBy ?? safeUserName();
    const user = await connectedAs(driver);
    let previous = applied.at(-1)?.version ?? "BASELINE";
    for (const migration of pending) {
      const started = Date.now();
      await apply(driver, database, migration);
      const ms = Date.now() - started;
      await record(driver, database, previous, migration, ms, by, user);
      log(`applied migration ${label(migration)} in ${ms} ms`);
      previous = migration.version;
    }
    // The tool waits for the indexes a migration creates; so do the API's first queries.
    await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
    return { from, to: previous === "BASELINE" ? undefined : previous, pending };
  } finally {
    await unlock();
  }
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}
