/**
 * The importers on the files coordinators actually download: the geolocated
 * Sirene file of one département (longitude/latitude instead of Lambert
 * coordinates), files with fewer columns than INSEE's stock, the RNA's older
 * "import" extract. Files are derived from the fixtures of
 * tests/fixtures/import (every organisation fictitious).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { createProgress } from "../../importers/src/progress";
import { formatSummary, runImport, type ImportOptions } from "../../importers/src/run";
import { ETABLISSEMENT_COLUMNS } from "../../importers/src/sources/sirene";
import { useTestDatabase } from "./test-database";

const FIXTURES = join(__dirname, "..", "fixtures", "import");
const ESTABLISHMENTS = join(FIXTURES, "StockEtablissement_extrait.csv");
const LEGAL_UNITS = join(FIXTURES, "StockUniteLegale_extrait.csv");
const RNA_IMPORT = join(FIXTURES, "rna_import_extrait.csv");
const ASSOCIATION_SIRET = "81234567600017";
const BUSINESS_SIRET = "79876543400021";
const COOPERATIVE_SIRET = "43210987400011";

const work = mkdtempSync(join(tmpdir(), "maillage-files-"));
let files = 0;

type Row = Record<string, string>;
const readRows = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;

/** A CSV file with these columns, from rows (a missing value is empty). */
function writeCsv(columns: readonly string[], rows: Row[], name = `file-${files++}.csv`): string {
  const path = join(work, name);
  writeFileSync(path, Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? "")) }));
  return path;
}

