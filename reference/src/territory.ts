/**
 * The territory and its towns, from reference data only: the configured EPT or
 * EPCI (TERRITORY, see territory-config.ts) and its members; names, codes and
 * populations from @etalab/decoupage-administratif; boundaries from the
 * territory's outlines file when there is one (for GPSEA, IGN Admin Express:
 * reference/data/gpsea-communes.geojson). Centroids and neighbours are derived
 * from the boundaries; a territory without outlines has towns without them.
 */
import { readFileSync } from "node:fs";
import { GeoPoint, type GraphSpec, type NodeSpec, type RelSpec, ref } from "@maillage/model";
import {
  BOUNDARIES_PATH,
  ETALAB,
  GPSEA_EPT_CODE,
  TerritoryConfigError,
  configuredTerritory,
  type TerritorySetting,
} from "./territory-config";

export { BOUNDARIES_PATH, GPSEA_EPT_CODE };

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON file of the package, read once
const ETALAB_SOURCE = `npm:${ETALAB}@${(require(`${ETALAB}/package.json`) as { version: string }).version}`;
// The provenance stored on every GPSEA Town since the first seed: kept as written, so that a re-seed
// does not rewrite the provenance of existing databases (the file now lives in reference/data).
const GPSEA_BOUNDARIES_SOURCE =
  "IGN Admin Express COG 2018 (simplified), seed/data/gpsea-communes.geojson, Licence Ouverte";

type Ring = [number, number][];

export interface TownData {
  inseeCode: string;
  name: string;
  population: number;
  postalCodes: string[];
  /** Outer boundary ring, or null when the territory's configuration gives no outlines. */
  ring: Ring | null;
  centroid: GeoPoint | null;
}

export interface Territory {
  /** SIREN of the EPT or EPCI. */
  code: string;
  name: string;
  kind: string;
  towns: TownData[];
  /** The towns' outlines as served to the explorer (properties code and nom), or null without an outlines file. */
  outlines: Outlines | null;
  /** Where the outlines come from, for the towns' provenance. */
  outlinesSource: string | null;
}

export interface Outlines {
  type: "FeatureCollection";
  features: { type: "Feature"; properties: { code: string; nom: string }; geometry: BoundaryGeometry }[];
}
interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  population?: number;
  codesPostaux?: string[];
}
type BoundaryGeometry = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };

/** Property names that carry a commune's INSEE code in common GeoJSON files (etalab, IGN Admin Express, OSM). */
const CODE_PROPERTIES = ["code", "insee", "INSEE_COM", "code_insee", "codeInsee", "ref:INSEE"];

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(a / 2);
}

/**
 * The outlines of the territory's towns from a GeoJSON file, checked: a FeatureCollection
 * whose features carry the INSEE code (property code, insee, INSEE_COM…) and a Polygon or
 * MultiPolygon. Features of other towns are left out; a town of the territory may lack one.
 */
