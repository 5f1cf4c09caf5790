/**
 * npm run backup [-- --out <file>] [-- --no-lock]
 *
 * Writes a consistent snapshot of the graph in Neo4j (NEO4J_URI) to a
 * JSON-lines file (gzipped when it ends with .gz); by default
 * .data/backups/maillage-<date>.jsonl.gz. See docs/operations.md.
 */
import { join } from "node:path";
import { neo4jConfigOrExit } from "../backup/config";
import { writeBackup } from "../backup/backup";
import { openBackupDriver } from "../backup/driver";
import { lineWriter } from "../backup/files";

const USAGE = "usage: npm run backup [-- --out <file.jsonl[.gz]>] [-- --no-lock]";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let out = join(
    __dirname,
    "..",
    "..",
    "..",
    ".data",
    "backups",
    `maillage-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl.gz`,
  );
  let lock = true;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--out" && args[i + 1]) out = args[++i];
    else if (args[i] === "--no-lock") lock = false;
    else {
      console.error(`backup: unexpected argument "${args[i]}"\n${USAGE}`);
      process.exit(2);
    }
  }
  const config = neo4jConfigOrExit("backup");
  const driver = openBackupDriver(config);
  const started = Date.now();
  let writer;
  try {
    writer = lineWriter(out);
  } catch (error) {
    console.error(`backup: cannot write ${out}: ${(error as Error).message}`);
    process.exit(1);
  }
  try {
    const summary = await writeBackup(driver, writer, { database: config.database, lock });
    await writer.close();
    console.log(
      `backup: ${summary.nodes} nodes, ${summary.relationships} relationships, ${summary.schema} constraints and indexes written to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
