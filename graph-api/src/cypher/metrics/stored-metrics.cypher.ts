import { cypher } from "../query";

export type Params = { key: string };
export type Row = { snapshot: StoredMetrics };

/** A stored snapshot of network metrics: one node per time slice, values in arrays parallel to `ids`. */
export interface StoredMetrics {
  key: string;
  asOf: number | null;
  /** Whether illustrative (invented demo) data count in these figures. */
  illustrative: "INCLUDE" | "EXCLUDE";
  /** Illustrative nodes counted in these figures (0 when they are left out). */
  illustrativeNodeCount: number;
  /** Illustrative nodes of the slice left out of these figures (0 when they are included). */
  illustrativeNodesLeftOut: number;
  /** Whether ties that ended before the current year count (INCLUDE: the whole history). */
  endedTies?: "INCLUDE" | "EXCLUDE";
  /** With endedTies EXCLUDE: ties that ended before this year were left out. */
  endedTiesBefore?: number | null;
  computedAt: string;
  fingerprint: string;
  nodeCount: number;
  edgeCount: number;
  relationshipCount: number;
  undatedRelationships: number;
  modularity: number;
  communityCount: number;
  componentCount: number;
  pathSources: number;
  exact: boolean;
  ids: string[];
  /** Node type (EssStructure, Business, Event…) and name, parallel to ids. */
  types: string[];
  names: string[];
  degree: number[];
  weightedDegree: number[];
  betweenness: number[];
  closeness: number[];
  pagerank: number[];
  eigenvector: number[];
  clustering: number[];
  community: number[];
  component: number[];
}

export const storedMetrics = cypher<Params, Row>(
  "metrics/stored-metrics",
  /* cypher */ `
  MATCH (m:NetworkMetrics {key: $key})
  RETURN m { .*, computedAt: toString(m.computedAt) } AS snapshot`,
);
