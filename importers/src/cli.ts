#!/usr/bin/env node
/**
 * npm run import -- <source> [file...] [--dry-run] [--report <path>] [--batch-size <n>]
 *
 * Sources: sirene (StockEtablissement + StockUniteLegale [+ geolocated
 * establishments]), rna (waldec associations extract), csv (the templates of
 * docs/import-templates.md: organisations, needs and offers, partnerships,
 * events), annuaire (the State's company search API: no file; see
 * docs/importers.md). Connection settings come from the environment
 * (NEO4J_URI …), as for the seed; `npm run import` uses the local Neo4j that
 * `npm start` runs, or starts one, when none is configured.
 */
import { join, resolve } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { z } from "zod";
import { formatEnvError, neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/neo4j";
import { createProgress } from "./progress";
import { DEFAULT_ANNUAIRE_API_URL } from "./read/search-api";
import { runAnnuaireImport } from "./run-annuaire";
import { formatSummary, runImport, SOURCES, type ImportSummary, type SourceName } from "./run";

const ALL_SOURCES = [...SOURCES, "annuaire"] as const;
type CliSource = (typeof ALL_SOURCES)[number];

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 50_000)
    throw new InvalidArgumentError("expected an integer between 1 and 50000");
  return n;
};

const communeList = (v: string) => {
  const codes = v
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  const bad = codes.filter((c) => !/^\d[\dAB]\d{3}$/.test(c));
  if (!codes.length || bad.length)
    throw new InvalidArgumentError(
      `expected INSEE commune codes separated by commas (94028,94071): ${bad.join(", ") || "none given"}`,
    );
  return codes;
};

const annuaireEnv = z.object({
  ANNUAIRE_API_URL: z
    .url({
      protocol: /^https?$/,
      error: "ANNUAIRE_API_URL must be an http(s) address, e.g. https://recherche-entreprises.api.gouv.fr",
    })
    .optional(),
});

// The repository's .data folder, from importers/dist or importers/src alike.
const DEFAULT_STATE = join(__dirname, "..", "..", ".data", "annuaire-import-state.json");

async function main() {
  const program = new Command()
    .name("npm run import --")
    .description("Import open data (Sirene, RNA, the company search API) and CSV templates into Maillage's graph.")
    .argument("<source>", `one of: ${ALL_SOURCES.join(", ")}`, (s) => {
      if (!(ALL_SOURCES as readonly string[]).includes(s))
        throw new InvalidArgumentError(`unknown source "${s}": use one of ${ALL_SOURCES.join(", ")}`);
      return s as CliSource;
    })
    .argument("[file...]", "the files to import (none for annuaire)")
    .option("--dry-run", "show what would change; write nothing", false)
    .option("--report <path>", "where to write the rejection report (CSV)")
    .option("--batch-size <n>", "rows per transaction", positiveInt, 1000)
    .option("--ess-only", "annuaire: the ESS organisations only (the default)")
    .option("--businesses", "annuaire: also the other active establishments, town by town and by NAF section", false)
    .option(
      "--communes <codes>",
      "annuaire: these towns of the territory only (INSEE codes, comma-separated)",
      communeList,
    )
    .option("--state <path>", "annuaire: where a stopped run is remembered", DEFAULT_STATE)
    .option("--restart", "annuaire: forget a stopped run and start over", false)
    .option(
      "--since-last",
      "annuaire: list the organisations new, closed and moved since the previous complete run",
      false,
    )
    .showHelpAfterError();
  program.parse();
  const [source, files] = program.processedArgs as [CliSource, string[]];
  const opts = program.opts<{
    dryRun: boolean;
    report?: string;
    batchSize: number;
    essOnly?: boolean;
    businesses: boolean;
    communes?: string[];
    state: string;
    restart: boolean;
    sinceLast: boolean;
  }>();
  if (opts.sinceLast && source !== "annuaire")
    program.error(`--since-last compares runs of the company search API (annuaire), not ${source} files`);
  if (source === "annuaire" && files.length)
    program.error(`annuaire reads the company search API, not files: remove ${files.join(" ")}`);
  if (source !== "annuaire" && !files.length) program.error(`${source}: give the files to import`);
  if (opts.essOnly && opts.businesses) program.error("--ess-only and --businesses contradict each other: choose one");

  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) throw new Error(formatEnvError(env.error));
  const apiEnv = annuaireEnv.safeParse(process.env);
  if (!apiEnv.success) throw new Error(apiEnv.error.issues.map((i) => i.message).join("; "));
  const config = toNeo4jConfig(env.data);
  const driver = openDriver(config);
  // npm runs scripts from the repository root; INIT_CWD is where the command was typed.
  const here = (f: string) => resolve(process.env.INIT_CWD ?? process.cwd(), f);
  const reportPath = here(
    opts.report ?? `import-report-${source}-${new Date().toISOString().replace(/[:.]/g, "-")}.csv`,
  );
  const progress = createProgress();
  try {
    let summary: ImportSummary;
    if (source === "annuaire") {
      // Ctrl-C once: finish the page in hand, remember where the run is, and say so; again: leave at once.
      // One Ctrl-C can arrive twice (from the terminal, and forwarded by scripts/with-neo4j.mjs): a second
      // signal within a second is the same one.
      const stop = new AbortController();
      let firstAt = 0;
      process.on("SIGINT", () => {
        if (stop.signal.aborted) {
          if (Date.now() - firstAt > 1000) process.exit(130);
          return;
        }
        firstAt = Date.now();
        progress.message("stopping after the current page (Ctrl-C again to leave at once)");
        stop.abort();
      });
      summary = await runAnnuaireImport({
        driver,
        database: config.database,
        dryRun: opts.dryRun,
        reportPath,
        progress,
        baseUrl: apiEnv.data.ANNUAIRE_API_URL ?? DEFAULT_ANNUAIRE_API_URL,
        communes: opts.communes,
        businesses: opts.businesses,
        statePath: here(opts.state),
        restart: opts.restart,
        signal: stop.signal,
      });
    } else {
      summary = await runImport({
        source: source as SourceName,
        files: files.map(here),
        dryRun: opts.dryRun,
        driver,
        database: config.database,
        reportPath,
        batchSize: opts.batchSize,
        progress,
      });
    }
    process.stdout.write(formatSummary(summary, { sinceLast: opts.sinceLast }) + "\n");
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `import failed: ${message}\nNothing was written for the files that could not be read; rows already written stay consistent, and a re-run completes the import.\n`,
  );
  process.exitCode = 1;
});
