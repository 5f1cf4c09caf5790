/**
 * What the audit trail keeps of an entity: its labels, properties and
 * relationships as readable JSON, without secrets and without people's
 * contact values (GDPR: an erased person must not live on in the log; the
 * log shows that a contact value changed, not what it was).
 */
import { plainValue } from "../cypher/values";
import type { Row as SnapshotRow } from "../cypher/audit/snapshot-nodes.cypher";

/** Properties whose values the trail never keeps, on any entity. */
const SECRET = /hash|secret|password|token/i;
/** People's contact values (type-defs.graphql: Contact), kept as "[redacted]". */
const PERSONAL: Record<string, string[]> = { Contact: ["name", "email", "phone"] };
export const REDACTED = "[redacted]";
export const REDACTED_CHANGED = "[redacted, changed]";

export type Snapshot = {
  labels: string[];
  properties: Record<string, unknown>;
  relationships: { type: string; direction: "OUT" | "IN"; other: unknown; properties: Record<string, unknown> }[];
};

function plainProperties(props: Record<string, unknown>, personal: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props).sort()) {
    if (SECRET.test(key)) continue;
    out[key] = personal.includes(key) && props[key] !== null ? REDACTED : plainValue(props[key]);
  }
  return out;
}

export function toSnapshot(row: SnapshotRow): Snapshot {
  const personal = row.labels.flatMap((l) => PERSONAL[l] ?? []);
  return {
    labels: [...row.labels].sort(),
    properties: plainProperties(row.props, personal),
    relationships: row.rels
      .map((r) => ({
        type: r.type,
        direction: r.out ? ("OUT" as const) : ("IN" as const),
        other: plainValue(r.other),
        properties: plainProperties(r.props, []),
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

/**
 * Marks the redacted values that changed between the raw rows, so that an
 * admin sees that a contact's email changed without seeing it.
 */
export function markRedactedChanges(
  before: SnapshotRow | undefined,
  after: SnapshotRow | undefined,
  snapshot: Snapshot | null,
): Snapshot | null {
  if (!snapshot || !after) return snapshot;
  for (const key of after.labels.flatMap((l) => PERSONAL[l] ?? [])) {
    if (snapshot.properties[key] === REDACTED && before?.props[key] !== after.props[key])
      snapshot.properties[key] = REDACTED_CHANGED;
  }
  return snapshot;
}

/** Scalar fields of a custom mutation's answer (a list: each item so, 20 at most), secrets and issued keys left out. */
export function summariseResult(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.slice(0, 20).map(summariseResult);
  if (typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET.test(key) || key === "key") continue;
    if (
      v === null ||
      typeof v !== "object" ||
      (Array.isArray(v) && v.every((x) => x === null || typeof x !== "object"))
    )
      out[key] = v;
  }
  return out;
}
