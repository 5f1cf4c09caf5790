/**
 * The State's company search API ("Recherche d'entreprises"): which queries
 * cover the territory, and how a result becomes organisation records.
 *
 * A result is a legal unit with the establishments that matched the query's
 * towns (`matching_etablissements`). Each establishment of the territory is
 * one organisation, as with the Sirene files, and the same rules apply: the
 * legal-form table of registers.ts, natural persons skipped, the RNA id on
 * the head office only. Directors and elected officials (`dirigeants`,
 * `elus`) are never read.
 */
import { rnaProblem, siretProblem } from "../identifiers";
import { insideFrance, type LatLon } from "../geo";
import { nafLabel, nafThemes, normaliseNaf } from "../reference/naf";
import { essLegalForm, isNaturalPerson, legalFormOf, STAFF_RANGES } from "../reference/registers";
import type { FieldValue, OrganisationRecord } from "../model";
import type { SearchEstablishment, SearchResult } from "../read/search-api";

/** Results per page: the most the service gives. */
export const PER_PAGE = 25;
/** Establishments of one legal unit listed per result: the most the service gives. */
export const MATCHING_PER_RESULT = 100;
/** The service stops paging after this many results of one query: a larger query is split. */
export const RESULTS_CAP = 10_000;
/** NAF sections (A–U): businesses are asked for town by town and section by section, to stay under the cap. */
export const NAF_SECTIONS = "ABCDEFGHIJKLMNOPQRSTU".split("");

export interface AnnuaireQuery {
  /** What it asks for, for progress lines and provenance. */
  label: string;
  /** Query parameters besides page. */
  params: Record<string, string>;
  /** Towns the query covers: a split goes town by town. */
  communes: string[];
  /** Whether it already asks for one NAF section. */
  bySection: boolean;
}

const COMMON = {
  etat_administratif: "A",
  per_page: String(PER_PAGE),
  limite_matching_etablissements: String(MATCHING_PER_RESULT),
  // Only the parts the importer reads: no directors, no finances.
  minimal: "true",
  include: "siege,complements,matching_etablissements",
};

export function essQuery(communes: string[]): AnnuaireQuery {
  return {
    label: `ESS in ${communes.length === 1 ? communes[0] : `${communes.length} towns`}`,
    params: { ...COMMON, est_ess: "true", code_commune: communes.join(",") },
    communes,
    bySection: false,
  };
}

export function businessQuery(commune: string, section: string): AnnuaireQuery {
  return {
    label: `businesses in ${commune}, NAF section ${section}`,
    params: {
      ...COMMON,
      est_ess: "false",
      est_entrepreneur_individuel: "false",
      code_commune: commune,
      section_activite_principale: section,
    },
    communes: [commune],
    bySection: true,
  };
}

/** What a run asks, in order: the ESS of the towns, then (with --businesses) the rest town by town and section by section. */
export function planQueries(communes: string[], businesses: boolean): AnnuaireQuery[] {
  const queries = [essQuery(communes)];
  if (businesses)
    for (const commune of communes) for (const section of NAF_SECTIONS) queries.push(businessQuery(commune, section));
  return queries;
}

/** A query with more results than the service pages through, split: by town, then by NAF section. Null when it cannot be split further. */
export function splitQuery(query: AnnuaireQuery): AnnuaireQuery[] | null {
  if (query.communes.length > 1)
    return query.communes.map((c) => ({
      ...query,
      label: query.label.replace(/in \d+ towns/, `in ${c}`),
      params: { ...query.params, code_commune: c },
      communes: [c],
    }));
  if (!query.bySection)
    return NAF_SECTIONS.map((section) => ({
      ...query,
      label: `${query.label}, NAF section ${section}`,
      params: { ...query.params, section_activite_principale: section },
      bySection: true,
    }));
  return null;
}

/** Values the service masks for non-diffusible units count as absent. */
const MASKED = new Set(["", "[ND]", "[NON-DIFFUSIBLE]"]);
const text = (v: unknown): string | null => (typeof v === "string" && !MASKED.has(v.trim()) ? v.trim() : null);

