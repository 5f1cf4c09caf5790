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
import { mulberry32 } from "@maillage/seed";
import type { CooperationEdge } from "./cooperation-graph";

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
  return [...Array.from({ length: options.nodes }, (_, i) => nodeId(i)), ...Array.from({ length: options.hubs ?? 0 }, (_, j) => hubId(j))];
}

export function generateGraph(options: RandomGraphOptions): CooperationEdge[] {
  const { nodes, seed } = options;
  const hubs = options.hubs ?? 0;
  if (!Number.isInteger(nodes) || nodes < 0 || !Number.isInteger(hubs) || hubs < 0) throw new RangeError("nodes and hubs must be non-negative integers");
  const rand = mulberry32(seed);

  const isolatedCount =
    options.isolatedShare !== undefined ? Math.min(nodes, Math.floor(nodes * options.isolatedShare)) : nodes >= 10 ? Math.max(1, Math.floor(nodes * 0.05)) : 0;
  // Which ordinary nodes are active (in some edge) is itself random.
  const order = shuffle(rand, Array.from({ length: nodes }, (_, i) => i));
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
      const members = shuffle(rand, Array.from({ length: n }, (_, i) => i)).slice(0, size);
      for (const m of members) add(n + j, m);
    }
  }

  // 2. Preferential-attachment core over the active nodes, in random arrival order.
  const coreBudget = Math.max(0, target - list.length);
  const meanLinks = n > 1 ? coreBudget / (n - 1) : 0;
  const arrival = shuffle(rand, Array.from({ length: n }, (_, i) => i));
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
    for (let a = 0; a < n && list.length < target; a++) for (let b = a + 1; b < n && list.length < target; b++) add(a, b);
  }

  const name = (slot: number) => (slot < n ? nodeId(active[slot]) : hubId(slot - n));
  const out: CooperationEdge[] = list.map(([a, b]) => (rand() < 0.5 ? { source: name(a), target: name(b) } : { source: name(b), target: name(a) }));
  // 4. A few repeated edges, reversed.
  const duplicates = Math.floor(list.length * (options.duplicateShare ?? 0.02));
  for (let d = 0; d < duplicates; d++) {
    const e = out[below(rand, list.length)];
    out.push({ source: e.target, target: e.source });
  }
  return shuffle(rand, out);
}
