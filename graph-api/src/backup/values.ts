/**
 * Neo4j property values as JSON and back, without losing their type: an
 * integer stays an integer (even 1 vs 1.0), a point keeps its SRID, a
 * datetime its offset or zone id, a list its element type. Neo4j properties
 * are never maps, so every JSON object here is a tagged value.
 * The driver reading them must keep lossless integers (neo4j.int).
 */
import neo4j, {
  Duration,
  Integer,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
  Point,
} from "neo4j-driver";

export type Encoded = null | boolean | number | string | Encoded[] | { [tag: string]: unknown };

type TemporalKind = "Date" | "DateTime" | "LocalDateTime" | "LocalTime" | "Time";
const TEMPORAL_FIELDS: Record<TemporalKind, string[]> = {
  Date: ["year", "month", "day"],
  LocalTime: ["hour", "minute", "second", "nanosecond"],
  Time: ["hour", "minute", "second", "nanosecond", "timeZoneOffsetSeconds"],
  LocalDateTime: ["year", "month", "day", "hour", "minute", "second", "nanosecond"],
  DateTime: ["year", "month", "day", "hour", "minute", "second", "nanosecond", "timeZoneOffsetSeconds", "timeZoneId"],
};

function temporalKind(value: unknown): TemporalKind | undefined {
  if (isDateTime(value as never)) return "DateTime";
  if (isLocalDateTime(value as never)) return "LocalDateTime";
  if (isDate(value as never)) return "Date";
  if (isTime(value as never)) return "Time";
  if (isLocalTime(value as never)) return "LocalTime";
  return undefined;
}

const asNumber = (v: unknown) => (isInt(v) ? (v as Integer).toNumber() : (v as number));

export function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : { $float: String(value) };
  if (isInt(value)) return { $int: (value as Integer).toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value instanceof Int8Array || value instanceof Uint8Array)
    return { $bytes: Buffer.from(value).toString("base64") };
  if (isPoint(value as never)) {
    const p = value as Point;
    return { $point: { srid: asNumber(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) } };
  }
  if (isDuration(value as never)) {
    const d = value as Duration;
    return {
      $duration: {
        months: String(d.months),
        days: String(d.days),
        seconds: String(d.seconds),
        nanoseconds: String(d.nanoseconds),
      },
    };
  }
  const kind = temporalKind(value);
  if (kind) {
    const fields: Record<string, unknown> = {};
    for (const f of TEMPORAL_FIELDS[kind]) {
      const v = (value as Record<string, unknown>)[f];
      if (v !== undefined && v !== null) fields[f] = isInt(v) ? asNumber(v) : v;
    }
    return { [`$${kind}`]: fields };
  }
  throw new Error(`cannot encode a property value of type ${Object.prototype.toString.call(value)}`);
}

export function decodeValue(value: Encoded): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const [tag, body] = Object.entries(value)[0] ?? [];
  const f = body as Record<string, never>;
  switch (tag) {
    case "$int":
      return neo4j.int(body as string);
    case "$float":
      return Number(body);
    case "$bytes":
      return new Int8Array(Buffer.from(body as string, "base64"));
    case "$point":
      return new neo4j.types.Point(neo4j.int(f.srid), f.x, f.y, f.z);
    case "$duration":
      return new neo4j.types.Duration(
        neo4j.int(f.months),
        neo4j.int(f.days),
        neo4j.int(f.seconds),
        neo4j.int(f.nanoseconds),
      );
    case "$Date":
      return new neo4j.types.Date(f.year, f.month, f.day);
    case "$LocalTime":
      return new neo4j.types.LocalTime(f.hour, f.minute, f.second, f.nanosecond);
    case "$Time":
      return new neo4j.types.Time(f.hour, f.minute, f.second, f.nanosecond, f.timeZoneOffsetSeconds);
    case "$LocalDateTime":
      return new neo4j.types.LocalDateTime(f.year, f.month, f.day, f.hour, f.minute, f.second, f.nanosecond);
    case "$DateTime":
      return new neo4j.types.DateTime(
        f.year,
        f.month,
        f.day,
        f.hour,
        f.minute,
        f.second,
        f.nanosecond,
        f.timeZoneOffsetSeconds,
        f.timeZoneId,
      );
    default:
      throw new Error(`unknown tagged value ${JSON.stringify(value).slice(0, 80)}`);
  }
}

export function encodeProperties(props: Record<string, unknown>): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const key of Object.keys(props).sort()) out[key] = encodeValue(props[key]);
  return out;
}

export function decodeProperties(props: Record<string, Encoded>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) out[key] = decodeValue(value);
  return out;
}
