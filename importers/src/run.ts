/**
 * One import: read and validate every file first (a file that cannot be read
 * stops the import before anything is written), then write the records in
 * batches, one transaction each. Rows that fail validation go to the report
 * and never stop the others.
 */
import type { Driver } from "neo4j-driver";
import { createImportContext } from "./context";
import { emptyCounts, type ImportCounts, type OrganisationRecord } from "./model";
import type { Progress } from "./progress";
import { ImportReport } from "./report";
import { linkProblem, organisationProblem } from "./shared-rules";
import { readRna } from "./sources/rna";
import { readSirene } from "./sources/sirene";
import { readTemplates } from "./sources/templates";
import { writeLinks, type LinkRecord } from "./write-links";
import { writeBatch, type BatchResult } from "./write";

export const SOURCES = ["sirene", "rna", "csv"] as const;
export type SourceName = (typeof SOURCES)[number];

export interface ImportOptions {
  source: SourceName;
  files: string[];
  dryRun: boolean;
  driver: Driver;
  database?: string;
  reportPath: string;
  batchSize?: number;
  progress: Progress;
  /** For tests of interrupted imports: stop (throw) after this many batches were written. */
  stopAfterBatches?: number;
  /** Batches in flight at once (2 by default). */
  concurrency?: number;
}

export interface ImportSummary {
  counts: ImportCounts;
  skipReasons: Record<string, number>;
  /** What changed (or would change, in a dry run): the first lines. */
  changes: string[];
  reportPath: string;
  dryRun: boolean;
  readMs: number;
  writeMs: number;
  /** Lines the summary adds before the report's path (an API run: requests, resumed or stopped). */
  notes?: string[];
  /** An API run: the organisations new, closed and moved since the previous complete run (when it ended; null before the first). */
  sinceLast?: { previousRun: string | null; new: string[]; closed: string[]; moved: string[] };
}

const READERS = { sirene: readSirene, rna: readRna };
/** The csv source also reads needs, offers, partnerships and events, written after the organisations. */
const readerOf = (source: SourceName, links: LinkRecord[]) =>
  source === "csv"
    ? (files: string[], ctx: Parameters<typeof readRna>[1]) => readTemplates(files, ctx, links)
    : READERS[source];
const MAX_CHANGE_LINES = 50;

/** Imports link organisations to the seeded towns and themes: without them, say so instead of writing orphans. */
export async function checkTerritory(
  driver: Driver,
  database: string | undefined,
  towns: ReadonlySet<string>,
): Promise<void> {
  const { records } = await driver.executeQuery(
    "MATCH (t:Town) WHERE t.inseeCode IN $codes WITH count(t) AS towns RETURN towns, COUNT { (:Theme) } AS themes",
    { codes: [...towns] },
    { database, routing: "READ" },
  );
  const found = Number(records[0].get("towns"));
  const themes = Number(records[0].get("themes"));
  if (found < towns.size || themes === 0) {
    throw new Error(
      `the graph has ${found} of the territory's ${towns.size} towns and ${themes} themes: seed it first (npm run seed -- --no-demo)`,
    );
  }
}

export interface BatchWriteOptions {
  driver: Driver;
  database?: string;
  dryRun: boolean;
  batchSize: number;
  importedAt: string;
  report: ImportReport;
  /** Batches in flight at once (2 by default). */
  concurrency?: number;
  /** Stop after this many batches (tests of interrupted imports). */
  stopAfterBatches?: number;
  /** Called with a batch's size once it is written. */
  onBatch?: (records: number) => void;
}

/**
 * Writes records in batches of `batchSize`, one transaction each, two batches
 * in flight at once: while one commits, the next is planned and sent. Shared
 * by the file imports and the generator of larger territories (generated/).
 */
export async function writeRecordBatches(
  records: readonly OrganisationRecord[],
  options: BatchWriteOptions,
): Promise<{ results: BatchResult[]; stoppedEarly: boolean }> {
  const { batchSize } = options;
  const batchCount = Math.ceil(records.length / batchSize);
  const limit = options.stopAfterBatches === undefined ? batchCount : Math.min(batchCount, options.stopAfterBatches);
  const results: BatchResult[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < limit; index = next++) {
      const batch = records.slice(index * batchSize, (index + 1) * batchSize);
      results[index] = await writeBatch(options.driver, batch, {
        database: options.database,
        dryRun: options.dryRun,
        importedAt: options.importedAt,
        report: options.report,
      });
      options.onBatch?.(batch.length);
    }
  };
  const settled = await Promise.allSettled(
    Array.from({ length: Math.min(options.concurrency ?? 2, Math.max(1, limit)) }, worker),
  );
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failure) throw failure.reason;
  return { results, stoppedEarly: limit < batchCount };
}