export function readOutlines(
  path: string,
  members: ReadonlySet<string>,
): Map<string, { nom: string; geometry: BoundaryGeometry; ring: Ring }> {
  const problem = (what: string) =>
    new TerritoryConfigError(`TERRITORY_OUTLINES: ${path}${what.startsWith(":") ? "" : " "}${what}`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw problem(`cannot be read as JSON (${(error as Error).message})`);
  }
  const collection = data as { type?: unknown; features?: unknown };
  if (collection?.type !== "FeatureCollection" || !Array.isArray(collection.features))
    throw problem("is not a GeoJSON FeatureCollection");
  const out = new Map<string, { nom: string; geometry: BoundaryGeometry; ring: Ring }>();
  collection.features.forEach(
    (f: { properties?: Record<string, unknown>; geometry?: { type?: string; coordinates?: unknown } }, i: number) => {
      const props = f?.properties ?? {};
      const key = CODE_PROPERTIES.find((k) => typeof props[k] === "string" || typeof props[k] === "number");
      if (!key) throw problem(`: feature ${i + 1} carries no INSEE code (a property ${CODE_PROPERTIES.join(", ")})`);
      const code = String(props[key]).padStart(5, "0");
      if (!members.has(code)) return;
      const geometry = f.geometry as BoundaryGeometry | undefined;
      if (
        !geometry ||
        (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") ||
        !Array.isArray(geometry.coordinates)
      )
        throw problem(`: feature ${i + 1} (${code}) has no Polygon or MultiPolygon geometry`);
      const outer = geometry.type === "Polygon" ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
      const ring = outer.filter((r) => Array.isArray(r) && r.length >= 4).sort((a, b) => ringArea(b) - ringArea(a))[0];
      if (!ring) throw problem(`: feature ${i + 1} (${code}) has no outer ring`);
      const nom = typeof props.nom === "string" ? props.nom : typeof props.name === "string" ? props.name : code;
      out.set(code, { nom, geometry, ring });
    },
  );
  return out;
}

/** Area-weighted centroid of a simple polygon ring (shoelace formula), in degrees. */
export function ringCentroid(ring: Ring): GeoPoint {
  let area2 = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    area2 += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (area2 === 0) throw new Error("ringCentroid: degenerate ring");
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return new GeoPoint(round(cx / (3 * area2)), round(cy / (3 * area2)));
}

/**
 * Two towns are neighbours when their boundaries share a border: at least two
 * common vertices (IGN's simplified outlines keep shared borders vertex-identical),
 * so that touching at a single corner does not count.
 */
export function shareBorder(a: Ring, b: Ring): boolean {
  const aKeys = new Set(a.map(([x, y]) => `${x},${y}`));
  const shared = new Set(b.map(([x, y]) => `${x},${y}`).filter((k) => aKeys.has(k)));
  return shared.size >= 2;
}

/** The territory of `setting` (by default the configured one, TERRITORY and TERRITORY_OUTLINES) and its towns. */
export function loadTerritory(setting: TerritorySetting = configuredTerritory()): Territory {
  // The package's communes file is 5 MB: read when first needed, not at import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const communes = require(`${ETALAB}/data/communes.json`) as EtalabCommune[];
  const members = new Set(setting.members.map((m) => m.inseeCode));
  const outlines = setting.outlinesPath ? readOutlines(setting.outlinesPath, members) : null;

  const towns = setting.members.map((m): TownData => {
    const commune = communes.find((c) => c.code === m.inseeCode && c.type === "commune-actuelle");
    if (!commune) throw new Error(`${ETALAB} has no commune ${m.inseeCode}`);
    const ring = outlines?.get(m.inseeCode)?.ring ?? null;
    if (setting.code === GPSEA_EPT_CODE && !ring && setting.outlinesPath === BOUNDARIES_PATH)
      throw new Error(`${BOUNDARIES_PATH} has no boundary for ${m.inseeCode} (${commune.nom})`);
    return {
      inseeCode: commune.code,
      name: commune.nom,
      population: commune.population ?? 0,
      postalCodes: commune.codesPostaux ?? [],
      ring,
      centroid: ring ? ringCentroid(ring) : null,
    };
  });
  const served: Outlines | null = outlines
    ? {
        type: "FeatureCollection",
        features: towns.flatMap((t) => {
          const o = outlines.get(t.inseeCode);
          return o
            ? [{ type: "Feature" as const, properties: { code: t.inseeCode, nom: t.name }, geometry: o.geometry }]
            : [];
        }),
      }
    : null;
  const outlinesSource = !setting.outlinesPath
    ? null
    : setting.outlinesPath === BOUNDARIES_PATH
      ? GPSEA_BOUNDARIES_SOURCE
      : `outlines file ${setting.outlinesPath.split(/[\\/]/).pop()}`;
  return { code: setting.code, name: setting.name, kind: setting.kind, towns, outlines: served, outlinesSource };
}

export function territorySpec(territory: Territory = loadTerritory()): GraphSpec {
  const { code, name, towns, outlinesSource } = territory;
  const nodes: NodeSpec[] = [
    {
      label: "Territory",
      props: {
        code,
        name,
        population: towns.reduce((sum, t) => sum + t.population, 0),
        source: ETALAB_SOURCE,
        sourceKind: "REFERENCE_DATA",
        sourceRef: `data/${territory.kind === "EPT" ? "ept" : "epci"}.json#${code}`,
      },
    },
    ...towns.map((t): NodeSpec => ({
      label: "Town",
      props: {
        inseeCode: t.inseeCode,
        name: t.name,
        population: t.population,
        postalCodes: t.postalCodes,
        ...(t.centroid ? { location: t.centroid } : {}),
        source: ETALAB_SOURCE,
        sourceKind: "REFERENCE_DATA",
        sourceRef: t.centroid
          ? `data/communes.json#${t.inseeCode}; centroid of the ${outlinesSource} boundary`
          : `data/communes.json#${t.inseeCode}`,
      },
    })),
  ];
  const memberOf = `data/${territory.kind === "EPT" ? "ept" : "epci"}.json#${code}`;
  const rels: RelSpec[] = towns.map((t) => ({
    type: "PART_OF",
    from: ref("Town", t.inseeCode),
    to: ref("Territory", code),
    props: { source: ETALAB_SOURCE, sourceKind: "REFERENCE_DATA", sourceRef: memberOf },
  }));
  for (let i = 0; i < towns.length; i++) {
    for (let j = i + 1; j < towns.length; j++) {
      const [a, b] = [towns[i], towns[j]].sort((x, y) => x.inseeCode.localeCompare(y.inseeCode));
      if (!a.ring || !b.ring || !shareBorder(a.ring, b.ring)) continue;
      rels.push({
        type: "NEIGHBOUR_OF",
        from: ref("Town", a.inseeCode),
        to: ref("Town", b.inseeCode),
        props: { source: outlinesSource ?? "", sourceKind: "REFERENCE_DATA", sourceRef: "shared border" },
      });
    }
  }
  return { nodes, rels };
}
