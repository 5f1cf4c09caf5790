/**
 * What an import does to one organisation already in the graph, field by
 * field, so that re-importing never erases a coordinator's work:
 *
 * - the node remembers what each source's last import wrote (`importedJson`,
 *   by source: sirene, rna, csv);
 * - a field whose value still equals what this source last wrote is the
 *   register's: the file's new value replaces it;
 * - a field that differs from it was edited by hand: it is kept, and the
 *   report says so;
 * - a field this source never wrote only gets filled when empty: a value that
 *   another register gave stands (silently: the RNA does not rename what
 *   Sirene named), any other value is a hand edit, kept and reported.
 *
 * Pure: no driver, so every rule is unit-tested.
 */
import type { FieldValue } from "./model";
import type { LatLon } from "./geo";

export interface ExistingNode {
  id: string;
  label: string;
  /** Current values of the importable fields. */
  fields: Record<string, FieldValue>;
  /** What each source's last import wrote, by source. */
  imported: Record<string, Record<string, FieldValue>>;
}

export interface FieldPlan {
  /** Fields to write (null removes a value the register no longer gives). */
  set: Record<string, FieldValue>;
  /** Fields left as a coordinator edited them although the file says otherwise. */
  kept: { field: string; theirs: FieldValue; ours: FieldValue }[];
}

/** A location, as opposed to the other values (a list of strings is an object too). */
export const isLatLon = (v: FieldValue | undefined): v is LatLon =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === null || y === null) return x === y;
  if (isLatLon(x) && isLatLon(y)) {
    // Locations: equal to about a centimetre (floating-point round trips).
    return Math.abs(x.latitude - y.latitude) < 1e-7 && Math.abs(x.longitude - y.longitude) < 1e-7;
  }
  if (typeof x === "object" && typeof y === "object")
    return !isLatLon(x) && !isLatLon(y) && x.length === y.length && x.every((v, i) => v === y[i]);
  return x === y;
}

export function planFields(
  existing: ExistingNode | null,
  incoming: Record<string, FieldValue>,
  source: string,
): FieldPlan {
  const set: Record<string, FieldValue> = {};
  const kept: FieldPlan["kept"] = [];
  const mine = existing?.imported[source];
  for (const [field, value] of Object.entries(incoming)) {
    if (!existing) {
      if (value !== null) set[field] = value;
      continue;
    }
    const current = existing.fields[field] ?? null;
    if (sameValue(current, value)) continue;
    if (mine && field in mine) {
      if (sameValue(current, mine[field])) set[field] = value;
      else if (value !== null) kept.push({ field, theirs: current, ours: value });
      continue;
    }
    if (current === null) {
      set[field] = value;
      continue;
    }
    const fromAnotherRegister = Object.entries(existing.imported).some(
      ([other, values]) => other !== source && field in values && sameValue(values[field], current),
    );
    if (!fromAnotherRegister && value !== null) kept.push({ field, theirs: current, ours: value });
  }
  return { set, kept };
}

export const formatValue = (v: FieldValue): string =>
  v === null
    ? ""
    : isLatLon(v)
      ? `${v.latitude.toFixed(6)}, ${v.longitude.toFixed(6)}`
      : typeof v === "object"
        ? v.join(", ")
        : String(v);
