/**
 * `npm run import -- annuaire`: the territory's organisations from the State's
 * company search API, page by page. Each page is written in its own
 * transaction as it comes (the same writer, field plan and report as the file
 * importers), and a state file remembers the pages done: a run stopped by
 * Ctrl-C, a lost connection or the service failing resumes where it stopped.
 *
 * At the end of a complete run, the organisations an earlier run brought that
 * no query returned any more are looked up one by one (a SIRET search ignores
 * the other filters): those the service says are closed are marked closed,
 * never deleted.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Driver } from "neo4j-driver";
import { loadTerritory } from "@maillage/reference";
import { emptyCounts, type OrganisationRecord } from "./model";
import type { Progress } from "./progress";
import { ImportReport } from "./report";
import { checkTerritory, tally, type ImportSummary } from "./run";
import { writeBatch, type ChangeEvent } from "./write";
import { lastImportRun, recordImportRun } from "./audit";
import { organisationProblem } from "./shared-rules";
import {
  createSearchClient,
  DEFAULT_ANNUAIRE_API_URL,
  type SearchApiSettings,
  type SearchClient,
  type SearchPage,
} from "./read/search-api";
import {
  CLOSED_NOT_IN_GRAPH,
  mapResult,
  MATCHING_PER_RESULT,
  PER_PAGE,
  planQueries,
  RESULTS_CAP,
  splitQuery,
  type AnnuaireQuery,
  type MapContext,
} from "./sources/annuaire";

export interface AnnuaireImportOptions {
  driver: Driver;
  database?: string;
  dryRun: boolean;
  reportPath: string;
  progress: Progress;
  /** The service (ANNUAIRE_API_URL); the public one by default. */
  baseUrl?: string;
  /** Towns to cover (INSEE codes of the territory); all 16 by default. */
  communes?: string[];
  /** Also the active businesses that are not ESS. */
  businesses: boolean;
  /** Where the pages done are remembered between runs. */
  statePath: string;
  /** Forget a stopped run's state and start over. */
  restart?: boolean;
  /** Set to stop after the current page (Ctrl-C); the state lets the next run resume. */
  signal?: AbortSignal;
  /** Tests: the client's pace and backoff. */
  client?: Partial<Omit<SearchApiSettings, "baseUrl">>;
}

interface QueryState extends AnnuaireQuery {
  /** Next page to read (1-based); done when past the last. */
  nextPage: number;
  totalPages: number | null;
  done: boolean;
}

interface RunState {
  version: 1;
  baseUrl: string;
  communes: string[];
  businesses: boolean;
  startedAt: string;
  queries: QueryState[];
  /** SIRETs the run has met, so that a resumed run still knows which organisations are gone. */
  seen: string[];
}

const sameSettings = (a: RunState, b: Pick<RunState, "baseUrl" | "communes" | "businesses">) =>
  a.baseUrl === b.baseUrl && a.businesses === b.businesses && a.communes.join(",") === b.communes.join(",");

function saveState(path: string, state: RunState): void {
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename: a run killed mid-write leaves the previous state whole.
  writeFileSync(`${path}.tmp`, JSON.stringify(state));
  renameSync(`${path}.tmp`, path);
}

/** Organisations an earlier annuaire run brought into these towns, not marked closed. */
const PREVIOUSLY_IMPORTED = /* cypher */ `
  MATCH (o:Organisation)-[:LOCATED_IN]->(t:Town)
  WHERE (o:EssStructure OR o:Business) AND t.inseeCode IN $communes AND o.siret IS NOT NULL
    AND o.importedJson CONTAINS '"annuaire"' AND coalesce(o.closed, false) = false
  RETURN o.siret AS siret, o.importedJson AS importedJson`;

