/**
 * The territory and its 16 towns, from reference data only:
 * names, codes and populations from @etalab/decoupage-administratif,
 * boundaries from IGN Admin Express (reference/data/gpsea-communes.geojson, a copy of
 * ../shared/data). Centroids and neighbours are derived from the boundaries.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GeoPoint, type GraphSpec, type NodeSpec, type RelSpec, ref } from "@maillage/model";

export const GPSEA_EPT_CODE = "200058006";

export const BOUNDARIES_PATH = join(__dirname, "..", "data", "gpsea-communes.geojson");
const ETALAB = "@etalab/decoupage-administratif";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON file of the package, read once
const ETALAB_SOURCE = `npm:${ETALAB}@${(require(`${ETALAB}/package.json`) as { version: string }).version}`;
// The provenance stored on every Town since the first seed: kept as written, so that a re-seed
// does not rewrite the provenance of existing databases (the file now lives in reference/data).
const BOUNDARIES_SOURCE = "IGN Admin Express COG 2018 (simplified), seed/data/gpsea-communes.geojson, Licence Ouverte";

type Ring = [number, number][];

export interface TownData {
  inseeCode: string;
  name: string;
  population: number;
  postalCodes: string[];
  ring: Ring;
  centroid: GeoPoint;
}

interface EtalabEpt {
  code: string;
  nom: string;
  membres: { code: string; nom: string }[];
}
interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  population?: number;
  codesPostaux?: string[];
}
interface BoundaryFeature {
  properties: { code: string; nom: string };
  geometry: { type: string; coordinates: Ring[] };
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

export function loadTerritory(): { name: string; towns: TownData[] } {
  // The package's JSON files (the communes are 5 MB): read when first needed, not at import.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const epts = require(`${ETALAB}/data/ept.json`) as EtalabEpt[];
  const communes = require(`${ETALAB}/data/communes.json`) as EtalabCommune[];
  /* eslint-enable @typescript-eslint/no-require-imports */
  const ept = epts.find((e) => e.code === GPSEA_EPT_CODE);
  if (!ept) throw new Error(`${ETALAB} has no EPT ${GPSEA_EPT_CODE}`);

  const features = (JSON.parse(readFileSync(BOUNDARIES_PATH, "utf8")) as { features: BoundaryFeature[] }).features;
  const rings = new Map(features.map((f) => [f.properties.code, f.geometry.coordinates[0]]));

  const towns = ept.membres.map((m): TownData => {
    const commune = communes.find((c) => c.code === m.code && c.type === "commune-actuelle");
    if (!commune) throw new Error(`${ETALAB} has no commune ${m.code}`);
    const ring = rings.get(m.code);
    if (!ring) throw new Error(`${BOUNDARIES_PATH} has no boundary for ${m.code} (${commune.nom})`);
    return {
      inseeCode: commune.code,
      name: commune.nom,
      population: commune.population ?? 0,
      postalCodes: commune.codesPostaux ?? [],
      ring,
      centroid: ringCentroid(ring),
    };
  });
  return { name: ept.nom, towns };
}

export function territorySpec(territory = loadTerritory()): GraphSpec {
  const { name, towns } = territory;
  const nodes: NodeSpec[] = [
    {
      label: "Territory",
      props: {
        code: GPSEA_EPT_CODE,
        name,
        population: towns.reduce((sum, t) => sum + t.population, 0),
        source: ETALAB_SOURCE,
        sourceKind: "REFERENCE_DATA",
        sourceRef: `data/ept.json#${GPSEA_EPT_CODE}`,
      },
    },
    ...towns.map((t): NodeSpec => ({
      label: "Town",
      props: {
        inseeCode: t.inseeCode,
        name: t.name,
        population: t.population,
        postalCodes: t.postalCodes,
        location: t.centroid,
        source: ETALAB_SOURCE,
        sourceKind: "REFERENCE_DATA",
        sourceRef: `data/communes.json#${t.inseeCode}; centroid of the ${BOUNDARIES_SOURCE} boundary`,
      },
    })),
  ];
  const rels: RelSpec[] = towns.map((t) => ({
    type: "PART_OF",
    from: ref("Town", t.inseeCode),
    to: ref("Territory", GPSEA_EPT_CODE),
    props: { source: ETALAB_SOURCE, sourceKind: "REFERENCE_DATA", sourceRef: `data/ept.json#${GPSEA_EPT_CODE}` },
  }));
  for (let i = 0; i < towns.length; i++) {
    for (let j = i + 1; j < towns.length; j++) {
      const [a, b] = [towns[i], towns[j]].sort((x, y) => x.inseeCode.localeCompare(y.inseeCode));
      if (!shareBorder(a.ring, b.ring)) continue;
      rels.push({
        type: "NEIGHBOUR_OF",
        from: ref("Town", a.inseeCode),
        to: ref("Town", b.inseeCode),
        props: { source: BOUNDARIES_SOURCE, sourceKind: "REFERENCE_DATA", sourceRef: "shared border" },
      });
    }
  }
  return { nodes, rels };
}
