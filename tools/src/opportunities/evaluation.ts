/**
 * Offline evaluation of partnership suggestions (link prediction), the usual
 * way: hide a share of the known partnerships, rebuild the cooperation graph
 * without them, and check how well each scoring method finds them again.
 *
 * - Hidden edges: 20 % of the pairs of organisations linked by a partnership,
 *   drawn with a seeded PRNG (same seed, same pairs). Every edge between a
 *   hidden pair is removed (a pair that is also linked by, say, a funding
 *   would otherwise still be adjacent), so a hidden pair is never adjacent in
 *   the reduced graph.
 * - AUC: the probability that a hidden pair scores higher than a pair of
 *   organisations that is not linked in the full graph (ties count 1/2),
 *   estimated on every hidden pair against one fixed-seed uniform sample of
 *   such non-edges (20 per hidden pair by default), the same sample for every
 *   method. Average precision on the same pairs (tied scores taken together).
 * - Precision@k: the share of hidden pairs among the k best pairs of each
 *   method's ranking of the candidates the app would consider — every pair of
 *   organisations not adjacent in the reduced graph that has at least one
 *   common neighbour, or that is within 3 km and shares a theme (the rule of
 *   `suggestPartnerships` around an organisation or within a town; its
 *   territory-wide list keeps the first kind only). Ties are broken by pair id (the pair whose
 *   smaller id, then larger id, comes first); with fewer than k candidates
 *   the missing places count as misses.
 * - Methods: the app's ranking — the partnership model fitted on the
 *   reduced graph only, as the server fits it (`fitPartnershipModel`, from
 *   the partnerships left and the decisions given), scoring the signals of
 *   `pairSignals` — each structural heuristic alone (`linkScores`),
 *   preferential attachment and a seeded random score.
 *
 * Pure: no driver. Organisations are nodes 0 … n-1 of the graphs built here,
 * in profile order, which keeps the hot loops on typed arrays.
 */
import { mulberry32 } from "@maillage/model";
import {
  auc,
  averagePrecision,
  buildCooperationGraph,
  fitPartnershipModel,
  hasEdge,
  linearScore,
  linkScores,
  pairSignals,
  pairTables,
  type CooperationEdge,
  type CooperationGraph,
  type Decision,
  type FeatureProfile,
  type PairTables,
  type PartnershipModel,
} from "@maillage/graph-api";
import type { OrganisationProfile } from "@maillage/graph-api";
import { distanceKm } from "@maillage/model";

export { auc, averagePrecision };

export type EvaluationProfile = Pick<
  OrganisationProfile,
  "id" | "kind" | "inseeCode" | "latitude" | "longitude" | "themes"
> & { legalForm?: string | null };

export const EVALUATION_METHODS = [
  "learnt",
  "commonNeighbours",
  "jaccard",
  "adamicAdar",
  "resourceAllocation",
  "preferentialAttachment",
  "random",
] as const;
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number];

/** Farthest pair (km) suggested without a common neighbour, when they share a theme: the rule of suggestPartnerships. */
export const CANDIDATE_MAX_KM = 3;

export interface EvaluationInput {
  /** Every edge of the cooperation graph (as the cooperation-edges query returns them). */
  edges: readonly CooperationEdge[];
  /** Every organisation; other nodes of `edges` (events, pooled resources) are not organisations. */
  profiles: readonly EvaluationProfile[];
  /** The pairs of organisations linked by a partnership; each must also be among `edges`. */
  partnerships: readonly CooperationEdge[];
  /** Coordinators' decisions on partnership suggestions: labelled examples for the fit. */
  decisions?: readonly { memberIds: [string, string]; accepted: boolean }[];
}

export interface EvaluationOptions {
  seed: number;
  /** Share of the partnership pairs hidden. Default 0.2. */
  hiddenShare?: number;
  /** Non-edges sampled per hidden pair for the AUC. Default 20. */
  negativesPerHidden?: number;
  /** The k of precision@k. Default [10, 50]. */
  ks?: readonly number[];
}

export interface MethodResult {
  method: EvaluationMethod;
  auc: number;
  averagePrecision: number;
  precision: { k: number; hits: number; value: number }[];
}

