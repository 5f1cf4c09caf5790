/**
 * Coordinates: Sirene gives projected coordinates (Lambert-93, EPSG:2154, in
 * metropolitan France; the geolocated file names the EPSG code of each row);
 * Maillage stores WGS84. Conversions by proj4 with the official definitions.
 */
import proj4 from "proj4";

/** Projections of the French registers: metropolitan France and the overseas départements. */
const PROJECTIONS: Record<string, string> = {
  "2154":
    "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  // Guadeloupe, Martinique (RGAF09 / UTM 20N), Guyane (RGFG95 / UTM 22N), La Réunion (RGR92 / UTM 40S), Mayotte (RGM04 / UTM 38S)
  "5490": "+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  "2972": "+proj=utm +zone=22 +ellps=GRS80 +towgs84=2,2,-2,0,0,0,0 +units=m +no_defs",
  "2975": "+proj=utm +zone=40 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  "4471": "+proj=utm +zone=38 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
};

const converters = new Map<string, proj4.Converter>();

export interface LatLon {
  latitude: number;
  longitude: number;
}

/** Projected x/y in the given EPSG system → WGS84; throws on an unknown system. */
export function toWgs84(x: number, y: number, epsg = "2154"): LatLon {
  let converter = converters.get(epsg);
  if (!converter) {
    const definition = PROJECTIONS[epsg];
    if (!definition)
      throw new RangeError(`unknown coordinate system EPSG:${epsg} (known: ${Object.keys(PROJECTIONS).join(", ")})`);
    converter = proj4(definition, "WGS84");
    converters.set(epsg, converter);
  }
  const [longitude, latitude] = converter.forward([x, y]);
  return { latitude, longitude };
}

/** Whether a WGS84 point is in France: shared with the API's input validation. */
export { insideFrance } from "@maillage/model";
