/**
 * The business convention's meeting grid as a mixed-integer programme, built
 * from plain data (no solver, no database: unit-testable).
 *
 *   maximise   Σ value(p) · x(p, s)          over candidate pairs p and slots s
 *   subject to Σ_p∋i x(p, s) ≤ 1              each participant i, each slot s (one place at a time)
 *              Σ_s x(p, s) ≤ 1                each pair (met at most once)
 *              min(i) ≤ Σ_{p∋i, s} x(p, s) ≤ max(i)
 *              Σ_p x(p, s) ≤ tables           each slot
 *              x(p, s) = 0 when i or j is unavailable at s, or p is forbidden
 *              x(p, s) = 1 when the coordinator pinned p at s
 *              x binary
 *
 * Size: only candidate pairs get columns (a positive value, a stated wish or
 * a pin), and only in the slots both members are free; with 40 structures,
 * 200 businesses and 16 slots that stays within what the solver handles in
 * a minute (docs/benchmarks-convention.md).
 */

export interface PlanParticipant {
  id: string;
  /** Fewest and most meetings this participant should have. */
  minMeetings: number;
  maxMeetings: number;
  /** Slots (0-based) when they are not available. */
  unavailable: readonly number[];
}

export interface CandidatePair {
  a: string;
  b: string;
  /** Value of the meeting: suggestion score × w1 + stated wishes × w2. */
  value: number;
}

export interface PinnedMeeting {
  a: string;
  b: string;
  slot: number;
}

export interface ScheduleInstance {
  participants: readonly PlanParticipant[];
  /** Number of meeting slots in the day. */
  slots: number;
  /** Meetings that can take place at once. */
  tables: number;
  pairs: readonly CandidatePair[];
  pinned?: readonly PinnedMeeting[];
  /** Pairs that must not meet ("a+b", either order). */
  forbidden?: readonly { a: string; b: string }[];
}

/** The programme in the solver's terms: columns, bounds and a row-wise sparse matrix. */
export interface ScheduleModel {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** CSR: row i's entries are indices[starts[i]..starts[i+1]) (all coefficients 1). */
  starts: Int32Array;
  indices: Int32Array;
  /** What each column stands for: the pair (index into `pairs`) and the slot. */
  columns: { pair: number; slot: number }[];
  /** The pairs that got columns (forbidden ones left out), as used by `columns`. */
  pairs: CandidatePair[];
  /** Most meetings of each participant, by id (for the starting schedule). */
  most: Map<string, number>;
  /** Meetings at once (tables). */
  tables: number;
}

export interface ScheduledMeeting {
  a: string;
  b: string;
  slot: number;
  value: number;
}

