/**
 * `npm run import -- sirene|rna` against the real Neo4j of the integration
 * harness, on extracts in the registers' own formats (tests/fixtures/import:
 * INSEE's headers, comma-separated UTF-8 with CRLF and a BOM for the legal
 * units, the `;`-separated geolocated file, the RNA's Windows-1252 `;` file
 * with a quoted multi-line field). Every organisation in them is fictitious.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { openDriver, neo4jEnvSchema, toNeo4jConfig } from "@maillage/neo4j";
import { createProgress } from "../../importers/src/progress";
import { runImport, type ImportOptions } from "../../importers/src/run";

const FIXTURES = join(__dirname, "..", "fixtures", "import");
const ESTABLISHMENTS = join(FIXTURES, "StockEtablissement_extrait.csv");
const LEGAL_UNITS = join(FIXTURES, "StockUniteLegale_extrait.csv");
const GEOLOCATION = join(FIXTURES, "GeolocalisationEtablissement_extrait.csv");
const RNA = join(FIXTURES, "rna_waldec_extrait.csv");
const SIRENE_FILES = [LEGAL_UNITS, ESTABLISHMENTS, GEOLOCATION];

const ASSOCIATION_SIRET = "81234567600017";
const BUSINESS_SIRET = "79876543400021";
const COOPERATIVE_SIRET = "43210987400011";
/** A second establishment of the association: not its head office. */
const BRANCH_SIRET = "81234567600041";

const work = mkdtempSync(join(tmpdir(), "maillage-import-"));
let reports = 0;

