/**
 * npm run restore <file>
 *
 * Rebuilds the graph of a backup (npm run backup) into the Neo4j of
 * NEO4J_URI, which must be empty. See docs/operations.md.
 */
import { existsSync } from "node:fs";
import { neo4jConfigOrExit } from "../backup/config";
import { openBackupDriver } from "../backup/driver";
import { readLines } from "../backup/files";
import { restoreBackup, RestoreRefused } from "../backup/restore";

async function main(): Promise<void> {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0) {
    console.error("usage: npm run restore <backup file (.jsonl or .jsonl.gz)>");
    process.exit(2);
  }
  if (!existsSync(file)) {
    console.error(`restore: ${file} does not exist`);
    process.exit(2);
  }
  const config = neo4jConfigOrExit("restore");
  const driver = openBackupDriver(config);
  const started = Date.now();
  try {
    const summary = await restoreBackup(driver, () => readLines(file), {
      database: config.database,
      log: (m) => console.log(`restore: ${m}`),
    });
    console.log(
      `restore: ${summary.nodes} nodes, ${summary.relationships} relationships, ${summary.schema} constraints and indexes restored in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    if (error instanceof RestoreRefused) {
      console.error(`restore refused: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