export interface EvaluationReport {
  seed: number;
  organisations: number;
  /** Nodes and distinct edges of the full graph. */
  nodes: number;
  edges: number;
  partnershipPairs: number;
  hidden: number;
  /** Non-edges sampled for the AUC. */
  negatives: number;
  /** Candidate pairs ranked for precision@k, and how many hidden pairs are among them. */
  candidates: number;
  hiddenAmongCandidates: number;
  methods: MethodResult[];
  /** The model the app's ranking used, fitted on the reduced graph. */
  model: PartnershipModel;
}

// ---------------------------------------------------------------------------
// Hiding partnerships
// ---------------------------------------------------------------------------

export interface PartnershipSplit {
  /** The full graph; organisations are nodes 0 … organisations-1, in profile order. */
  full: CooperationGraph;
  /** The graph without the hidden pairs; same nodes, same indexes as `full`. */
  reduced: CooperationGraph;
  organisations: number;
  /** Distinct partnership pairs between organisations. */
  partnershipPairs: number;
  /** Hidden pairs, as node indexes [u, v] with u < v, sorted. */
  hidden: [number, number][];
}

/** Hides `hiddenShare` (rounded) of the partnership pairs, chosen by a PRNG seeded with `seed`. */
export function hidePartnerships(
  input: EvaluationInput,
  options: Pick<EvaluationOptions, "seed" | "hiddenShare">,
): PartnershipSplit {
  const share = options.hiddenShare ?? 0.2;
  if (!(share >= 0 && share <= 1)) throw new RangeError(`hiddenShare must be in [0, 1] (got ${share})`);
  const ids = input.profiles.map((p) => p.id);
  if (new Set(ids).size !== ids.length) throw new Error("profiles: duplicate organisation id");
  const full = buildCooperationGraph(input.edges, ids);
  const n = ids.length;

  // Distinct pairs, in a canonical order (by ids) so that the input order does not matter.
  const pairs = new Map<number, { key: string; u: number; v: number }>();
  for (const { source, target } of input.partnerships) {
    const a = full.indexOf.get(source);
    const b = full.indexOf.get(target);
    if (a === undefined || b === undefined || a >= n || b >= n || a === b) continue; // not between two organisations
    if (!hasEdge(full, a, b)) throw new Error(`partnership ${source}–${target} is not among the edges`);
    const [u, v] = a < b ? [a, b] : [b, a];
    const [x, y] = source < target ? [source, target] : [target, source];
    pairs.set(u * n + v, { key: `${x}\u0000${y}`, u, v });
  }
  const ordered = [...pairs.values()].sort((p, q) => (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  const count = Math.round(ordered.length * share);
  const rand = mulberry32(options.seed);
  // Partial Fisher–Yates: the first `count` places are a uniform sample.
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rand() * (ordered.length - i));
    [ordered[i], ordered[j]] = [ordered[j], ordered[i]];
  }
  const hidden = ordered
    .slice(0, count)
    .map((p): [number, number] => [p.u, p.v])
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const hiddenKeys = new Set(hidden.map(([u, v]) => u * n + v));
  const pairKey = (e: CooperationEdge) => {
    const a = full.indexOf.get(e.source)!;
    const b = full.indexOf.get(e.target)!;
    return a < b ? a * n + b : b * n + a;
  };
  const reduced = buildCooperationGraph(
    input.edges.filter((e) => {
      const a = full.indexOf.get(e.source)!;
      const b = full.indexOf.get(e.target)!;
      return a >= n || b >= n || !hiddenKeys.has(pairKey(e));
    }),
    full.ids,
  );
  return { full, reduced, organisations: n, partnershipPairs: ordered.length, hidden };
}

// ---------------------------------------------------------------------------
// Measures
// ---------------------------------------------------------------------------