export async function runAnnuaireImport(options: AnnuaireImportOptions): Promise<ImportSummary> {
  const counts = emptyCounts();
  const report = new ImportReport(options.reportPath);
  await report.ready();
  const changes: string[] = [];
  const notes: string[] = [];
  const events: ChangeEvent[] = [];
  let previousRun: string | null = null;
  let complete = false;
  const baseUrl = options.baseUrl ?? DEFAULT_ANNUAIRE_API_URL;
  const host = new URL(baseUrl).host;
  const started = performance.now();
  let writeMs = 0;
  try {
    const territory = loadTerritory()
      .towns.map((t) => t.inseeCode)
      .sort();
    const communes = options.communes?.length ? [...new Set(options.communes)].sort() : territory;
    const foreign = communes.filter((c) => !territory.includes(c));
    if (foreign.length)
      throw new Error(
        `--communes: ${foreign.join(", ")} ${foreign.length > 1 ? "are not towns" : "is not a town"} of the territory (${territory.join(", ")})`,
      );
    await checkTerritory(options.driver, options.database, new Set(communes));
    previousRun = await lastImportRun(options.driver, options.database, "annuaire");

    let state: RunState | null = null;
    if (existsSync(options.statePath) && !options.restart) {
      let previous: RunState;
      try {
        previous = JSON.parse(readFileSync(options.statePath, "utf8")) as RunState;
      } catch (e) {
        throw new Error(
          `the state of a stopped run (${options.statePath}) cannot be read (${(e as Error).message}): add --restart to start over`,
          { cause: e },
        );
      }
      if (!sameSettings(previous, { baseUrl, communes, businesses: options.businesses })) {
        throw new Error(
          `a run with other settings (${previous.baseUrl}, towns ${previous.communes.join(",")}${previous.businesses ? ", --businesses" : ""}) stopped before its end (${options.statePath}): run it again to complete it, or add --restart to start this one over`,
        );
      }
      state = previous;
      const done = state.queries.filter((q) => q.done).length;
      notes.push(
        `resumed a run started ${state.startedAt}: ${done} of ${state.queries.length} queries were done; counts are this run's`,
      );
    }
    state ??= {
      version: 1,
      baseUrl,
      communes,
      businesses: options.businesses,
      startedAt: new Date().toISOString(),
      queries: planQueries(communes, options.businesses).map((q) => ({
        ...q,
        nextPage: 1,
        totalPages: null,
        done: false,
      })),
      seen: [],
    };

    const client = createSearchClient({ ...options.client, baseUrl, onRetry: (m) => options.progress.message(m) });
    const seen = new Set(state.seen);
    const day = new Date().toISOString().slice(0, 10);
    const importedAt = new Date().toISOString();
    const townSet = new Set(communes);
    let row = 0;
    const ctxFor = (ref: string): MapContext => ({
      communes: townSet,
      host,
      ref,
      nextRow: () => {
        counts.read++;
        return ++row;
      },
      skip: (reason) => {
        counts.read++;
        row++;
        counts.skipped++;
        report.skip(reason);
      },
      reject: (line, reason, key) => {
        counts.rejected++;
        report.reject(host, line, reason, key);
      },
      note: (line, reason, key) => report.note(host, line, reason, key),
    });

    const write = async (found: OrganisationRecord[]) => {
      // The rules the API and the file importers apply (model/src/validation): a name of invisible
      // characters or a text-direction override from the service is rejected into the report.
      const records = found.filter((record) => {
        const problem = organisationProblem(record);
        if (!problem) return true;
        counts.rejected++;
        report.reject(host, record.line, problem, record.siret ?? String(record.fields.name));
        return false;
      });
      if (!records.length) return;
      const t = performance.now();
      const result = await writeBatch(options.driver, records, {
        database: options.database,
        dryRun: options.dryRun,
        importedAt,
        report,
      });
      tally(result, counts, report, changes);
      events.push(...result.events);
      writeMs += performance.now() - t;
    };

    let stopped = false;
    // The page asked for ahead, while the current one is written; a stopping run waits for it to settle.
    let next: Promise<SearchPage> | null = null;
    for (let q = 0; q < state.queries.length && !stopped; q++) {
      const query = state.queries[q];
      if (query.done) continue;
      let phase: ReturnType<Progress["phase"]> | null = null;
      const ask = (page: number) => client.search({ ...query.params, page: String(page) }, options.signal);
      while (!query.done) {
        if (options.signal?.aborted) {
          stopped = true;
          break;
        }
        const page: SearchPage = await (next ?? ask(query.nextPage));
        next = null;
        if (query.nextPage === 1 && page.total_results > RESULTS_CAP) {
          const parts = splitQuery(query);
          if (parts) {
            options.progress.message(
              `${query.label}: ${page.total_results} results, more than the service pages through (${RESULTS_CAP}): asked in ${parts.length} parts`,
            );
            state.queries.splice(q, 1, ...parts.map((p) => ({ ...p, nextPage: 1, totalPages: null, done: false })));
            q--;
            break;
          }
          notes.push(
            `${query.label}: ${page.total_results} results, of which the service gives the first ${RESULTS_CAP} only`,
          );
        }
        const totalPages = Math.min(Math.ceil(page.total_results / PER_PAGE), RESULTS_CAP / PER_PAGE);
        if (query.nextPage < totalPages && page.results.length > 0) {
          // The next page is asked for while this one is written: the service's answer and Neo4j's commit overlap.
          next = ask(query.nextPage + 1);
          // Awaited on the next turn, or when the run stops (then its outcome does not matter).
          next.catch(() => {});
        }
        query.totalPages = totalPages;
        // A bar (or lines) for queries of several pages; the many one-page queries are counted below.
        if (totalPages > 1) phase ??= options.progress.phase(query.label, totalPages);
        const ref = `${query.label}, page ${query.nextPage} (${day})`;
        if (page.results.length < PER_PAGE && query.nextPage < totalPages) {
          report.note(
            host,
            row + 1,
            `${ref}: ${page.results.length} results instead of ${PER_PAGE} although ${totalPages} pages are announced; the rest of the query was read`,
          );
        }
        await completeEstablishments(client, { ...query.params, page: String(query.nextPage) }, page, options.signal);
        const ctx = ctxFor(ref);
        const records: OrganisationRecord[] = [];
        for (const result of page.results) {
          for (const record of mapResult(result, ctx)) {
            // A unit can come back in two queries (its establishments in two towns): write each establishment once.
            if (record.siret && seen.has(record.siret)) continue;
            if (record.siret) seen.add(record.siret);
            records.push(record);
          }
        }
        await write(records);
        phase?.add(1);
        query.nextPage++;
        query.done = query.nextPage > totalPages || page.results.length === 0;
        if (!options.dryRun) saveState(options.statePath, { ...state, seen: [...seen] });
      }
      phase?.done();
      if (query.done && (q + 1) % 25 === 0)
        options.progress.message(`${q + 1} of ${state.queries.length} queries done`);
    }

    if (stopped) {
      // Nothing is sent once the command has ended: the page asked for ahead is dropped (cancelled if in flight).
      await next?.catch(() => {});
      notes.push(
        `STOPPED before the end: ${options.dryRun ? "a dry run keeps no state" : `run the same command again to resume (${options.statePath})`}`,
      );
    } else {
      await markGone(options, client, communes, seen, ctxFor(`SIRET search (${day})`), write, notes);
      complete = true;
      if (!options.dryRun) {
        await recordImportRun(options.driver, options.database, {
          source: "annuaire",
          startedAt: state.startedAt,
          ...byKind(events),
        });
        rmSync(options.statePath, { force: true });
      }
    }
    notes.unshift(`${client.requests} request(s) to ${host}`);
    if (report.notes)
      notes.push(
        `${report.notes} row(s) imported without a value the service gave in a form it could not read, listed in the report`,
      );
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
    readMs: performance.now() - started - writeMs,
    writeMs,
    notes,
    ...(complete ? { sinceLast: { previousRun, ...byKind(events) } } : {}),
  };
}

