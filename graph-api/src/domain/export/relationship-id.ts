/**
 * Stable ids of relationships: derived from what identifies a relationship
 * (its type, its two ends and its key properties: kind and own year), never
 * from the database's internal ids, which change when data are imported again.
 * The same relationship has the same id in the explorer's graph, the
 * relationships list, every export and every dataset version; a relationship
 * whose years end or whose provenance is corrected keeps its id.
 */
import { createHash } from "node:crypto";

export interface RelationshipIdentity {
  type: string;
  source: string;
  target: string;
  /** Partnership kind, funding instrument or attendance role, when it has one. */
  kind: string | null;
  /** The relationship's own year (since, or the year of a funding decision), when it has one. */
  year: number | null;
}

/** `r-` and 16 hex digits of the SHA-256 of the identity (unit separators between the parts). */
export function relationshipKey(r: RelationshipIdentity): string {
  const text = [r.type, r.source, r.target, r.kind ?? "", r.year ?? ""].join("\u001f");
  return `r-${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}

/**
 * Ids for a list of relationships: identical identities (two fundings of the
 * same instrument the same year between the same two organisations) are told
 * apart by `-2`, `-3`… in the order of `tieBreak` (their other properties),
 * so the ids do not depend on the order the database returned them in.
 */
export function relationshipIds<R extends RelationshipIdentity>(
  rows: readonly R[],
  tieBreak: (r: R) => string,
): string[] {
  const keys = rows.map(relationshipKey);
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  });
  const ids = [...keys];
  for (const [key, members] of groups) {
    if (members.length < 2) continue;
    const order = [...members].sort((a, b) => {
      const [x, y] = [tieBreak(rows[a]), tieBreak(rows[b])];
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    order.forEach((i, rank) => (ids[i] = rank === 0 ? key : `${key}-${rank + 1}`));
  }
  return ids;
}
