/**
 * Deterministic random cooperation graphs, for testing link prediction on
 * graphs larger and more varied than the seed (the NetworkX comparison in
 * tests/integration/link-prediction-networkx.int.test.ts). Same options, same
 * edges, on every machine: the only source of randomness is a seeded PRNG.
 *
 * A generated graph mixes:
 * - a preferential-attachment core (each new node links to existing nodes
 *   chosen mostly in proportion to their degree), so degrees are skewed and
 *   some nodes end up with degree 1;
 * - optional hubs, like events attended by many organisations: each is linked
 *   to 5–30 % of the active nodes, so that some common neighbours have large
 *   degrees;
 * - uniform random edges that fill up to the requested edge count;
 * - isolated nodes (ids listed by `generatedNodeIds` but in no edge);
 * - a few edges emitted twice, the second time reversed, to exercise the
 *   collapsing of repeated edges. Never a self-loop.
 */
import { mulberry32 } from "@maillage/model";
import type { CooperationEdge } from "@maillage/graph-api";

export interface RandomGraphOptions {
  /** Ordinary nodes, ids `node-0` … `node-{nodes-1}`. */
  nodes: number;
  /** Distinct edges wanted; capped at what the graph can hold. */
  edges: number;
  seed: number;
  /** Hub nodes, ids `hub-0` …, each linked to many ordinary nodes. Default 0. */
  hubs?: number;
  /** Share of ordinary nodes left isolated. Default 0.05 (at least one node when there are 10 or more). */
  isolatedShare?: number;
  /** Share of edges emitted a second time, reversed. Default 0.02. */
  duplicateShare?: number;
}

/** Integer in [0, n). */
const below = (rand: () => number, n: number) => Math.floor(rand() * n);

