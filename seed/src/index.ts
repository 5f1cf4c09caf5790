export * from "./graph-spec";
export { seedDatabase, seedSpec, isSeeded, applyDatabaseSchema, type SeedOptions } from "./seed-database";
export { writeSpec, checkSpec, type WriteSummary } from "./writer";
export { loadTerritory, territorySpec, GPSEA_EPT_CODE, type TownData } from "./territory";
export { programmeSpec, PROGRAMME_ID, INSTITUTION_IDS, EVENT_IDS } from "./programme";
export { THEMES } from "./themes";
export { PARTNERSHIP_KINDS, type PartnershipKind } from "./demo/vocabulary";
export { neo4jEnvSchema, toNeo4jConfig, formatEnvError, type Neo4jConfig, type Neo4jEnv } from "./neo4j-config";
export { openDriver } from "./driver";
export { mulberry32 } from "./demo/random";
export { loadComplementarity, parseComplementarity, FITS, type Complementarity, type ComplementarityRule } from "./complementarity";
export {
  GENERATED_SIZES,
  GENERATED_SOURCE,
  generatedReplica,
  generatedReplicas,
  generatedTownCode,
  type GeneratedReplica,
  type GeneratedSize,
  type GeneratedSizeName,
} from "./generated/territories";