function byKind(events: ChangeEvent[]): { new: string[]; closed: string[]; moved: string[] } {
  const of = (kind: ChangeEvent["kind"]) => events.filter((e) => e.kind === kind).map((e) => e.line);
  return { new: of("new"), closed: of("closed"), moved: of("moved") };
}

/**
 * A result lists at most MATCHING_PER_RESULT of its unit's establishments in
 * the query's towns: for a unit with more, the same page is asked again for
 * the next pages of establishments (`page_etablissements`), until none is full.
 */
async function completeEstablishments(
  client: SearchClient,
  params: Record<string, string>,
  page: SearchPage,
  signal?: AbortSignal,
): Promise<void> {
  let full = page.results.filter((r) => (r.matching_etablissements?.length ?? 0) >= MATCHING_PER_RESULT);
  for (let more = 2; full.length; more++) {
    const next = await client.search({ ...params, page_etablissements: String(more) }, signal);
    const bySiren = new Map(next.results.map((r) => [r.siren, r.matching_etablissements ?? []]));
    full = full.filter((r) => {
      const extra = bySiren.get(r.siren) ?? [];
      r.matching_etablissements = [...(r.matching_etablissements ?? []), ...extra];
      return extra.length >= MATCHING_PER_RESULT;
    });
  }
}

