/**
 * npm run migrate [-- --dry-run]
 *
 * Applies the versioned migrations (schema/migrations) the database in
 * NEO4J_URI lacks, as graph-api does when it starts; --dry-run lists them and
 * writes nothing. Exit 1 with one line when the database was migrated by a
 * release this one does not know, or a migration fails. See docs/operations.md.
 */
import { loadMigrations, migrate, MigrationFailed, MigrationLocked, MigrationMismatch } from "@maillage/schema";
import { openDriver } from "@maillage/neo4j";
import { neo4jConfigOrExit } from "../backup/config";

const USAGE = "usage: npm run migrate [-- --dry-run]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--dry-run");
  if (unknown.length > 0) {
    console.error(`migrate: unexpected argument "${unknown[0]}"\n${USAGE}`);
    return 2;
  }
  const dryRun = args.includes("--dry-run");
  const config = neo4jConfigOrExit("migrate");
  const driver = openDriver(config, { maxConnectionPoolSize: 2 });
  const latest = loadMigrations().at(-1)?.version ?? "none";
  try {
    const result = await migrate(driver, {
      database: config.database,
      dryRun,
      log: (message) => console.log(`migrate: ${message}`),
    });
    const at = `the database is at migration ${result.from ?? "none (made before versioned migrations, or empty)"}`;
    if (result.pending.length === 0) console.log(`migrate: ${at}, this release's latest: nothing to apply`);
    else if (dryRun)
      console.log(
        `migrate: ${at}; would apply ${result.pending.map((m) => m.source).join(", ")} (dry run: nothing written)`,
      );
    else console.log(`migrate: done, the database is at migration ${result.to} (this release's latest: ${latest})`);
    return 0;
  } catch (error) {
    if (error instanceof MigrationMismatch || error instanceof MigrationLocked || error instanceof MigrationFailed) {
      console.error(`migrate: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await driver.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`migrate failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    process.exit(1);
  },
);
