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
export { combinedScore, themeOverlap, PARTNERSHIP_WEIGHTS } from "./domain/opportunities/partnerships";
export { createGraphReader, type GraphReader } from "./db/graph-reader";
export { cooperationEdges } from "./cypher/opportunities/cooperation-edges.cypher";
export { organisationProfiles } from "./cypher/opportunities/organisation-profiles.cypher";
export { partnershipEdges } from "./cypher/opportunities/partnership-edges.cypher";
