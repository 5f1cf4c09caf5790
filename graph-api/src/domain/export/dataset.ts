/**
 * The exported dataset of the cooperation network (docs/research.md): its nodes
 * with their public attributes, provenance and metrics, and one edge per
 * relationship with its stable id, years and provenance — whole, as of a year,
 * or the current network only.
 *
 * Byte-stable: nodes and edges sorted by id, no timestamp; the dataset version
 * (a content hash, dataset-version.ts) says which graph a file holds.
 *
 * Pseudonymised: ids replaced by stable pseudonyms (HMAC of the id, see
 * metrics/pseudonym.ts); no names, coordinates or provenance references.
 * Complete: the ids every query gives, names, coordinates and provenance.
 * People's contacts are never in the cooperation graph.
 */
import type { LoadedGraph, StoredMetrics } from "../metrics/service";
import { sliceOf } from "../metrics/service";
import type { Pseudonymise } from "../metrics/pseudonym";
import type { Attribute, Cell, Dataset } from "./formats";
import { relationshipIds } from "./relationship-id";
import { DATASET_FORMAT } from "./dataset-version";
import { DATA_LICENCE, LICENCE_NOTE, citation } from "./licence";
import { configuredTerritory } from "@maillage/reference";
import { enumLabel } from "@maillage/model";

/** The one definition of degree, said wherever a field is named so. */
export const DEGREE_DEFINITION =
  "Number of distinct neighbours in the cooperation network: organisations, events and shared resources linked by PARTNERS_WITH, PURCHASES_FROM, FUNDS, SUPPORTS, MEMBER_OF, STUDIES, ATTENDED or POOLS, in either direction (self-loops excluded).";

export const METRIC_ATTRIBUTES: Attribute[] = [
  { name: "degree", type: "int", unit: "neighbours", description: DEGREE_DEFINITION },
  {
    name: "weightedDegree",
    type: "double",
    unit: "relationships",
    description: 'Number of relationships with its neighbours (NetworkX\'s G.degree(weight="weight")).',
  },
  {
    name: "betweenness",
    type: "double",
    unit: "share of shortest paths, 0 to 1",
    description: "Normalised betweenness centrality in hops (NetworkX's betweenness_centrality).",
  },
  {
    name: "closeness",
    type: "double",
    unit: "0 to 1",
    description: "Closeness centrality, Wasserman–Faust (NetworkX's closeness_centrality).",
  },
  {
    name: "pagerank",
    type: "double",
    unit: "probability; a network's values sum to 1",
    description:
      'PageRank, damping 0.85, weighted by relationships (NetworkX\'s pagerank(G, alpha=0.85, weight="weight", tol=1e-10)).',
  },
  {
    name: "eigenvector",
    type: "double",
    unit: "L2-normalised",
    description:
      'Eigenvector centrality weighted by relationships (NetworkX\'s eigenvector_centrality(G, weight="weight", tol=1e-10, max_iter=10000)).',
  },
  { name: "clustering", type: "double", unit: "0 to 1", description: "Local clustering coefficient (unweighted)." },
  {
    name: "community",
    type: "int",
    unit: "community number",
    description: "Louvain community, numbered by decreasing size from 0.",
  },
  {
    name: "component",
    type: "int",
    unit: "component number",
    description: "Connected component, numbered by decreasing size from 0.",
  },
];

const PUBLIC_NODE_ATTRIBUTES: Attribute[] = [
  {
    name: "type",
    type: "string",
    description: "EssStructure, Business, Financer, SupportProvider, ResearchUnit, Event or SharedResource.",
  },
  {
    name: "inseeCode",
    type: "string",
    description: "INSEE code of its town (5 characters, read as text: Corsican codes hold letters), when known.",
  },
  { name: "legalForm", type: "string", description: "Legal form of an ESS structure (LegalForm code)." },
  { name: "legalFormFr", type: "string", description: "Legal form in French." },
  { name: "legalFormEn", type: "string", description: "Legal form in English." },
  { name: "themes", type: "string", description: "Theme codes, separated by semicolons, sorted." },
  { name: "foundedYear", type: "int", unit: "year", description: "Year founded, when known." },
  {
    name: "sourceKind",
    type: "string",
    description: "Kind of source of the record (SourceKind); ILLUSTRATIVE marks invented demo data.",
  },
];

const COMPLETE_NODE_ATTRIBUTES: Attribute[] = [
  { name: "name", type: "string", description: "Name or title." },
  { name: "latitude", type: "double", unit: "degrees (WGS84)", description: "Latitude." },
  { name: "longitude", type: "double", unit: "degrees (WGS84)", description: "Longitude." },
  {
    name: "provenance",
    type: "string",
    description: "Where the record comes from (the API's `source`: a register, a file, the programme).",
  },
  {
    name: "provenanceRef",
    type: "string",
    description: "Reference inside that source (the API's `sourceRef`: record id, line).",
  },
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
    unit: "year",
    description: "First year (year of the funding decision, of the event attended), when known.",
  },
  { name: "until", type: "int", unit: "year", description: "Last year, when it ended." },
  {
    name: "sourceKind",
    type: "string",
    description: "Kind of source of the fact (SourceKind); ILLUSTRATIVE marks invented demo data.",
  },
];

