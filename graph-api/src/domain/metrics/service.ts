/**
 * Network metrics as the API serves them: computed from the graph in Neo4j,
 * stored as one :NetworkMetrics snapshot per time slice (with the date it was
 * computed and a fingerprint of the graph it was computed from), and computed
 * again when the graph has changed since (after an import or an edit), or on
 * demand (refreshNetworkMetrics, `npm run metrics`).
 *
 * Concurrent requests for the same slice share one computation.
 */
import type { GraphReader, GraphWriter } from "../ports";
import { networkRelationships, type Row as RelationshipRow } from "../../cypher/metrics/network-relationships.cypher";
import { networkNodes, type Row as NodeRow } from "../../cypher/metrics/network-nodes.cypher";
import { networkFingerprint } from "../../cypher/metrics/network-fingerprint.cypher";
import { storedMetrics, type StoredMetrics } from "../../cypher/metrics/stored-metrics.cypher";
import { storeMetrics } from "../../cypher/metrics/store-metrics.cypher";
import { buildNetwork, sliceAsOf, type DatedRelationship } from "./network";
import { computeMetrics, METRICS_DEFAULTS, type MetricsOptions } from "./compute";
import { InvalidArgument } from "../errors";
import { relationshipIds } from "../export/relationship-id";
import { datasetVersion } from "../export/dataset-version";

export type { StoredMetrics };

/** Years a slice may be asked for: the programme started in 2016; older data may exist. */
export const AS_OF_MIN = 1900;
export const AS_OF_MAX = 2100;

export class InvalidMetricsRequest extends InvalidArgument {}

export function checkAsOf(asOf: number | null | undefined, argument = "asOf"): number | null {
  if (asOf === null || asOf === undefined) return null;
  if (!Number.isInteger(asOf) || asOf < AS_OF_MIN || asOf > AS_OF_MAX) {
    throw new InvalidMetricsRequest(
      `${argument} must be a year between ${AS_OF_MIN} and ${AS_OF_MAX} (got ${asOf})`,
      argument,
    );
  }
  return asOf;
}

/**
 * Whether invented demo data (nodes and relationships whose sourceKind is
 * ILLUSTRATIVE) count in the figures. Every snapshot says which, and how many
 * illustrative nodes it holds or left out.
 */
export type IllustrativeData = "INCLUDE" | "EXCLUDE";
const ILLUSTRATIVE = "ILLUSTRATIVE";

/**
 * Whether relationships that have ended (`until` before the current year)
 * count in the whole graph: INCLUDE (the default) is the whole history, every
 * tie ever recorded; EXCLUDE is the current network. A year slice (asOf)
 * already leaves out the ties ended before its year.
 */
export type EndedTies = "INCLUDE" | "EXCLUDE";

/** What a snapshot covers: a year (or all years), illustrative data or not, ended ties or not. */
export interface MetricsScope {
  asOf: number | null;
  illustrative: IllustrativeData;
  endedTies: EndedTies;
}

/** The current year (UTC): ties that ended before it are "ended". */
export const currentYear = () => new Date().getUTCFullYear();

export function checkScope(asOf: number | null | undefined, endedTies: EndedTies = "INCLUDE"): number | null {
  const year = checkAsOf(asOf);
  if (year !== null && endedTies === "EXCLUDE")
    throw new InvalidMetricsRequest(
      "endedTies: EXCLUDE applies to the whole graph; a year slice (asOf) already leaves out the ties ended before its year",
      "endedTies",
    );
  return year;
}

const keyOf = (asOf: number | null, illustrative: IllustrativeData, endedTies: EndedTies = "INCLUDE") =>
  (asOf === null ? "all" : String(asOf)) +
  (illustrative === "EXCLUDE" ? ":without-illustrative" : "") +
  (endedTies === "EXCLUDE" ? `:current-${currentYear()}` : "");

/** A relationship as loaded: its stable id, ends, years, key properties and provenance. */
export type LoadedRelationship = DatedRelationship & {
  id: string;
  kind: string | null;
  year: number | null;
  source_: string | null;
  sourceKind: string | null;
  sourceRef: string | null;
};

/** The graph as loaded from Neo4j: relationships with their years, nodes with their public attributes. */
export interface LoadedGraph {
  relationships: LoadedRelationship[];
  nodes: NodeRow[];
}

/** The graph without the relationships that ended before `year` (the current network). */
export function withoutEndedTies(graph: LoadedGraph, year: number): LoadedGraph {
  return { nodes: graph.nodes, relationships: graph.relationships.filter((r) => r.end === null || r.end >= year) };
}

