/**
 * The signals of a pair of organisations, computed in one place for the
 * suggestions, the fitting of the partnership model and the offline
 * evaluation: the link-prediction heuristics of `link-prediction.ts`, how
 * close the two are, the themes they share, the financers, support providers
 * or networks and events they have in common, and whether their legal forms
 * and kinds differ. Values are the raw signals, some on a log scale
 * (counts and preferential attachment grow without bound); the model
 * (partnership-model.ts) standardises them.
 */
import { PARTNERSHIP_SIGNALS, PointGrid, haversineKm, proximity } from "@maillage/model";
import { degree, type CooperationGraph } from "./cooperation-graph";
import { pathsOfThree, pathsOfThreeCeiling } from "./link-prediction";
import type { OrganisationProfile } from "./context";

/** What the signals read of an organisation. */
export type FeatureProfile = Pick<OrganisationProfile, "id" | "kind" | "latitude" | "longitude" | "themes"> & {
  legalForm?: string | null;
};

export const SIGNAL_COUNT = PARTNERSHIP_SIGNALS.length;
export const SIGNAL = Object.fromEntries(PARTNERSHIP_SIGNALS.map((s, i) => [s, i])) as Record<
  (typeof PARTNERSHIP_SIGNALS)[number],
  number
>;

/** Organisations closer than this, sharing a theme, are suggested in a scope even with no common neighbour yet. */
export const NEARBY_KM = 3;

/** What a common neighbour is, for the typed counts. */
const OTHER = 0;
const FINANCER = 1;
const NETWORK = 2;
const EVENT = 3;

/**
 * What scoring a pair reads, as dense arrays by graph index, built once per
 * graph: territory-wide ranking goes through millions of pairs.
 */
export interface PairTables {
  graph: CooperationGraph;
  isOrganisation: Uint8Array;
  /** OTHER, FINANCER, NETWORK or EVENT: what a node counts as when two organisations share it. */
  category: Uint8Array;
  /** Index of the organisation's kind and legal form (0: none). */
  kindCode: Int32Array;
  legalFormCode: Int32Array;
  /** NaN when the organisation has no coordinates. */
  latitude: Float64Array;
  longitude: Float64Array;
  /** Theme sets as bitmasks, `themeWords` 32-bit words per node. */
  themeWords: number;
  themeMasks: Uint32Array;
  themeCounts: Uint16Array;
  /** Organisations by place, for "close, with a theme in common". */
  grid: PointGrid;
  /** The largest paths-of-three signal of a pair with each node: log1p(`pathsOfThreeCeiling`). */
  pathsCeiling: Float64Array;
}

const cache = new WeakMap<CooperationGraph, WeakMap<object, PairTables>>();

/**
 * The tables of `graph` whose organisations are `profileOf` (undefined for the
 * other nodes: events, pooled resources). Cached per graph and `key`.
 */
