/**
 * Geometry on [longitude, latitude] rings: point-in-polygon, random points
 * inside a town, distances. Rings are small (a town), so planar tests on
 * degrees are exact enough; distances use the haversine formula.
 */
import { haversineKm, type Rng } from "@maillage/model";

export type LonLat = readonly [number, number];
export type Ring = readonly (readonly [number, number])[];

/** Even-odd ray casting; points on the boundary may go either way. */
export function pointInRing(point: LonLat, ring: Ring): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as readonly [number, number];
    const [xj, yj] = ring[j] as readonly [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export function bbox(ring: Ring): BBox {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const [lon, lat] of ring) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  return { minLon, minLat, maxLon, maxLat };
}

/** Rounds to 5 decimals (about one metre), keeping the point inside when possible. */
function round5(v: number): number {
  return Math.round(v * 1e5) / 1e5;
}

function roundedInside(point: LonLat, ring: Ring): LonLat | null {
  const rounded: LonLat = [round5(point[0]), round5(point[1])];
  if (pointInRing(rounded, ring)) return rounded;
  return pointInRing(point, ring) ? point : null;
}

/** A uniformly random point inside the ring (rejection sampling in its bounding box). */
export function randomPointInRing(rng: Rng, ring: Ring): LonLat {
  if (ring.length < 4) throw new Error("randomPointInRing: a ring needs at least 4 positions");
  const b = bbox(ring);
  for (let attempt = 0; attempt < 10000; attempt++) {
    const p: LonLat = [rng.between(b.minLon, b.maxLon), rng.between(b.minLat, b.maxLat)];
    const inside = roundedInside(p, ring);
    if (inside) return inside;
  }
  throw new Error("randomPointInRing: no point found inside the ring (is it degenerate?)");
}

/**
 * A random point within radiusKm of a centre and inside the ring; falls back
 * to any point of the ring when the neighbourhood keeps missing it.
 */
export function randomPointNear(rng: Rng, ring: Ring, centre: LonLat, radiusKm: number): LonLat {
  const kmPerDegLat = 111.32;
  const kmPerDegLon = 111.32 * Math.cos((centre[1] * Math.PI) / 180);
  for (let attempt = 0; attempt < 200; attempt++) {
    const r = radiusKm * Math.sqrt(rng.float());
    const a = rng.between(0, 2 * Math.PI);
    const p: LonLat = [centre[0] + (r * Math.cos(a)) / kmPerDegLon, centre[1] + (r * Math.sin(a)) / kmPerDegLat];
    const inside = roundedInside(p, ring);
    if (inside) return inside;
  }
  return randomPointInRing(rng, ring);
}

/** Great-circle distance in kilometres between two [longitude, latitude] positions. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return haversineKm(a[1], a[0], b[1], b[0]);
}
