/**
 * Which territory Maillage serves: one setting, read here and nowhere else.
 *
 * TERRITORY is the SIREN of an établissement public territorial (EPT, data/ept.json of
 * @etalab/decoupage-administratif) or of an EPCI (data/epci.json); its member towns are the
 * territory's towns. TERRITORY_OUTLINES is the path of a GeoJSON FeatureCollection of the
 * towns' outlines (each feature carrying the town's INSEE code); without it, only GPSEA (the
 * default territory) has outlines, the ones shipped in reference/data.
 */
import { join } from "node:path";
import { z } from "zod";

/** Grand Paris Sud Est Avenir, the territory Maillage was first written for: the default. */
export const GPSEA_EPT_CODE = "200058006";

/** The outlines of GPSEA's 16 towns shipped with the package (IGN Admin Express, simplified). */
export const BOUNDARIES_PATH = join(__dirname, "..", "data", "gpsea-communes.geojson");

export const ETALAB = "@etalab/decoupage-administratif";

/** An empty variable (as compose files and shells often pass) counts as unset. */
const unsetWhenEmpty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const territoryEnvSchema = z.object({
  TERRITORY: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .trim()
      .regex(
        /^\d{9}$/,
        "TERRITORY must be the SIREN (9 digits) of an EPT or an EPCI, such as 200058006 for Grand Paris Sud Est Avenir",
      )
      .default(GPSEA_EPT_CODE),
  ),
  TERRITORY_OUTLINES: z.preprocess(unsetWhenEmpty, z.string().trim().optional()),
});

export interface TerritoryMember {
  inseeCode: string;
  name: string;
}

export interface TerritorySetting {
  /** SIREN of the EPT or EPCI. */
  code: string;
  /** Its name in the etalab data ("Grand Paris Sud Est Avenir", "CC de Miribel et du Plateau"). */
  name: string;
  /** EPT, or the EPCI's kind (CC, CA, CU, METRO). */
  kind: string;
  members: TerritoryMember[];
  /** The GeoJSON file of the towns' outlines, or null when the configuration gives none. */
  outlinesPath: string | null;
}

export class TerritoryConfigError extends Error {
  override name = "TerritoryConfigError";
}

interface EtalabGroup {
  code: string;
  nom: string;
  type?: string;
  membres: { code: string; nom: string }[];
}

/* eslint-disable @typescript-eslint/no-require-imports -- the package's JSON files, read when first needed */
const epts = () => require(`${ETALAB}/data/ept.json`) as EtalabGroup[];
const epcis = () => require(`${ETALAB}/data/epci.json`) as EtalabGroup[];
const communes = () => require(`${ETALAB}/data/communes.json`) as { nom: string; siren?: string; type: string }[];
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The territory the environment names, checked: a wrong value throws a
 * TerritoryConfigError whose message names the variable and says what it expects.
 */
export function territorySetting(env: NodeJS.ProcessEnv = process.env): TerritorySetting {
  const parsed = territoryEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new TerritoryConfigError(
      parsed.error.issues.map((i) => `${i.path.join(".") || "TERRITORY"}: ${i.message}`).join("\n"),
    );
  }
  const { TERRITORY: code, TERRITORY_OUTLINES: outlines } = parsed.data;
  const ept = epts().find((e) => e.code === code);
  const group = ept ?? epcis().find((e) => e.code === code);
  if (!group) {
    const commune = communes().find((c) => c.siren === code);
    throw new TerritoryConfigError(
      commune
        ? `TERRITORY: ${code} is the SIREN of the town ${commune.nom}, not of an EPT or an EPCI; give the SIREN of the grouping it belongs to`
        : `TERRITORY: ${code} is the SIREN of no EPT or EPCI known to ${ETALAB} (data/ept.json, data/epci.json); such as 200058006 for Grand Paris Sud Est Avenir`,
    );
  }
  return {
    code: group.code,
    name: group.nom,
    kind: ept ? "EPT" : (group.type ?? "EPCI"),
    members: group.membres.map((m) => ({ inseeCode: m.code, name: m.nom })),
    outlinesPath: outlines ?? (code === GPSEA_EPT_CODE ? BOUNDARIES_PATH : null),
  };
}

let configured: TerritorySetting | undefined;
/** The territory of this process's environment, read once. */
export function configuredTerritory(): TerritorySetting {
  configured ??= territorySetting(process.env);
  return configured;
}
