/**
 * Dataset versions kept on disk: `npm run snapshot` writes one folder per
 * version, `<YYYY-MM-DD>-<version>`, holding every file of datasetFiles();
 * the API serves them again by version. A folder is written under a temporary
 * name and renamed when complete, so a half-written version is never served.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DATASET_FILES, type DatasetFile } from "./package";
import { isDatasetVersion } from "./dataset-version";

export const defaultDatasetsDir = () => resolve(process.env.DATASETS_DIR ?? "datasets");

export interface KeptVersion {
  version: string;
  date: string;
  folder: string;
}

/** The versions kept in `dir`, newest first. */
export function keptVersions(dir: string): KeptVersion[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => /^(\d{4}-\d{2}-\d{2})-([0-9a-f]{16})$/.exec(e.name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ date: m[1], version: m[2], folder: join(dir, m[0]) }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** One file of a kept version; null when the version or the file is not kept. */
export function keptFile(dir: string, version: string, file: string): string | null {
  if (!isDatasetVersion(version) || !(DATASET_FILES as readonly string[]).includes(file)) return null;
  const kept = keptVersions(dir).find((k) => k.version === version);
  if (!kept || !existsSync(join(kept.folder, file))) return null;
  return readFileSync(join(kept.folder, file), "utf8");
}

/** Writes a version's files into `<dir>/<date>-<version>`; returns the folder, or the existing one if this version is kept already. */
export function keepVersion(dir: string, version: string, files: Record<DatasetFile, string>, date: Date): string {
  const existing = keptVersions(dir).find((k) => k.version === version);
  if (existing) return existing.folder;
  const folder = join(dir, `${date.toISOString().slice(0, 10)}-${version}`);
  const partial = `${folder}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  for (const name of DATASET_FILES) writeFileSync(join(partial, name), files[name]);
  renameSync(partial, folder);
  return folder;
}