describe("the importers on the files users really have", () => {
  const cleanUp = () =>
    db.cypher("MATCH (o:Organisation) WHERE o.id STARTS WITH 'siret-' OR o.id STARTS WITH 'rna-' DETACH DELETE o");
  const db = useTestDatabase(cleanUp);
  const run = (source: ImportOptions["source"], inputs: string[]) =>
    runImport({
      source,
      files: inputs,
      dryRun: false,
      driver: db.driver,
      database: db.database,
      reportPath: join(work, `report-${files++}.csv`),
      progress: createProgress({ quiet: true }),
    });
  const query = db.cypher;
  const establishments = readRows(ESTABLISHMENTS).filter(
    (r) => [ASSOCIATION_SIRET, BUSINESS_SIRET].includes(r.siret) && r.enseigne1Etablissement !== "DOUBLON FICTIF",
  );

  beforeEach(cleanUp);

  it("imports a département's geolocated Sirene file as it is, located by its longitude and latitude, and says how many legal units it read and used", async () => {
    const columns = [
      ...ETABLISSEMENT_COLUMNS.filter(
        (c) => !c.startsWith("coordonneeLambert") && !c.startsWith("geo_") && c !== "longitude" && c !== "latitude",
      ),
      "longitude",
      "latitude",
      "geo_score",
      "geo_type",
      "geo_adresse",
      "geo_id",
      "geo_ligne",
      "geo_l4",
      "geo_l5",
    ];
    const geo = writeCsv(
      columns,
      establishments.map((r, i) => ({
        ...r,
        longitude: String(2.4556 + i / 100),
        latitude: String(48.7904 - i / 100),
        geo_score: "0.93",
        geo_type: "housenumber",
        geo_adresse: "12 Rue des Exemples Fictifs 94000 Créteil",
      })),
      "geo_siret_94.csv",
    );
    const summary = await run("sirene", [geo, LEGAL_UNITS]);
    expect(summary.counts).toMatchObject({ read: 2, created: 2, rejected: 0 });
    const [association] = await query(
      "MATCH (o:EssStructure {siret: $s}) RETURN o.location.longitude AS lon, o.location.latitude AS lat, o.legalForm AS form",
      { s: ASSOCIATION_SIRET },
    );
    expect(association).toEqual({ lon: 2.4556, lat: 48.7904, form: "ASSOCIATION" });
    // Longitude and latitude stand for the Lambert coordinates: nothing is said missing.
    expect(readFileSync(summary.reportPath, "utf8")).not.toContain("not in the file");
    expect(formatSummary(summary)).toContain(
      "StockUniteLegale_extrait.csv: 6 rows read, 2 used (the legal units of the territory's establishments)",
    );
  });

  it("accepts an establishments file without the optional columns, reads them as empty and lists them once", async () => {
    // The columns of a public third-party Sirene extract: no Lambert coordinates, no creation date.
    const columns = [
      "siren",
      "nic",
      "siret",
      "etatAdministratifEtablissement",
      "codePostalEtablissement",
      "codeCommuneEtablissement",
      "activitePrincipaleEtablissement",
      "nomenclatureActivitePrincipaleEtablissement",
      "trancheEffectifsEtablissement",
      "enseigne1Etablissement",
      "denominationUsuelleEtablissement",
      "etablissementSiege",
      "numeroVoieEtablissement",
      "indiceRepetitionEtablissement",
      "typeVoieEtablissement",
      "libelleVoieEtablissement",
    ];
    const summary = await run("sirene", [writeCsv(columns, establishments), LEGAL_UNITS]);
    expect(summary.counts).toMatchObject({ read: 2, created: 2, rejected: 0 });
    const report = readFileSync(summary.reportPath, "utf8");
    const notes = report.split("\n").filter((l) => l.includes("not in the file"));
    expect(notes).toEqual([
      expect.stringMatching(
        /^file-\d+\.csv;1;imported without a value;"?columns coordonneeLambertAbscisseEtablissement, coordonneeLambertOrdonneeEtablissement, dateCreationEtablissement, longitude, latitude not in the file: read as empty in every row/,
      ),
    ]);
    expect(formatSummary(summary)).toContain(
      "coordonneeLambertOrdonneeEtablissement, dateCreationEtablissement, longitude, latitude not in the file",
    );
    // Without coordinates in the file, at its town's centre (Sucy-en-Brie's), marked as such.
    const [business] = await query(
      "MATCH (o:Business {siret: $s})-[:LOCATED_IN]->(t:Town) RETURN o.name AS name, o.location = t.location AS atTownCentre, o.geoPrecision AS precision",
      { s: BUSINESS_SIRET },
    );
    expect(business).toEqual({ name: "BRASSERIE FICTIVE DU FORT", atTownCentre: true, precision: "commune" });
  });

  it("stops before writing when a required column is missing, naming it", async () => {
    const columns = ETABLISSEMENT_COLUMNS.filter((c) => c !== "codeCommuneEtablissement");
    await expect(run("sirene", [writeCsv(columns, establishments), LEGAL_UNITS])).rejects.toThrow(
      /not a StockEtablissement file: missing column codeCommuneEtablissement/,
    );
    expect(await query("MATCH (o:Organisation) WHERE o.id STARTS WITH 'siret-' RETURN o.id")).toEqual([]);
  });

  it("keeps a SCOP's legal form when its category names it and the ESS flag is set", async () => {
    const units = readRows(LEGAL_UNITS).map((u) =>
      u.siren === COOPERATIVE_SIRET.slice(0, 9)
        ? { ...u, categorieJuridiqueUniteLegale: "5458", economieSocialeSolidaireUniteLegale: "O" }
        : u,
    );
    const header = Object.keys(readRows(LEGAL_UNITS)[0]);
    await run("sirene", [ESTABLISHMENTS, writeCsv(header, units)]);
    const [scop] = await query("MATCH (o:EssStructure {siret: $s}) RETURN o.legalForm AS form", {
      s: COOPERATIVE_SIRET,
    });
    expect(scop).toEqual({ form: "SCOP" });
  });

  it("reads the RNA's older import extract, placing each seat by its postal code and town name", async () => {
    const summary = await run("rna", [RNA_IMPORT]);
    expect(summary.counts).toMatchObject({ read: 5, created: 2, skipped: 2, rejected: 1 });
    const rows = await query(
      "MATCH (o:EssStructure)-[:LOCATED_IN]->(t:Town) WHERE o.rnaId IN ['W941000777', 'W941000778'] RETURN o.rnaId AS id, t.inseeCode AS town, o.foundedYear AS year, o.address AS address ORDER BY id",
    );
    expect(rows.map((r) => ({ ...r, year: r.year === null ? null : Number(r.year) }))).toEqual([
      // 94440 serves Marolles-en-Brie, Santeny and Villecresnes: the town name decides.
      { id: "W941000777", town: "94075", year: 1987, address: "12 RUE DES EXEMPLES" },
      // 0001-01-01 is the extract's unknown date.
      { id: "W941000778", town: "94028", year: null, address: "3 AVENUE FICTIVE, BATIMENT B" },
    ]);
    expect(readFileSync(summary.reportPath, "utf8")).toContain(
      'rna_import_extrait.csv;4;rejected;"adrs_codepostal 94440 serves 3 towns and libcom ""PARIS"" names none of them";W941000779',
    );
  });
});