/** A pair's key, the same whichever member comes first. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}+${b}` : `${b}+${a}`);

export class InvalidSchedule extends Error {}

export function buildScheduleModel(instance: ScheduleInstance): ScheduleModel {
  const { slots, tables } = instance;
  const byId = new Map(instance.participants.map((p, i) => [p.id, i]));
  const forbidden = new Set((instance.forbidden ?? []).map((f) => pairKey(f.a, f.b)));
  const pinnedAt = new Map<string, number>();
  for (const pin of instance.pinned ?? []) {
    if (!byId.has(pin.a) || !byId.has(pin.b)) throw new InvalidSchedule(`A pinned meeting names someone not invited`);
    if (pin.slot < 0 || pin.slot >= slots) throw new InvalidSchedule(`A pinned meeting is outside the day's slots`);
    pinnedAt.set(pairKey(pin.a, pin.b), pin.slot);
  }
  // One entry per pair (values of duplicates added), self-pairs and unknown members left out.
  const merged = new Map<string, CandidatePair>();
  for (const p of instance.pairs) {
    if (p.a === p.b || !byId.has(p.a) || !byId.has(p.b)) continue;
    const key = pairKey(p.a, p.b);
    if (forbidden.has(key) && !pinnedAt.has(key)) continue;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, value: seen.value + p.value } : { a: p.a, b: p.b, value: p.value });
  }
  for (const [key, slot] of pinnedAt) {
    if (!merged.has(key)) {
      const pin = instance.pinned!.find((p) => pairKey(p.a, p.b) === key && p.slot === slot)!;
      merged.set(key, { a: pin.a, b: pin.b, value: 0 });
    }
  }
  const pairs = [...merged.values()].sort((x, y) => pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b)));

  const unavailable = instance.participants.map((p) => new Set(p.unavailable));
  const columns: { pair: number; slot: number }[] = [];
  const cost: number[] = [];
  const lower: number[] = [];
  pairs.forEach((p, pi) => {
    const i = byId.get(p.a)!;
    const j = byId.get(p.b)!;
    const pin = pinnedAt.get(pairKey(p.a, p.b));
    for (let s = 0; s < slots; s++) {
      if (pin !== undefined && pin !== s) continue;
      // A pinned meeting stands even in a slot marked unavailable: the coordinator decided so.
      if (pin === undefined && (unavailable[i].has(s) || unavailable[j].has(s))) continue;
      columns.push({ pair: pi, slot: s });
      cost.push(p.value);
      lower.push(pin === s ? 1 : 0);
    }
  });

  // Rows, each a list of columns with coefficient 1.
  const rows: number[][] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const add = (cols: number[], lo: number, hi: number) => {
    if (cols.length === 0) return;
    rows.push(cols);
    rowLower.push(lo);
    rowUpper.push(hi);
  };
  const n = instance.participants.length;
  const atSlot: number[][][] = Array.from({ length: n }, () => Array.from({ length: slots }, () => []));
  const ofParticipant: number[][] = Array.from({ length: n }, () => []);
  const ofPair: number[][] = pairs.map(() => []);
  const inSlot: number[][] = Array.from({ length: slots }, () => []);
  columns.forEach((c, k) => {
    const p = pairs[c.pair];
    for (const who of [byId.get(p.a)!, byId.get(p.b)!]) {
      atSlot[who][c.slot].push(k);
      ofParticipant[who].push(k);
    }
    ofPair[c.pair].push(k);
    inSlot[c.slot].push(k);
  });
  for (let i = 0; i < n; i++) for (let s = 0; s < slots; s++) if (atSlot[i][s].length > 1) add(atSlot[i][s], 0, 1);
  for (const cols of ofPair) if (cols.length > 1) add(cols, 0, 1);
  instance.participants.forEach((p, i) => {
    const most = Math.max(0, Math.min(p.maxMeetings, slots));
    const least = Math.max(0, Math.min(p.minMeetings, most));
    if (least > 0 || ofParticipant[i].length > most) add(ofParticipant[i], least, most);
  });
  for (const cols of inSlot) if (cols.length > tables) add(cols, 0, tables);
  // A participant with a minimum and no candidate at all makes the programme infeasible: an empty row says so.
  instance.participants.forEach((p, i) => {
    if (Math.min(p.minMeetings, p.maxMeetings, slots) > 0 && ofParticipant[i].length === 0) {
      rows.push([]);
      rowLower.push(1);
      rowUpper.push(Number.POSITIVE_INFINITY);
    }
  });

  const starts = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (starts[i + 1] = starts[i] + r.length));
  const indices = new Int32Array(starts[rows.length]);
  rows.forEach((r, i) => indices.set(r, starts[i]));
  return {
    numCols: columns.length,
    numRows: rows.length,
    colCost: Float64Array.from(cost),
    colLower: Float64Array.from(lower),
    colUpper: new Float64Array(columns.length).fill(1),
    rowLower: Float64Array.from(rowLower),
    rowUpper: Float64Array.from(rowUpper),
    starts,
    indices,
    columns,
    pairs,
    most: new Map(instance.participants.map((p) => [p.id, Math.max(0, Math.min(p.maxMeetings, slots))])),
    tables,
  };
}

/**
 * A schedule to start the solver from: the pinned meetings, then the pairs of
 * most value first, each in the first slot where both are free and a table
 * is left, within everyone's most meetings. Every constraint holds but,
 * possibly, the minimums (the solver then finds its own way). The programme's
 * linear relaxation is often as good as its best schedule, and HiGHS proves a
 * schedule optimal as soon as it has one that good: starting from a good one
 * saves it most of the search.
 */
export function startingSchedule(model: ScheduleModel): Float64Array {
  const x = new Float64Array(model.numCols);
  const busy = new Set<string>();
  const met = new Set<number>();
  const count = new Map<string, number>();
  const perSlot = new Map<number, number>();
  const take = (k: number) => {
    const { pair, slot } = model.columns[k];
    const p = model.pairs[pair];
    x[k] = 1;
    met.add(pair);
    busy.add(`${p.a}@${slot}`);
    busy.add(`${p.b}@${slot}`);
    count.set(p.a, (count.get(p.a) ?? 0) + 1);
    count.set(p.b, (count.get(p.b) ?? 0) + 1);
    perSlot.set(slot, (perSlot.get(slot) ?? 0) + 1);
  };
  model.columns.forEach((_, k) => {
    if (model.colLower[k] > 0.5) take(k);
  });
  const order = model.columns.map((_, k) => k);
  order.sort((i, j) => model.colCost[j] - model.colCost[i] || model.columns[i].slot - model.columns[j].slot);
  for (const k of order) {
    const { pair, slot } = model.columns[k];
    const p = model.pairs[pair];
    if (met.has(pair) || model.colCost[k] <= 0) continue;
    if (busy.has(`${p.a}@${slot}`) || busy.has(`${p.b}@${slot}`)) continue;
    if ((perSlot.get(slot) ?? 0) >= model.tables) continue;
    if ((count.get(p.a) ?? 0) >= (model.most.get(p.a) ?? 0) || (count.get(p.b) ?? 0) >= (model.most.get(p.b) ?? 0))
      continue;
    take(k);
  }
  return x;
}