const COMPLETE_EDGE_ATTRIBUTES: Attribute[] = [
  { name: "provenance", type: "string", description: "Where the fact comes from (the API's `source`)." },
  { name: "provenanceRef", type: "string", description: "Reference inside that source (the API's `sourceRef`)." },
];

/** Every column of the complete dataset (the one /api/datasets publishes), nodes and edges. */
export function datasetAttributes(): { nodes: Attribute[]; edges: Attribute[] } {
  return {
    nodes: [...PUBLIC_NODE_ATTRIBUTES, ...COMPLETE_NODE_ATTRIBUTES, ...METRIC_ATTRIBUTES],
    edges: [...EDGE_ATTRIBUTES, ...COMPLETE_EDGE_ATTRIBUTES],
  };
}

export interface DatasetOptions {
  asOf: number | null;
  pseudonymised: boolean;
  pseudonymise: Pseudonymise;
  /** The dataset version of the graph the dataset was built from. */
  version: string;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildDataset(graph: LoadedGraph, metrics: StoredMetrics, options: DatasetOptions): Dataset {
  const slice = sliceOf(graph, options.asOf);
  const id = options.pseudonymised ? options.pseudonymise : (x: string) => x;
  const byNodeId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodeAttributes = [
    ...PUBLIC_NODE_ATTRIBUTES,
    ...(options.pseudonymised ? [] : COMPLETE_NODE_ATTRIBUTES),
    ...METRIC_ATTRIBUTES,
  ];
  const edgeAttributes = [...EDGE_ATTRIBUTES, ...(options.pseudonymised ? [] : COMPLETE_EDGE_ATTRIBUTES)];
  const nodes = metrics.ids
    .map((nodeId, i) => {
      const n = byNodeId.get(nodeId);
      const legalForm = n?.legalForm ?? null;
      const values: Record<string, Cell> = {
        type: metrics.types[i],
        inseeCode: n?.inseeCode,
        legalForm,
        legalFormFr: legalForm ? enumLabel("LegalForm", legalForm, "fr") : null,
        legalFormEn: legalForm ? enumLabel("LegalForm", legalForm, "en") : null,
        themes: n?.themes.length ? n.themes.join(";") : null,
        foundedYear: n?.foundedYear,
        sourceKind: n?.sourceKind,
        degree: metrics.degree[i],
        weightedDegree: metrics.weightedDegree[i],
        betweenness: metrics.betweenness[i],
        closeness: metrics.closeness[i],
        pagerank: metrics.pagerank[i],
        eigenvector: metrics.eigenvector[i],
        clustering: metrics.clustering[i],
        community: metrics.community[i],
        component: metrics.component[i],
      };
      if (!options.pseudonymised)
        Object.assign(values, {
          name: metrics.names[i],
          latitude: n?.latitude,
          longitude: n?.longitude,
          provenance: n?.source,
          provenanceRef: n?.sourceRef,
        });
      return { id: id(nodeId), values };
    })
    .sort(byId);
  const kept = slice.relationships.filter((r) => r.source !== r.target);
  // Pseudonymised files derive the ids from the pseudonyms, so that an edge id does not tell which organisations it links.
  const ends = kept.map((r) => ({ ...r, source: id(r.source), target: id(r.target) }));
  const edgeIds = options.pseudonymised
    ? relationshipIds(ends, (r) => JSON.stringify([r.start, r.end, r.sourceKind]))
    : kept.map((r) => r.id);
  const edges = ends
    .map((r, k) => {
      const values: Record<string, Cell> = {
        type: r.type,
        kind: r.kind,
        since: r.start,
        until: r.end,
        sourceKind: r.sourceKind,
      };
      if (!options.pseudonymised) Object.assign(values, { provenance: r.source_, provenanceRef: r.sourceRef });
      return { id: edgeIds[k], source: r.source, target: r.target, values };
    })
    .sort(byId);
  const territory = configuredTerritory().name;
  return {
    meta: {
      title: `Maillage: cooperation network of the social and solidarity economy of ${territory}`,
      datasetVersion: options.version,
      format: DATASET_FORMAT,
      licence: DATA_LICENCE.name,
      licenceNote: LICENCE_NOTE,
      citation: citation(territory, options.version),
      asOf: options.asOf,
      endedTies: metrics.endedTies === "EXCLUDE" ? `excluded (ended before ${metrics.endedTiesBefore})` : "included",
      pseudonymised: options.pseudonymised,
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
    edgeAttributes,
    nodes,
    edges,
  };
}
