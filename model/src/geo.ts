/** Distances on the globe, shared by the API's suggestions, the demo generator and the research tools. */
const EARTH_RADIUS_KM = 6371.0088;
const toRad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in km (haversine; Neo4j's point.distance agrees to within metres at this scale). */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  return haversineKm(a.latitude, a.longitude, b.latitude, b.longitude);
}

/** `distanceKm` on plain numbers, for loops that should not allocate. */
export function haversineKm(latA: number, lonA: number, latB: number, lonB: number): number {
  const dLat = toRad(latB - latA);
  const dLon = toRad(lonB - lonA);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(latA)) * Math.cos(toRad(latB)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** 1 next door, 0.5 at `halfKm`, towards 0 far away. */
export function proximity(km: number | null, halfKm = 2): number {
  return km === null ? 0 : Math.pow(0.5, km / halfKm);
}

/**
 * A grid of square-ish cells at least `radiusKm` wide, so that every point
 * within `radiusKm` of a place lies in the 3 × 3 cells around it: "who is
 * near" without comparing every pair.
 */
export class PointGrid {
  private readonly cells = new Map<string, number[]>();
  private readonly latStep: number;
  private readonly lonStep: number;

  /** `points[i]` is the place of item i, or null when it has none (never returned). */
  constructor(
    private readonly points: readonly ({ latitude: number; longitude: number } | null)[],
    readonly radiusKm: number,
  ) {
    // A degree of latitude is at least 110.5 km; a degree of longitude shrinks with cos(latitude): size for the widest.
    let maxAbsLat = 0;
    for (const p of points) if (p) maxAbsLat = Math.max(maxAbsLat, Math.abs(p.latitude));
    this.latStep = radiusKm / 110.5;
    this.lonStep = radiusKm / (110.5 * Math.max(Math.cos(toRad(Math.min(maxAbsLat, 89))), 1e-3));
    points.forEach((p, i) => {
      if (!p) return;
      const key = this.key(Math.floor(p.latitude / this.latStep), Math.floor(p.longitude / this.lonStep));
      const cell = this.cells.get(key);
      if (cell) cell.push(i);
      else this.cells.set(key, [i]);
    });
  }

  private key(row: number, col: number): string {
    return `${row}:${col}`;
  }

  /** Items within `radiusKm` of item i (i itself excluded), by haversine distance. */
  near(i: number): number[] {
    const p = this.points[i];
    if (!p) return [];
    const row = Math.floor(p.latitude / this.latStep);
    const col = Math.floor(p.longitude / this.lonStep);
    const out: number[] = [];
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        for (const j of this.cells.get(this.key(row + dr, col + dc)) ?? []) {
          const q = this.points[j]!;
          if (j !== i && haversineKm(p.latitude, p.longitude, q.latitude, q.longitude) <= this.radiusKm) out.push(j);
        }
      }
    }
    return out;
  }
}
