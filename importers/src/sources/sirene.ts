/**
 * INSEE's Sirene stock files, as published on data.gouv.fr:
 * - StockEtablissement (establishments, one row per SIRET) — required;
 * - StockUniteLegale (legal units, one row per SIREN): legal category, ESS
 *   flag, RNA id, name — required;
 * - GeolocalisationEtablissement_Sirene_pour_etudes_statistiques (x, y and
 *   the EPSG code of each row) — optional, preferred for locations.
 *
 * Files are told apart by their header, in any order. Three streaming passes
 * in constant memory with respect to the files: establishments first (keeping
 * the active ones of the territory's towns), then the legal units and
 * locations of those only. What is kept grows with the territory, not with
 * the national file.
 */
import { z } from "zod";
import { basename } from "node:path";
import { readCsvBatches, readHeader, CsvFileError } from "../read/csv-file";
import { siretProblem, rnaProblem } from "../identifiers";
import { insideFrance, toWgs84, type LatLon } from "../geo";
import { nafLabel, nafThemes, normaliseNaf } from "../reference/naf";
import { essLegalForm, isNaturalPerson, legalFormOf, STAFF_RANGES } from "../reference/registers";
import type { OrganisationRecord } from "../model";
import type { ImportContext } from "../context";

/** StockEtablissement's header, as INSEE publishes it. */
export const ETABLISSEMENT_COLUMNS = [
  "siren",
  "nic",
  "siret",
  "statutDiffusionEtablissement",
  "dateCreationEtablissement",
  "trancheEffectifsEtablissement",
  "anneeEffectifsEtablissement",
  "activitePrincipaleRegistreMetiersEtablissement",
  "dateDernierTraitementEtablissement",
  "etablissementSiege",
  "nombrePeriodesEtablissement",
  "complementAdresseEtablissement",
  "numeroVoieEtablissement",
  "indiceRepetitionEtablissement",
  "dernierNumeroVoieEtablissement",
  "indiceRepetitionDernierNumeroVoieEtablissement",
  "typeVoieEtablissement",
  "libelleVoieEtablissement",
  "codePostalEtablissement",
  "libelleCommuneEtablissement",
  "libelleCommuneEtrangerEtablissement",
  "distributionSpecialeEtablissement",
  "codeCommuneEtablissement",
  "codeCedexEtablissement",
  "libelleCedexEtablissement",
  "codePaysEtrangerEtablissement",
  "libellePaysEtrangerEtablissement",
  "identifiantAdresseEtablissement",
  "coordonneeLambertAbscisseEtablissement",
  "coordonneeLambertOrdonneeEtablissement",
  "complementAdresse2Etablissement",
  "numeroVoie2Etablissement",
  "indiceRepetition2Etablissement",
  "typeVoie2Etablissement",
  "libelleVoie2Etablissement",
  "codePostal2Etablissement",
  "libelleCommune2Etablissement",
  "libelleCommuneEtranger2Etablissement",
  "distributionSpeciale2Etablissement",
  "codeCommune2Etablissement",
  "codeCedex2Etablissement",
  "libelleCedex2Etablissement",
  "codePaysEtranger2Etablissement",
  "libellePaysEtranger2Etablissement",
  "dateDebut",
  "etatAdministratifEtablissement",
  "enseigne1Etablissement",
  "enseigne2Etablissement",
  "enseigne3Etablissement",
  "denominationUsuelleEtablissement",
  "activitePrincipaleEtablissement",
  "nomenclatureActivitePrincipaleEtablissement",
  "caractereEmployeurEtablissement",
  "activitePrincipaleNAF25Etablissement",
  // The geolocated files published per département (geocoded by Etalab) add these and drop the Lambert coordinates.
  "longitude",
  "latitude",
  "geo_score",
  "geo_type",
  "geo_adresse",
  "geo_id",
  "geo_ligne",
  "geo_l4",
  "geo_l5",
] as const;
const ETABLISSEMENT_REQUIRED = [
  "siret",
  "etatAdministratifEtablissement",
  "codeCommuneEtablissement",
  "activitePrincipaleEtablissement",
  "trancheEffectifsEtablissement",
  "enseigne1Etablissement",
  "denominationUsuelleEtablissement",
];
/** The columns the importer reads. */
const ETABLISSEMENT_READ = [
  ...ETABLISSEMENT_REQUIRED,
  "nomenclatureActivitePrincipaleEtablissement",
  "coordonneeLambertAbscisseEtablissement",
  "coordonneeLambertOrdonneeEtablissement",
  "dateCreationEtablissement",
  "numeroVoieEtablissement",
  "indiceRepetitionEtablissement",
  "typeVoieEtablissement",
  "libelleVoieEtablissement",
  "codePostalEtablissement",
  "etablissementSiege",
  "longitude",
  "latitude",
];
const LAMBERT = ["coordonneeLambertAbscisseEtablissement", "coordonneeLambertOrdonneeEtablissement"];
const LON_LAT = ["longitude", "latitude"];

