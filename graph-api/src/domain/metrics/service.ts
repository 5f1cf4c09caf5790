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
import { computeMetrics, type MetricsOptions } from "./compute";
import { InvalidArgument } from "../errors";

export type { StoredMetrics };

/** Years a slice may be asked for: the programme started in 2016; older data may exist. */
export const AS_OF_MIN = 1900;
export const AS_OF_MAX = 2100;

export class InvalidMetricsRequest extends InvalidArgument {}

export function checkAsOf(asOf: number | null | undefined, argument = "asOf"): number | null {
  if (asOf === null || asOf === undefined) return null;
  if (!Number.isInteger(asOf) || asOf < AS_OF_MIN || asOf > AS_OF_MAX) {
    throw new InvalidMetricsRequest(`${argument} must be a year between ${AS_OF_MIN} and ${AS_OF_MAX} (got ${asOf})`, argument);
  }
  return asOf;
}

const keyOf = (asOf: number | null) => (asOf === null ? "all" : String(asOf));

/** The graph as loaded from Neo4j: relationships with their years, nodes with their public attributes. */
export interface LoadedGraph {
  relationships: (DatedRelationship & { kind: string | null; sourceKind: string | null })[];
  nodes: NodeRow[];
}

/** One time slice of the loaded graph: its node ids (isolated organisations included) and relationships. */
export function sliceOf(graph: LoadedGraph, asOf: number | null) {
  const organisations = graph.nodes.filter((n) => n.organisation);
  const slice = sliceAsOf(organisations, graph.relationships, asOf);
  return { ...slice, relationships: slice.relationships as LoadedGraph["relationships"] };
}

/** Computes the metrics of one slice of a loaded graph, in the stored shape. */
export async function metricsOfSlice(graph: LoadedGraph, asOf: number | null, fingerprint: string, options: Partial<MetricsOptions> = {}): Promise<StoredMetrics> {
  const slice = sliceOf(graph, asOf);
  const net = buildNetwork(slice.nodes, slice.relationships);
  const m = await computeMetrics(net, options);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    key: keyOf(asOf),
    asOf,
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
    clustering: [...m.clustering],
    community: [...m.community],
    component: [...m.component],
  };
}

export async function loadGraph(reader: GraphReader): Promise<LoadedGraph> {
  const [rels, nodes] = await Promise.all([reader.read(networkRelationships, {}), reader.read(networkNodes, {})]);
  return { relationships: rels.map((r: RelationshipRow) => ({ ...r })), nodes };
}

export interface MetricsService {
  /** The metrics of a slice, computed again first if the graph changed since they were stored. */
  get(asOf: number | null): Promise<StoredMetrics>;
  /** Computes and stores the metrics of these slices now. */
  refresh(asOfs: (number | null)[]): Promise<StoredMetrics[]>;
  /** The graph and the current metrics of a slice, for exports. */
  withGraph(asOf: number | null): Promise<{ graph: LoadedGraph; metrics: StoredMetrics }>;
}

export function createMetricsService(reader: GraphReader, writer: GraphWriter, options: Partial<MetricsOptions> = {}): MetricsService {
  const cache = new Map<string, StoredMetrics>();
  const inFlight = new Map<string, Promise<StoredMetrics>>();
  let graphCache: { fingerprint: string; graph: LoadedGraph } | null = null;

  const fingerprintNow = async () => (await reader.read(networkFingerprint, {}))[0]?.fingerprint ?? "";
  const graphAt = async (fingerprint: string) => {
    if (graphCache?.fingerprint !== fingerprint) graphCache = { fingerprint, graph: await loadGraph(reader) };
    return graphCache.graph;
  };

  const compute = (asOf: number | null, fingerprint: string): Promise<StoredMetrics> => {
    const key = keyOf(asOf);
    const running = inFlight.get(key);
    if (running) return running;
    const work = (async () => {
      const snapshot = await metricsOfSlice(await graphAt(fingerprint), asOf, fingerprint, options);
      await writer.transaction((run) => run(storeMetrics, { snapshot }));
      cache.set(key, snapshot);
      return snapshot;
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, work);
    return work;
  };

  const get = async (asOf: number | null): Promise<StoredMetrics> => {
    const key = keyOf(checkAsOf(asOf));
    const fingerprint = await fingerprintNow();
    const cached = cache.get(key);
    if (cached?.fingerprint === fingerprint) return cached;
    const [stored] = await reader.read(storedMetrics, { key });
    if (stored?.snapshot.fingerprint === fingerprint) {
      const snapshot = { ...stored.snapshot, asOf: stored.snapshot.asOf ?? null };
      cache.set(key, snapshot);
      return snapshot;
    }
    return compute(asOf, fingerprint);
  };

  return {
    get,
    async refresh(asOfs) {
      const years = asOfs.length ? asOfs.map((y) => checkAsOf(y)) : [null];
      const fingerprint = await fingerprintNow();
      const out: StoredMetrics[] = [];
      for (const asOf of years) out.push(await compute(asOf, fingerprint));
      return out;
    },
    async withGraph(asOf) {
      const metrics = await get(asOf);
      return { graph: await graphAt(metrics.fingerprint), metrics };
    },
  };
}
