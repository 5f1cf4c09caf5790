/**
 * `npm run import -- annuaire` against the real Neo4j of the integration
 * harness and a local stand-in for the company search API whose answers and
 * whose received requests are checked against the State's OpenAPI description
 * (annuaire-server.ts). Nothing here calls the real service. Every
 * organisation and person below is fictitious.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createProgress, type Progress } from "../../importers/src/progress";
import { runAnnuaireImport, type AnnuaireImportOptions } from "../../importers/src/run-annuaire";
import { formatSummary } from "../../importers/src/run";
import { siretOf, sirenOf, startFakeService, type Establishment, type FakeService, type Unit } from "./annuaire-server";
import { useTestDatabase } from "./test-database";

const work = mkdtempSync(join(tmpdir(), "maillage-annuaire-"));
let runs = 0;

const CRETEIL = "94028";
const SUCY = "94071";
const BONNEUIL = "94011";
const POSTAL: Record<string, string> = { [CRETEIL]: "94000", [SUCY]: "94370", [BONNEUIL]: "94380" };

/** Names of people the service lists (directors, elected officials, a sole trader): none may reach the graph. */
const PEOPLE = ["DIRIGEANTE-FICTIVE", "Jeanne-Fictive", "ELU-FICTIF", "MARTIN-FICTIF"];

function establishment(siren: string, n: number, commune: string, extra: Partial<Establishment> = {}): Establishment {
  return {
    siret: siretOf(siren, n),
    commune,
    code_postal: POSTAL[commune],
    adresse: `${n} RUE DES ESSAIS ${POSTAL[commune]} VILLE`,
    libelle_commune: "VILLE",
    activite_principale: "88.99B",
    tranche_effectif_salarie: "11",
    date_creation: "2015-03-01",
    est_siege: n === 1,
    etat_administratif: "A",
    latitude: "48.7904",
    longitude: "2.4556",
    liste_enseignes: null,
    nom_commercial: null,
    ...extra,
  };
}

function unit(n: number, name: string, extra: Partial<Unit> & { etablissements?: Establishment[] } = {}): Unit {
  const siren = sirenOf(n);
  return {
    siren,
    nom_complet: name,
    nom_raison_sociale: name,
    nature_juridique: "9220",
    date_creation: "2012-06-15",
    etat_administratif: "A",
    section_activite_principale: "Q",
    complements: { est_ess: true, est_entrepreneur_individuel: false, identifiant_association: null },
    dirigeants: [
      {
        nom: "DIRIGEANTE-FICTIVE",
        prenoms: "Jeanne-Fictive",
        annee_de_naissance: "1970",
        qualite: "Présidente",
        type_dirigeant: "personne physique",
      },
    ],
    etablissements: [establishment(siren, 1, CRETEIL)],
    ...extra,
  };
}

