/**
 * What this build is: the release (the root package.json's semantic version,
 * see CHANGELOG.md) and the latest database migration it knows (the
 * database's version once graph-api has started on it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadMigrations } from "@maillage/schema";

export interface Versions {
  api: string;
  schema: string;
}

/** graph-api/src and graph-api/dist both sit two folders below the root. */
const ROOT_PACKAGE = join(__dirname, "..", "..", "package.json");

export const VERSIONS: Versions = Object.freeze({
  api: (JSON.parse(readFileSync(ROOT_PACKAGE, "utf8")) as { version: string }).version,
  schema: loadMigrations().at(-1)?.version ?? "none",
});
