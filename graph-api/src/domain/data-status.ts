/**
 * What the graph holds, by provenance: how much of it is real (imported from
 * registers, entered by coordinators, taken from public pages and reference
 * data) and how much illustrative (invented demo data), and when each source
 * was last imported. The explorer's data-status panel and its "hide
 * illustrative data" switch read it.
 */
import type { GraphReader } from "./ports";
import { sourceKindCounts } from "../cypher/data-status/source-kind-counts.cypher";
import { lastImports } from "../cypher/data-status/last-imports.cypher";
import { importRuns } from "../cypher/data-status/import-runs.cypher";
import { InvalidArgument } from "./errors";

/** Provenance kinds of organisations a territory's users brought in themselves: once there are some, the demo is no longer what they look at. */
const USERS_OWN_KINDS = ["OPEN_DATA_IMPORT", "COORDINATOR"];
const ILLUSTRATIVE = "ILLUSTRATIVE";

export interface SourceKindStatus {
  sourceKind: string;
  organisations: number;
  relationships: number;
  lastChange: string | null;
}

export interface ImportStatus {
  source: string;
  at: string;
  batches: number;
  created: number;
  updated: number;
}

export interface DataStatus {
  organisations: number;
  illustrativeOrganisations: number;
  importedOrganisations: number;
  hideIllustrativeByDefault: boolean;
  sourceKinds: SourceKindStatus[];
  lastImports: ImportStatus[];
}

export async function getDataStatus(reader: GraphReader): Promise<DataStatus> {
  const [kinds, imports] = await Promise.all([reader.read(sourceKindCounts, {}), reader.read(lastImports, {})]);
  const sum = (rows: SourceKindStatus[]) => rows.reduce((n, r) => n + r.organisations, 0);
  const importedOrganisations = sum(kinds.filter((k) => USERS_OWN_KINDS.includes(k.sourceKind)));
  return {
    organisations: sum(kinds),
    illustrativeOrganisations: sum(kinds.filter((k) => k.sourceKind === ILLUSTRATIVE)),
    importedOrganisations,
    hideIllustrativeByDefault: importedOrganisations > 0,
    sourceKinds: kinds,
    lastImports: imports,
  };
}

export interface ImportRun {
  source: string;
  at: string;
  startedAt: string | null;
  new: number;
  closed: number;
  moved: number;
}

export const IMPORT_RUN_YEARS = { min: 2000, max: 2100 } as const;

/** The complete runs of the API importers that ended in a year, last first: organisations new, closed and moved. */
export async function getImportRuns(reader: GraphReader, year: number): Promise<ImportRun[]> {
  if (!Number.isInteger(year) || year < IMPORT_RUN_YEARS.min || year > IMPORT_RUN_YEARS.max) {
    throw new InvalidArgument(
      `year must be between ${IMPORT_RUN_YEARS.min} and ${IMPORT_RUN_YEARS.max} (got ${year})`,
      "year",
    );
  }
  return reader.read(importRuns, { from: `${year}-01-01T00:00:00Z`, to: `${year + 1}-01-01T00:00:00Z` });
}