/** Share of the first k items that are relevant; places beyond the list count as misses. */
export function precisionAtK<T>(ranked: readonly T[], relevant: ReadonlySet<T>, k: number): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer (got ${k})`);
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (relevant.has(ranked[i])) hits++;
  return hits / k;
}

/**
 * The k best of a stream: highest score first, ties broken by the smaller
 * `tie` (an integer that orders pairs by id). Cheap for large streams: most
 * offers are one comparison with the current k-th.
 */
export class TopK<T> {
  private readonly items: { score: number; tie: number; value: T }[] = [];

  constructor(readonly k: number) {
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer (got ${k})`);
  }

  private static before(s: number, t: number, other: { score: number; tie: number }): boolean {
    return s > other.score || (s === other.score && t < other.tie);
  }

  offer(score: number, tie: number, value: T): void {
    const items = this.items;
    if (items.length === this.k && !TopK.before(score, tie, items[items.length - 1])) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (TopK.before(score, tie, items[mid])) hi = mid;
      else lo = mid + 1;
    }
    items.splice(lo, 0, { score, tie, value });
    if (items.length > this.k) items.pop();
  }

  /** Values, best first. */
  values(): T[] {
    return this.items.map((i) => i.value);
  }
}

// ---------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------

/** A uniform float in [0, 1) determined by (seed, a, b): murmur3's finaliser, chained. */
export function pairRandom(seed: number, a: number, b: number): number {
  const mix = (h: number) => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  let h = mix((seed ^ 0x9e3779b9) >>> 0);
  h = mix((h ^ Math.imul(a + 1, 0x27d4eb2f)) >>> 0);
  h = mix((h ^ Math.imul(b + 1, 0x165667b1)) >>> 0);
  return h / 4294967296;
}

interface Scorer {
  graph: CooperationGraph;
  tables: PairTables;
  model: PartnershipModel;
  /** Rank of each organisation's id in id order. */
  rank: Int32Array;
  seed: number;
}

/** Writes every method's score of (u, v), in EVALUATION_METHODS order. */
function scorePair(s: Scorer, u: number, v: number, out: Float64Array): void {
  const scores = linkScores(s.graph, u, v);
  out[0] = linearScore(s.model, pairSignals(s.tables, u, v));
  out[1] = scores.commonNeighbours;
  out[2] = scores.jaccard;
  out[3] = scores.adamicAdar;
  out[4] = scores.resourceAllocation;
  out[5] = scores.preferentialAttachment;
  const [a, b] = s.rank[u] < s.rank[v] ? [s.rank[u], s.rank[v]] : [s.rank[v], s.rank[u]];
  out[6] = pairRandom(s.seed, a, b);
}

/** Orders pairs by id: smaller id first, then larger id. */
function tieOf(s: Scorer, u: number, v: number): number {
  const n = s.rank.length;
  return s.rank[u] < s.rank[v] ? s.rank[u] * n + s.rank[v] : s.rank[v] * n + s.rank[u];
}

// ---------------------------------------------------------------------------
// Samples and candidates
// ---------------------------------------------------------------------------

/** A uniform sample (without repetition) of pairs of organisations not adjacent in `graph`. */
export function sampleNonEdges(
  graph: CooperationGraph,
  organisations: number,
  count: number,
  rand: () => number,
): [number, number][] {
  const n = organisations;
  let orgEdges = 0;
  for (let u = 0; u < n; u++) for (const v of graph.neighbours[u]) if (v > u && v < n) orgEdges++;
  const available = (n * (n - 1)) / 2 - orgEdges;
  const target = Math.max(0, Math.min(Math.floor(count), available));
  if (target === 0) return [];
  if (target * 3 > available) {
    // Small graph or large sample: list every non-edge, take a uniform subset.
    const all: [number, number][] = [];
    for (let u = 0; u < n; u++) for (let v = u + 1; v < n; v++) if (!hasEdge(graph, u, v)) all.push([u, v]);
    for (let i = 0; i < target; i++) {
      const j = i + Math.floor(rand() * (all.length - i));
      [all[i], all[j]] = [all[j], all[i]];
    }
    return all.slice(0, target);
  }
  const seen = new Set<number>();
  const out: [number, number][] = [];
  while (out.length < target) {
    const a = Math.floor(rand() * n);
    const b = Math.floor(rand() * n);
    if (a === b) continue;
    const [u, v] = a < b ? [a, b] : [b, a];
    const key = u * n + v;
    if (seen.has(key) || hasEdge(graph, u, v)) continue;
    seen.add(key);
    out.push([u, v]);
  }
  return out;
}

/**
 * Calls `visit(u, v)` (u < v) once for every candidate pair of organisations:
 * not adjacent in `graph`, and with a common neighbour or within
 * CANDIDATE_MAX_KM and a theme in common. The close pairs come from a grid
 * of cells at least CANDIDATE_MAX_KM wide, so only neighbouring cells are read.
 */
