export * from "./graph-spec";
export * from "./validation";
export * from "./text-formats";
export { mulberry32, Rng } from "./random";
export { distanceKm, haversineKm, proximity, PointGrid } from "./geo";
export * from "./generated/vocabulary";
export * from "./labels";
export {
  toGraphML,
  toGEXF,
  type AttributeType,
  type GraphAttribute,
  type GraphDocument,
  type GraphEdgeRecord,
  type GraphNodeRecord,
} from "./graph-formats";
export { fold, stripAccents } from "./text-folding";
export { connectedComponents, type Adjacency, type Components } from "./components";
export type { WidgetDirectory, WidgetEntry, WidgetLanguage } from "./widget-directory";
export { PARTNERSHIP_SIGNALS, PARTNERSHIP_SIGNAL_LABELS, type PartnershipSignal } from "./partnership-signals";