/** The labels the service gives, as codes (complements.est_… flags). */
const LABEL_FLAGS: [string, string][] = [
  ["est_ess", "ESS"],
  ["est_siae", "SIAE"],
  ["est_rge", "RGE"],
  ["est_qualiopi", "QUALIOPI"],
  ["est_bio", "ORGANIC"],
  ["est_organisme_formation", "TRAINING_BODY"],
  ["est_societe_mission", "MISSION_COMPANY"],
  ["est_entrepreneur_spectacle", "PERFORMING_ARTS_LICENCE"],
  ["est_patrimoine_vivant", "LIVING_HERITAGE"],
  ["est_achats_responsables", "RESPONSIBLE_PURCHASING"],
  ["est_finess", "FINESS"],
  ["est_uai", "UAI"],
];

export interface MapContext {
  /** The towns this run covers. */
  communes: ReadonlySet<string>;
  /** Host of the service, the `file` of every record. */
  host: string;
  /** Provenance of this page: the query and page, and the day. */
  ref: string;
  /** The next row number in the run (report lines). */
  nextRow(): number;
  skip(reason: string): void;
  reject(row: number, reason: string, key?: string): void;
  /** A row imported with a value left out, and why. */
  note(row: number, reason: string, key?: string): void;
}

export const NATURAL_PERSON = "natural person (entrepreneur individuel): personal data, not imported";
export const CLOSED_NOT_IN_GRAPH = "closed establishment, not in the graph";

function location(e: SearchEstablishment): LatLon | string | null {
  const lat = text(e.latitude);
  const lon = text(e.longitude);
  if (lat === null || lon === null) return null;
  const p = { latitude: Number(lat), longitude: Number(lon) };
  if (!Number.isFinite(p.latitude) || !Number.isFinite(p.longitude) || !insideFrance(p))
    return `latitude ${lat}, longitude ${lon} fall outside France`;
  return p;
}

/** "12 RUE X 94000 CRETEIL" → "12 RUE X": the town and postal code are stored apart. */
function street(e: SearchEstablishment): string | null {
  const full = text(e.adresse);
  if (full === null) return null;
  const postal = text(e.code_postal);
  const at = postal ? full.lastIndexOf(` ${postal}`) : -1;
  return at > 0 ? full.slice(0, at).trim() : full;
}

const year = (date: unknown): number | null => {
  const d = text(date);
  return d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : null;
};

/** A result's establishments in the towns of the run (the head office when the service lists none). */
function establishmentsOf(result: SearchResult, communes: ReadonlySet<string>): SearchEstablishment[] {
  const listed = result.matching_etablissements?.length
    ? result.matching_etablissements
    : result.siege
      ? [result.siege]
      : [];
  return listed.filter((e) => typeof e.commune === "string" && communes.has(e.commune));
}

/**
 * The records of one result: one per establishment of the run's towns, or
 * none (a natural person, a unit whose kind cannot be told). Closed
 * establishments give update-only records that mark an organisation closed.
 */
