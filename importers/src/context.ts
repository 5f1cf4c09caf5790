/**
 * What a source needs while reading: the territory's towns and every INSEE
 * commune code (to tell "elsewhere in France" from "not a commune"), the
 * counts, the report and the progress display.
 */
import { loadTerritory } from "@maillage/seed";
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
}

export function createImportContext(counts: ImportCounts, report: ImportReport, progress: Progress): ImportContext {
  const communes = require("@etalab/decoupage-administratif/data/communes.json") as { code: string }[];
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
  };
}
