/**
 * Maillage for a territory other than GPSEA, on a Neo4j of its own: TERRITORY names an
 * EPCI of the Ain (01), far from Val-de-Marne. The seed writes that EPCI and its towns
 * (as the etalab data lists them) and nothing of GPSEA; the API, the widget directory and
 * the importers' town check know its towns and refuse GPSEA's; the map's outlines route
 * says in words that there are none, or serves the file the configuration gives.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { ROOT, freePort, spawnApi, startNeo4j, type ApiProcess } from "./processes";
import { launchChromium } from "./browser";

jest.setTimeout(240_000);

/** CC de Miribel et du Plateau: the only SIREN the test names; everything else comes from the etalab data. */
const TERRITORY = "240100800";
const ETALAB = join(ROOT, "node_modules", "@etalab", "decoupage-administratif", "data");
const epci = (
  JSON.parse(readFileSync(join(ETALAB, "epci.json"), "utf8")) as {
    code: string;
    nom: string;
    membres: { code: string }[];
  }[]
).find((e) => e.code === TERRITORY)!;
const communes = JSON.parse(readFileSync(join(ETALAB, "communes.json"), "utf8")) as {
  code: string;
  nom: string;
  type: string;
  codesPostaux?: string[];
}[];
const commune = (code: string) => communes.find((c) => c.code === code && c.type === "commune-actuelle")!;
const expectedTowns = epci.membres
  .map((m) => ({ inseeCode: m.code, name: commune(m.code).nom }))
  .sort((a, b) => a.inseeCode.localeCompare(b.inseeCode));
const first = expectedTowns[0];
const CRETEIL = "94028";

const node = (script: string, args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [join(ROOT, script), ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 180_000,
  });

