/**
 * The csv source against the real (seeded) test Neo4j: the four sample
 * templates import with provenance on everything they write, a dry run writes
 * nothing, a re-import changes nothing, and rows naming unknown organisations
 * are rejected. What the test writes is removed afterwards.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/neo4j";
import { createProgress } from "../../importers/src/progress";
import { runImport, type ImportSummary } from "../../importers/src/run";

const TEMPLATES = join(__dirname, "..", "..", "importers", "templates");
const SAMPLES = ["organisations.csv", "needs-offers.csv", "partnerships.csv", "events.csv"];
const EXTRA = ["int-unknown-refs.csv", "int-edited.csv", "int-invisible.csv", "int-invisible-needs.csv"];
const FILES = [...SAMPLES, ...EXTRA];
const ROWS = 6 + 6 + 4 + 3;

describe("npm run import -- csv (templates)", () => {
  let driver: Driver;
  let database: string | undefined;
  const dir = mkdtempSync(join(tmpdir(), "maillage-import-templates-"));
  let reports = 0;

  const cypher = async (query: string, params: Record<string, unknown> = {}) => {
    const { records } = await driver.executeQuery(query, params, { database });
    return records.map((r) => r.toObject());
  };
  const importFiles = (files: string[], dryRun = false): Promise<ImportSummary> =>
    runImport({
      source: "csv",
      files,
      dryRun,
      driver,
      database,
      reportPath: join(dir, `report-${++reports}.csv`),
      progress: createProgress({ quiet: true }),
    });
  const samples = () => SAMPLES.map((f) => join(TEMPLATES, f));
  const cleanUp = async () => {
    await cypher("MATCH ()-[r]->() WHERE r.source IN $files AND r.sourceKind = 'OPEN_DATA_IMPORT' DELETE r", {
      files: FILES,
    });
    await cypher("MATCH (n) WHERE n.source IN $files AND n.sourceKind = 'OPEN_DATA_IMPORT' DETACH DELETE n", {
      files: FILES,
    });
  };
  /** Every node and relationship the samples wrote, with when it was last written. */
  const stamps = () =>
    cypher(
      `
      CALL { MATCH (n) WHERE n.source IN $files RETURN coalesce(n.id, '') + ' ' + toString(n.updatedAt) AS stamp
             UNION ALL MATCH (a)-[r]->(b) WHERE r.source IN $files
             RETURN type(r) + ' ' + coalesce(a.id, '') + ' ' + coalesce(b.id, b.code, b.inseeCode) + ' ' + toString(r.updatedAt) + ' ' + coalesce(r.role, r.kind, '') AS stamp }
      RETURN stamp ORDER BY stamp`,
      { files: SAMPLES },
    ).then((rows) => rows.map((r) => r.stamp as string));

  beforeAll(async () => {
    const config = toNeo4jConfig(neo4jEnvSchema.parse(process.env));
    database = config.database;
    driver = openDriver(config);
    await cleanUp();
  });
  afterAll(async () => {
    await cleanUp();
    await driver.close();
  });

  it("plans the samples in a dry run and writes nothing", async () => {
    const summary = await importFiles(samples(), true);
    expect(summary.dryRun).toBe(true);
    expect(summary.counts).toMatchObject({ read: ROWS, created: ROWS - 1, updated: 1, unchanged: 0, rejected: 0 });
    expect(summary.changes.some((c) => c.startsWith("+ PARTNERS_WITH"))).toBe(true);
    expect(await cypher("MATCH (n) WHERE n.source IN $files RETURN n", { files: SAMPLES })).toHaveLength(0);
    expect(await cypher("MATCH ()-[r]->() WHERE r.source IN $files RETURN r", { files: SAMPLES })).toHaveLength(0);
  });

  it("imports the four samples: organisations, needs, offers, partnerships, events, with provenance", async () => {
    const summary = await importFiles(samples());
    // Every row creates something, except the Top 10 row, which adds attendees to an existing event.
    expect(summary.counts).toMatchObject({
      read: ROWS,
      created: ROWS - 1,
      updated: 1,
      unchanged: 0,
      rejected: 0,
      skipped: 0,
    });

    const [orgs] = await cypher(`
      MATCH (o:Organisation) WHERE o.source = 'organisations.csv'
      RETURN count(*) AS n, count(CASE WHEN o:EssStructure THEN 1 END) AS ess, count(CASE WHEN o:Business THEN 1 END) AS business`);
    expect(orgs).toEqual({ n: 6, ess: 4, business: 2 });

    const [recyclerie] = await cypher(`
      MATCH (o:EssStructure {siret: '00012345500016'})-[l:LOCATED_IN]->(t:Town)
      RETURN o.id AS id, o.name AS name, o.legalForm AS legalForm, o.siren AS siren, o.foundedYear AS foundedYear,
             o.location.latitude AS lat, o.location.longitude AS lon, o.website AS website, o.isVitrine AS isVitrine,
             o.source AS source, o.sourceKind AS sourceKind, o.sourceRef AS sourceRef, o.importSource AS importSource,
             t.inseeCode AS town, l.sourceRef AS townRef,
             [(o)-[:HAS_THEME]->(th:Theme) | th.code] AS themes`);
    expect(recyclerie).toMatchObject({
      id: "csv-00012345500016",
      name: "Recyclerie Bouclevert (exemple)",
      legalForm: "SCIC",
      siren: "000123455",
      foundedYear: 2019,
      website: "https://bouclevert.example.org",
      isVitrine: false,
      source: "organisations.csv",
      sourceKind: "OPEN_DATA_IMPORT",
      sourceRef: "line 2",
      importSource: "csv: organisations.csv line 2",
      town: "94002",
      townRef: "line 2",
    });
    expect(recyclerie.lat).toBeCloseTo(48.8052, 6);
    expect(recyclerie.lon).toBeCloseTo(2.4207, 6);
    expect([...(recyclerie.themes as string[])].sort()).toEqual(["circular-economy", "waste-composting"]);

    const [cagette] = await cypher(
      "MATCH (o:EssStructure {rnaId: 'W000000012'}) RETURN o.id AS id, o.legalForm AS legalForm, o.website AS website",
    );
    expect(cagette).toEqual({
      id: "csv-w000000012",
      legalForm: "ASSOCIATION",
      website: "https://cagette-partagee.example.org",
    });
    expect(
      await cypher(
        "MATCH (o:EssStructure {id: 'csv-velo-ecole-roue-libre-de-sucy-exemple-94071'})-[:LOCATED_IN]->(:Town {inseeCode: '94071'}) RETURN o",
      ),
    ).toHaveLength(1);

    const needs = await cypher(`
      MATCH (o:EssStructure)-[h:HAS_NEED]->(n:ResourceNeed) WHERE n.source = 'needs-offers.csv'
      RETURN o.id AS org, n.title AS title, n.kind AS kind, n.status AS status, n.frequency AS frequency, n.sourceRef AS ref, h.sourceRef AS relRef,
             [(n)-[:HAS_THEME]->(t:Theme) | t.code] AS themes ORDER BY ref`);
    expect(needs).toHaveLength(4);
    expect(needs[0]).toMatchObject({
      org: "csv-w000000012",
      title: "Utilitaire frigorifique pour la collecte",
      kind: "VEHICLE",
      status: "OPEN",
      frequency: "2 matinées par semaine",
      ref: "line 2",
      relRef: "line 2",
    });
    expect([...(needs[0].themes as string[])].sort()).toEqual(["food-aid", "last-mile-logistics"]);
    expect(needs.find((n) => n.ref === "line 5")).toMatchObject({
      org: "csv-00012345500016",
      status: "CLOSED",
      kind: "SERVICE",
    });

    const offers = await cypher(`
      MATCH (o:Organisation)-[:OFFERS]->(n:ResourceOffer) WHERE n.source = 'needs-offers.csv'
      RETURN o.id AS org, labels(o) AS labels, n.kind AS kind, n.availability AS availability, n.sourceRef AS ref ORDER BY ref`);
    expect(offers).toHaveLength(2);
    expect(offers[0]).toMatchObject({
      org: "csv-00023456700014",
      kind: "KITCHEN",
      availability: "du lundi au vendredi, 14 h à 18 h",
      ref: "line 6",
    });
    expect(offers[0].labels).toContain("Business");

    const partnerships = await cypher(`
      MATCH (a)-[p:PARTNERS_WITH]->(b) WHERE p.source = 'partnerships.csv'
      RETURN a.id AS from, b.id AS to, p.kind AS kind, p.since AS since, p.until AS until, p.sourceRef AS ref ORDER BY ref`);
    expect(partnerships).toEqual([
      {
        from: "csv-00012345500016",
        to: "csv-00034567800015",
        kind: "COMMERCIAL",
        since: 2021,
        until: null,
        ref: "line 2",
      },
      {
        from: "csv-w000000012",
        to: "csv-00023456700014",
        kind: "SPONSORSHIP",
        since: 2022,
        until: null,
        ref: "line 3",
      },
      {
        from: "csv-00012345500016",
        to: "csv-00045678000014",
        kind: "CO_PROJECT",
        since: 2023,
        until: 2024,
        ref: "line 4",
      },
      {
        from: "csv-velo-ecole-roue-libre-de-sucy-exemple-94071",
        to: "csv-w000000012",
        kind: "CO_PROJECT",
        since: 2024,
        until: null,
        ref: "line 5",
      },
    ]);

    const events = await cypher(`
      MATCH (e:Event) WHERE e.source = 'events.csv'
      RETURN e.id AS id, e.title AS title, e.kind AS kind, toString(e.date) AS date, e.year AS year, e.sourceRef AS ref,
             [(e)-[:HELD_IN]->(t:Town) | t.inseeCode] AS towns,
             [(o)-[a:ATTENDED]->(e) | o.id + ' ' + a.role] AS attendees ORDER BY ref`);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      title: "Atelier d'exemple : mutualiser un utilitaire frigorifique",
      kind: "WORKSHOP",
      date: "2025-03-13",
      year: 2025,
      ref: "line 2",
      towns: ["94028"],
    });
    expect(events[0].id).toMatch(/^csv-event-[0-9a-f]{12}$/);
    expect([...(events[0].attendees as string[])].sort()).toEqual([
      "csv-00012345500016 SPEAKER",
      "csv-00023456700014 PARTICIPANT",
      "csv-00045678000014 PARTICIPANT",
      "csv-w000000012 ORGANISER",
    ]);
    expect(events[1]).toMatchObject({ kind: "OTHER", date: null, year: 2025, towns: ["94071"] });

    // The Top 10 (a programme event) keeps its own provenance and gains two participants.
    const top10 = await cypher(`
      MATCH (e:Event {id: 'event-top10'}) OPTIONAL MATCH (o)-[a:ATTENDED]->(e) WHERE a.source = 'events.csv'
      RETURN e.sourceKind AS kind, o.id AS org, a.role AS role, a.sourceRef AS ref ORDER BY org`);
    expect(top10.map((r) => [r.org, r.role, r.ref])).toEqual([
      ["csv-00012345500016", "PARTICIPANT", "line 4"],
      ["csv-00034567800015", "PARTICIPANT", "line 4"],
    ]);
    expect(top10[0].kind).not.toBe("OPEN_DATA_IMPORT");

    const [provenance] = await cypher(
      `CALL { MATCH (n) WHERE n.source IN $files RETURN count(n) AS total,
                count(CASE WHEN n.sourceKind <> 'OPEN_DATA_IMPORT' OR NOT n.sourceRef =~ 'line [0-9]+' OR n.updatedAt IS NULL THEN 1 END) AS bad
              UNION ALL
              MATCH ()-[r]->() WHERE r.source IN $files RETURN count(r) AS total,
                count(CASE WHEN r.sourceKind <> 'OPEN_DATA_IMPORT' OR NOT r.sourceRef =~ 'line [0-9]+' OR r.updatedAt IS NULL THEN 1 END) AS bad }
       RETURN sum(total) AS total, sum(bad) AS bad`,
      { files: SAMPLES },
    );
    expect(provenance.bad).toBe(0);
    expect(provenance.total).toBeGreaterThan(40);
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = await stamps();
    const summary = await importFiles(samples());
    expect(summary.counts).toMatchObject({
      read: ROWS,
      created: 0,
      updated: 0,
      unchanged: ROWS,
      rejected: 0,
      keptEdits: 0,
    });
    expect(summary.changes).toEqual([]);
    expect(await stamps()).toEqual(before);
  });

  it("rejects rows that name unknown organisations, with the line and the reason, and writes nothing for them", async () => {
    const needs = join(dir, "int-unknown-refs.csv");
    writeFileSync(
      needs,
      [
        "type;organisation;kind;title",
        "need;00067891200015;VEHICLE;Un utilitaire (exemple)",
        "need;W000000999;PREMISES;Un local (exemple)",
        "need;00023456700014;PREMISES;Un local (exemple)",
        "offer;csv-00023456700014;SKILLS;Conseil en vente (exemple)",
      ].join("\n"),
    );
    const summary = await importFiles([needs]);
    expect(summary.counts).toMatchObject({ read: 4, created: 1, rejected: 3 });
    const report = readFileSync(summary.reportPath, "utf8");
    expect(report).toMatch(
      /int-unknown-refs\.csv;2;rejected;"?organisation: no organisation with SIRET 00067891200015 in Maillage/,
    );
    expect(report).toMatch(
      /int-unknown-refs\.csv;3;rejected;"?organisation: no organisation with RNA id W000000999 in Maillage/,
    );
    expect(report).toMatch(
      /int-unknown-refs\.csv;4;rejected;"?organisation: "+Boulangerie du Plateau \(exemple\)"+ is a Business: only ESS structures have needs/,
    );
    expect(await cypher("MATCH (n:ResourceNeed) WHERE n.source = 'int-unknown-refs.csv' RETURN n")).toHaveLength(0);
    expect(
      await cypher(
        "MATCH (:Business {id: 'csv-00023456700014'})-[:OFFERS]->(n:ResourceOffer {source: 'int-unknown-refs.csv'}) RETURN n",
      ),
    ).toHaveLength(1);
  });

  it("keeps what a coordinator edited and lists it in the report", async () => {
    const file = join(dir, "int-edited.csv");
    writeFileSync(
      file,
      "type;organisation;kind;title;id;description\nneed;W000000012;KITCHEN;Cuisine partagée (exemple);int-edited-need;Deux jours par semaine\n",
    );
    expect((await importFiles([file])).counts).toMatchObject({ created: 1 });
    await cypher(
      "MATCH (n:ResourceNeed {id: 'int-edited-need'}) SET n.description = 'Trois jours par semaine', n.updatedBy = 'coordinator-1'",
    );
    writeFileSync(
      file,
      "type;organisation;kind;title;id;description\nneed;W000000012;KITCHEN;Cuisine partagée (exemple);int-edited-need;Un jour par semaine\n",
    );
    const summary = await importFiles([file]);
    expect(summary.counts).toMatchObject({ created: 0, updated: 0, unchanged: 1, keptEdits: 1 });
    expect(readFileSync(summary.reportPath, "utf8")).toContain(
      'kept hand edit;"description: kept ""Trois jours par semaine"" (edited by hand), file says ""Un jour par semaine"""',
    );
    const [need] = await cypher("MATCH (n:ResourceNeed {id: 'int-edited-need'}) RETURN n.description AS d");
    expect(need.d).toBe("Trois jours par semaine");
  });

  it("rejects rows the API would refuse, by the same rules: an invisible name, a text-direction override, a 200,000-character title", async () => {
    const organisations = join(dir, "int-invisible.csv");
    writeFileSync(
      organisations,
      [
        "type;name;siret;rna_id;legal_form;insee_code;address;postal_code;latitude;longitude;website;description;themes;founded_year",
        "ess;\u200B\u200B\u200B;;;ASSOCIATION;94028;;94000;;;;;;",
        "ess;Épicerie \u202Eeriadilos (exemple);;;ASSOCIATION;94028;;94000;;;;;;",
        "ess;Atelier visible (exemple);;;ASSOCIATION;94028;;94000;;;;;;",
      ].join("\n"),
    );
    const needs = join(dir, "int-invisible-needs.csv");
    writeFileSync(needs, ["type;organisation;kind;title", `need;W000000012;VEHICLE;${"x".repeat(200_000)}`].join("\n"));
    const summary = await importFiles([organisations, needs]);
    expect(summary.counts).toMatchObject({ read: 4, created: 1, rejected: 3 });
    const report = readFileSync(summary.reportPath, "utf8");
    expect(report).toMatch(/int-invisible\.csv;2;rejected;"?name: must not be empty/);
    expect(report).toMatch(
      /int-invisible\.csv;3;rejected;"?name: must not contain control, text-direction or invisible characters \(found U\+202E\)/,
    );
    expect(report).toMatch(/int-invisible-needs\.csv;2;rejected;"?title: must be at most 200 characters/);
    const written = await cypher(
      "MATCH (n) WHERE n.source IN ['int-invisible.csv', 'int-invisible-needs.csv'] RETURN n.name AS name",
    );
    expect(written).toEqual([{ name: "Atelier visible (exemple)" }]);
  });
});
