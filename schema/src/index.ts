export { typeDefs, TYPE_DEFS_PATH } from "./type-defs";
export { intProperties, type IntProperties } from "./property-types";
export { SCHEMA_STATEMENTS, EXPECTED_INDEX_NAMES, FULLTEXT_ANALYZER, UNIQUE_PROPERTIES, RECORD_LABELS } from "./database-schema";
export * from "./validation";
export * from "./text-formats";
