/**
 * What a source needs while reading: the territory's towns and every INSEE
 * commune code (to tell "elsewhere in France" from "not a commune"), the
 * counts, the report and the progress display.
 */
import { basename } from "node:path";
import { loadTerritory } from "@maillage/reference";
import type { ImportCounts } from "./model";
import type { ImportReport } from "./report";
import type { Progress } from "./progress";

export interface ImportContext {
  /** INSEE codes of the territory's 16 towns. */
  territory: ReadonlySet<string>;
  /** Every current INSEE commune code (communes, arrondissements, associated communes). */
  communes: ReadonlySet<string>;
  counts: ImportCounts;
  progress: Progress;
  reject(file: string, line: number, reason: string, key?: string): void;
  skip(reason: string): void;
  /** Something the coordinator should know about a file (a column it lacks): in the report and the summary. */
  note(file: string, line: number, reason: string): void;
  /** Lines the summary adds (what files gave, what they lacked). */
  notes: string[];
}

export function createImportContext(counts: ImportCounts, report: ImportReport, progress: Progress): ImportContext {
  const communes = require("@etalab/decoupage-administratif/data/communes.json") as { code: string }[];
  const notes: string[] = [];
  return {
    territory: new Set(loadTerritory().towns.map((t) => t.inseeCode)),
    communes: new Set(communes.map((c) => c.code)),
    counts,
    progress,
    reject(file, line, reason, key) {
      counts.rejected++;
      report.reject(file, line, reason, key);
    },
    skip(reason) {
      counts.skipped++;
      report.skip(reason);
    },
    notes,
    note(file, line, reason) {
      report.note(file, line, reason);
      notes.push(`${basename(file)}: ${reason}`);
    },
  };
}