export function forEachCandidate(
  graph: CooperationGraph,
  profiles: readonly EvaluationProfile[],
  visit: (u: number, v: number) => void,
): void {
  const n = profiles.length;
  // Themes as bit sets.
  const themeBit = new Map<string, number>();
  for (const p of profiles) for (const t of p.themes) if (!themeBit.has(t)) themeBit.set(t, themeBit.size);
  const words = Math.max(1, Math.ceil(themeBit.size / 32));
  const masks = new Uint32Array(n * words);
  profiles.forEach((p, i) => {
    for (const t of p.themes) {
      const b = themeBit.get(t)!;
      masks[i * words + (b >> 5)] |= 1 << (b & 31);
    }
  });
  const shareTheme = (u: number, v: number) => {
    for (let w = 0; w < words; w++) if (masks[u * words + w] & masks[v * words + w]) return true;
    return false;
  };

  // Grid over the located organisations.
  const located = profiles.map((p, i) => (p.latitude !== null && p.longitude !== null ? i : -1)).filter((i) => i >= 0);
  const lat = (i: number) => profiles[i].latitude!;
  const lon = (i: number) => profiles[i].longitude!;
  let minLat = Infinity;
  let minLon = Infinity;
  let maxAbsLat = 0;
  for (const i of located) {
    minLat = Math.min(minLat, lat(i));
    minLon = Math.min(minLon, lon(i));
    maxAbsLat = Math.max(maxAbsLat, Math.abs(lat(i)));
  }
  // One degree of latitude is ~111.2 km; 111 km and a 2 % margin keep cells wider than CANDIDATE_MAX_KM.
  const latCell = (CANDIDATE_MAX_KM / 111) * 1.02;
  const lonCell =
    (CANDIDATE_MAX_KM / (111 * Math.max(0.01, Math.cos((Math.min(89, maxAbsLat) * Math.PI) / 180)))) * 1.02;
  const cellX = new Int32Array(n).fill(-1);
  const cellY = new Int32Array(n).fill(-1);
  const cells = new Map<string, number[]>();
  for (const i of located) {
    cellX[i] = Math.floor((lon(i) - minLon) / lonCell);
    cellY[i] = Math.floor((lat(i) - minLat) / latCell);
    const key = `${cellX[i]},${cellY[i]}`;
    let list = cells.get(key);
    if (!list) cells.set(key, (list = []));
    list.push(i); // ascending, as `located` is
  }

  const mark = new Int32Array(n).fill(-1);
  const found: number[] = [];
  for (let u = 0; u < n; u++) {
    // Adjacent: never a candidate.
    for (const v of graph.neighbours[u]) if (v < n) mark[v] = u;
    // A common neighbour.
    for (const w of graph.neighbours[u]) {
      for (const v of graph.neighbours[w]) {
        if (v <= u || v >= n || mark[v] === u) continue;
        mark[v] = u;
        found.push(v);
      }
    }
    // Close, with a theme in common.
    if (cellX[u] >= 0 && profiles[u].themes.length > 0) {
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const list = cells.get(`${cellX[u] + dx},${cellY[u] + dy}`);
          if (!list) continue;
          for (const v of list) {
            if (v <= u || mark[v] === u || !shareTheme(u, v)) continue;
            const km = distanceKm({ latitude: lat(u), longitude: lon(u) }, { latitude: lat(v), longitude: lon(v) });
            if (km > CANDIDATE_MAX_KM) continue;
            mark[v] = u;
            found.push(v);
          }
        }
      }
    }
    for (const v of found) visit(u, v);
    found.length = 0;
  }
}

// ---------------------------------------------------------------------------
// The evaluation
// ---------------------------------------------------------------------------

