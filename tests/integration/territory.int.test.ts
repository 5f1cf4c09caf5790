import { startHarness, type Harness } from "./harness";

const GPSEA = [
  "94002",
  "94004",
  "94011",
  "94019",
  "94028",
  "94044",
  "94047",
  "94048",
  "94053",
  "94055",
  "94056",
  "94059",
  "94060",
  "94070",
  "94071",
  "94075",
];
type EtalabCommune = { code: string; nom: string; population: number; type: string; codesPostaux: string[] };
const etalab = (require("@etalab/decoupage-administratif/data/communes.json") as EtalabCommune[]).filter(
  (c) => c.type === "commune-actuelle" && GPSEA.includes(c.code),
);

describe("the territory", () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness();
  });
  afterAll(() => api.close());

  it("has the 16 towns with the INSEE codes, names and populations of the etalab package", async () => {
    const res = await api.gql(
      `{ towns(sort: [{ inseeCode: ASC }]) { inseeCode name population postalCodes location { latitude longitude } } }`,
    );
    expect(res.errors).toBeUndefined();
    const towns = res.data!.towns;
    expect(towns).toHaveLength(16);
    expect(towns.map((t: any) => [t.inseeCode, t.name, t.population])).toEqual(
      etalab.sort((a, b) => a.code.localeCompare(b.code)).map((c) => [c.code, c.nom, c.population]),
    );
    for (const t of towns) {
      // centroids inside the territory's bounding box
      expect(t.location.latitude).toBeGreaterThan(48.65);
      expect(t.location.latitude).toBeLessThan(48.85);
      expect(t.location.longitude).toBeGreaterThan(2.4);
      expect(t.location.longitude).toBeLessThan(2.7);
    }
  });

  it("knows which towns share a border, in both directions", async () => {
    const res = await api.gql(`{ towns(where: { inseeCode: { eq: "94028" } }) { name neighbours { inseeCode } } }`);
    const creteil = res.data!.towns[0];
    expect(creteil.neighbours.map((n: any) => n.inseeCode).sort()).toEqual(["94002", "94011", "94044"]);
    const back = await api.gql(`{ towns(where: { inseeCode: { eq: "94002" } }) { neighbours { inseeCode } } }`);
    expect(back.data!.towns[0].neighbours.map((n: any) => n.inseeCode)).toContain("94028");
  });

  it("gives the programme's figures and counts per town, legal form and theme", async () => {
    const res = await api.gql(`{ territory {
      code name population
      programme { annualBudgetEur essJobsSharePct essPrivateJobsSharePct essEnterprisesSharePct source }
      counts { towns essStructures illustrativeEssStructures callEditions }
      towns { inseeCode name essStructures businesses vitrine }
      legalForms { legalForm count }
      themes { code labelFr essStructures }
    } }`);
    expect(res.errors).toBeUndefined();
    const t = res.data!.territory;
    expect(t.code).toBe("200058006");
    expect(t.name).toBe("Grand Paris Sud Est Avenir");
    expect(t.population).toBe(etalab.reduce((s, c) => s + c.population, 0));
    expect(t.programme).toEqual({
      annualBudgetEur: 92900,
      essJobsSharePct: 6.5,
      essPrivateJobsSharePct: 11,
      essEnterprisesSharePct: 8.6,
      source: "programme text",
    });
    expect(t.counts.towns).toBe(16);
    expect(t.counts.callEditions).toBe(5);
    expect(t.towns).toHaveLength(16);
    expect(t.towns.every((town: any) => town.essStructures >= 1 && town.vitrine)).toBe(true);
    const totalPerTown = t.towns.reduce((s: number, town: any) => s + town.essStructures, 0);
    const totalPerForm = t.legalForms.reduce((s: number, f: any) => s + f.count, 0);
    expect(totalPerForm).toBe(t.counts.essStructures);
    expect(totalPerTown).toBeLessThanOrEqual(t.counts.essStructures);
    expect(t.themes[0].essStructures).toBeGreaterThanOrEqual(t.themes[t.themes.length - 1].essStructures);
  });

  it("records the known call-for-projects editions with their sources, and nothing more", async () => {
    const res =
      await api.gql(`{ callsForProjects(sort: [{ year: ASC }]) { year envelopeEur laureateCount ceremonyDate source sourceKind
      laureatesConnection { edges { properties { year } node { name sourceKind } } } } }`);
    expect(res.errors).toBeUndefined();
    const calls = res.data!.callsForProjects;
    expect(calls.map((c: any) => c.year)).toEqual([2016, 2019, 2022, 2023, 2024]);
    const c2023 = calls.find((c: any) => c.year === 2023);
    expect(c2023).toMatchObject({
      envelopeEur: 60000,
      laureateCount: 7,
      ceremonyDate: "2023-11-28",
      sourceKind: "PUBLIC_PAGE",
    });
    expect(c2023.source).toContain("sudestavenir.fr");
    const laureates2024 = calls
      .find((c: any) => c.year === 2024)
      .laureatesConnection.edges.map((e: any) => e.node.name)
      .sort();
    expect(laureates2024).toEqual(["Altermarché", "Green Décoration", "Marjolaine"]);
  });

  it("serves a town's public directory with its vitrine de l'ESS first", async () => {
    const res = await api.gql(
      `{ townDirectory(inseeCode: "94028") { town { name } count entries { name isVitrine illustrative themes { code } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const dir = res.data!.townDirectory;
    expect(dir.town.name).toBe("Créteil");
    expect(dir.count).toBe(dir.entries.length);
    expect(dir.entries[0].isVitrine).toBe(true);
    expect(dir.entries.filter((e: any) => e.isVitrine)).toHaveLength(1);
    const rest = dir.entries.slice(1).map((e: any) => e.name);
    expect(rest).toEqual([...rest].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    // The real 2023 laureate located in Créteil is listed and not flagged illustrative.
    expect(dir.entries.find((e: any) => e.name === "Matrimoine (Archéotrucs)")).toMatchObject({ illustrative: false });
  });

  it("answers a clear error for a code that is no town of the territory, and for one that is no code", async () => {
    const paris = await api.gql(`{ townDirectory(inseeCode: "75056") { count } }`);
    expect(paris.errors![0].extensions!.code).toBe("NOT_FOUND");
    expect(paris.errors![0].message).toContain("75056");
    const junk = await api.gql(`{ townDirectory(inseeCode: "Créteil") { count } }`);
    expect(junk.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(junk.errors![0].message).toMatch(/INSEE/);
  });
});
