/**
 * What other packages may use from graph-api without starting a server: the
 * opportunity scoring pieces that the research tools (@maillage/tools) evaluate
 * offline, and the read-only statements they replay against a database.
 * The server's entry point is index.ts; nothing here opens a port.
 */
export {
  buildCooperationGraph,
  commonNeighbourList,
  degree,
  hasEdge,
  type CooperationEdge,
  type CooperationGraph,
} from "./domain/opportunities/cooperation-graph";
export type { OrganisationProfile } from "./domain/opportunities/context";
export { linkScores, HEURISTICS, type LinkScores } from "./domain/opportunities/link-prediction";
export { themeOverlap } from "./domain/opportunities/partnerships";
export {
  pairSignals,
  pairTables,
  SIGNAL_COUNT,
  type FeatureProfile,
  type PairTables,
} from "./domain/opportunities/partnership-features";
export {
  fitLogistic,
  fitPartnershipModel,
  linearScore,
  needsRefit,
  SINGLE_HEURISTICS,
  withoutEdges,
  type Decision,
  type PartnershipModel,
} from "./domain/opportunities/partnership-model";
export { auc, averagePrecision } from "./domain/opportunities/ranking-measures";
export { createGraphReader, type GraphReader } from "./db/graph-reader";
export { cooperationEdges } from "./cypher/opportunities/cooperation-edges.cypher";
export { organisationProfiles } from "./cypher/opportunities/organisation-profiles.cypher";
export { partnershipEdges } from "./cypher/opportunities/partnership-edges.cypher";
export { recordedOpportunities } from "./cypher/opportunities/recorded-opportunities.cypher";
export { SUGGESTERS } from "./domain/opportunities/finder";
export { loadOpportunityContext } from "./domain/opportunities/snapshot";
export { buildOpportunityContext, type OpportunityContext } from "./domain/opportunities/context";
export { heldOutLinks } from "./cypher/opportunities/held-out-links.cypher";