const ASSOCIATION = unit(1, "ASSOCIATION FICTIVE DES JARDINS", {
  complements: {
    est_ess: true,
    est_entrepreneur_individuel: false,
    est_association: true,
    identifiant_association: "W941000001",
    collectivite_territoriale: {
      code: "94028",
      code_insee: "94028",
      niveau: "commune",
      elus: [{ nom: "ELU-FICTIF", prenoms: "Paul", fonction: "Maire" }],
    },
  },
});
ASSOCIATION.etablissements.push(
  establishment(ASSOCIATION.siren, 2, SUCY, {
    liste_enseignes: ["JARDIN FICTIF DE SUCY"],
    latitude: "48.7700",
    longitude: "2.5200",
  }),
  establishment(ASSOCIATION.siren, 3, CRETEIL, { etat_administratif: "F", date_fermeture: "2020-01-31" }),
);
const SCOP = unit(2, "SCOP FICTIVE DU BATIMENT", {
  nature_juridique: "5458",
  section_activite_principale: "F",
  complements: { est_ess: true, est_entrepreneur_individuel: false, est_siae: true, type_siae: "EI", est_rge: true },
  etablissements: [
    establishment(sirenOf(2), 1, BONNEUIL, { activite_principale: "43.21A", tranche_effectif_salarie: "03" }),
  ],
});
const SOLE_TRADER = unit(3, "MARTIN-FICTIF PAUL", {
  nature_juridique: "1000",
  complements: { est_ess: true, est_entrepreneur_individuel: true },
  dirigeants: [],
});
const UNKNOWN_FORM = unit(4, "COLLECTIF FICTIF SANS FORME", { nature_juridique: "ZZ99" });
/** Fields missing: no head office listed apart, no coordinates, no staff range, no creation date. */
const SPARSE = unit(5, "REGIE FICTIVE DE QUARTIER", {
  date_creation: undefined,
  etablissements: [
    { siret: siretOf(sirenOf(5), 1), commune: CRETEIL, est_siege: true, etat_administratif: "A", nom_commercial: null },
  ],
});
/** Enough associations for a second page (25 results a page). */
const FILLERS = Array.from({ length: 24 }, (_, i) => unit(100 + i, `ASSOCIATION FICTIVE NUMERO ${i + 1}`));
const BUSINESS = unit(6, "BOULANGERIE FICTIVE SAS", {
  nature_juridique: "5710",
  section_activite_principale: "C",
  complements: { est_ess: false, est_entrepreneur_individuel: false },
  etablissements: [establishment(sirenOf(6), 1, CRETEIL, { activite_principale: "10.71C" })],
});
const BUSINESS_SOLE_TRADER = unit(7, "MARTIN-FICTIF PAUL", {
  nature_juridique: "1000",
  section_activite_principale: "C",
  complements: { est_ess: false, est_entrepreneur_individuel: true },
  etablissements: [establishment(sirenOf(7), 1, CRETEIL, { activite_principale: "10.71C" })],
});

/** At most 7 requests in any second: 8 requests in a row span at least a second. */
function expectAtMostSevenPerSecond(sent: FakeService["requests"]) {
  expect(sent.length).toBeGreaterThan(7);
  for (let i = 7; i < sent.length; i++) expect(sent[i].at - sent[i - 7].at).toBeGreaterThanOrEqual(990);
}

/** More establishments in one town than a result lists (100): asked for page by page. */
const LARGE = unit(8, "RESEAU FICTIF AUX CENT UNE ANTENNES", {
  etablissements: Array.from({ length: 101 }, (_, i) => establishment(sirenOf(8), i + 1, BONNEUIL)),
});

// A name hiding a right-to-left override (U+202E), as a register could hold one.
const HIDDEN_OVERRIDE = unit(9, "ASSOCIATION FICTIVE \u202ESNIDRAJ");
const ESS_UNITS = [ASSOCIATION, SCOP, SOLE_TRADER, UNKNOWN_FORM, SPARSE, ...FILLERS];
const ALL_SIRENS = [...ESS_UNITS, BUSINESS, BUSINESS_SOLE_TRADER, LARGE, HIDDEN_OVERRIDE].map((u) => u.siren);

