export {
  MIGRATIONS_DIR,
  loadMigrations,
  readMigration,
  parseMigrationName,
  splitStatements,
  checksum,
  type CypherMigration,
} from "./migration-files";
export {
  migrate,
  planMigrations,
  readAppliedMigrations,
  MigrationMismatch,
  MigrationLocked,
  MigrationFailed,
  type AppliedMigration,
  type MigrateOptions,
  type MigrateResult,
} from "./migrate";