/** The graph without illustrative nodes, illustrative relationships and relationships to a node left out. */
export function withoutIllustrative(graph: LoadedGraph): LoadedGraph {
  const nodes = graph.nodes.filter((n) => n.sourceKind !== ILLUSTRATIVE);
  const kept = new Set(nodes.map((n) => n.id));
  return {
    nodes,
    relationships: graph.relationships.filter(
      (r) => r.sourceKind !== ILLUSTRATIVE && kept.has(r.source) && kept.has(r.target),
    ),
  };
}

/** The loaded graph as a scope asks for it. */
export function scopeOf(
  graph: LoadedGraph,
  illustrative: IllustrativeData,
  endedTies: EndedTies = "INCLUDE",
): LoadedGraph {
  const scoped = illustrative === "EXCLUDE" ? withoutIllustrative(graph) : graph;
  return endedTies === "EXCLUDE" ? withoutEndedTies(scoped, currentYear()) : scoped;
}

/** One time slice of the loaded graph: its node ids (isolated organisations included) and relationships. */
export function sliceOf(graph: LoadedGraph, asOf: number | null) {
  const organisations = graph.nodes.filter((n) => n.organisation);
  const slice = sliceAsOf(organisations, graph.relationships, asOf);
  return { ...slice, relationships: slice.relationships as LoadedGraph["relationships"] };
}

/** Illustrative nodes of a slice's network: its organisations and the events and resources its relationships reach. */
function illustrativeNodesOf(graph: LoadedGraph, asOf: number | null): number {
  const slice = sliceOf(graph, asOf);
  const ids = new Set([...slice.nodes, ...slice.relationships.flatMap((r) => [r.source, r.target])]);
  return graph.nodes.filter((n) => n.sourceKind === ILLUSTRATIVE && ids.has(n.id)).length;
}

/** Computes the metrics of one slice of a loaded graph (whole, illustrative data included or not), in the stored shape. */
export async function metricsOfSlice(
  whole: LoadedGraph,
  asOf: number | null,
  fingerprint: string,
  options: Partial<MetricsOptions> = {},
  illustrative: IllustrativeData = "INCLUDE",
  endedTies: EndedTies = "INCLUDE",
): Promise<StoredMetrics> {
  const graph = scopeOf(whole, illustrative, endedTies);
  const slice = sliceOf(graph, asOf);
  const net = buildNetwork(slice.nodes, slice.relationships);
  const m = await computeMetrics(net, options);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const isIllustrative = (id: string) => byId.get(id)?.sourceKind === ILLUSTRATIVE;
  const illustrativeNodeCount = m.ids.filter(isIllustrative).length;
  const illustrativeNodesLeftOut = illustrative === "EXCLUDE" ? illustrativeNodesOf(whole, asOf) : 0;
  return {
    key: keyOf(asOf, illustrative, endedTies),
    asOf,
    illustrative,
    endedTies,
    endedTiesBefore: endedTies === "EXCLUDE" ? currentYear() : null,
    illustrativeNodeCount,
    illustrativeNodesLeftOut,
    computedAt: new Date().toISOString(),
    fingerprint,
    nodeCount: net.ids.length,
    edgeCount: net.edgeCount,
    relationshipCount: slice.relationships.filter((r) => r.source !== r.target).length,
    undatedRelationships: slice.undatedRelationships,
    modularity: m.modularity,
    communityCount: m.communityCount,
    componentCount: m.component.length ? Math.max(...m.component) + 1 : 0,
    pathSources: m.pathSources,
    exact: m.exact,
    ids: [...m.ids],
    types: m.ids.map((id) => byId.get(id)?.type ?? "Unknown"),
    names: m.ids.map((id) => byId.get(id)?.name ?? id),
    degree: [...m.degree],
    weightedDegree: [...m.weightedDegree],
    betweenness: [...m.betweenness],
    closeness: [...m.closeness],
    pagerank: [...m.pagerank],
    eigenvector: [...m.eigenvector],
    clustering: [...m.clustering],
    community: [...m.community],
    component: [...m.component],
  };
}

export async function loadGraph(reader: GraphReader): Promise<LoadedGraph> {
  const [rels, nodes] = await Promise.all([reader.read(networkRelationships, {}), reader.read(networkNodes, {})]);
  const ids = relationshipIds(rels, (r: RelationshipRow) =>
    JSON.stringify([r.start, r.end, r.source_, r.sourceKind, r.sourceRef]),
  );
  const relationships = rels.map((r: RelationshipRow, i) => ({ ...r, id: ids[i] }));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // Sorted by id: every computation and every file then follows the same order, whatever order the database answered in.
  return { relationships: relationships.sort(byId), nodes: [...nodes].sort(byId) };
}