describe("npm run import -- annuaire (the company search API)", () => {
  const db = useTestDatabase(({ cypher }) =>
    cypher("MATCH (o:Organisation) WHERE o.siren IN $sirens DETACH DELETE o", { sirens: ALL_SIRENS }),
  );
  let service: FakeService;
  const statePath = join(work, "state.json");

  const run = (extra: Partial<AnnuaireImportOptions> = {}) =>
    runAnnuaireImport({
      driver: db.driver,
      database: db.database,
      dryRun: false,
      reportPath: join(work, `report-${runs++}.csv`),
      progress: createProgress({ quiet: true }),
      baseUrl: service.url,
      businesses: false,
      statePath,
      client: { backoffMs: 20 },
      ...extra,
    });
  const query = db.cypher;
  const bySiret = async (siret: string) =>
    (await query("MATCH (o:Organisation {siret: $siret}) RETURN o {.*, labels: labels(o)} AS o", { siret }))[0]?.o as
      Record<string, any> | undefined;
  beforeAll(async () => {
    service = await startFakeService([...ESS_UNITS, BUSINESS, BUSINESS_SOLE_TRADER]);
  });
  afterAll(() => service?.close());
  afterEach(() => {
    // Every answer sent and every request received matched the OpenAPI description.
    expect(service.contractErrors).toEqual([]);
  });

  it("a dry run reads the service and writes nothing", async () => {
    const summary = await run({ dryRun: true });
    expect(summary.counts.created).toBeGreaterThan(0);
    expect(await query("MATCH (o:Organisation) WHERE o.siren IN $sirens RETURN o.id", { sirens: ALL_SIRENS })).toEqual(
      [],
    );
    expect(existsSync(statePath)).toBe(false);
  });

  it("imports the territory's ESS establishments through a 500, a 429 with Retry-After and a page cut short, at most 7 requests a second", async () => {
    const before = service.requests.length;
    service.faults.push(
      { when: (p) => p.get("page") === "1" && p.get("est_ess") === "true", fault: "500" },
      { when: (p) => p.get("page") === "1" && p.get("est_ess") === "true", fault: "cut" },
      { when: (p) => p.get("page") === "2", fault: "429" },
    );
    const summary = await run();
    const sent = service.requests.slice(before);
    expect(sent.map((r) => `${r.params.get("page")} ${r.answered}`)).toEqual([
      "1 500",
      "1 cut",
      "1 200",
      "2 429",
      "2 200",
    ]);
    // The retry after the 429 waited the second the service asked for.
    expect(sent[4].at - sent[3].at).toBeGreaterThanOrEqual(990);
    expect(new Set(sent.map((r) => r.userAgent))).toEqual(
      new Set([expect.stringMatching(/^Maillage-importer\/\S+ \(/)]),
    );
    for (const r of sent)
      expect(Object.fromEntries(r.params)).toMatchObject({
        est_ess: "true",
        etat_administratif: "A",
        per_page: "25",
        code_commune: expect.stringContaining(`${BONNEUIL},`),
      });

    // association: 2 active establishments + 1 closed; SCOP, unknown form, sparse: 1 each; 24 fillers; sole trader skipped.
    expect(summary.counts).toMatchObject({ read: 31, created: 29, updated: 0, unchanged: 0, skipped: 2, rejected: 0 });
    expect(summary.skipReasons).toEqual({
      "natural person (entrepreneur individuel): personal data, not imported": 1,
      "closed establishment, not in the graph": 1,
    });
    expect(formatSummary(summary)).toContain(`5 request(s) to ${new URL(service.url).host}`);

    const head = await bySiret(ASSOCIATION.etablissements[0].siret);
    expect(head).toMatchObject({
      labels: expect.arrayContaining(["EssStructure", "Organisation"]),
      name: "ASSOCIATION FICTIVE DES JARDINS",
      legalForm: "ASSOCIATION",
      siren: ASSOCIATION.siren,
      rnaId: "W941000001",
      nafCode: "88.99B",
      activity: "Action sociale sans hébergement n.c.a.",
      staffRange: "11",
      staffRangeLabel: "10 à 19 salariés",
      address: "1 RUE DES ESSAIS",
      postalCode: "94000",
      headOffice: true,
      officialLabels: ["ESS"],
      source: new URL(service.url).host,
      sourceKind: "OPEN_DATA_IMPORT",
      sourceRef: expect.stringMatching(/^ESS in 16 towns, page 1 \(\d{4}-\d{2}-\d{2}\)$/),
    });
    expect(Number(head!.foundedYear)).toBe(2012);
    expect(head!.location).toMatchObject({ x: 2.4556, y: 48.7904 });
    const branch = await bySiret(ASSOCIATION.etablissements[1].siret);
    // The RNA id goes to the head office only; the sign names the branch.
    expect(branch).toMatchObject({ name: "JARDIN FICTIF DE SUCY", headOffice: false });
    expect(branch!.rnaId ?? null).toBeNull();
    expect(
      (
        await query("MATCH (:Organisation {siret: $s})-[:LOCATED_IN]->(t:Town) RETURN t.inseeCode AS code", {
          s: branch!.siret,
        })
      )[0].code,
    ).toBe(SUCY);
    expect(await bySiret(ASSOCIATION.etablissements[2].siret)).toBeUndefined();

    expect(await bySiret(SCOP.etablissements[0].siret)).toMatchObject({
      legalForm: "SCOP",
      officialLabels: ["ESS", "SIAE", "RGE"],
      siaeType: "EI",
      staffRange: "03",
    });
    expect(await bySiret(SOLE_TRADER.etablissements[0].siret)).toBeUndefined();
    const unknownForm = await bySiret(UNKNOWN_FORM.etablissements[0].siret);
    expect(unknownForm).toMatchObject({
      labels: expect.arrayContaining(["EssStructure"]),
      name: "COLLECTIF FICTIF SANS FORME",
    });
    expect(unknownForm!.legalForm ?? null).toBeNull();
    const sparse = await bySiret(SPARSE.etablissements[0].siret);
    expect(sparse).toMatchObject({ name: "REGIE FICTIVE DE QUARTIER", legalForm: "ASSOCIATION" });
    expect([sparse!.staffRange, sparse!.foundedYear, sparse!.address, sparse!.nafCode].map((v) => v ?? null)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    // Without coordinates, it is placed at its town's centre, and says so.
    expect(sparse!.location).not.toBeNull();
    expect(sparse!.geoPrecision).toBe("commune");
    expect(head!.geoPrecision).toBe("address");

    const report = readFileSync(summary.reportPath, "utf8");
    expect(report).toContain(
      `imported without a value;"nature_juridique ""ZZ99"" is not an INSEE legal category: imported without a legal form";${UNKNOWN_FORM.etablissements[0].siret}`,
    );
    expect(existsSync(statePath)).toBe(false);
  });

  it("stores no director's, elected official's or sole trader's name anywhere in Neo4j", async () => {
    // Every property of every node and relationship (provenance, importedJson, audit entries included).
    const everything = JSON.stringify([
      ...(await query("MATCH (n) RETURN properties(n) AS p")),
      ...(await query("MATCH ()-[r]->() RETURN properties(r) AS p")),
    ]);
    expect(everything.includes("ASSOCIATION FICTIVE DES JARDINS")).toBe(true);
    for (const name of PEOPLE) expect(everything.includes(name) ? name : "absent").toBe("absent");
    // The service did send them: the test would catch a leak.
    expect(JSON.stringify(service.units)).toContain("DIRIGEANTE-FICTIVE");
  });

  it("re-running changes nothing, not even updatedAt; a coordinator's edit is kept and reported", async () => {
    const stamps = () =>
      query(
        "MATCH (o:Organisation) WHERE o.siren IN $sirens RETURN o.siret AS siret, toString(o.updatedAt) AS at ORDER BY siret",
        { sirens: ALL_SIRENS },
      );
    const before = await stamps();
    const again = await run();
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 29, rejected: 0 });
    expect(await stamps()).toEqual(before);

    const siret = SCOP.etablissements[0].siret;
    await query(
      "MATCH (o:EssStructure {siret: $siret}) SET o.name = 'SCOP du Bâtiment (nom corrigé)', o.updatedBy = 'coordinator:test'",
      { siret },
    );
    SCOP.nom_raison_sociale = SCOP.nom_complet = "SCOP FICTIVE DU BATIMENT RENOMMEE";
    const edited = await run();
    expect(edited.counts).toMatchObject({ created: 0, updated: 0, keptEdits: 1 });
    expect((await bySiret(siret))!.name).toBe("SCOP du Bâtiment (nom corrigé)");
    expect(readFileSync(edited.reportPath, "utf8")).toContain(
      `kept hand edit;"name: kept ""SCOP du Bâtiment (nom corrigé)"" (edited by hand), file says ""SCOP FICTIVE DU BATIMENT RENOMMEE""";${siret}`,
    );
  });

  it("marks closed, without deleting, an establishment that closed and one whose unit ceased and left the results", async () => {
    const branch = ASSOCIATION.etablissements[1];
    branch.etat_administratif = "F";
    branch.date_fermeture = "2026-10-31";
    const filler = FILLERS[0];
    filler.etat_administratif = "C";
    filler.date_fermeture = "2026-09-30";
    filler.etablissements[0].etat_administratif = "F";
    filler.etablissements[0].date_fermeture = "2026-09-30";

    const summary = await run();
    expect(summary.counts).toMatchObject({ created: 0, updated: 2, rejected: 0 });
    expect(await bySiret(branch.siret)).toMatchObject({
      closed: true,
      closedOn: "2026-10-31",
      name: "JARDIN FICTIF DE SUCY",
    });
    expect(await bySiret(filler.etablissements[0].siret)).toMatchObject({
      closed: true,
      closedOn: "2026-09-30",
      name: filler.nom_complet,
    });
    // The ceased unit was looked up by its SIRET.
    expect(service.requests.some((r) => r.params.get("q") === filler.etablissements[0].siret)).toBe(true);

    const again = await run();
    expect(again.counts).toMatchObject({ created: 0, updated: 0 });
  });

  it("says what is new, closed and moved since the previous complete run, and lists them with --since-last", async () => {
    const settled = await run();
    expect(settled.sinceLast).toMatchObject({
      previousRun: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      new: [],
      closed: [],
      moved: [],
    });
    const newcomer = unit(10, "EPICERIE FICTIVE SOLIDAIRE", { etablissements: [establishment(sirenOf(10), 1, SUCY)] });
    service.units.push(newcomer);
    ALL_SIRENS.push(newcomer.siren);
    const moving = FILLERS[1].etablissements[0];
    moving.adresse = "8 AVENUE DU DEMENAGEMENT 94000 VILLE";
    const closing = FILLERS[2];
    closing.etablissements[0].etat_administratif = "F";
    closing.etablissements[0].date_fermeture = "2026-11-30";

    const summary = await run();
    const [{ at }] = await query(
      "MATCH (a:AuditEntry {entityType: 'ImportRun', actor: 'import:annuaire'}) RETURN toString(a.at) AS at ORDER BY a.at DESC SKIP 1 LIMIT 1",
    );
    expect(summary.sinceLast!.previousRun).toBe(at);
    expect(summary.sinceLast!.new).toEqual([expect.stringContaining('"EPICERIE FICTIVE SOLIDAIRE"')]);
    expect(summary.sinceLast!.closed).toEqual([
      expect.stringContaining(`${closing.etablissements[0].siret} "${closing.nom_complet}" on 2026-11-30`),
    ]);
    expect(summary.sinceLast!.moved).toEqual([
      expect.stringMatching(/"\d+ RUE DES ESSAIS 94000" → "8 AVENUE DU DEMENAGEMENT 94000"$/),
    ]);
    const text = formatSummary(summary, { sinceLast: true });
    expect(text).toContain(`since the last run (${at.slice(0, 10)}): 1 new, 1 closed, 1 moved`);
    expect(text).toContain("  + EssStructure");
    expect(text).toContain("  × EssStructure");
    expect(formatSummary(summary)).not.toContain("  → ");
    // The run is recorded for the dashboard: counts and readable lines, no person's name.
    const [{ after }] = await query(
      "MATCH (a:AuditEntry {entityType: 'ImportRun', actor: 'import:annuaire'}) RETURN a.after AS after ORDER BY a.at DESC LIMIT 1",
    );
    expect(JSON.parse(after)).toMatchObject({ new: 1, closed: 1, moved: 1 });
    // A dry run compares too, and records nothing.
    const dry = await run({ dryRun: true });
    expect(dry.sinceLast).toMatchObject({ new: [], closed: [], moved: [] });
    expect(
      await query("MATCH (a:AuditEntry {entityType: 'ImportRun', actor: 'import:annuaire'}) RETURN count(a) AS n"),
    ).toEqual([{ n: expect.anything() }]);
  });

  it("stops after the page in hand and resumes where it stopped, from the state file", async () => {
    const stop = new AbortController();
    const quiet = createProgress({ quiet: true });
    const stopAfterFirstPage: Progress = { ...quiet, phase: () => ({ add: () => stop.abort(), done() {} }) };
    const first = await run({
      communes: [CRETEIL],
      businesses: true,
      progress: stopAfterFirstPage,
      signal: stop.signal,
    });
    expect(formatSummary(first)).toContain("STOPPED before the end: run the same command again to resume");
    // A stopped run sends nothing more (the page it asked for ahead is dropped). What it sent before
    // returning reaches this in-process server a few milliseconds later; a request still waiting for
    // its turn would come within 1/7 s.
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await sleep(50);
    const sentByFirst = service.requests.length;
    await sleep(400);
    expect(service.requests.length).toBe(sentByFirst);
    expect(existsSync(statePath)).toBe(true);
    const state = JSON.parse(readFileSync(statePath, "utf8")) as { queries: { done: boolean }[] };
    // The ESS of Créteil take two pages: the first was read and written.
    expect(state.queries[0]).toMatchObject({ nextPage: 2, done: false });
    expect(state.queries).toHaveLength(1 + 21);

    // Other settings are refused while a run is unfinished.
    await expect(run()).rejects.toThrow(/stopped before its end .*--restart/);

    const before = service.requests.length;
    const rest = await run({ communes: [CRETEIL], businesses: true });
    const sent = service.requests.slice(before);
    // The ESS query went on from its second page (the stopped run may have asked for it already, ahead); then the 21 NAF sections of Créteil.
    const essPages = sent.filter((r) => r.params.get("est_ess") === "true").map((r) => r.params.get("page"));
    expect(essPages).toContain("2");
    expect(essPages).not.toContain("1");
    expectAtMostSevenPerSecond(sent);
    expect(sent.filter((r) => r.params.get("est_ess") === "false")).toHaveLength(21);
    for (const r of sent.filter((x) => x.params.get("est_ess") === "false"))
      expect(r.params.get("est_entrepreneur_individuel")).toBe("false");
    expect(formatSummary(rest)).toContain("resumed a run started");
    expect(rest.counts).toMatchObject({ created: 1, rejected: 0 });
    expect(rest.skipReasons["natural person (entrepreneur individuel): personal data, not imported"]).toBe(1);
    expect(await bySiret(BUSINESS.etablissements[0].siret)).toMatchObject({
      labels: expect.arrayContaining(["Business"]),
      name: "BOULANGERIE FICTIVE SAS",
      nafCode: "10.71C",
    });
    expect(await bySiret(BUSINESS_SOLE_TRADER.etablissements[0].siret)).toBeUndefined();
    expect(existsSync(statePath)).toBe(false);
  });

  it("reads every establishment of a unit with more in the towns than a result lists", async () => {
    service.units.push(LARGE);
    const before = service.requests.length;
    const summary = await run({ communes: [BONNEUIL] });
    expect(summary.counts).toMatchObject({ created: 101, rejected: 0 });
    expect(
      service.requests.slice(before).map((r) => `${r.params.get("page")}/${r.params.get("page_etablissements") ?? 1}`),
    ).toEqual(["1/1", "1/2"]);
    const [{ n }] = await query("MATCH (o:EssStructure) WHERE o.siren = $siren RETURN count(o) AS n", {
      siren: LARGE.siren,
    });
    expect(Number(n)).toBe(101);
  });

  it("rejects into the report a name the API's rules refuse (a text-direction override), and writes nothing of it", async () => {
    const other = await startFakeService([HIDDEN_OVERRIDE]);
    try {
      const summary = await run({ baseUrl: other.url, statePath: join(work, "state-rules.json") });
      expect(summary.counts).toMatchObject({ rejected: 1, created: 0 });
      expect(await bySiret(HIDDEN_OVERRIDE.etablissements[0].siret)).toBeUndefined();
      expect(readFileSync(summary.reportPath, "utf8")).toContain(HIDDEN_OVERRIDE.etablissements[0].siret);
      expect(other.contractErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it("refuses towns outside the territory, naming them", async () => {
    await expect(run({ communes: ["75056"] })).rejects.toThrow("--communes: 75056 is not a town of the territory");
  });
});