/** Adds what a batch did to the run's counts, skip reasons and first change lines. */
export function tally(
  result: Pick<BatchResult, "created" | "updated" | "unchanged" | "changes"> & { skipped?: string[] },
  counts: ImportCounts,
  report: ImportReport,
  changes: string[],
): void {
  counts.created += result.created;
  counts.updated += result.updated;
  counts.unchanged += result.unchanged;
  for (const reason of result.skipped ?? []) {
    counts.skipped++;
    report.skip(reason);
  }
  for (const line of result.changes) if (changes.length < MAX_CHANGE_LINES) changes.push(line);
}

export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const counts = emptyCounts();
  const report = new ImportReport(options.reportPath);
  await report.ready();
  const changes: string[] = [];
  let readMs = 0;
  let writeMs = 0;
  const ctx = createImportContext(counts, report, options.progress);
  try {
    await checkTerritory(options.driver, options.database, ctx.territory);
    let started = performance.now();
    const records: OrganisationRecord[] = [];
    const links: LinkRecord[] = [];
    for await (const record of readerOf(options.source, links)(options.files, ctx)) {
      const problem = organisationProblem(record);
      if (problem)
        ctx.reject(record.file, record.line, problem, record.siret ?? record.rnaId ?? String(record.fields.name));
      else records.push(record);
    }
    const linksRead = links.splice(0);
    for (const link of linksRead) {
      const problem = linkProblem(link);
      if (problem) ctx.reject(link.file, link.line, problem);
      else links.push(link);
    }
    readMs = performance.now() - started;

    started = performance.now();
    const batchSize = options.batchSize ?? 1000;
    const importedAt = new Date().toISOString();
    const phase = options.progress.phase(options.dryRun ? "planning" : "writing", records.length);
    const { results, stoppedEarly } = await writeRecordBatches(records, {
      ...options,
      batchSize,
      importedAt,
      report,
      onBatch: (n) => phase.add(n),
    });
    for (const result of results) tally(result, counts, report, changes);
    if (stoppedEarly) throw new Error(`import stopped after ${options.stopAfterBatches} batch(es) (stopAfterBatches)`);
    phase.done();
    if (links.length) {
      tally(
        await writeLinks(options.driver, links, records, {
          database: options.database,
          dryRun: options.dryRun,
          batchSize,
          report,
          reject: ctx.reject,
        }),
        counts,
        report,
        changes,
      );
    }
    writeMs = performance.now() - started;
    counts.keptEdits = report.kept;
  } finally {
    await report.close();
  }
  return {
    counts,
    skipReasons: Object.fromEntries(report.skipReasons),
    changes,
    reportPath: options.reportPath,
    dryRun: options.dryRun,
    readMs,
    writeMs,
    notes: ctx.notes,
  };
}

/** The summary as a coordinator's IT colleague reads it. */
/**
 * What changed since the previous complete run: counts, and with `full` every
 * organisation new, closed or moved (`--since-last`).
 */
export function formatSinceLast(s: ImportSummary, full: boolean): string[] {
  if (!s.sinceLast)
    return full
      ? [
          "since the last run: this run did not complete, so it cannot be compared; run the same command again to finish it",
        ]
      : [];
  const { previousRun, new: added, closed, moved } = s.sinceLast;
  const what = s.dryRun ? "would be" : "are";
  const head = `since the last run (${previousRun ? previousRun.slice(0, 10) : "none before: everything is new"}): ${added.length} new, ${closed.length} closed, ${moved.length} moved (these ${what} the changes of this run)`;
  if (!full) return [head];
  const section = (title: string, items: string[], mark: string) =>
    items.length ? [`${title} (${items.length}):`, ...items.map((l) => `  ${mark} ${l}`)] : [];
  return [head, ...section("new", added, "+"), ...section("closed", closed, "×"), ...section("moved", moved, "→")];
}

export function formatSummary(s: ImportSummary, options: { sinceLast?: boolean } = {}): string {
  const c = s.counts;
  const verb = s.dryRun ? "would be " : "";
  const lines = [
    `${s.dryRun ? "DRY RUN: nothing was written. " : ""}rows read: ${c.read}; ${verb}created: ${c.created}; ${verb}updated: ${c.updated}; unchanged: ${c.unchanged}; skipped: ${c.skipped}; rejected: ${c.rejected}`,
  ];
  for (const [reason, n] of Object.entries(s.skipReasons).sort((a, b) => b[1] - a[1]))
    lines.push(`  skipped ${n}: ${reason}`);
  if (c.keptEdits) lines.push(`hand edits kept: ${c.keptEdits} field(s), listed in the report`);
  if (s.changes.length) {
    lines.push(s.dryRun ? "what would change (first lines):" : "what changed (first lines):");
    for (const change of s.changes) lines.push(`  ${change}`);
  }
  for (const note of s.notes ?? []) lines.push(note);
  lines.push(...formatSinceLast(s, options.sinceLast ?? false));
  lines.push(`report (rejected rows and kept hand edits): ${s.reportPath}`);
  return lines.join("\n");
}