/** The meetings a solution vector (one value per column) stands for, by slot. */
export function meetingsOf(model: ScheduleModel, values: ArrayLike<number>): ScheduledMeeting[] {
  const out: ScheduledMeeting[] = [];
  model.columns.forEach((c, k) => {
    if (values[k] > 0.5) {
      const p = model.pairs[c.pair];
      out.push({ a: p.a, b: p.b, slot: c.slot, value: p.value });
    }
  });
  return out.sort((x, y) => x.slot - y.slot || pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b)));
}

/** Every constraint a schedule breaks, in words (empty when it meets them all). */
export function scheduleViolations(instance: ScheduleInstance, meetings: readonly ScheduledMeeting[]): string[] {
  const problems: string[] = [];
  const byId = new Map(instance.participants.map((p) => [p.id, p]));
  const forbidden = new Set((instance.forbidden ?? []).map((f) => pairKey(f.a, f.b)));
  const pinned = new Map((instance.pinned ?? []).map((p) => [pairKey(p.a, p.b), p.slot]));
  const busy = new Set<string>();
  const met = new Set<string>();
  const count = new Map<string, number>();
  const perSlot = new Map<number, number>();
  for (const m of meetings) {
    const key = pairKey(m.a, m.b);
    if (m.slot < 0 || m.slot >= instance.slots) problems.push(`${key} is outside the day (slot ${m.slot})`);
    if (met.has(key)) problems.push(`${key} meet twice`);
    met.add(key);
    if (forbidden.has(key) && !pinned.has(key)) problems.push(`${key} is forbidden`);
    for (const id of [m.a, m.b]) {
      const p = byId.get(id);
      if (!p) problems.push(`${id} is not invited`);
      else if (p.unavailable.includes(m.slot) && pinned.get(key) !== m.slot)
        problems.push(`${id} is unavailable at slot ${m.slot}`);
      if (busy.has(`${id}@${m.slot}`)) problems.push(`${id} has two meetings at slot ${m.slot}`);
      busy.add(`${id}@${m.slot}`);
      count.set(id, (count.get(id) ?? 0) + 1);
    }
    perSlot.set(m.slot, (perSlot.get(m.slot) ?? 0) + 1);
  }
  for (const [slot, n] of perSlot)
    if (n > instance.tables) problems.push(`slot ${slot} has ${n} meetings for ${instance.tables} tables`);
  for (const p of instance.participants) {
    const n = count.get(p.id) ?? 0;
    if (n > p.maxMeetings) problems.push(`${p.id} has ${n} meetings, more than ${p.maxMeetings}`);
    if (n < Math.min(p.minMeetings, p.maxMeetings, instance.slots))
      problems.push(`${p.id} has ${n} meetings, fewer than ${p.minMeetings}`);
  }
  for (const [key, slot] of pinned)
    if (!meetings.some((m) => pairKey(m.a, m.b) === key && m.slot === slot))
      problems.push(`${key} pinned at ${slot} is missing`);
  return problems;
}

/** The total value of a schedule. */
export const scheduleValue = (meetings: readonly { value: number }[]) => meetings.reduce((sum, m) => sum + m.value, 0);

/**
 * Tables for each slot's meetings: a meeting keeps the table it had (pinned
 * meetings do not move), the others take the lowest free number.
 */
export function assignTables<M extends { a: string; b: string; slot: number }>(
  meetings: readonly M[],
  kept: ReadonlyMap<string, number> = new Map(),
): (M & { table: number })[] {
  const taken = new Map<number, Set<number>>();
  const out: (M & { table: number })[] = [];
  const free: M[] = [];
  for (const m of meetings) {
    const table = kept.get(`${pairKey(m.a, m.b)}@${m.slot}`);
    const used = taken.get(m.slot) ?? new Set<number>();
    taken.set(m.slot, used);
    if (table !== undefined && !used.has(table)) {
      used.add(table);
      out.push({ ...m, table });
    } else free.push(m);
  }
  for (const m of free) {
    const used = taken.get(m.slot)!;
    let table = 1;
    while (used.has(table)) table++;
    used.add(table);
    out.push({ ...m, table });
  }
  return out.sort((x, y) => x.slot - y.slot || x.table - y.table);
}
