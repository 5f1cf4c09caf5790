import neo4j, { type Point } from "neo4j-driver";

/**
 * A value as Cypher returns it, as plain JSON: temporals (dates, times,
 * durations) as ISO 8601 text, points as {srid, x, y[, z]}, integers as
 * numbers (as text beyond 2^53), lists and maps converted all the way down.
 * What the audit trail and the personal-data export show.
 */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(plainValue);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isPoint(value)) {
    const p = value as Point;
    return { srid: Number(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (isTemporal(value)) return String(value);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  return value;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}