/** StockUniteLegale's header, as INSEE publishes it. */
export const UNITE_LEGALE_COLUMNS = [
  "siren",
  "statutDiffusionUniteLegale",
  "unitePurgeeUniteLegale",
  "dateCreationUniteLegale",
  "sigleUniteLegale",
  "sexeUniteLegale",
  "prenom1UniteLegale",
  "prenom2UniteLegale",
  "prenom3UniteLegale",
  "prenom4UniteLegale",
  "prenomUsuelUniteLegale",
  "pseudonymeUniteLegale",
  "identifiantAssociationUniteLegale",
  "trancheEffectifsUniteLegale",
  "anneeEffectifsUniteLegale",
  "dateDernierTraitementUniteLegale",
  "nombrePeriodesUniteLegale",
  "categorieEntreprise",
  "anneeCategorieEntreprise",
  "dateDebut",
  "etatAdministratifUniteLegale",
  "nomUniteLegale",
  "nomUsageUniteLegale",
  "denominationUniteLegale",
  "denominationUsuelle1UniteLegale",
  "denominationUsuelle2UniteLegale",
  "denominationUsuelle3UniteLegale",
  "categorieJuridiqueUniteLegale",
  "activitePrincipaleUniteLegale",
  "nomenclatureActivitePrincipaleUniteLegale",
  "nicSiegeUniteLegale",
  "economieSocialeSolidaireUniteLegale",
  "societeMissionUniteLegale",
  "caractereEmployeurUniteLegale",
  "activitePrincipaleNAF25UniteLegale",
] as const;
const UNITE_LEGALE_REQUIRED = [
  "siren",
  "categorieJuridiqueUniteLegale",
  "economieSocialeSolidaireUniteLegale",
  "denominationUniteLegale",
  "identifiantAssociationUniteLegale",
];
const UNITE_LEGALE_READ = [
  ...UNITE_LEGALE_REQUIRED,
  "denominationUsuelle1UniteLegale",
  "sigleUniteLegale",
  "dateCreationUniteLegale",
];

/** The geolocated establishments file's header. */
export const GEOLOCATION_COLUMNS = [
  "siret",
  "x",
  "y",
  "qualite_xy",
  "epsg",
  "plg_qp",
  "plg_iris",
  "plg_zus",
  "plg_qva",
  "plg_code_commune",
  "distance_precision",
  "qualite_qp",
  "qualite_iris",
  "qualite_zus",
  "qualite_qva",
  "y_latitude",
  "x_longitude",
] as const;
const GEOLOCATION_REQUIRED = ["siret", "x", "y", "epsg"];

type FileKind = "establishments" | "legalUnits" | "geolocation";

/** Which Sirene file this is, from its header. */
export async function sireneFileKind(file: string): Promise<FileKind> {
  const { header } = await readHeader(file);
  const has = (c: string) => header.some((h) => h.toLowerCase() === c.toLowerCase());
  if (has("siret") && has("etatAdministratifEtablissement")) return "establishments";
  if (has("siren") && has("categorieJuridiqueUniteLegale")) return "legalUnits";
  if (has("siret") && has("epsg") && has("x") && has("y")) return "geolocation";
  throw new CsvFileError(
    file,
    "is not a Sirene file: expected the header of StockEtablissement (siret, etatAdministratifEtablissement…), StockUniteLegale (siren, categorieJuridiqueUniteLegale…) or the geolocated establishments file (siret, x, y, epsg…)",
  );
}

/** Register values INSEE masks for non-diffusible units ("[ND]") count as absent. */
const value = (v: string | undefined) => (v === undefined || v === "" || v === "[ND]" ? null : v);