export function evaluatePartnershipSuggestions(input: EvaluationInput, options: EvaluationOptions): EvaluationReport {
  const ks = [...(options.ks ?? [10, 50])].sort((a, b) => a - b);
  const negativesPerHidden = options.negativesPerHidden ?? 20;
  const split = hidePartnerships(input, options);
  const { full, reduced, hidden, organisations: n } = split;
  const profiles = input.profiles;

  const order = profiles
    .map((_, i) => i)
    .sort((a, b) => (profiles[a].id < profiles[b].id ? -1 : profiles[a].id > profiles[b].id ? 1 : 0));
  const rank = new Int32Array(n);
  order.forEach((i, r) => (rank[i] = r));
  const tables = pairTables(reduced, (i) => (i < n ? (profiles[i] as FeatureProfile) : undefined));
  const model = fitOnReduced(split, tables, input, options.seed);
  const scorer: Scorer = { graph: reduced, tables, model, rank, seed: options.seed };
  const M = EVALUATION_METHODS.length;
  const out = new Float64Array(M);

  // AUC: hidden pairs against one sample of non-edges of the full graph (a stream distinct from the hiding one).
  const negatives = sampleNonEdges(
    full,
    n,
    hidden.length * negativesPerHidden,
    mulberry32((options.seed ^ 0x5bd1e995) >>> 0),
  );
  const scoresOf = (pairs: [number, number][]) => {
    const columns = EVALUATION_METHODS.map(() => new Float64Array(pairs.length));
    pairs.forEach(([u, v], i) => {
      scorePair(scorer, u, v, out);
      for (let m = 0; m < M; m++) columns[m][i] = out[m];
    });
    return columns;
  };
  const positiveScores = scoresOf(hidden);
  const negativeScores = scoresOf(negatives);

  // Precision@k over the candidates of the reduced graph.
  const hiddenKeys = new Set(hidden.map(([u, v]) => u * n + v));
  const maxK = ks[ks.length - 1] ?? 1;
  const tops = EVALUATION_METHODS.map(() => new TopK<number>(maxK));
  let candidates = 0;
  let hiddenAmongCandidates = 0;
  forEachCandidate(reduced, profiles, (u, v) => {
    candidates++;
    const key = u * n + v;
    if (hiddenKeys.has(key)) hiddenAmongCandidates++;
    scorePair(scorer, u, v, out);
    const tie = tieOf(scorer, u, v);
    for (let m = 0; m < M; m++) tops[m].offer(out[m], tie, key);
  });

  return {
    seed: options.seed,
    organisations: n,
    nodes: full.ids.length,
    edges: full.edgeCount,
    partnershipPairs: split.partnershipPairs,
    hidden: hidden.length,
    negatives: negatives.length,
    candidates,
    hiddenAmongCandidates,
    model,
    methods: EVALUATION_METHODS.map((method, m) => {
      const ranked = tops[m].values();
      return {
        method,
        auc: auc(positiveScores[m], negativeScores[m]),
        averagePrecision: averagePrecision(positiveScores[m], negativeScores[m]),
        precision: ks.map((k) => {
          const value = precisionAtK(ranked, hiddenKeys, k);
          return { k, hits: Math.round(value * k), value };
        }),
      };
    }),
  };
}

/**
 * The model as the server would fit it on the reduced graph: learning from
 * the partnerships left (never the hidden ones) and the decisions given.
 */
function fitOnReduced(
  split: PartnershipSplit,
  tables: PairTables,
  input: EvaluationInput,
  seed: number,
): PartnershipModel {
  const { full, organisations: n } = split;
  const hidden = new Set(split.hidden.map(([u, v]) => u * n + v));
  const links: [number, number][] = [];
  const seen = new Set<number>();
  for (const { source, target } of input.partnerships) {
    const a = full.indexOf.get(source);
    const b = full.indexOf.get(target);
    if (a === undefined || b === undefined || a >= n || b >= n || a === b) continue;
    const [u, v] = a < b ? [a, b] : [b, a];
    const key = u * n + v;
    if (hidden.has(key) || seen.has(key)) continue;
    seen.add(key);
    links.push([u, v]);
  }
  const decisions: Decision[] = [];
  for (const d of input.decisions ?? []) {
    const u = full.indexOf.get(d.memberIds[0]);
    const v = full.indexOf.get(d.memberIds[1]);
    if (u === undefined || v === undefined || u >= n || v >= n || u === v) continue;
    if (hidden.has(u < v ? u * n + v : v * n + u)) continue; // a decision on a hidden pair would give it away
    decisions.push({ u, v, accepted: d.accepted });
  }
  // A fixed fit date keeps the report a function of its input.
  return fitPartnershipModel(tables, { seed: (seed ^ 0x2545f491) >>> 0, links, decisions, now: new Date(0) });
}
