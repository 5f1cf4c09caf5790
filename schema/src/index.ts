export { typeDefs, TYPE_DEFS_PATH } from "./type-defs";
export { intProperties, type IntProperties } from "./property-types";
export { EXPECTED_INDEX_NAMES, UNIQUE_PROPERTIES, RECORD_LABELS } from "./database-schema";
export * from "./migrations";