const establishmentSchema = z.object({
  siret: z.string().superRefine((s, ctx) => {
    const problem = siretProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  activitePrincipaleEtablissement: z.string(),
  nomenclatureActivitePrincipaleEtablissement: z.string().optional(),
  trancheEffectifsEtablissement: z
    .string()
    .refine((t) => t === "" || t in STAFF_RANGES, { message: "not an INSEE staff range (NN, 00, 01 … 53)" }),
  coordonneeLambertAbscisseEtablissement: z
    .string()
    .refine((x) => value(x) === null || Number.isFinite(Number(x)), { message: "not a number" }),
  coordonneeLambertOrdonneeEtablissement: z
    .string()
    .refine((y) => value(y) === null || Number.isFinite(Number(y)), { message: "not a number" }),
  longitude: z.string().refine((x) => value(x) === null || Number.isFinite(Number(x)), { message: "not a number" }),
  latitude: z.string().refine((y) => value(y) === null || Number.isFinite(Number(y)), { message: "not a number" }),
  dateCreationEtablissement: z
    .string()
    .refine((d) => d === "" || /^\d{4}-\d{2}-\d{2}$/.test(d), { message: "not a date (YYYY-MM-DD)" }),
});

/** "column: message; column: message" from a zod error. */
export function zodReason(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "row"}: ${i.message}`).join("; ");
}

interface Establishment {
  line: number;
  siret: string;
  name: string | null;
  nafCode: string | null;
  staffRange: string | null;
  address: string | null;
  postalCode: string | null;
  inseeCode: string;
  location: LatLon | null;
  createdYear: number | null;
  /** The legal unit's head office (siège). */
  headOffice: boolean;
}

interface LegalUnit {
  category: string;
  ess: boolean;
  name: string | null;
  rnaId: string | null;
  createdYear: number | null;
}

const joinParts = (...parts: (string | null)[]) => parts.filter((p): p is string => p !== null).join(" ") || null;

function projected(x: string | null, y: string | null, epsg: string): LatLon | string | null {
  if (x === null || y === null) return null;
  let p: LatLon;
  try {
    p = toWgs84(Number(x), Number(y), epsg);
  } catch (e) {
    return (e as Error).message;
  }
  if (!Number.isFinite(p.latitude) || !insideFrance(p))
    return `coordinates x=${x}, y=${y} (EPSG:${epsg}) fall outside France`;
  return p;
}

/** WGS84 longitude and latitude as the geolocated files give them; null when absent. */
function geocoded(longitude: string | null, latitude: string | null): LatLon | string | null {
  if (longitude === null || latitude === null) return null;
  const p = { latitude: Number(latitude), longitude: Number(longitude) };
  return insideFrance(p) ? p : `longitude ${longitude}, latitude ${latitude} fall outside France`;
}

/** Reads and validates the Sirene files; returns the territory's organisations. */
export async function* readSirene(files: string[], ctx: ImportContext): AsyncGenerator<OrganisationRecord> {
  const byKind = new Map<FileKind, string>();
  for (const file of files) {
    const kind = await sireneFileKind(file);
    if (byKind.has(kind))
      throw new CsvFileError(
        file,
        `is a second ${kind} file (${basename(byKind.get(kind)!)} is the first): give one of each`,
      );
    byKind.set(kind, file);
  }
  const establishmentsFile = byKind.get("establishments");
  const legalUnitsFile = byKind.get("legalUnits");
  if (!establishmentsFile || !legalUnitsFile) {
    throw new Error(
      "sirene: give both StockEtablissement and StockUniteLegale files (and optionally the geolocated establishments file)",
    );
  }

  // Pass 1: the territory's active establishments.
  const establishments = new Map<string, Establishment>();
  const progress = ctx.progress.file(establishmentsFile);
  const establishmentRows = readCsvBatches(establishmentsFile, {
    columns: ETABLISSEMENT_COLUMNS,
    required: ETABLISSEMENT_REQUIRED,
    keep: ETABLISSEMENT_READ,
    expected: "a StockEtablissement file",
    onMissing: (missing) => {
      // Either pair of coordinates will do: only a file with neither lacks a location.
      const hasLambert = !LAMBERT.some((c) => missing.includes(c));
      const hasLonLat = !LON_LAT.some((c) => missing.includes(c));
      const lacking = missing.filter(
        (c) => !(LAMBERT.includes(c) && hasLonLat) && !(LON_LAT.includes(c) && hasLambert),
      );
      if (lacking.length)
        ctx.note(
          establishmentsFile,
          1,
          `column${lacking.length > 1 ? "s" : ""} ${lacking.join(", ")} not in the file: read as empty in every row`,
        );
    },
  });
  for await (const batch of establishmentRows)
    for (const record of batch) {
      ctx.counts.read++;
      progress.tick(record.line, record.offset);
      if (record.error !== undefined) {
        ctx.reject(establishmentsFile, record.line, record.error);
        continue;
      }
      const v = record.values;
      if (v.etatAdministratifEtablissement !== "A") {
        ctx.skip(
          `closed establishment (etatAdministratifEtablissement = ${v.etatAdministratifEtablissement || "empty"})`,
        );
        continue;
      }
      const inseeCode = v.codeCommuneEtablissement;
      if (!ctx.territory.has(inseeCode)) {
        if (inseeCode !== "" && !ctx.communes.has(inseeCode))
          ctx.reject(
            establishmentsFile,
            record.line,
            `codeCommuneEtablissement: "${inseeCode}" is not an INSEE commune code`,
            v.siret,
          );
        else ctx.skip("outside the territory's 16 towns");
        continue;
      }
      const parsed = establishmentSchema.safeParse(v);
      if (!parsed.success) {
        ctx.reject(establishmentsFile, record.line, zodReason(parsed.error), v.siret);
        continue;
      }
      const nomenclature = v.nomenclatureActivitePrincipaleEtablissement;
      const nafCode =
        nomenclature === undefined || nomenclature === "" || nomenclature === "NAFRev2"
          ? normaliseNaf(v.activitePrincipaleEtablissement)
          : null;
      if (
        v.activitePrincipaleEtablissement !== "" &&
        (nomenclature ?? "NAFRev2") === "NAFRev2" &&
        (nafCode === null || nafLabel(nafCode) === null)
      ) {
        ctx.reject(
          establishmentsFile,
          record.line,
          `activitePrincipaleEtablissement: "${v.activitePrincipaleEtablissement}" is not a NAF rev. 2 code`,
          v.siret,
        );
        continue;
      }
      const location =
        geocoded(value(v.longitude), value(v.latitude)) ??
        projected(
          value(v.coordonneeLambertAbscisseEtablissement),
          value(v.coordonneeLambertOrdonneeEtablissement),
          "2154",
        );
      if (typeof location === "string") {
        ctx.reject(
          establishmentsFile,
          record.line,
          `${value(v.longitude) !== null ? "longitude, latitude" : "coordonneeLambert…Etablissement"}: ${location}`,
          v.siret,
        );
        continue;
      }
      if (establishments.has(v.siret)) {
        ctx.reject(
          establishmentsFile,
          record.line,
          `SIRET ${v.siret} already on line ${establishments.get(v.siret)!.line}`,
          v.siret,
        );
        continue;
      }
      establishments.set(v.siret, {
        line: record.line,
        siret: v.siret,
        name: value(v.enseigne1Etablissement) ?? value(v.denominationUsuelleEtablissement),
        nafCode,
        staffRange: value(v.trancheEffectifsEtablissement),
        address: joinParts(
          value(v.numeroVoieEtablissement),
          value(v.indiceRepetitionEtablissement),
          value(v.typeVoieEtablissement),
          value(v.libelleVoieEtablissement),
        ),
        postalCode: value(v.codePostalEtablissement),
        inseeCode,
        location,
        createdYear: v.dateCreationEtablissement ? Number(v.dateCreationEtablissement.slice(0, 4)) : null,
        headOffice: v.etablissementSiege === "true",
      });
    }
  progress.done();

  // Pass 2: the legal units of those establishments.
  const sirens = new Set([...establishments.keys()].map((s) => s.slice(0, 9)));
  const legalUnits = new Map<string, LegalUnit>();
  const ulProgress = ctx.progress.file(legalUnitsFile);
  const ulStats = { rows: 0 };
  const legalUnitRows = readCsvBatches(legalUnitsFile, {
    columns: UNITE_LEGALE_COLUMNS,
    required: UNITE_LEGALE_REQUIRED,
    keep: UNITE_LEGALE_READ,
    where: { column: "siren", accept: (siren) => sirens.has(siren) },
    expected: "a StockUniteLegale file",
    stats: ulStats,
  });
  for await (const batch of legalUnitRows)
    for (const record of batch) {
      ulProgress.tick(record.line, record.offset);
      if (record.error !== undefined) {
        ctx.reject(legalUnitsFile, record.line, record.error);
        continue;
      }
      const v = record.values;
      const rna = value(v.identifiantAssociationUniteLegale);
      if (rna !== null && rnaProblem(rna)) {
        ctx.reject(legalUnitsFile, record.line, `identifiantAssociationUniteLegale: ${rnaProblem(rna)}`, v.siren);
        continue;
      }
      legalUnits.set(v.siren, {
        category: v.categorieJuridiqueUniteLegale,
        ess: v.economieSocialeSolidaireUniteLegale === "O",
        name: value(v.denominationUniteLegale) ?? value(v.denominationUsuelle1UniteLegale) ?? value(v.sigleUniteLegale),
        rnaId: rna,
        createdYear: /^\d{4}/.test(v.dateCreationUniteLegale ?? "")
          ? Number(v.dateCreationUniteLegale.slice(0, 4))
          : null,
      });
    }
  // Most rows are passed over unparsed (other establishments' units): say how many were read and used.
  const ulLine = `${basename(legalUnitsFile)}: ${ulStats.rows.toLocaleString("en-US")} rows read, ${legalUnits.size.toLocaleString("en-US")} used (the legal units of the territory's establishments)`;
  ulProgress.done(ulLine);
  ctx.notes.push(ulLine);

  // Pass 3: better locations, when the geolocated file is given.
  const geolocationFile = byKind.get("geolocation");
  if (geolocationFile) {
    const geoProgress = ctx.progress.file(geolocationFile);
    const geolocationRows = readCsvBatches(geolocationFile, {
      columns: GEOLOCATION_COLUMNS,
      required: GEOLOCATION_REQUIRED,
      where: { column: "siret", accept: (siret) => establishments.has(siret) },
      expected: "a geolocated establishments file",
    });
    for await (const batch of geolocationRows)
      for (const record of batch) {
        geoProgress.tick(record.line, record.offset);
        if (record.error !== undefined) {
          ctx.reject(geolocationFile, record.line, record.error);
          continue;
        }
        const v = record.values;
        const establishment = establishments.get(v.siret);
        if (!establishment) continue;
        const location = projected(value(v.x), value(v.y), v.epsg || "2154");
        if (typeof location === "string") ctx.reject(geolocationFile, record.line, `x, y: ${location}`, v.siret);
        else if (location !== null) establishment.location = location;
      }
    geoProgress.done();
  }

  for (const e of establishments.values()) {
    const unit = legalUnits.get(e.siret.slice(0, 9));
    if (!unit) {
      ctx.reject(
        establishmentsFile,
        e.line,
        `SIREN ${e.siret.slice(0, 9)} is not in ${basename(legalUnitsFile)}`,
        e.siret,
      );
      continue;
    }
    if (isNaturalPerson(unit.category)) {
      ctx.skip("natural person (entrepreneur individuel): personal data, not imported");
      continue;
    }
    const name = e.name ?? unit.name;
    if (name === null) {
      ctx.reject(
        establishmentsFile,
        e.line,
        "no name: enseigne1Etablissement, denominationUsuelleEtablissement and denominationUniteLegale are all empty",
        e.siret,
      );
      continue;
    }
    const legalForm = legalFormOf(unit.category, unit.ess);
    const isEss = unit.ess || essLegalForm(unit.category) !== null;
    // An association has one RNA id and may have many establishments: the id goes to its head office only.
    const rnaId = isEss && e.headOffice ? unit.rnaId : null;
    const staff = e.staffRange ? STAFF_RANGES[e.staffRange] : null;
    const common = {
      name,
      siren: e.siret.slice(0, 9),
      siret: e.siret,
      nafCode: e.nafCode,
      activity: e.nafCode ? nafLabel(e.nafCode) : null,
      staffRange: e.staffRange,
      staffRangeLabel: staff?.fr ?? null,
      address: e.address,
      postalCode: e.postalCode,
      location: e.location,
    };
    yield {
      source: "sirene",
      label: isEss ? "EssStructure" : "Business",
      siret: e.siret,
      rnaId,
      newId: `siret-${e.siret}`,
      fields: isEss ? { ...common, legalForm, rnaId, foundedYear: unit.createdYear ?? e.createdYear } : common,
      inseeCode: e.inseeCode,
      themes: e.nafCode ? nafThemes(e.nafCode) : [],
      file: establishmentsFile,
      line: e.line,
    };
  }
}
