/**
 * dataStatus against the seeded graph: counts per provenance agree with the
 * graph, and an import of the organisations template shows up at once (more
 * imported organisations, the source's last import, illustrative data hidden
 * by default from then on). What the test imports is removed afterwards.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createProgress } from "../../importers/src/progress";
import { runImport } from "../../importers/src/run";
import { recordImportRun } from "../../importers/src/audit";
import { startHarness, type Harness } from "./harness";

const TEMPLATE = join(__dirname, "..", "..", "importers", "templates", "organisations.csv");
const STATUS = `{ dataStatus { organisations illustrativeOrganisations importedOrganisations hideIllustrativeByDefault
  sourceKinds { sourceKind organisations relationships lastChange } lastImports { source at batches created updated } } }`;

describe("dataStatus", () => {
  let h: Harness;
  const cleanUp = () =>
    h.cypher("MATCH (n) WHERE n.source = 'organisations.csv' AND n.sourceKind = 'OPEN_DATA_IMPORT' DETACH DELETE n");
  beforeAll(async () => {
    h = await startHarness();
    await cleanUp();
  });
  afterAll(async () => {
    await cleanUp();
    await h?.close();
  });

  const status = async () => {
    const res = await h.gql(STATUS);
    expect(res.errors).toBeUndefined();
    return res.data!.dataStatus;
  };

  it("counts organisations and relationships per provenance as the graph holds them, for anyone", async () => {
    const s = await status();
    const graph = await h.cypher<{ kind: string; n: number }>(
      "MATCH (o:Organisation) RETURN coalesce(o.sourceKind, 'UNKNOWN') AS kind, count(o) AS n",
    );
    expect(s.organisations).toBe(graph.reduce((n, r) => n + Number(r.n), 0));
    for (const r of graph)
      expect(s.sourceKinds.find((k: any) => k.sourceKind === r.kind)?.organisations).toBe(Number(r.n));
    const illustrative = Number(graph.find((r) => r.kind === "ILLUSTRATIVE")?.n ?? 0);
    expect(illustrative).toBeGreaterThan(0);
    expect(s.illustrativeOrganisations).toBe(illustrative);
    const [{ n: partnerships }] = await h.cypher(
      "MATCH ()-[r:PARTNERS_WITH {sourceKind: 'ILLUSTRATIVE'}]->() RETURN count(r) AS n",
    );
    expect(s.sourceKinds.find((k: any) => k.sourceKind === "ILLUSTRATIVE").relationships).toBeGreaterThanOrEqual(
      Number(partnerships),
    );
    const imported = graph
      .filter((r) => ["OPEN_DATA_IMPORT", "COORDINATOR"].includes(r.kind))
      .reduce((n, r) => n + Number(r.n), 0);
    expect(s.importedOrganisations).toBe(imported);
    expect(s.hideIllustrativeByDefault).toBe(imported > 0);
  });

  it("shows an import at once: more imported organisations, the source's last import, and illustrative data hidden by default", async () => {
    const before = await status();
    const startedAt = new Date(Date.now() - 1000);
    const summary = await runImport({
      source: "csv",
      files: [TEMPLATE],
      dryRun: false,
      driver: h.driver,
      reportPath: join(mkdtempSync(join(tmpdir(), "maillage-data-status-")), "report.csv"),
      progress: createProgress({ quiet: true }),
    });
    expect(summary.counts.created).toBeGreaterThan(0);
    const after = await status();
    expect(after.importedOrganisations).toBe(before.importedOrganisations + summary.counts.created);
    expect(after.hideIllustrativeByDefault).toBe(true);
    const csv = after.lastImports.find((i: any) => i.source === "csv");
    expect(csv).toBeDefined();
    expect(new Date(csv.at).getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
    expect(csv.created).toBeGreaterThanOrEqual(summary.counts.created);
    expect(after.sourceKinds.find((k: any) => k.sourceKind === "OPEN_DATA_IMPORT").lastChange).not.toBeNull();
  });

  it("lists the runs of the API importer that ended in a year, with what they found new, closed and moved", async () => {
    const year = new Date().getUTCFullYear();
    const runs = async (y: number) =>
      (await h.gql(`{ dataStatus { importRuns(year: ${y}) { source at startedAt new closed moved } } }`)).data!
        .dataStatus.importRuns;
    const before = await runs(year);
    await recordImportRun(h.driver, undefined, {
      source: "annuaire",
      startedAt: new Date().toISOString(),
      new: ["a", "b"],
      closed: ["c"],
      moved: [],
    });
    const after = await runs(year);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({ source: "annuaire", new: 2, closed: 1, moved: 0 });
    expect(await runs(year - 20)).toEqual([]);
    const bad = await h.gql(`{ dataStatus { importRuns(year: 20260) { at } } }`);
    expect(bad.errors?.[0]?.message).toContain("year must be between 2000 and 2100 (got 20260)");
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