function shuffle<T>(rand: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = below(rand, i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

const nodeId = (i: number) => `node-${i}`;
const hubId = (j: number) => `hub-${j}`;

/** Every node of the generated graph, isolated ones included: ordinary nodes, then hubs. */
export function generatedNodeIds(options: Pick<RandomGraphOptions, "nodes" | "hubs">): string[] {
  return [
    ...Array.from({ length: options.nodes }, (_, i) => nodeId(i)),
    ...Array.from({ length: options.hubs ?? 0 }, (_, j) => hubId(j)),
  ];
}

export function generateGraph(options: RandomGraphOptions): CooperationEdge[] {
  const { nodes, seed } = options;
  const hubs = options.hubs ?? 0;
  if (!Number.isInteger(nodes) || nodes < 0 || !Number.isInteger(hubs) || hubs < 0)
    throw new RangeError("nodes and hubs must be non-negative integers");
  const rand = mulberry32(seed);

  const isolatedCount =
    options.isolatedShare !== undefined
      ? Math.min(nodes, Math.floor(nodes * options.isolatedShare))
      : nodes >= 10
        ? Math.max(1, Math.floor(nodes * 0.05))
        : 0;
  // Which ordinary nodes are active (in some edge) is itself random.
  const order = shuffle(
    rand,
    Array.from({ length: nodes }, (_, i) => i),
  );
  const active = order.slice(0, nodes - isolatedCount);
  const n = active.length;
  const capacity = (n * (n - 1)) / 2 + (n > 0 ? hubs * n : 0);
  const target = Math.min(Math.max(0, Math.floor(options.edges)), capacity);

  // Edges over "slots": 0 … n-1 are active ordinary nodes, n … n+hubs-1 are hubs.
  const keys = new Set<number>();
  const list: [number, number][] = [];
  const slots = n + hubs;
  /** Endpoint multiset: a slot appears once per incident edge, for degree-proportional draws. */
  const endpoints: number[] = [];
  const add = (a: number, b: number): boolean => {
    if (a === b || list.length >= target) return false;
    const key = a < b ? a * slots + b : b * slots + a;
    if (keys.has(key)) return false;
    keys.add(key);
    list.push([a, b]);
    endpoints.push(a, b);
    return true;
  };

  // 1. Hubs: each linked to 5–30 % of the active nodes (at least 2), within a quarter of the budget.
  if (hubs > 0 && n >= 2) {
    const budget = Math.floor(target / 4);
    const sizes = Array.from({ length: hubs }, () => Math.max(2, Math.floor(n * (0.05 + 0.25 * rand()))));
    const total = sizes.reduce((s, x) => s + x, 0);
    const scale = total > budget ? budget / total : 1;
    for (let j = 0; j < hubs; j++) {
      const size = Math.min(n, Math.max(2, Math.floor(sizes[j] * scale)));
      const members = shuffle(
        rand,
        Array.from({ length: n }, (_, i) => i),
      ).slice(0, size);
      for (const m of members) add(n + j, m);
    }
  }

  // 2. Preferential-attachment core over the active nodes, in random arrival order.
  const coreBudget = Math.max(0, target - list.length);
  const meanLinks = n > 1 ? coreBudget / (n - 1) : 0;
  const arrival = shuffle(
    rand,
    Array.from({ length: n }, (_, i) => i),
  );
  for (let k = 1; k < n && list.length < target; k++) {
    const u = arrival[k];
    const wanted = Math.min(k, Math.max(1, Math.round(meanLinks * (0.3 + 1.4 * rand()))));
    let made = 0;
    for (let attempt = 0; made < wanted && attempt < wanted * 10; attempt++) {
      // Mostly in proportion to degree (hubs included, so hub members get richer), sometimes uniformly.
      let v: number;
      if (endpoints.length > 0 && rand() < 0.8) {
        v = endpoints[below(rand, endpoints.length)];
        if (v >= n) continue; // a hub: ordinary nodes only link to ordinary nodes here
      } else v = arrival[below(rand, k)];
      if (add(u, v)) made++;
    }
  }

  // 3. Uniform random edges between active nodes up to the target.
  for (let attempt = 0; list.length < target && attempt < target * 50 + 1000; attempt++) {
    add(below(rand, n), below(rand, n));
  }
  if (list.length < target) {
    // Dense request: take the remaining pairs in order.
    for (let a = 0; a < n && list.length < target; a++)
      for (let b = a + 1; b < n && list.length < target; b++) add(a, b);
  }

  const name = (slot: number) => (slot < n ? nodeId(active[slot]) : hubId(slot - n));
  const out: CooperationEdge[] = list.map(([a, b]) =>
    rand() < 0.5 ? { source: name(a), target: name(b) } : { source: name(b), target: name(a) },
  );
  // 4. A few repeated edges, reversed.
  const duplicates = Math.floor(list.length * (options.duplicateShare ?? 0.02));
  for (let d = 0; d < duplicates; d++) {
    const e = out[below(rand, list.length)];
    out.push({ source: e.target, target: e.source });
  }
  return shuffle(rand, out);
}

// ---------------------------------------------------------------------------
// A whole synthetic territory, for the offline evaluation of partnership
// suggestions (tools/src/opportunities/evaluation.ts) at a scale the seed does
// not reach.
// ---------------------------------------------------------------------------

/** The area of the generated territory, about that of Grand Paris Sud Est Avenir. */
export const TERRITORY_BOUNDS = {
  minLatitude: 48.68,
  maxLatitude: 48.82,
  minLongitude: 2.4,
  maxLongitude: 2.62,
} as const;

/** The fixed theme vocabulary of generated territories (codes of the real vocabulary, frozen here so that a change there does not change the graph). */
export const TERRITORY_THEMES = [
  "sustainable-food",
  "market-gardening",
  "food-aid",
  "circular-economy",
  "waste-composting",
  "mobility-cycling",
  "last-mile-logistics",
  "work-integration",
  "disability-inclusion",
  "housing-real-estate",
  "third-places",
  "culture",
  "education-youth",
  "health-care",
  "elderly-home-care",
  "social-link",
  "solidarity-finance",
  "digital-inclusion",
  "sustainable-tourism",
  "sport",
  "energy-climate",
  "cooperative-entrepreneurship",
  "local-commerce",
  "gender-equality",
  "research-innovation",
] as const;

export const TERRITORY_TOWN_COUNT = 16;

export interface TerritoryOptions {
  /** Organisations of every kind. */
  organisations: number;
  seed: number;
}

export type TerritoryEdgeKind = "PARTNERSHIP" | "FUNDING" | "SUPPORT" | "PURCHASE" | "ATTENDANCE";

export interface TerritoryEdge extends CooperationEdge {
  /** PARTNERSHIP edges are the ones the evaluation hides. */
  kind: TerritoryEdgeKind;
}

export interface TerritoryProfile {
  id: string;
  name: string;
  kind: "EssStructure" | "Business" | "Financer" | "SupportProvider";
  inseeCode: string;
  latitude: number;
  longitude: number;
  themes: string[];
}

export interface GeneratedTerritory {
  /** Cooperation edges: organisation to organisation, and organisation to event (`event:…` ids, attended). */
  edges: TerritoryEdge[];
  profiles: TerritoryProfile[];
  towns: { inseeCode: string; name: string; latitude: number; longitude: number }[];
  /** Ids of the event nodes. */
  events: string[];
}

const KM_PER_DEGREE = 111.2;
const LON_KM = KM_PER_DEGREE * Math.cos((48.75 * Math.PI) / 180);

/**
 * A synthetic territory of `organisations` organisations: ESS structures
 * (~63 %), businesses (~35 %), financers and support providers; 16 towns of
 * unequal size over an area like the real one; themes from
 * TERRITORY_THEMES, each town favouring a few; events (hubs attended by
 * nearby organisations that share the event's themes, plus a few
 * territory-wide ones); fundings, support and purchases. About 5 edges per
 * organisation.
 *
 * ASSUMPTION, which the app's combined score encodes and which this graph
 * therefore favours: partnerships form more often between organisations that
 * are close (weight exp(-d / 1.5 km)), that share themes (× (1 + 1.5 · shared
 * themes)) and that share partners (triadic closure: two partners of the
 * same organisation become partners with probability 0.25 · exp(-d / 3 km)),
 * as in the seed's demo generator. A result on this graph says that the score
 * finds such partnerships, not that real partnerships form that way.
 *
 * Same options, same territory: the only randomness is a PRNG seeded with `seed`.
 */
export function generateTerritory(options: TerritoryOptions): GeneratedTerritory {
  const n = options.organisations;
  if (!Number.isInteger(n) || n < 10) throw new RangeError("organisations must be an integer of at least 10");
  const rand = mulberry32(options.seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const chance = (p: number) => rand() < p;
  const pickWeighted = <T>(items: readonly T[], weight: (item: T) => number): T => {
    const weights = items.map(weight);
    let r = rand() * weights.reduce((s, w) => s + w, 0);
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
    return items[items.length - 1];
  };
  const B = TERRITORY_BOUNDS;
  const km = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) =>
    Math.hypot((a.latitude - b.latitude) * KM_PER_DEGREE, (a.longitude - b.longitude) * LON_KM);

  // Towns: a jittered 4 × 4 grid, of unequal weight and spread.
  const towns = Array.from({ length: TERRITORY_TOWN_COUNT }, (_, t) => {
    const row = Math.floor(t / 4);
    const col = t % 4;
    return {
      inseeCode: `T${String(t + 1).padStart(2, "0")}`,
      name: `Ville ${t + 1}`,
      latitude: B.minLatitude + ((row + 0.5 + 0.5 * (rand() - 0.5)) / 4) * (B.maxLatitude - B.minLatitude),
      longitude: B.minLongitude + ((col + 0.5 + 0.5 * (rand() - 0.5)) / 4) * (B.maxLongitude - B.minLongitude),
      weight: Math.exp(0.7 * gauss()),
      spreadKm: 0.8 + 0.8 * rand(),
      favourites: shuffle(
        rand,
        TERRITORY_THEMES.map((_, i) => i),
      ).slice(0, 3),
    };
  });
  // Themes: a skewed popularity, boosted fourfold in a town's favourites.
  const popularity = shuffle(
    rand,
    TERRITORY_THEMES.map((_, i) => i),
  ).map((i, r) => ({ i, w: 1 / (1 + 0.15 * r) }));
  const drawThemes = (count: number, favourites: number[]): string[] => {
    const chosen = new Set<number>();
    for (let attempt = 0; chosen.size < count && attempt < 50; attempt++) {
      chosen.add(pickWeighted(popularity, (p) => (chosen.has(p.i) ? 0 : p.w * (favourites.includes(p.i) ? 4 : 1))).i);
    }
    return [...chosen].sort((a, b) => a - b).map((i) => TERRITORY_THEMES[i]);
  };

  // Organisations.
  const financers = Math.max(2, Math.round(n * 0.0025));
  const supporters = Math.max(2, Math.round(n * 0.004));
  const businesses = Math.round((n - financers - supporters) * 0.36);
  const kinds: TerritoryProfile["kind"][] = [
    ...Array<TerritoryProfile["kind"]>(financers).fill("Financer"),
    ...Array<TerritoryProfile["kind"]>(supporters).fill("SupportProvider"),
    ...Array<TerritoryProfile["kind"]>(businesses).fill("Business"),
  ];
  while (kinds.length < n) kinds.push("EssStructure");
  shuffle(rand, kinds);
  const prefix = { EssStructure: "ess", Business: "biz", Financer: "fin", SupportProvider: "sup" } as const;
  const townOf: number[] = [];
  const profiles: TerritoryProfile[] = kinds.map((kind, i) => {
    const t = towns.indexOf(pickWeighted(towns, (x) => x.weight));
    const town = towns[t];
    let latitude = 0;
    let longitude = 0;
    for (let attempt = 0; attempt < 20; attempt++) {
      latitude = town.latitude + (gauss() * town.spreadKm) / KM_PER_DEGREE;
      longitude = town.longitude + (gauss() * town.spreadKm) / LON_KM;
      if (
        latitude >= B.minLatitude &&
        latitude <= B.maxLatitude &&
        longitude >= B.minLongitude &&
        longitude <= B.maxLongitude
      )
        break;
    }
    latitude = Math.min(B.maxLatitude, Math.max(B.minLatitude, latitude));
    longitude = Math.min(B.maxLongitude, Math.max(B.minLongitude, longitude));
    const count =
      kind === "EssStructure"
        ? 1 + (chance(0.6) ? 1 : 0) + (chance(0.25) ? 1 : 0)
        : kind === "Business"
          ? chance(0.3)
            ? 0
            : chance(0.75)
              ? 1
              : 2
          : kind === "Financer"
            ? 3 + below(rand, 4)
            : 2 + below(rand, 3);
    townOf.push(t);
    return {
      id: `${prefix[kind]}-${String(i).padStart(5, "0")}`,
      name: `${kind} ${i}`,
      kind,
      inseeCode: town.inseeCode,
      latitude: Math.round(latitude * 1e6) / 1e6,
      longitude: Math.round(longitude * 1e6) / 1e6,
      themes: drawThemes(count, kind === "Financer" ? [] : town.favourites),
    };
  });
  const sharedThemes = (a: TerritoryProfile, b: TerritoryProfile) =>
    a.themes.filter((x) => b.themes.includes(x)).length;
  const ess = profiles.map((_, i) => i).filter((i) => profiles[i].kind === "EssStructure");
  const biz = profiles.map((_, i) => i).filter((i) => profiles[i].kind === "Business");

  // A 1 km grid, to draw organisations near a point.
  const cols = Math.ceil((B.maxLongitude - B.minLongitude) * LON_KM) + 1;
  const rows = Math.ceil((B.maxLatitude - B.minLatitude) * KM_PER_DEGREE) + 1;
  const grid: number[][] = Array.from({ length: cols * rows }, () => []);
  const cellAt = (latitude: number, longitude: number) => {
    const c = Math.floor((longitude - B.minLongitude) * LON_KM);
    const r = Math.floor((latitude - B.minLatitude) * KM_PER_DEGREE);
    return c < 0 || r < 0 || c >= cols || r >= rows ? -1 : r * cols + c;
  };
  profiles.forEach((p, i) => grid[cellAt(p.latitude, p.longitude)].push(i));
  /** An organisation drawn around `p` (Gaussian offset of `sdKm`), or uniformly with probability `far`; -1 if the spot is empty. */
  const near = (p: TerritoryProfile, sdKm: number, far: number): number => {
    if (chance(far)) return below(rand, n);
    const cell = cellAt(p.latitude + (gauss() * sdKm) / KM_PER_DEGREE, p.longitude + (gauss() * sdKm) / LON_KM);
    const list = cell < 0 ? [] : grid[cell];
    return list.length === 0 ? -1 : list[below(rand, list.length)];
  };

  const edges: TerritoryEdge[] = [];
  const keys = new Set<string>();
  const add = (kind: TerritoryEdgeKind, source: string, target: string): boolean => {
    const key = `${kind}|${source < target ? source : target}|${source < target ? target : source}`;
    if (source === target || keys.has(key)) return false;
    keys.add(key);
    edges.push({ source, target, kind });
    return true;
  };

  // Partnerships, 1: each ESS structure draws partners among nearby ESS structures and businesses.
  const partners: number[][] = profiles.map(() => []);
  const partner = (a: number, b: number) => {
    if (add("PARTNERSHIP", profiles[a].id, profiles[b].id)) {
      partners[a].push(b);
      partners[b].push(a);
    }
  };
  const canPartner = (i: number) =>
    profiles[i].kind === "EssStructure" || (profiles[i].kind === "Business" && chance(0.4));
  for (const a of shuffle(rand, [...ess])) {
    const pa = profiles[a];
    const draws = pickWeighted([0, 1, 2, 3, 4], (d) => [0.08, 0.24, 0.3, 0.24, 0.14][d]);
    for (let d = 0; d < draws; d++) {
      const pool: number[] = [];
      for (let attempt = 0; pool.length < 20 && attempt < 60; attempt++) {
        const c = near(pa, 2, 0.15);
        if (c >= 0 && c !== a && canPartner(c)) pool.push(c);
      }
      if (pool.length === 0) continue;
      const b = pickWeighted(
        pool,
        (c) => Math.exp(-km(pa, profiles[c]) / 1.5) * (1 + 1.5 * sharedThemes(pa, profiles[c])) + 0.01,
      );
      partner(a, b);
    }
  }
  // Partnerships, 2: triadic closure — partners of a partner often become partners (one round, over the partnerships of step 1).
  const firstRound = partners.map((list) => [...list].sort((x, y) => x - y));
  for (let e = 0; e < n; e++) {
    const list = firstRound[e];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        // Businesses partner with ESS structures, not with each other.
        if (profiles[list[i]].kind === "Business" && profiles[list[j]].kind === "Business") continue;
        if (chance(0.25 * Math.exp(-km(profiles[list[i]], profiles[list[j]]) / 3))) partner(list[i], list[j]);
      }
    }
  }

  // Events: local ones attended by nearby organisations sharing their themes, and a few territory-wide ones.
  const events: string[] = [];
  const localEvents = Math.max(1, Math.round(n / 20));
  for (let k = 0; k < localEvents; k++) {
    const id = `event:t-ev-${k}`;
    events.push(id);
    const venue = profiles[ess[below(rand, ess.length)]];
    const themes = drawThemes(1 + below(rand, 2), []);
    const size = 8 + Math.floor(72 * rand() * rand());
    // Weighted sample without replacement (Efraimidis–Spirakis): smallest -ln(u) / w.
    const keyed: [number, number][] = [];
    const c0 = Math.floor((venue.longitude - B.minLongitude) * LON_KM);
    const r0 = Math.floor((venue.latitude - B.minLatitude) * KM_PER_DEGREE);
    for (let r = Math.max(0, r0 - 3); r <= Math.min(rows - 1, r0 + 3); r++) {
      for (let c = Math.max(0, c0 - 3); c <= Math.min(cols - 1, c0 + 3); c++) {
        for (const i of grid[r * cols + c]) {
          const p = profiles[i];
          if (p.kind === "Financer") continue;
          const w =
            Math.exp(-km(venue, p) / 1.5) *
            (1 + 3 * themes.filter((t) => p.themes.includes(t)).length) *
            (p.kind === "Business" ? 0.3 : 1);
          keyed.push([-Math.log(1 - rand()) / w, i]);
        }
      }
    }
    keyed.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (const [, i] of keyed.slice(0, size)) add("ATTENDANCE", profiles[i].id, id);
  }
  const wideEvents = Math.max(1, Math.round(n / 5000));
  for (let k = 0; k < wideEvents; k++) {
    const id = `event:t-ev-wide-${k}`;
    events.push(id);
    const size = Math.max(5, Math.round(n * 0.01));
    for (let made = 0, attempt = 0; made < size && attempt < size * 10; attempt++) {
      if (add("ATTENDANCE", profiles[ess[below(rand, ess.length)]].id, id)) made++;
    }
  }

  // Funding: each financer territory-wide or local to its town; each ESS structure funded by 0–3 of them, by theme.
  const financerIdx = profiles.map((_, i) => i).filter((i) => profiles[i].kind === "Financer");
  const wide = new Set(financerIdx.filter(() => chance(0.4)));
  for (const a of ess) {
    const count = pickWeighted([0, 1, 2, 3], (c) => [0.25, 0.35, 0.25, 0.15][c]);
    for (let c = 0; c < count; c++) {
      const f = pickWeighted(
        financerIdx,
        (i) => (wide.has(i) || townOf[i] === townOf[a] ? 1 : 0.03) * (0.2 + sharedThemes(profiles[a], profiles[i])),
      );
      add("FUNDING", profiles[f].id, profiles[a].id);
    }
  }

  // Support: about half of the ESS structures are supported by a nearby support provider.
  const supportIdx = profiles.map((_, i) => i).filter((i) => profiles[i].kind === "SupportProvider");
  for (const a of ess) {
    const count = chance(0.5) ? (chance(0.2) ? 2 : 1) : 0;
    for (let c = 0; c < count; c++) {
      const s = pickWeighted(
        supportIdx,
        (i) => Math.exp(-km(profiles[a], profiles[i]) / 3) * (1 + sharedThemes(profiles[a], profiles[i])) + 0.001,
      );
      add("SUPPORT", profiles[s].id, profiles[a].id);
    }
  }

  // Purchases: half of the businesses buy from one or two ESS structures nearby.
  for (const b of biz) {
    if (!chance(0.6)) continue;
    const count = chance(0.5) ? 2 : 1;
    for (let c = 0; c < count; c++) {
      const pool: number[] = [];
      for (let attempt = 0; pool.length < 10 && attempt < 40; attempt++) {
        const s = near(profiles[b], 2.5, 0.05);
        if (s >= 0 && profiles[s].kind === "EssStructure") pool.push(s);
      }
      if (pool.length === 0) continue;
      const s = pickWeighted(
        pool,
        (i) => Math.exp(-km(profiles[b], profiles[i]) / 2.5) * (1 + sharedThemes(profiles[b], profiles[i])),
      );
      add("PURCHASE", profiles[b].id, profiles[s].id);
    }
  }

  return {
    edges,
    profiles,
    towns: towns.map(({ inseeCode, name, latitude, longitude }) => ({ inseeCode, name, latitude, longitude })),
    events,
  };
}
