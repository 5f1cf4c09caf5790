export * from "./graph-spec";
export * from "./validation";
export * from "./text-formats";
export { mulberry32, Rng } from "./random";
export { distanceKm, haversineKm, proximity, PointGrid } from "./geo";
export * from "./generated/vocabulary";
export * from "./labels";
