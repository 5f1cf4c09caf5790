#!/usr/bin/env node
/**
 * npm run generate -- <x10|idf|france> [--seed <n>] [--batch-size <n>] [--report <path>]
 *
 * Loads a generated, illustrative territory larger than GPSEA (see
 * tools/src/generated/territories.ts and docs/scaling.md) into the Neo4j the
 * environment names (NEO4J_URI …; `npm run generate` starts the local one
 * otherwise, NEO4J_LOCAL_PORT and NEO4J_LOCAL_DATA choose its port and folder).
 * Resumable: complete replicas are skipped.
 */
import { resolve } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { formatEnvError, neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/neo4j";
import { GENERATED_SIZES, type GeneratedSizeName } from "@maillage/tools";
import { loadGeneratedTerritory } from "./generated";

const SIZES = Object.keys(GENERATED_SIZES) as GeneratedSizeName[];
const int = (min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`expected an integer between ${min} and ${max}`);
  return n;
};

async function main() {
  const program = new Command()
    .name("npm run generate --")
    .description(
      "Load a generated, illustrative territory (replicas of the GPSEA towns under synthetic names) for benchmarks.",
    )
    .argument("<size>", SIZES.map((s) => `${s} (${GENERATED_SIZES[s].description})`).join(", "), (s) => {
      if (!(SIZES as string[]).includes(s))
        throw new InvalidArgumentError(`unknown size "${s}": use one of ${SIZES.join(", ")}`);
      return s as GeneratedSizeName;
    })
    .option("--seed <n>", "seed of the generator", int(0, 2 ** 31 - 1), 2026)
    .option("--batch-size <n>", "organisations per transaction", int(1, 50_000), 1000)
    .option("--report <path>", "the importer's report (CSV)")
    .showHelpAfterError();
  program.parse();
  const [sizeName] = program.processedArgs as [GeneratedSizeName];
  const opts = program.opts<{ seed: number; batchSize: number; report?: string }>();
  const size = GENERATED_SIZES[sizeName];
  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) throw new Error(formatEnvError(env.error));
  const config = toNeo4jConfig(env.data);
  const driver = openDriver(config);
  const reportPath = resolve(process.env.INIT_CWD ?? process.cwd(), opts.report ?? `generate-report-${sizeName}.csv`);
  const log = (line: string) => process.stderr.write(`[generate] ${line}\n`);
  log(
    `${size.description}: ${size.replicas} replicas × 16 towns, ${size.replicas * size.essPerReplica} ESS structures, ${size.replicas * size.businessesPerReplica} businesses`,
  );
  try {
    const s = await loadGeneratedTerritory({
      driver,
      database: config.database,
      size,
      sizeName,
      seed: opts.seed,
      batchSize: opts.batchSize,
      reportPath,
      log,
    });
    log(
      `done in ${(s.ms / 1000).toFixed(0)} s: ${s.replicasWritten} replicas written, ${s.replicasSkipped} already complete; ${s.organisations} organisations, ${s.otherNodes} other nodes, ${s.relationships} relationships written`,
    );
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `generate failed: ${error instanceof Error ? error.message : String(error)}\nA re-run skips the complete replicas and finishes the rest.\n`,
  );
  process.exitCode = 1;
});
