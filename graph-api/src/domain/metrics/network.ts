/**
 * The cooperation network as researchers measure it: an undirected weighted
 * graph in compressed sparse rows (typed arrays), built from dated
 * relationships, optionally "as of" a year.
 *
 * Nodes are organisations and what they share (events, pooled resources; the
 * ids cooperation-edges gives them). The weight of an edge is the number of
 * relationships between its two ends (a partnership and a funding count 2;
 * fundings of three different years count 3). Self-loops are dropped.
 *
 * Time: a relationship belongs to the network of year Y when it
 * had started by Y (start ≤ Y) and had not ended before Y (end null or ≥ Y).
 * One-off facts (a funding decision, an attendance at an event) have a start
 * and no end: the tie they made counts from that year on. Relationships with
 * no known start are left out of every time slice and counted in
 * `undatedRelationships`, so that a researcher sees what a slice cannot say.
 * A node belongs to the network of year Y unless it is known not to exist
 * then (founded after Y, or ended before Y); shared nodes (events, resources)
 * appear with their first relationship.
 */

import { createIdIndex } from "../id-index";

/** A relationship of the cooperation graph, with the years it covers. */
export interface DatedRelationship {
  source: string;
  target: string;
  /** Relationship type (PARTNERS_WITH, FUNDS, ATTENDED…). */
  type: string;
  /** First year, when known. */
  start: number | null;
  /** Last year; null while it goes on (or for one-off facts). */
  end: number | null;
}

/** A node that exists on its own (an organisation), with the years it exists, when known. */
export interface DatedNode {
  id: string;
  from: number | null;
  to: number | null;
}

export interface Network {
  /** Node ids, by index. */
  readonly ids: readonly string[];
  /** Neighbours of node i: targets[offsets[i] … offsets[i+1]), sorted, distinct. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Weight of each entry of `targets` (relationships between the two ends). */
  readonly weights: Float64Array;
  /** Distinct undirected edges. */
  readonly edgeCount: number;
}

/** What a time slice (or the whole graph) holds. */
export interface NetworkSlice {
  nodes: string[];
  relationships: DatedRelationship[];
  /** Relationships left out because their start year is unknown (time slices only). */
  undatedRelationships: number;
}

/** The relationships and nodes of the network as of `year`; everything when `year` is null. */
export function sliceAsOf(
  nodes: readonly DatedNode[],
  relationships: readonly DatedRelationship[],
  year: number | null,
): NetworkSlice {
  if (year === null)
    return { nodes: nodes.map((n) => n.id), relationships: [...relationships], undatedRelationships: 0 };
  const alive = new Set(
    nodes.filter((n) => (n.from === null || n.from <= year) && (n.to === null || n.to >= year)).map((n) => n.id),
  );
  const known = new Set(nodes.map((n) => n.id));
  const kept: DatedRelationship[] = [];
  let undated = 0;
  for (const r of relationships) {
    if (r.start === null) {
      undated++;
      continue;
    }
    if (r.start > year || (r.end !== null && r.end < year)) continue;
    // An organisation known not to exist yet (or any more) has no relationship that year.
    if ((known.has(r.source) && !alive.has(r.source)) || (known.has(r.target) && !alive.has(r.target))) continue;
    kept.push(r);
  }
  return { nodes: [...alive], relationships: kept, undatedRelationships: undated };
}

/**
 * Builds the weighted network of `nodeIds` (isolated ones included, in this
 * order) and the ends of `edges` (appended in order of appearance).
 */
export function buildNetwork(nodeIds: Iterable<string>, edges: Iterable<{ source: string; target: string }>): Network {
  const { ids, add } = createIdIndex();
  for (const id of nodeIds) add(id);
  // Edge list as pairs (a < b), then counting sort into rows.
  let ends = new Int32Array(1024);
  let m = 0;
  for (const { source, target } of edges) {
    const a = add(source);
    const b = add(target);
    if (a === b) continue;
    if (2 * m + 2 > ends.length) {
      const bigger = new Int32Array(ends.length * 2);
      bigger.set(ends);
      ends = bigger;
    }
    ends[2 * m] = a;
    ends[2 * m + 1] = b;
    m++;
  }
  const n = ids.length;
  const count = new Int32Array(n + 1);
  for (let e = 0; e < 2 * m; e++) count[ends[e] + 1]++;
  for (let i = 0; i < n; i++) count[i + 1] += count[i];
  const fill = count.slice(0, n);
  const raw = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const a = ends[2 * e];
    const b = ends[2 * e + 1];
    raw[fill[a]++] = b;
    raw[fill[b]++] = a;
  }
  // Sort each row and merge repeats into weights.
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  let out = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = out;
    const row = raw.subarray(count[i], count[i + 1]).sort();
    for (let k = 0; k < row.length; k++) {
      if (out > offsets[i] && targets[out - 1] === row[k]) weights[out - 1]++;
      else {
        targets[out] = row[k];
        weights[out] = 1;
        out++;
      }
    }
  }
  offsets[n] = out;
  return { ids, offsets, targets: targets.slice(0, out), weights: weights.slice(0, out), edgeCount: out / 2 };
}

export function nodeCount(net: Network): number {
  return net.ids.length;
}
