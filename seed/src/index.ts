export { seedDatabase, seedSpec, isSeeded, applyDatabaseSchema, SeedRefused, type SeedOptions } from "./seed-database";
export { writeSpec, checkSpec, type WriteSummary } from "./writer";
export { generateDemo, DEFAULT_SEED, type DemoTown, type DemoOptions } from "./demo";
export { BUSINESS_PER_TOWN_MIN, ESS_PER_TOWN_MIN } from "./demo/organisations";
export { REAL_INSTITUTION } from "./demo/spec";
