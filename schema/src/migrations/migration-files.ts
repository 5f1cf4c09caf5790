/**
 * Reads versioned Cypher migrations in neo4j-migrations' format, so that a
 * database migrated here is one the real tool (eu.michael-simons.neo4j) reads
 * as its own, and the other way round:
 *
 * - a file is named `V<version>__<description>.cypher`, `V0002__saved_views.cypher`;
 *   the version is "0002", the description "saved views" (underscores read as spaces);
 * - statements end with ";" followed by a line break; a statement made only of
 *   `//` comment lines is not run;
 * - the checksum is the CRC32 of every statement (trimmed, without its ";",
 *   comments included) in UTF-8, one after the other, as an unsigned decimal.
 *
 * @see https://michael-simons.github.io/neo4j-migrations/current/#concepts_naming-conventions
 * @see docs/adr/0004-versioned-migrations.md
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";

/** Where this release's migrations are (schema/migrations, shipped with the package). */
export const MIGRATIONS_DIR = join(__dirname, "..", "..", "migrations");

export interface CypherMigration {
  /** "0001": what the database records and versions are compared by. */
  version: string;
  description: string;
  /** The file name, recorded as the migration's source. */
  source: string;
  checksum: string;
  /** The statements to run, comment-only ones left out. */
  statements: string[];
}

const FILE_NAME = /^V(\d+(?:_\d+)*|\d+(?:\.\d+)*)__([\w ]+)\.cypher$/;
const STATEMENT_END = /;(?:\r\n|\n|\r)/;
const LINE = /\r\n|\n|\r/;

export function parseMigrationName(fileName: string): { version: string; description: string } {
  const match = FILE_NAME.exec(fileName);
  if (!match)
    throw new Error(
      `${fileName} is not a migration's name: V<version>__<description>.cypher, e.g. V0002__saved_views.cypher`,
    );
  return { version: match[1].replaceAll("_", "."), description: match[2].replaceAll("_", " ") };
}

/** Every statement of a script, comment-only ones included (they count in the checksum). */
export function splitStatements(text: string): string[] {
  return text
    .split(STATEMENT_END)
    .map((s) => s.trim().replace(/;$/, "").trim())
    .filter((s) => s.length > 0);
}

export function isCommentOnly(statement: string): boolean {
  return statement.split(LINE).every((line) => line.trim() === "" || line.trim().startsWith("//"));
}

export function checksum(statements: string[]): string {
  let crc = 0;
  for (const statement of statements) crc = crc32(Buffer.from(statement, "utf8"), crc);
  return String(crc >>> 0);
}

export function readMigration(fileName: string, text: string): CypherMigration {
  const all = splitStatements(text);
  return {
    ...parseMigrationName(fileName),
    source: fileName,
    checksum: checksum(all),
    statements: all.filter((s) => !isCommentOnly(s)),
  };
}

/** The migrations of a folder in the order they apply (neo4j-migrations compares versions as text). */
export function loadMigrations(dir: string = MIGRATIONS_DIR): CypherMigration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .map((f) => readMigration(f, readFileSync(join(dir, f), "utf8")))
    .sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i].version === migrations[i - 1].version) {
      throw new Error(
        `two migrations have version ${migrations[i].version}: ${migrations[i - 1].source} and ${migrations[i].source}`,
      );
    }
  }
  return migrations;
}
