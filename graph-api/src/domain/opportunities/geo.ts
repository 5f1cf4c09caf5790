/** Great-circle distance in km (haversine; Neo4j's point.distance agrees to within metres at this scale). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.latitude - a.latitude);
  const dLon = toRad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.latitude)) * Math.cos(toRad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** 1 next door, 0.5 at `halfKm`, towards 0 far away. */
export function proximity(km: number | null, halfKm = 2): number {
  return km === null ? 0 : Math.pow(0.5, km / halfKm);
}