export function pairTables(
  graph: CooperationGraph,
  profileOf: (index: number) => FeatureProfile | undefined,
  key: object = graph,
): PairTables {
  let byKey = cache.get(graph);
  const hit = byKey?.get(key);
  if (hit) return hit;
  const n = graph.ids.length;
  const profiles = graph.ids.map((_, i) => profileOf(i));
  const themeIndex = new Map<string, number>();
  for (const p of profiles) for (const t of p?.themes ?? []) if (!themeIndex.has(t)) themeIndex.set(t, themeIndex.size);
  const themeWords = Math.max(1, Math.ceil(themeIndex.size / 32));
  const codes = new Map<string, number>();
  const code = (value: string | null | undefined) => {
    if (!value) return 0;
    let c = codes.get(value);
    if (c === undefined) codes.set(value, (c = codes.size + 1));
    return c;
  };
  const tables: PairTables = {
    graph,
    isOrganisation: new Uint8Array(n),
    category: new Uint8Array(n),
    kindCode: new Int32Array(n),
    legalFormCode: new Int32Array(n),
    latitude: new Float64Array(n).fill(NaN),
    longitude: new Float64Array(n).fill(NaN),
    themeWords,
    themeMasks: new Uint32Array(n * themeWords),
    themeCounts: new Uint16Array(n),
    grid: new PointGrid(
      profiles.map((p) =>
        p && p.latitude !== null && p.longitude !== null ? { latitude: p.latitude, longitude: p.longitude } : null,
      ),
      NEARBY_KM,
    ),
    pathsCeiling: Float64Array.from(graph.ids, (_, i) => Math.log1p(pathsOfThreeCeiling(graph, i))),
  };
  profiles.forEach((p, i) => {
    const id = graph.ids[i];
    if (!p) {
      tables.category[i] = id.startsWith("event:") ? EVENT : OTHER;
      return;
    }
    tables.isOrganisation[i] = 1;
    tables.category[i] = p.kind === "Financer" ? FINANCER : p.kind === "SupportProvider" ? NETWORK : OTHER;
    tables.kindCode[i] = code(`kind:${p.kind}`);
    tables.legalFormCode[i] = code(p.legalForm ? `form:${p.legalForm}` : null);
    if (p.latitude !== null && p.longitude !== null) {
      tables.latitude[i] = p.latitude;
      tables.longitude[i] = p.longitude;
    }
    const themes = new Set(p.themes);
    for (const t of themes) {
      const bit = themeIndex.get(t)!;
      tables.themeMasks[i * themeWords + (bit >>> 5)] |= 1 << (bit & 31);
    }
    tables.themeCounts[i] = themes.size;
  });
  if (!byKey) cache.set(graph, (byKey = new WeakMap()));
  byKey.set(key, tables);
  return tables;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Jaccard index of the two organisations' theme sets (0 when either has none). */
export function tableThemeOverlap(t: PairTables, u: number, v: number): number {
  if (t.themeCounts[u] === 0 || t.themeCounts[v] === 0) return 0;
  let common = 0;
  for (let k = 0; k < t.themeWords; k++)
    common += popcount(t.themeMasks[u * t.themeWords + k] & t.themeMasks[v * t.themeWords + k]);
  return common / (t.themeCounts[u] + t.themeCounts[v] - common);
}

/** Distance in km, null when either has no coordinates. */
export function tableDistanceKm(t: PairTables, u: number, v: number): number | null {
  if (Number.isNaN(t.latitude[u]) || Number.isNaN(t.latitude[v])) return null;
  return haversineKm(t.latitude[u], t.longitude[u], t.latitude[v], t.longitude[v]);
}

/**
 * The structural sums of a pair: its common neighbours, their resource
 * allocation and Adamic–Adar weights, how many are financers, support
 * providers or networks, and events, and the paths of three between them.
 */
export interface CommonSums {
  common: number;
  resourceAllocation: number;
  adamicAdar: number;
  financers: number;
  networks: number;
  events: number;
  pathsOfThree: number;
}

/** log1p of the counts below this, worked out once: the ranking takes them millions of times. */
const COUNT_LOGS = Float64Array.from({ length: 4096 }, (_, i) => Math.log1p(i));

/** Math.log1p(count), the same value, looked up for a small whole count. */
function logCount(count: number): number {
  const i = count | 0;
  return i === count && i >= 0 && i < COUNT_LOGS.length ? COUNT_LOGS[i] : Math.log1p(count);
}

/** Sums of a pair with nothing in common. */
export function emptySums(): CommonSums {
  return { common: 0, resourceAllocation: 0, adamicAdar: 0, financers: 0, networks: 0, events: 0, pathsOfThree: 0 };
}

/**
 * The sums of `CommonSums` by intersecting the two neighbour lists (the
 * definitions of `linkScores`); the paths of three are left at 0 when
 * `paths` is false (a model that gives them no weight).
 */
export function commonSums(t: PairTables, u: number, v: number, paths = true): CommonSums {
  const { graph } = t;
  const x = graph.neighbours[u];
  const y = graph.neighbours[v];
  const sums = emptySums();
  if (paths) sums.pathsOfThree = pathsOfThree(graph, u, v);
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] < y[j]) i++;
    else if (x[i] > y[j]) j++;
    else {
      const w = x[i];
      const d = degree(graph, w);
      sums.common++;
      sums.resourceAllocation += 1 / d;
      sums.adamicAdar += 1 / Math.log(d);
      addCategory(sums, t.category[w]);
      i++;
      j++;
    }
  }
  return sums;
}

function addCategory(sums: CommonSums, category: number): void {
  if (category === FINANCER) sums.financers++;
  else if (category === NETWORK) sums.networks++;
  else if (category === EVENT) sums.events++;
}

/**
 * The typed counts of a pair's common neighbours and its paths of three,
 * when the scan already gave the other sums.
 */
