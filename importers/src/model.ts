/**
 * What the sources produce and the writer consumes: organisations found in a
 * file, with the keys that identify them in the registers and the values the
 * file gives. Sources read and validate; the writer decides what changes.
 */
import type { LatLon } from "./geo";

export type OrganisationLabel = "EssStructure" | "Business";

/** A value the importer writes: strings, numbers, booleans, a list of strings, a WGS84 location, or null (the file has nothing). */
export type FieldValue = string | number | boolean | readonly string[] | LatLon | null;

export type ImportSource = "sirene" | "rna" | "csv" | "annuaire" | "generated";

export interface OrganisationRecord {
  /** Which importer read it: each source's last values are remembered apart. */
  source: ImportSource;
  label: OrganisationLabel;
  /** Natural keys, in the order they are looked up: SIRET, then RNA id. */
  siret: string | null;
  rnaId: string | null;
  /** Id of the node when the import creates it (stable: derived from the natural key). */
  newId: string;
  /** Imported fields (graph property → value). */
  fields: Record<string, FieldValue>;
  /** INSEE code of the town (one of the territory's). */
  inseeCode: string;
  /** Theme codes suggested by the activity. */
  themes: string[];
  /** Where the values come from: a file and its line, or for an API its host and the row's number in the run. */
  file: string;
  line: number;
  /** Provenance when a line number says nothing (an API's query and page); "line N" otherwise. */
  ref?: string;
  /**
   * Only update an organisation already in the graph (a closed establishment
   * is marked closed, never created); when there is none, the row is skipped
   * for this reason.
   */
  updateOnly?: string;
  /** Provenance kind of what the import writes (default OPEN_DATA_IMPORT); generated territories write ILLUSTRATIVE. */
  sourceKind?: "OPEN_DATA_IMPORT" | "ILLUSTRATIVE";
}

/** What happened to each row read, for the summary. */
export interface ImportCounts {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rejected: number;
  /** Fields left as a coordinator edited them (the report lists them). */
  keptEdits: number;
}

export const emptyCounts = (): ImportCounts => ({
  read: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  rejected: 0,
  keptEdits: 0,
});
