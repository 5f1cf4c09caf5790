/**
 * The exported dataset of the cooperation network (docs/research.md): its nodes
 * with their public attributes and metrics, and one edge per relationship
 * with its years and provenance — whole or as of a year.
 *
 * Pseudonymised (the default): ids replaced by stable pseudonyms (HMAC of the
 * id, see metrics/pseudonym.ts), no names, no coordinates, no relationship
 * descriptions. People's contacts are never in the cooperation graph. Complete
 * (coordinators only): ids, names and coordinates.
 */
import type { LoadedGraph, StoredMetrics } from "../metrics/service";
import { sliceOf } from "../metrics/service";
import type { Pseudonymise } from "../metrics/pseudonym";
import type { Attribute, Cell, Dataset } from "./formats";
import { configuredTerritory } from "@maillage/reference";

const METRIC_ATTRIBUTES: Attribute[] = [
  { name: "degree", type: "int", description: "Number of distinct neighbours." },
  { name: "weightedDegree", type: "double", description: "Number of relationships with its neighbours." },
  {
    name: "betweenness",
    type: "double",
    description: "Normalised betweenness centrality (as NetworkX's betweenness_centrality).",
  },
  {
    name: "closeness",
    type: "double",
    description: "Closeness centrality, Wasserman–Faust (as NetworkX's closeness_centrality).",
  },
  { name: "pagerank", type: "double", description: "PageRank, damping 0.85, weighted by relationships." },
  { name: "clustering", type: "double", description: "Local clustering coefficient." },
  { name: "community", type: "int", description: "Louvain community (0 is the largest)." },
];

const PUBLIC_NODE_ATTRIBUTES: Attribute[] = [
  {
    name: "type",
    type: "string",
    description: "EssStructure, Business, Financer, SupportProvider, ResearchUnit, Event or SharedResource.",
  },
  { name: "inseeCode", type: "string", description: "INSEE code of its town, when known." },
  { name: "legalForm", type: "string", description: "Legal form of an ESS structure." },
  {
    name: "sourceKind",
    type: "string",
    description: "Provenance of the record; ILLUSTRATIVE marks invented demo data.",
  },
];

const COMPLETE_NODE_ATTRIBUTES: Attribute[] = [
  { name: "name", type: "string", description: "Name or title." },
  { name: "latitude", type: "double", description: "Latitude (WGS84)." },
  { name: "longitude", type: "double", description: "Longitude (WGS84)." },
];

const EDGE_ATTRIBUTES: Attribute[] = [
  {
    name: "type",
    type: "string",
    description:
      "Relationship type: PARTNERS_WITH, PURCHASES_FROM, FUNDS, SUPPORTS, MEMBER_OF, STUDIES, ATTENDED, POOLS.",
  },
  {
    name: "kind",
    type: "string",
    description: "Partnership kind, funding instrument or attendance role, when it has one.",
  },
  {
    name: "since",
    type: "int",
    description: "First year (year of the funding decision, of the event attended), when known.",
  },
  { name: "until", type: "int", description: "Last year, when it ended." },
  { name: "sourceKind", type: "string", description: "Provenance of the fact; ILLUSTRATIVE marks invented demo data." },
];

export interface DatasetOptions {
  asOf: number | null;
  pseudonymised: boolean;
  pseudonymise: Pseudonymise;
  generatedAt?: Date;
}

export function buildDataset(graph: LoadedGraph, metrics: StoredMetrics, options: DatasetOptions): Dataset {
  const slice = sliceOf(graph, options.asOf);
  const id = options.pseudonymised ? options.pseudonymise : (x: string) => x;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodeAttributes = [
    ...PUBLIC_NODE_ATTRIBUTES,
    ...(options.pseudonymised ? [] : COMPLETE_NODE_ATTRIBUTES),
    ...METRIC_ATTRIBUTES,
  ];
  const nodes = metrics.ids.map((nodeId, i) => {
    const n = byId.get(nodeId);
    const values: Record<string, Cell> = {
      type: metrics.types[i],
      inseeCode: n?.inseeCode,
      legalForm: n?.legalForm,
      sourceKind: n?.sourceKind,
      degree: metrics.degree[i],
      weightedDegree: metrics.weightedDegree[i],
      betweenness: metrics.betweenness[i],
      closeness: metrics.closeness[i],
      pagerank: metrics.pagerank[i],
      clustering: metrics.clustering[i],
      community: metrics.community[i],
    };
    if (!options.pseudonymised)
      Object.assign(values, { name: metrics.names[i], latitude: n?.latitude, longitude: n?.longitude });
    return { id: id(nodeId), values };
  });
  const edges = slice.relationships
    .filter((r) => r.source !== r.target)
    .map((r, k) => ({
      id: `e${k}`,
      source: id(r.source),
      target: id(r.target),
      values: { type: r.type, kind: r.kind, since: r.start, until: r.end, sourceKind: r.sourceKind } as Record<
        string,
        Cell
      >,
    }));
  return {
    meta: {
      title: `Maillage: cooperation network of the social and solidarity economy of ${configuredTerritory().name}`,
      asOf: options.asOf,
      pseudonymised: options.pseudonymised,
      metricsComputedAt: metrics.computedAt,
      generatedAt: (options.generatedAt ?? new Date()).toISOString(),
      nodes: nodes.length,
      relationships: edges.length,
      undatedRelationshipsLeftOut: metrics.undatedRelationships,
      illustrativeData: metrics.illustrative === "EXCLUDE" ? "excluded" : "included",
      illustrativeNodes: metrics.illustrativeNodeCount,
      illustrativeNodesLeftOut: metrics.illustrativeNodesLeftOut,
      illustrativeRelationships: edges.filter((e) => e.values.sourceKind === "ILLUSTRATIVE").length,
      note:
        metrics.illustrative === "EXCLUDE"
          ? "Real data only: invented demo data (provenance ILLUSTRATIVE) were left out."
          : "Nodes with sourceKind ILLUSTRATIVE, and relationships with sourceKind ILLUSTRATIVE, are invented demo data. Ask for illustrative=exclude for real data only.",
    },
    nodeAttributes,
    edgeAttributes: EDGE_ATTRIBUTES,
    nodes,
    edges,
  };
}