export interface MetricsService {
  /** The metrics of a slice, computed again first if the graph changed since they were stored. */
  get(asOf: number | null, illustrative?: IllustrativeData, endedTies?: EndedTies): Promise<StoredMetrics>;
  /** Computes and stores the metrics of these slices now. */
  refresh(asOfs: (number | null)[], illustrative?: IllustrativeData): Promise<StoredMetrics[]>;
  /** The graph (in the same scope), the current metrics of a slice and the dataset version, for exports. */
  withGraph(
    asOf: number | null,
    illustrative?: IllustrativeData,
    endedTies?: EndedTies,
  ): Promise<{ graph: LoadedGraph; metrics: StoredMetrics; version: string }>;
  /** The whole public graph as it is now, and its dataset version. */
  current(): Promise<{ graph: LoadedGraph; version: string }>;
  /** The parameters the metrics are computed with. */
  readonly parameters: MetricsOptions;
}

export function createMetricsService(
  reader: GraphReader,
  writer: GraphWriter,
  options: Partial<MetricsOptions> = {},
): MetricsService {
  const cache = new Map<string, StoredMetrics>();
  const inFlight = new Map<string, Promise<StoredMetrics>>();
  let graphCache: { fingerprint: string; graph: LoadedGraph; version: string } | null = null;

  const fingerprintNow = async () => (await reader.read(networkFingerprint, {}))[0]?.fingerprint ?? "";
  const loadedAt = async (fingerprint: string) => {
    if (graphCache?.fingerprint !== fingerprint) {
      const graph = await loadGraph(reader);
      graphCache = { fingerprint, graph, version: datasetVersion(graph) };
    }
    return graphCache;
  };
  const graphAt = async (fingerprint: string) => (await loadedAt(fingerprint)).graph;

  const compute = (
    asOf: number | null,
    fingerprint: string,
    illustrative: IllustrativeData,
    endedTies: EndedTies = "INCLUDE",
  ): Promise<StoredMetrics> => {
    const key = keyOf(asOf, illustrative, endedTies);
    const running = inFlight.get(key);
    if (running) return running;
    const work = (async () => {
      const snapshot = await metricsOfSlice(
        await graphAt(fingerprint),
        asOf,
        fingerprint,
        options,
        illustrative,
        endedTies,
      );
      await writer.transaction((run) => run(storeMetrics, { snapshot }));
      cache.set(key, snapshot);
      return snapshot;
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, work);
    return work;
  };

  const get = async (
    asOf: number | null,
    illustrative: IllustrativeData = "INCLUDE",
    endedTies: EndedTies = "INCLUDE",
  ): Promise<StoredMetrics> => {
    const key = keyOf(checkScope(asOf, endedTies), illustrative, endedTies);
    const fingerprint = await fingerprintNow();
    const cached = cache.get(key);
    if (cached?.fingerprint === fingerprint) return cached;
    const [stored] = await reader.read(storedMetrics, { key });
    // A snapshot stored by an earlier version does not say what it includes (or lacks a metric): computed again.
    if (stored?.snapshot.fingerprint === fingerprint && stored.snapshot.illustrative && stored.snapshot.eigenvector) {
      const snapshot = { ...stored.snapshot, asOf: stored.snapshot.asOf ?? null };
      cache.set(key, snapshot);
      return snapshot;
    }
    return compute(asOf, fingerprint, illustrative, endedTies);
  };

  return {
    get,
    parameters: { ...METRICS_DEFAULTS, ...options },
    async refresh(asOfs, illustrative = "INCLUDE") {
      const years = asOfs.length ? asOfs.map((y) => checkAsOf(y)) : [null];
      const fingerprint = await fingerprintNow();
      const out: StoredMetrics[] = [];
      for (const asOf of years) out.push(await compute(asOf, fingerprint, illustrative));
      return out;
    },
    async withGraph(asOf, illustrative = "INCLUDE", endedTies = "INCLUDE") {
      const metrics = await get(asOf, illustrative, endedTies);
      const loaded = await loadedAt(metrics.fingerprint);
      return { graph: scopeOf(loaded.graph, illustrative, endedTies), metrics, version: loaded.version };
    },
    async current() {
      const { graph, version } = await loadedAt(await fingerprintNow());
      return { graph, version };
    },
  };
}