/** Organisations an earlier run brought that no query returned: closed ones are marked so (looked up by SIRET). */
async function markGone(
  options: AnnuaireImportOptions,
  client: SearchClient,
  communes: string[],
  seen: ReadonlySet<string>,
  ctx: MapContext,
  write: (records: OrganisationRecord[]) => Promise<void>,
  notes: string[],
): Promise<void> {
  const { records } = await options.driver.executeQuery(
    PREVIOUSLY_IMPORTED,
    { communes },
    { database: options.database, routing: "READ" },
  );
  const gone = records
    .map((r) => ({
      siret: r.get("siret") as string,
      imported: JSON.parse(r.get("importedJson") as string) as { annuaire?: { officialLabels?: string[] } },
    }))
    // An ESS-only run says nothing of the businesses a --businesses run brought.
    .filter(
      (o) => !seen.has(o.siret) && (options.businesses || (o.imported.annuaire?.officialLabels ?? []).includes("ESS")),
    );
  if (!gone.length) return;
  options.progress.message(
    `${gone.length} organisation(s) imported before were not returned this time: looking each up by SIRET`,
  );
  let missing = 0;
  for (const { siret } of gone) {
    if (options.signal?.aborted) break;
    const page = await client.search({
      q: siret,
      minimal: "true",
      include: "siege,complements,matching_etablissements",
    });
    const result = page.results.find((r) => r.siren === siret.slice(0, 9));
    const establishment =
      result &&
      [...(result.matching_etablissements ?? []), ...(result.siege ? [result.siege] : [])].find(
        (e) => e.siret === siret,
      );
    if (!result || !establishment) {
      missing++;
      continue;
    }
    const closedUnit = result.etat_administratif !== undefined && result.etat_administratif !== "A";
    if (establishment.etat_administratif === "A" && !closedUnit) continue; // still active, now outside the query (moved, no longer ESS...)
    const closing = mapResult(
      {
        ...result,
        matching_etablissements: [
          {
            ...establishment,
            etat_administratif: "F",
            date_fermeture: establishment.date_fermeture ?? result.date_fermeture,
          },
        ],
      },
      { ...ctx, communes: new Set([establishment.commune ?? ""]) },
    );
    await write(closing.filter((r) => r.updateOnly === CLOSED_NOT_IN_GRAPH));
  }
  if (missing)
    notes.push(
      `${missing} organisation(s) imported before are no longer in the service (no longer public?): left as they are`,
    );
}