describe("another territory (TERRITORY set to an EPCI of another département)", () => {
  let server: { stop(): Promise<void> };
  let driver: Driver;
  let uri: string;
  let api: ApiProcess | undefined;
  let base = "";
  const dir = mkdtempSync(join(tmpdir(), "maillage-other-territory-"));
  const data = join(ROOT, ".data", "neo4j-other-territory-test");
  const env = () => ({ NEO4J_URI: uri, TERRITORY });
  const cypher = async (q: string, p: Record<string, unknown> = {}) =>
    (await driver.executeQuery(q, p)).records.map((r) => r.toObject() as Record<string, any>);

  const startApi = async (extra: NodeJS.ProcessEnv = {}) => {
    await stopApi();
    const port = await freePort();
    api = spawnApi(port, { ...env(), ...extra });
    await api.ready;
    base = `http://127.0.0.1:${port}`;
  };
  const stopApi = async () => {
    if (!api) return;
    api.child.kill("SIGTERM");
    await api.exited;
    api = undefined;
  };
  const graphql = async (query: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  beforeAll(async () => {
    rmSync(data, { recursive: true, force: true });
    const port = await freePort();
    server = await startNeo4j(port, data);
    uri = `bolt://127.0.0.1:${port}`;
    driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  });
  afterAll(async () => {
    await stopApi();
    await driver?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses the illustrative demo for it, and seeds its towns without GPSEA's programme", () => {
    const demo = node("seed/dist/cli.js", ["--demo"], env());
    expect(demo.status).toBe(2);
    expect(demo.stderr).toMatch(/the illustrative demo is drawn on Grand Paris Sud Est Avenir's towns/);

    const seed = node("seed/dist/cli.js", [], env());
    expect(seed.stderr).toContain(`seed: ${epci.nom} (${epci.membres.length} towns); no programme is loaded for it`);
    expect(seed.status).toBe(0);
  });

  it("holds nothing of GPSEA: no programme, no call for projects, no demo, no Créteil", async () => {
    const [counts] = await cypher(
      `RETURN COUNT { (:Programme) } AS programmes, COUNT { (:CallForProjects) } AS calls,
              COUNT { (n) WHERE n.sourceKind = 'ILLUSTRATIVE' } AS illustrative,
              COUNT { (:Territory {code: '200058006'}) } AS gpsea, COUNT { (:Town {inseeCode: $creteil}) } AS creteil,
              COUNT { (n) WHERE any(k IN keys(n) WHERE n[k] IS :: STRING AND n[k] CONTAINS 'Créteil') } AS namedCreteil`,
      { creteil: CRETEIL },
    );
    expect(counts).toEqual({ programmes: 0, calls: 0, illustrative: 0, gpsea: 0, creteil: 0, namedCreteil: 0 });
  });

  it("answers its towns through the API, with the etalab names and codes, and says no programme is loaded", async () => {
    await startApi();
    const { territory } = await graphql("{ territory { code name programme { id } towns { inseeCode name } } }");
    expect(territory.code).toBe(TERRITORY);
    expect(territory.name).toBe(epci.nom);
    expect(territory.programme).toBeNull();
    expect(
      [...territory.towns].sort((a: { inseeCode: string }, b: { inseeCode: string }) =>
        a.inseeCode.localeCompare(b.inseeCode),
      ),
    ).toEqual(expectedTowns);
  });

  it("the widget directory and the public directory pages know its towns and refuse GPSEA's", async () => {
    const ok = await fetch(`${base}/api/widget/communes/${first.inseeCode}`);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { town: unknown }).town).toEqual(first);
    const gpsea = await fetch(`${base}/api/widget/communes/${CRETEIL}`);
    expect(gpsea.status).toBe(404);
    expect(JSON.stringify(await gpsea.json())).toContain(`No town of the territory has INSEE code ${CRETEIL}`);
    expect((await fetch(`${base}/annuaire/${first.inseeCode}`)).status).toBe(200);
    expect((await fetch(`${base}/annuaire/${CRETEIL}`)).status).toBe(404);
  });

  it("the map's outlines route says in words that there are none", async () => {
    const res = await fetch(`${base}/api/territory/outlines.geojson`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toBe(
      `No town outlines are configured for ${epci.nom}: set TERRITORY_OUTLINES to a GeoJSON file of its towns' outlines to draw them on the map.`,
    );
  });

  it("serves the outlines file TERRITORY_OUTLINES gives, for its towns only", async () => {
    const square = (x: number): number[][][] => [
      [
        [x, 45.8],
        [x + 0.05, 45.8],
        [x + 0.05, 45.85],
        [x, 45.85],
        [x, 45.8],
      ],
    ];
    const file = join(dir, "outlines.geojson");
    writeFileSync(
      file,
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          ...expectedTowns.map((t, i) => ({
            type: "Feature",
            properties: { INSEE_COM: t.inseeCode },
            geometry: { type: "Polygon", coordinates: square(5 + i * 0.05) },
          })),
          { type: "Feature", properties: { code: CRETEIL }, geometry: { type: "Polygon", coordinates: square(2.4) } },
        ],
      }),
    );
    await startApi({ TERRITORY_OUTLINES: file });
    const res = await fetch(`${base}/api/territory/outlines.geojson`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    const outlines = (await res.json()) as { type: string; features: { properties: { code: string; nom: string } }[] };
    expect(outlines.type).toBe("FeatureCollection");
    const served = outlines.features.map((f) => f.properties).sort((a, b) => a.code.localeCompare(b.code));
    expect(served).toEqual(expectedTowns.map((t) => ({ code: t.inseeCode, nom: t.name })));
  });

  it("the API does not start on a SIREN that names no EPT or EPCI, and says which variable is wrong", async () => {
    await stopApi();
    const wrong = spawnApi(await freePort(), { ...env(), TERRITORY: "123456789" });
    expect(await wrong.exited).toBe(2);
    expect(wrong.stderr.join("\n")).toContain("- TERRITORY: 123456789 is the SIREN of no EPT or EPCI");
  });

  it("the importers' town check accepts its towns and rejects GPSEA's", async () => {
    const csv = join(dir, "organisations.csv");
    const [town] = expectedTowns;
    const postal = commune(town.inseeCode).codesPostaux![0];
    writeFileSync(
      csv,
      [
        "type;name;siret;rna_id;legal_form;insee_code;address;postal_code;latitude;longitude;website;description;themes;founded_year",
        `ess;Ressourcerie du plateau;;;ASSOCIATION;${town.inseeCode};;${postal};;;;;;`,
        `ess;Épicerie de Créteil;;;ASSOCIATION;${CRETEIL};;94000;;;;;;`,
      ].join("\n") + "\n",
    );
    const report = join(dir, "report.csv");
    const run = node("importers/dist/cli.js", ["csv", csv, "--report", report], env());
    expect(run.status).toBe(0);
    expect(readFileSync(report, "utf8")).toContain(`insee_code: ${CRETEIL} is not one of the territory's towns`);
    const rows = await cypher(
      "MATCH (o:EssStructure) OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Town) RETURN o.name AS name, t.inseeCode AS town",
    );
    expect(rows).toEqual([{ name: "Ressourcerie du plateau", town: town.inseeCode }]);
  });

  it("the explorer and the public pages name it and open on its main town", async () => {
    await startApi();
    const page404 = await fetch(`${base}/annuaire/${CRETEIL}`);
    expect(await page404.text()).toMatch(
      new RegExp(`Aucune commune du territoire ${epci.nom} n(&#39;|&#x27;|')a le code ${CRETEIL}`),
    );
    const townPage = await (await fetch(`${base}/annuaire/${expectedTowns[0].inseeCode}`)).text();
    expect(townPage).toContain(epci.nom);
    expect(townPage).not.toContain("Grand Paris Sud Est Avenir");

    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ locale: "fr-FR" });
      await page.goto(`${base}/#/graph`);
      // The town with the most ESS structures: the one the CSV import above gave one.
      await page.waitForFunction(() => ((window as any).__maillageCy?.nodes().length ?? 0) > 0, null, {
        timeout: 60_000,
      });
      expect(await page.locator(".app-header").innerText()).toContain(`Coopérations de l'ESS — ${epci.nom}`);
      expect(await page.locator("#graph-filters select").first().inputValue()).toBe(expectedTowns[0].inseeCode);
      const names = await page.evaluate(() =>
        (window as any).__maillageCy.nodes().map((n: any) => n.data("label") ?? n.data("name")),
      );
      expect(names).toContain("Ressourcerie du plateau");
      expect(await page.title()).not.toContain("Grand Paris Sud Est Avenir");
    } finally {
      await browser.close();
    }
  });
});