export function typedCounts(t: PairTables, u: number, v: number, sums: CommonSums, paths = true): void {
  const all = commonSums(t, u, v, paths);
  sums.financers = all.financers;
  sums.networks = all.networks;
  sums.events = all.events;
  sums.pathsOfThree = all.pathsOfThree;
}

/**
 * Writes the signals of the pair (u, v) into `out`, in PARTNERSHIP_SIGNALS
 * order, from its sums (which `commonSums` computes, or a scan accumulates).
 */
export function writeSignals(t: PairTables, u: number, v: number, sums: CommonSums, out: Float64Array): void {
  writeStructuralSignals(t, u, v, sums, out);
  out[5] = proximity(tableDistanceKm(t, u, v));
  out[6] = tableThemeOverlap(t, u, v);
}

/**
 * The signals of `writeSignals` but proximity and shared themes (left as
 * they are in `out`): the cheap ones, from the sums, the degrees and the
 * codes of the two organisations.
 */
export function writeStructuralSignals(t: PairTables, u: number, v: number, sums: CommonSums, out: Float64Array): void {
  const du = degree(t.graph, u);
  const dv = degree(t.graph, v);
  writeSumSignals(du, dv, sums, out);
  writeOwnSignals(t, u, v, du, dv, out);
}

/**
 * `writeStructuralSignals` for a pair whose sums are only known to lie
 * between `least` and `most`: each signal's smallest value into `low`, its
 * largest into `high` (with the degrees fixed, each grows with the sums).
 */
export function writeStructuralRanges(
  t: PairTables,
  u: number,
  v: number,
  least: CommonSums,
  most: CommonSums,
  low: Float64Array,
  high: Float64Array,
): void {
  const du = degree(t.graph, u);
  const dv = degree(t.graph, v);
  writeSumSignals(du, dv, least, low);
  writeSumSignals(du, dv, most, high);
  writeOwnSignals(t, u, v, du, dv, low);
  high[4] = low[4];
  high[10] = low[10];
  high[11] = low[11];
}

/** The signals read from a pair's sums, its members of degrees du and dv. */
function writeSumSignals(du: number, dv: number, sums: CommonSums, out: Float64Array): void {
  const union = du + dv - sums.common;
  out[0] = logCount(sums.common);
  out[1] = union === 0 ? 0 : sums.common / union;
  out[2] = sums.adamicAdar;
  out[3] = sums.resourceAllocation;
  out[7] = logCount(sums.financers);
  out[8] = logCount(sums.networks);
  out[9] = logCount(sums.events);
  out[12] = logCount(sums.pathsOfThree);
}

/** The signals read from the two members alone: preferential attachment, legal form and kind complementarity. */
function writeOwnSignals(t: PairTables, u: number, v: number, du: number, dv: number, out: Float64Array): void {
  out[4] = Math.log1p(du * dv);
  const fu = t.legalFormCode[u];
  const fv = t.legalFormCode[v];
  out[10] = fu !== 0 && fv !== 0 && fu !== fv ? 1 : 0;
  out[11] = t.kindCode[u] !== 0 && t.kindCode[v] !== 0 && t.kindCode[u] !== t.kindCode[v] ? 1 : 0;
}

/** The signals of the pair (u, v), computed from the graph. */
export function pairSignals(t: PairTables, u: number, v: number, out = new Float64Array(SIGNAL_COUNT)): Float64Array {
  writeSignals(t, u, v, commonSums(t, u, v), out);
  return out;
}

/**
 * The largest value each signal can take for a pair of which one member is u
 * and whose common neighbours are among `left` neighbours of u of total
 * resource allocation `allocationLeft` and Adamic–Adar weight `adamicAdarLeft`:
 * what pruning compares with the current cut. `maxDegree` bounds the other
 * member's degree.
 */
export function signalCeilings(
  t: PairTables,
  u: number,
  left: number,
  allocationLeft: number,
  adamicAdarLeft: number,
  maxDegree: number,
  out: Float64Array,
): void {
  const du = degree(t.graph, u);
  const shared = logCount(left);
  out[0] = shared;
  out[1] = du === 0 ? 0 : Math.min(1, left / du);
  out[2] = adamicAdarLeft;
  out[3] = allocationLeft;
  out[4] = Math.log1p(du * maxDegree);
  out[5] = 1;
  out[6] = 1;
  out[7] = shared;
  out[8] = shared;
  out[9] = shared;
  out[10] = 1;
  out[11] = 1;
  out[12] = t.pathsCeiling[u];
}
