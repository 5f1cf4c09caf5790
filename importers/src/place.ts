/**
 * Where an imported organisation goes on the map. Coordinates from the source
 * are kept, with `geoPrecision: "address"`; a record without them is placed
 * at its town's centre (the centroid of the territory's outline of the town),
 * with `geoPrecision: "commune"`, so that the map and the API tell the two
 * apart. No geocoding service is called: Maillage ships no address database,
 * so an address without coordinates gives its town's centre, not its street.
 * Closures (update-only rows) say nothing of the place and are left alone.
 */
import { loadTerritory } from "@maillage/reference";
import type { LatLon } from "./geo";
import type { OrganisationRecord } from "./model";

export type TownCentres = ReadonlyMap<string, LatLon>;

let configured: TownCentres | null = null;
/** The centres of the configured territory's towns that have an outline. */
export function townCentres(): TownCentres {
  configured ??= new Map(
    loadTerritory().towns.flatMap((t) =>
      t.centroid ? [[t.inseeCode, { latitude: t.centroid.latitude, longitude: t.centroid.longitude }] as const] : [],
    ),
  );
  return configured;
}

export function placeRecord(record: OrganisationRecord, centres: TownCentres = townCentres()): OrganisationRecord {
  if (record.updateOnly) return record;
  const location = record.fields.location;
  if (location && typeof location === "object" && "latitude" in location)
    return { ...record, fields: { ...record.fields, geoPrecision: "address" } };
  const centre = centres.get(record.inseeCode);
  if (!centre) return record;
  return { ...record, fields: { ...record.fields, location: centre, geoPrecision: "commune" } };
}
