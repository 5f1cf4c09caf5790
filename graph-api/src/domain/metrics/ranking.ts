/**
 * Reading a stored snapshot: nodes sorted by a metric, filtered, paginated;
 * communities by size. In memory: a snapshot is a few arrays.
 */
import type { StoredMetrics } from "../../cypher/metrics/stored-metrics.cypher";
import { InvalidMetricsRequest } from "./service";

export const METRIC_NAMES = [
  "degree",
  "weightedDegree",
  "betweenness",
  "closeness",
  "pagerank",
  "eigenvector",
  "clustering",
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export interface NodeMetricsRow {
  id: string;
  type: string;
  name: string;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  eigenvector: number;
  clustering: number;
  community: number;
  component: number;
}

export function rowAt(s: StoredMetrics, i: number): NodeMetricsRow {
  return {
    id: s.ids[i],
    type: s.types[i],
    name: s.names[i],
    degree: s.degree[i],
    weightedDegree: s.weightedDegree[i],
    betweenness: s.betweenness[i],
    closeness: s.closeness[i],
    pagerank: s.pagerank[i],
    eigenvector: s.eigenvector[i],
    clustering: s.clustering[i],
    community: s.community[i],
    component: s.component[i],
  };
}

export const PAGE_MAX = 1000;

export function rankNodes(
  s: StoredMetrics,
  query: {
    sortBy: MetricName;
    descending: boolean;
    first: number;
    offset: number;
    ids?: readonly string[] | null;
    types?: readonly string[] | null;
    community?: number | null;
  },
): { total: number; rows: NodeMetricsRow[] } {
  if (!Number.isInteger(query.first) || query.first < 1 || query.first > PAGE_MAX)
    throw new InvalidMetricsRequest(`first must be between 1 and ${PAGE_MAX} (got ${query.first})`, "first");
  if (!Number.isInteger(query.offset) || query.offset < 0)
    throw new InvalidMetricsRequest(`offset must be 0 or more (got ${query.offset})`, "offset");
  const wanted = query.ids?.length ? new Set(query.ids) : null;
  const types = query.types?.length ? new Set(query.types) : null;
  const index: number[] = [];
  for (let i = 0; i < s.ids.length; i++) {
    if (wanted && !wanted.has(s.ids[i])) continue;
    if (query.community !== null && query.community !== undefined && s.community[i] !== query.community) continue;
    if (types && !types.has(s.types[i])) continue;
    index.push(i);
  }
  const values = s[query.sortBy];
  const sign = query.descending ? -1 : 1;
  index.sort((a, b) => sign * (values[a] - values[b]) || (s.ids[a] < s.ids[b] ? -1 : s.ids[a] > s.ids[b] ? 1 : 0));
  return { total: index.length, rows: index.slice(query.offset, query.offset + query.first).map((i) => rowAt(s, i)) };
}

export function communitySizes(s: StoredMetrics): { id: number; size: number }[] {
  const sizes = new Array<number>(s.communityCount).fill(0);
  for (const c of s.community) sizes[c]++;
  return sizes.map((size, id) => ({ id, size }));
}