export function mapResult(result: SearchResult, ctx: MapContext): OrganisationRecord[] {
  const complements = result.complements ?? {};
  const establishments = establishmentsOf(result, ctx.communes);
  const rows = Math.max(1, establishments.length);
  const category = text(result.nature_juridique);
  const soleTrader = complements.est_entrepreneur_individuel;
  if (soleTrader === true || (category !== null && isNaturalPerson(category))) {
    for (let i = 0; i < rows; i++) ctx.skip(NATURAL_PERSON);
    return [];
  }
  if (category === null && soleTrader !== false) {
    // Without either, a person's name could be stored: better not import it.
    const row = ctx.nextRow();
    ctx.reject(
      row,
      "neither nature_juridique nor complements.est_entrepreneur_individuel: cannot tell a company from a natural person",
      result.siren,
    );
    return [];
  }
  if (establishments.length === 0) {
    ctx.skip("no establishment in the territory's towns");
    return [];
  }
  const ess = complements.est_ess === true;
  const knownCategory = category !== null && /^\d{4}$/.test(category);
  const isEss = ess || (knownCategory && essLegalForm(category) !== null);
  const legalForm = knownCategory ? legalFormOf(category, ess) : null;
  const labels = LABEL_FLAGS.filter(([flag]) => complements[flag] === true).map(([, code]) => code);
  const siaeType = text(complements.type_siae);
  const rnaRaw = text(complements.identifiant_association);
  const unitName = text(result.nom_raison_sociale) ?? text(result.nom_complet);
  const records: OrganisationRecord[] = [];

  for (const e of establishments) {
    const row = ctx.nextRow();
    const siret = text(e.siret) ?? "";
    const problem = siretProblem(siret);
    if (problem) {
      ctx.reject(row, `siret: ${problem}`, siret || result.siren);
      continue;
    }
    const base = {
      source: "annuaire" as const,
      label: (isEss ? "EssStructure" : "Business") as OrganisationRecord["label"],
      siret,
      newId: `siret-${siret}`,
      inseeCode: e.commune!,
      file: ctx.host,
      line: row,
      ref: ctx.ref,
    };
    if (e.etat_administratif !== undefined && e.etat_administratif !== "A") {
      const closedOn = text(e.date_fermeture) ?? text(result.date_fermeture);
      records.push({
        ...base,
        rnaId: null,
        fields: { closed: true, closedOn },
        themes: [],
        updateOnly: CLOSED_NOT_IN_GRAPH,
      });
      continue;
    }
    if (!knownCategory)
      ctx.note(
        row,
        `nature_juridique ${category === null ? "missing" : `"${category}" is not an INSEE legal category`}: imported without a legal form`,
        siret,
      );
    const name = text(e.liste_enseignes?.[0]) ?? text(e.nom_commercial) ?? unitName;
    if (name === null) {
      ctx.reject(
        row,
        "no name: liste_enseignes, nom_commercial, nom_raison_sociale and nom_complet are all empty",
        siret,
      );
      continue;
    }
    let nafCode = text(e.activite_principale) === null ? null : normaliseNaf(e.activite_principale!);
    if (nafCode !== null && nafLabel(nafCode) === null) nafCode = null;
    if (nafCode === null && text(e.activite_principale) !== null)
      ctx.note(
        row,
        `activite_principale "${e.activite_principale}" is not a NAF rev. 2 code: imported without an activity`,
        siret,
      );
    let staffRange = text(e.tranche_effectif_salarie);
    if (staffRange !== null && !(staffRange in STAFF_RANGES)) {
      ctx.note(
        row,
        `tranche_effectif_salarie "${staffRange}" is not an INSEE staff range: imported without one`,
        siret,
      );
      staffRange = null;
    }
    let where = location(e);
    if (typeof where === "string") {
      ctx.note(row, `${where}: imported without a location`, siret);
      where = null;
    }
    let rnaId = rnaRaw !== null && e.est_siege === true && isEss ? rnaRaw : null;
    if (rnaId !== null && rnaProblem(rnaId)) {
      ctx.note(row, `identifiant_association: ${rnaProblem(rnaId)}`, siret);
      rnaId = null;
    }
    const common: Record<string, FieldValue> = {
      name,
      siren: siret.slice(0, 9),
      siret,
      nafCode,
      activity: nafCode ? nafLabel(nafCode) : null,
      staffRange,
      staffRangeLabel: staffRange ? STAFF_RANGES[staffRange].fr : null,
      address: street(e),
      postalCode: text(e.code_postal),
      location: where,
      headOffice: e.est_siege === true,
      officialLabels: labels,
      siaeType,
      closed: null,
      closedOn: null,
    };
    records.push({
      ...base,
      rnaId,
      fields: isEss
        ? { ...common, legalForm, rnaId, foundedYear: year(result.date_creation) ?? year(e.date_creation) }
        : common,
      themes: nafCode ? nafThemes(nafCode) : [],
    });
  }
  return records;
}