describe("npm run import -- sirene / rna", () => {
  let driver: Driver;
  let database: string | undefined;

  const run = (source: ImportOptions["source"], files: string[], extra: Partial<ImportOptions> = {}) =>
    runImport({
      source,
      files,
      dryRun: false,
      driver,
      database,
      reportPath: join(work, `report-${reports++}.csv`),
      progress: createProgress({ quiet: true }),
      ...extra,
    });

  const query = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());

  /** Organisations written by these imports (the fixtures' keys only). */
  const imported = () =>
    query(
      "MATCH (o:Organisation) WHERE o.id STARTS WITH 'siret-' OR o.id STARTS WITH 'rna-' RETURN o.id AS id, labels(o) AS labels ORDER BY id",
    );
  const cleanUp = () =>
    query("MATCH (o:Organisation) WHERE o.id STARTS WITH 'siret-' OR o.id STARTS WITH 'rna-' DETACH DELETE o");

  beforeAll(async () => {
    const config = toNeo4jConfig(neo4jEnvSchema.parse(process.env));
    database = config.database;
    driver = openDriver(config);
    await cleanUp();
  });
  afterAll(async () => {
    await cleanUp();
    await driver?.close();
  });

  it("a dry run says what would change and writes nothing", async () => {
    const summary = await run("sirene", SIRENE_FILES, { dryRun: true });
    expect(summary.counts).toMatchObject({ read: 14, created: 4, updated: 0, skipped: 3, rejected: 8 });
    expect(summary.changes.join("\n")).toContain(
      `+ EssStructure ${ASSOCIATION_SIRET} "EPICERIE SOLIDAIRE FICTIVE DU MONT-MESLY"`,
    );
    expect(await imported()).toEqual([]);
  });

  it("imports the territory's active establishments, classified, located and themed, and reports every broken row with its line", async () => {
    const summary = await run("sirene", SIRENE_FILES);
    expect(summary.counts).toMatchObject({ read: 14, created: 4, updated: 0, unchanged: 0, skipped: 3, rejected: 8 });
    expect(summary.skipReasons).toEqual({
      "closed establishment (etatAdministratifEtablissement = F)": 1,
      "outside the territory's 16 towns": 1,
      "natural person (entrepreneur individuel): personal data, not imported": 1,
    });

    const [association] = await query(
      `MATCH (o:EssStructure {siret: $siret})-[l:LOCATED_IN]->(t:Town)
       RETURN o.name AS name, o.legalForm AS legalForm, o.rnaId AS rnaId, o.activity AS activity, o.staffRangeLabel AS staff,
              o.location.latitude AS lat, o.location.longitude AS lon, o.sourceKind AS kind, o.source AS source, o.sourceRef AS ref,
              o.importSource AS importSource, o.importedAt IS NOT NULL AS stamped, o.isVitrine AS vitrine, t.inseeCode AS town, l.sourceKind AS linkKind,
              [(o)-[h:HAS_THEME]->(th) | th.code + ' ' + h.sourceRef] AS themes`,
      { siret: ASSOCIATION_SIRET },
    );
    expect(association).toMatchObject({
      name: "EPICERIE SOLIDAIRE FICTIVE DU MONT-MESLY",
      legalForm: "ASSOCIATION",
      rnaId: "W941000001",
      activity: "Action sociale sans hébergement n.c.a.",
      staff: "10 à 19 salariés",
      kind: "OPEN_DATA_IMPORT",
      source: "StockEtablissement_extrait.csv",
      ref: "line 2",
      importSource: "sirene: StockEtablissement_extrait.csv line 2",
      stamped: true,
      vitrine: false,
      town: "94028",
      linkKind: "OPEN_DATA_IMPORT",
      themes: ["social-link line 2: activity 88.99B"],
    });
    // The geolocated file's position (x 662210.3, y 6852455.8: 48.77109 N, 2.48581 E, in Créteil) wins over
    // the establishment file's (x 662150.5, y 6852400.2: 48.77059 N).
    expect(association.lat).toBeCloseTo(48.77109, 5);
    expect(association.lon).toBeCloseTo(2.48581, 5);

    const [business] = await query(
      "MATCH (o:Business {siret: $siret})-[:LOCATED_IN]->(t) RETURN o.name AS name, o.siren AS siren, o.csrCommitments AS csr, t.inseeCode AS town",
      { siret: BUSINESS_SIRET },
    );
    expect(business).toEqual({ name: "BRASSERIE FICTIVE DU FORT", siren: "798765434", csr: [], town: "94071" });
    // ESS by the register's flag although its category (5785) is not an ESS family; its name has a comma and quotes.
    const [cooperative] = await query(
      "MATCH (o:EssStructure {siret: $siret}) RETURN o.name AS name, o.legalForm AS form, o.location IS NOT NULL AS located",
      { siret: COOPERATIVE_SIRET },
    );
    expect(cooperative).toEqual({ name: 'RESSOURCERIE FICTIVE, "LA BOUCLE"', form: null, located: true });
    // The association's other establishment is an ESS structure of its own; the RNA id stays with the head office.
    const [branch] = await query(
      "MATCH (o:EssStructure {siret: $siret}) RETURN o.name AS name, o.rnaId AS rnaId, o.legalForm AS form",
      { siret: BRANCH_SIRET },
    );
    expect(branch).toEqual({ name: "ANTENNE FICTIVE DU HAUT MONT-MESLY", rnaId: null, form: "ASSOCIATION" });

    const report = readFileSync(summary.reportPath, "utf8");
    for (const expected of [
      "StockEtablissement_extrait.csv;6;rejected;siret: SIRET 81234567600030 fails its check digit (Luhn)",
      'StockEtablissement_extrait.csv;7;rejected;"codeCommuneEtablissement: ""99999"" is not an INSEE commune code"',
      'StockEtablissement_extrait.csv;8;rejected;"trancheEffectifsEtablissement: not an INSEE staff range',
      'StockEtablissement_extrait.csv;9;rejected;"activitePrincipaleEtablissement: ""99.99Q"" is not a NAF rev. 2 code"',
      'StockEtablissement_extrait.csv;10;rejected;"coordonneeLambert…Etablissement: coordinates x=100, y=200 (EPSG:2154) fall outside France"',
      'StockEtablissement_extrait.csv;11;rejected;"expected 54 fields, found 3"',
      "StockEtablissement_extrait.csv;13;rejected;SIRET 81234567600017 already on line 2",
      'GeolocalisationEtablissement_extrait.csv;4;rejected;"x, y: unknown coordinate system EPSG:9999',
    ]) {
      expect(report).toContain(expected);
    }
  });

  it("re-importing the same files changes nothing, not even updatedAt", async () => {
    const stamp = () =>
      query(
        "MATCH (o:Organisation) WHERE o.id STARTS WITH 'siret-' RETURN o.id AS id, toString(o.updatedAt) AS at, o.importedAt AS imported ORDER BY id",
      );
    const before = await stamp();
    const summary = await run("sirene", SIRENE_FILES);
    expect(summary.counts).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await stamp()).toEqual(before);
    const [{ links }] = await query(
      "MATCH (o:Organisation)-[r:LOCATED_IN|HAS_THEME]->() WHERE o.id STARTS WITH 'siret-' RETURN count(r) AS links",
    );
    // One town each; themes from the activity: social-link (88.99B, twice), sustainable-food (56.10A), waste-composting and circular-economy (38.32Z).
    expect(Number(links)).toBe(4 + 5);
  });

  it("a newer file updates the register's fields but keeps what a coordinator corrected, and the report says so", async () => {
    await query(
      "MATCH (o:EssStructure {siret: $siret}) SET o.name = 'Épicerie solidaire du Mont-Mesly (nom corrigé)', o.updatedBy = 'coordinator:test'",
      { siret: ASSOCIATION_SIRET },
    );
    const newer = join(work, "StockEtablissement_newer.csv");
    const text = readFileSync(ESTABLISHMENTS, "utf8")
      .split("\r\n")
      .map((line) =>
        line.startsWith(`812345676,0001,${ASSOCIATION_SIRET},`)
          ? line
              .replace(",11,2022,", ",12,2023,")
              .replace("EPICERIE SOLIDAIRE FICTIVE DU MONT-MESLY", "EPICERIE SOLIDAIRE FICTIVE (NOUVEAU NOM)")
          : line,
      )
      .join("\r\n");
    writeFileSync(newer, text);
    const summary = await run("sirene", [LEGAL_UNITS, newer, GEOLOCATION]);
    expect(summary.counts).toMatchObject({ created: 0, updated: 1, unchanged: 3, keptEdits: 1 });
    const [row] = await query(
      "MATCH (o:EssStructure {siret: $siret}) RETURN o.name AS name, o.staffRange AS staff, o.staffRangeLabel AS label, o.importSource AS src",
      { siret: ASSOCIATION_SIRET },
    );
    expect(row).toEqual({
      name: "Épicerie solidaire du Mont-Mesly (nom corrigé)",
      staff: "12",
      label: "20 à 49 salariés",
      src: "sirene: StockEtablissement_newer.csv line 2",
    });
    expect(readFileSync(summary.reportPath, "utf8")).toContain(
      'StockEtablissement_newer.csv;2;kept hand edit;"name: kept ""Épicerie solidaire du Mont-Mesly (nom corrigé)"" (edited by hand), file says ""EPICERIE SOLIDAIRE FICTIVE (NOUVEAU NOM)"""',
    );
  });

  it("the RNA completes the association Sirene already brought (found by its RNA id) instead of duplicating it", async () => {
    const summary = await run("rna", [RNA]);
    expect(summary.counts).toMatchObject({ read: 7, created: 1, updated: 1, skipped: 2, rejected: 3 });
    const same = await query(
      "MATCH (o:EssStructure {rnaId: 'W941000001'}) RETURN o.siret AS siret, o.name AS name, o.description AS description",
    );
    expect(same).toHaveLength(1);
    expect(same[0].siret).toBe(ASSOCIATION_SIRET);
    // The coordinator's name stands; the register's object fills the empty description, accents and line break intact.
    expect(same[0].name).toBe("Épicerie solidaire du Mont-Mesly (nom corrigé)");
    expect(same[0].description).toBe(
      "Gérer une épicerie solidaire fictive ; favoriser l'accès de tous à une alimentation de qualité.\nOrganiser des ateliers de cuisine.",
    );
    const [bikes] = await query(
      "MATCH (o:EssStructure {rnaId: 'W943000123'})-[:LOCATED_IN]->(t) RETURN o.name AS name, o.website AS website, o.foundedYear AS year, t.inseeCode AS town",
    );
    expect(bikes).toMatchObject({
      name: "VÉLO-ÉCOLE FICTIVE DES BORDS DE SEINE",
      website: "http://www.velo-ecole-fictive.example",
      town: "94002",
    });
    expect(Number(bikes.year)).toBe(2019);
    const report = readFileSync(summary.reportPath, "utf8");
    expect(report).toContain('rna_waldec_extrait.csv;6;rejected;"id: RNA id ""W12"" is not W followed by 9 digits"');
    expect(report).toContain(
      "rna_waldec_extrait.csv;8;rejected;siret: SIRET 12345678901234: SIREN 123456789 fails its check digit (Luhn)",
    );
    expect(report).toContain("rna_waldec_extrait.csv;9;rejected;RNA id W943000123 already on line 4");
  });

  it("an import stopped between batches leaves whole batches, and a re-run completes it without duplicates", async () => {
    await cleanUp();
    await expect(run("sirene", SIRENE_FILES, { batchSize: 1, stopAfterBatches: 2 })).rejects.toThrow(
      /stopped after 2 batch/,
    );
    expect(await imported()).toHaveLength(2);
    const summary = await run("sirene", SIRENE_FILES, { batchSize: 1 });
    expect(summary.counts).toMatchObject({ created: 2, unchanged: 2 });
    const after = await imported();
    expect(after.map((o) => o.id)).toEqual(
      [
        `siret-${COOPERATIVE_SIRET}`,
        `siret-${BUSINESS_SIRET}`,
        `siret-${ASSOCIATION_SIRET}`,
        `siret-${BRANCH_SIRET}`,
      ].sort(),
    );
  });

  it("files that cannot be used stop the import before anything is written, with a clear message", async () => {
    await cleanUp();
    await expect(run("sirene", [ESTABLISHMENTS])).rejects.toThrow(
      "sirene: give both StockEtablissement and StockUniteLegale files",
    );
    await expect(run("sirene", [RNA, ESTABLISHMENTS])).rejects.toThrow(/rna_waldec_extrait\.csv: is not a Sirene file/);
    await expect(run("rna", [ESTABLISHMENTS])).rejects.toThrow(
      /StockEtablissement_extrait\.csv: is not an RNA associations file: expected the register's rna_waldec_<date>_dpt_NN\.csv .* or rna_import_<date>_dpt_NN\.csv/,
    );
    await expect(run("rna", [join(FIXTURES, "missing.csv")])).rejects.toThrow(/missing\.csv: no such file/);
    expect(await imported()).toEqual([]);
  });
});
