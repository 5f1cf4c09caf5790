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
export * from "./opportunities/random-graph";
export * from "./opportunities/evaluation";
