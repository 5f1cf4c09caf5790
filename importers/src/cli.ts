#!/usr/bin/env node
/**
 * npm run import -- <source> <file...> [--dry-run] [--report <path>] [--batch-size <n>]
 *
 * Sources: sirene (StockEtablissement + StockUniteLegale [+ geolocated
 * establishments]), rna (waldec associations extract), csv (the templates of
 * docs/import-templates.md: organisations, needs and offers, partnerships,
 * events). Connection settings
 * come from the environment (NEO4J_URI …), as for the seed; `npm run import`
 * starts the local Neo4j when none is configured.
 */
import { resolve } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { formatEnvError, neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/seed";
import { CsvFileError } from "./read/csv-file";
import { createProgress } from "./progress";
import { formatSummary, runImport, SOURCES, type SourceName } from "./run";

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 50_000) throw new InvalidArgumentError("expected an integer between 1 and 50000");
  return n;
};

async function main() {
  const program = new Command()
    .name("npm run import --")
    .description("Import open data (Sirene, RNA) and CSV templates into Maillage's graph.")
    .argument("<source>", `one of: ${SOURCES.join(", ")}`, (s) => {
      if (!(SOURCES as readonly string[]).includes(s)) throw new InvalidArgumentError(`unknown source "${s}": use one of ${SOURCES.join(", ")}`);
      return s as SourceName;
    })
    .argument("<file...>", "the files to import")
    .option("--dry-run", "show what would change; write nothing", false)
    .option("--report <path>", "where to write the rejection report (CSV)")
    .option("--batch-size <n>", "rows per transaction", positiveInt, 1000)
    .showHelpAfterError();
  program.parse();
  const [source, files] = program.processedArgs as [SourceName, string[]];
  const opts = program.opts<{ dryRun: boolean; report?: string; batchSize: number }>();

  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) throw new Error(formatEnvError(env.error));
  const config = toNeo4jConfig(env.data);
  const driver = openDriver(config);
  const reportPath = resolve(process.env.INIT_CWD ?? process.cwd(), opts.report ?? `import-report-${source}-${new Date().toISOString().replace(/[:.]/g, "-")}.csv`);
  try {
    const summary = await runImport({
      source,
      // npm runs scripts from the repository root; INIT_CWD is where the command was typed.
      files: files.map((f) => resolve(process.env.INIT_CWD ?? process.cwd(), f)),
      dryRun: opts.dryRun,
      driver,
      database: config.database,
      reportPath,
      batchSize: opts.batchSize,
      progress: createProgress(),
    });
    process.stdout.write(formatSummary(summary) + "\n");
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof CsvFileError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`import failed: ${message}\nNothing was written for the files that could not be read; rows already written stay consistent, and a re-run completes the import.\n`);
  process.exitCode = 1;
});
