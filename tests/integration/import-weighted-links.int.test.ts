/**
 * A weighted network loads as it is: the partnerships template's `weight`
 * column (a count or a weight) reaches the PARTNERS_WITH relationships, and a
 * changed weight in a newer file updates them. Uses the shipped samples;
 * removes what it wrote.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createProgress } from "../../importers/src/progress";
import { runImport } from "../../importers/src/run";
import { useTestDatabase } from "./test-database";

const TEMPLATES = join(__dirname, "..", "..", "importers", "templates");
const SAMPLES = ["organisations.csv", "needs-offers.csv", "partnerships.csv", "events.csv"];

describe("weighted links from the CSV templates", () => {
  const dir = mkdtempSync(join(tmpdir(), "maillage-weights-"));
  let reports = 0;
  const files = [...SAMPLES, "partnerships-newer.csv"];
  const db = useTestDatabase(async ({ cypher }) => {
    await cypher("MATCH ()-[r]->() WHERE r.source IN $files AND r.sourceKind = 'OPEN_DATA_IMPORT' DELETE r", { files });
    await cypher("MATCH (n) WHERE n.source IN $files AND n.sourceKind = 'OPEN_DATA_IMPORT' DETACH DELETE n", { files });
  });
  const importFiles = (inputs: string[]) =>
    runImport({
      source: "csv",
      files: inputs,
      dryRun: false,
      driver: db.driver,
      database: db.database,
      reportPath: join(dir, `report-${++reports}.csv`),
      progress: createProgress({ quiet: true }),
    });
  const weights = () =>
    db.cypher(
      "MATCH (a)-[p:PARTNERS_WITH]->(b) WHERE p.sourceKind = 'OPEN_DATA_IMPORT' AND a.id STARTS WITH 'csv-' RETURN a.id + ' ' + b.id + ' ' + p.kind AS link, p.weight AS weight ORDER BY link",
    );

  it("stores each partnership's weight, and a newer file's weight replaces it", async () => {
    await importFiles(SAMPLES.map((f) => join(TEMPLATES, f)));
    expect(await weights()).toEqual([
      { link: "csv-00012345500016 csv-00034567800015 COMMERCIAL", weight: 12 },
      { link: "csv-00012345500016 csv-00045678000014 CO_PROJECT", weight: null },
      { link: "csv-velo-ecole-roue-libre-de-sucy-exemple-94071 csv-w000000012 CO_PROJECT", weight: 4 },
      { link: "csv-w000000012 csv-00023456700014 SPONSORSHIP", weight: 250 },
    ]);

    const newer = join(dir, "partnerships-newer.csv");
    writeFileSync(newer, readFileSync(join(TEMPLATES, "partnerships.csv"), "utf8").replace(";12\n", ";15,5\n"));
    const summary = await importFiles([newer]);
    expect(summary.counts).toMatchObject({ updated: 1, rejected: 0 });
    expect((await weights())[0]).toEqual({ link: "csv-00012345500016 csv-00034567800015 COMMERCIAL", weight: 15.5 });
  });
});
