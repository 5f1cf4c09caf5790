import * as fs from "fs";
import { CalendarDate, GeoPoint, type GraphSpec, type NodeSpec, type RelSpec } from "@maillage/model";
import { BOUNDARIES_PATH, THEME_CODES, THEMES, themeNodes } from "@maillage/reference";
import { generateDemo, type DemoTown } from "./index";
import { LEGAL_FORMS, RESOURCE_KINDS } from "./vocabulary";

const CODES = "94002 94004 94011 94019 94028 94044 94047 94048 94053 94055 94056 94059 94060 94070 94071 94075".split(
  " ",
);

interface Commune {
  code: string;
  nom: string;
  type: string;
  population: number;
  codesPostaux: string[];
}

function loadTowns(): DemoTown[] {
  const communes = require("@etalab/decoupage-administratif/data/communes.json") as Commune[];
  const geo = JSON.parse(fs.readFileSync(BOUNDARIES_PATH, "utf8")) as {
    features: { properties: { code: string }; geometry: { type: string; coordinates: [number, number][][] } }[];
  };
  return CODES.map((code) => {
    const c = communes.find((x) => x.code === code && x.type === "commune-actuelle");
    const f = geo.features.find((x) => x.properties.code === code);
    if (!c || !f) throw new Error(`missing reference data for ${code}`);
    return {
      inseeCode: code,
      name: c.nom,
      population: c.population,
      postalCodes: c.codesPostaux,
      ring: f.geometry.coordinates[0] as [number, number][],
    };
  });
}

/** An independent even-odd test, so that the check does not reuse the generator's code. */
function inside(lon: number, lat: number, ring: [number, number][]): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[j] as [number, number];
    if (y1 > lat !== y2 > lat && lon < x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1)) c = !c;
  }
  return c;
}

function km(a: GeoPoint, b: GeoPoint): number {
  const dx = (a.longitude - b.longitude) * 111.32 * Math.cos((a.latitude * Math.PI) / 180);
  const dy = (a.latitude - b.latitude) * 111.32;
  return Math.hypot(dx, dy);
}

const towns = loadTowns();
let demo: GraphSpec;
const byLabel = (label: string): NodeSpec[] => demo.nodes.filter((n) => n.label === label);
const relsOf = (type: string): RelSpec[] => demo.rels.filter((r) => r.type === type);
const idOf = (n: NodeSpec): string => String(n.props.id ?? n.props.code ?? n.props.inseeCode);

beforeAll(() => {
  demo = generateDemo(towns);
});

describe("themes", () => {
  it("has about 25 unique kebab-case codes with French and English labels", () => {
    expect(THEMES.length).toBeGreaterThanOrEqual(22);
    expect(THEME_CODES.size).toBe(THEMES.length);
    for (const t of THEMES) {
      expect(t.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(t.labelFr.length).toBeGreaterThan(2);
      expect(t.labelEn.length).toBeGreaterThan(2);
    }
  });

  it("gives one Theme node per code, as reference data", () => {
    const nodes = themeNodes();
    expect(nodes.map((n) => n.props.code)).toEqual(THEMES.map((t) => t.code));
    for (const n of nodes) {
      expect(n.label).toBe("Theme");
      expect(n.props).toMatchObject({
        source: "seed/src/themes.ts",
        sourceKind: "REFERENCE_DATA",
        sourceRef: "Maillage theme vocabulary",
      });
    }
  });
});

describe("generateDemo", () => {
  it("is deterministic for a seed, and another seed gives another population", () => {
    expect(generateDemo(towns)).toEqual(demo);
    expect(generateDemo([...towns].reverse(), { seed: 2026 })).toEqual(demo);
    const other = generateDemo(towns, { seed: 7 });
    expect(other).not.toEqual(demo);
    expect(other.nodes.filter((n) => n.label === "EssStructure").map((n) => n.props.name)).not.toEqual(
      byLabel("EssStructure").map((n) => n.props.name),
    );
  });

  it("produces at least the expected numbers of records", () => {
    expect(byLabel("EssStructure").length).toBeGreaterThanOrEqual(160);
    expect(byLabel("Business").length).toBeGreaterThanOrEqual(250);
    expect(byLabel("Financer").length).toBeGreaterThanOrEqual(12);
    expect(byLabel("SupportProvider").length).toBeGreaterThanOrEqual(6);
    expect(byLabel("ResearchUnit").length).toBeGreaterThanOrEqual(8);
    expect(byLabel("ResourceNeed").length + byLabel("ResourceOffer").length).toBeGreaterThanOrEqual(90);
    expect(byLabel("ResourceNeed").length).toBeGreaterThanOrEqual(60);
    expect(byLabel("ResourceOffer").length).toBeGreaterThanOrEqual(60);
    expect(byLabel("SharedResource").length).toBeGreaterThanOrEqual(10);
    expect(byLabel("Event").length).toBeGreaterThanOrEqual(8);
  });

  it("spreads structures over every town (at least 3 each, more in bigger towns) with exactly one vitrine per town", () => {
    const ess = new Map(byLabel("EssStructure").map((n) => [n.props.id, n]));
    const perTown = new Map<string, NodeSpec[]>(CODES.map((c) => [c, []]));
    for (const r of relsOf("LOCATED_IN").filter((r) => r.from.label === "EssStructure")) {
      perTown.get(r.to.key)?.push(ess.get(r.from.key) as NodeSpec);
    }
    expect([...perTown.values()].reduce((a, l) => a + l.length, 0)).toBe(ess.size);
    for (const [code, list] of perTown) {
      expect(list.length).toBeGreaterThanOrEqual(3);
      expect({ code, vitrines: list.filter((n) => n.props.isVitrine === true).length }).toEqual({ code, vitrines: 1 });
    }
    expect((perTown.get("94028") as NodeSpec[]).length).toBeGreaterThan(
      (perTown.get("94056") as NodeSpec[]).length * 3,
    );
  });

  it("places every structure and business inside its town, with the town's postal code", () => {
    const townOf = new Map(
      relsOf("LOCATED_IN").map((r) => [
        `${r.from.label}:${r.from.key}`,
        towns.find((t) => t.inseeCode === r.to.key) as DemoTown,
      ]),
    );
    for (const n of [...byLabel("EssStructure"), ...byLabel("Business")]) {
      const town = townOf.get(`${n.label}:${idOf(n)}`) as DemoTown;
      const p = n.props.location as GeoPoint;
      expect(p).toBeInstanceOf(GeoPoint);
      expect({ id: idOf(n), inside: inside(p.longitude, p.latitude, town.ring) }).toEqual({
        id: idOf(n),
        inside: true,
      });
      expect(town.postalCodes).toContain(n.props.postalCode);
    }
  });

  it("covers every legal form and the kinds of projects the programme names", () => {
    const ess = byLabel("EssStructure");
    expect(new Set(ess.map((n) => n.props.legalForm))).toEqual(new Set(LEGAL_FORMS));
    const kinds = new Set(ess.map((n) => n.props.projectKind));
    for (const k of [
      "épicerie solidaire",
      "espace de coworking",
      "tiers-lieu",
      "atelier vélo participatif",
      "maraîchage biologique",
      "tourisme fluvial solidaire",
      "logistique du dernier kilomètre en triporteur électrique",
      "outil de finance solidaire",
      "entreprise de compostage",
      "supermarché coopératif",
    ]) {
      expect(kinds).toContain(k);
    }
    for (const n of ess) {
      expect(n.props.nafCode).toMatch(/^\d{2}\.\d{2}[A-Z]$/);
      expect(n.props.staffRange).toMatch(/^\d{2}$/);
    }
  });

  it("includes big employers and businesses with and without CSR commitments", () => {
    const biz = byLabel("Business");
    expect(biz.some((n) => n.props.staffRange === "42")).toBe(true);
    expect(biz.some((n) => (n.props.csrCommitments as string[]).length === 0)).toBe(true);
    expect(biz.some((n) => (n.props.csrCommitments as string[]).includes("mécénat de compétences"))).toBe(true);
  });

  it("links only to nodes it creates or to the allowed external ones", () => {
    const keys = new Set(demo.nodes.map((n) => `${n.label}:${idOf(n)}`));
    const allowed = new Set([
      ...CODES.map((c) => `Town:${c}`),
      ...[...THEME_CODES].map((c) => `Theme:${c}`),
      "Financer:fin-region-idf",
      "SupportProvider:sup-cress-idf",
      "ResearchUnit:res-upec",
      "Event:event-top10",
      "Event:event-miee-workshops",
    ]);
    for (const r of demo.rels) {
      for (const end of [r.from, r.to]) {
        const key = `${end.label}:${end.key}`;
        expect({ type: r.type, key, known: keys.has(key) || allowed.has(key) }).toEqual({
          type: r.type,
          key,
          known: true,
        });
      }
    }
    for (const external of ["fin-region-idf", "sup-cress-idf", "res-upec", "event-top10", "event-miee-workshops"]) {
      expect(demo.nodes.some((n) => n.props.id === external)).toBe(false);
    }
  });

  it("marks every node and relationship as illustrative, real institutions included", () => {
    for (const x of [...demo.nodes, ...demo.rels]) {
      expect(x.props.source).toBe("illustrative");
      expect(x.props.sourceKind).toBe("ILLUSTRATIVE");
    }
    for (const id of [
      "fin-departement-94",
      "fin-france-active",
      "fin-bpifrance",
      "fin-banque-des-territoires",
      "fin-credit-cooperatif",
    ]) {
      const n = demo.nodes.find((x) => x.props.id === id);
      expect(n?.props.sourceRef).toMatch(/real institution/);
    }
    expect(
      byLabel("ResearchUnit")
        .filter((n) => n.props.kind === "PROJECT")
        .every((n) => String(n.props.name).endsWith(" (projet de démonstration)")),
    ).toBe(true);
  });

  it("holds no register identifiers, no undefined and no nested objects", () => {
    for (const n of demo.nodes) {
      for (const key of ["siret", "siren", "rnaId"]) expect(n.props).not.toHaveProperty(key);
    }
    for (const x of [...demo.nodes, ...demo.rels]) {
      for (const v of Object.values(x.props)) {
        expect(v).not.toBeUndefined();
        if (typeof v === "object" && v !== null && !Array.isArray(v))
          expect(v instanceof GeoPoint || v instanceof CalendarDate).toBe(true);
      }
    }
  });

  it("uses only reserved domains and fictional phone numbers", () => {
    for (const n of demo.nodes) {
      if (n.props.website !== undefined && n.props.website !== null)
        expect(n.props.website).toMatch(/^https:\/\/[a-z0-9-]+\.example$/);
      if (n.label === "Contact") {
        expect(n.props.email).toMatch(/^[a-z-]+\.[a-z-]+@[a-z0-9-]+\.example$/);
        expect(n.props.phone).toMatch(/^01 99 00 \d{2} \d{2}$/);
      }
    }
    const contacts = relsOf("HAS_CONTACT");
    const essWithContact = new Set(contacts.filter((r) => r.from.label === "EssStructure").map((r) => r.from.key));
    expect(essWithContact.size).toBe(byLabel("EssStructure").length);
    expect(contacts.some((r) => r.from.label === "Business")).toBe(true);
    expect(new Set(byLabel("Contact").map((n) => n.props.phone)).size).toBe(byLabel("Contact").length);
  });

  it("sends exactly 10 ESS structures and 50 businesses to the Top 10 convention", () => {
    const top10 = relsOf("ATTENDED").filter((r) => r.to.key === "event-top10");
    expect(top10.filter((r) => r.from.label === "EssStructure")).toHaveLength(10);
    expect(top10.filter((r) => r.from.label === "Business")).toHaveLength(50);
    expect(new Set(top10.map((r) => r.from.key)).size).toBe(60);
    expect(top10.every((r) => r.props.role === "PARTICIPANT")).toBe(true);
  });

  it("gives unique ids per label and unique organisation names", () => {
    const labels = new Set(demo.nodes.map((n) => n.label));
    for (const label of labels) {
      const ids = byLabel(label).map(idOf);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(byLabel("EssStructure")[0]?.props.id).toBe("demo-ess-001");
    expect(byLabel("Business")[0]?.props.id).toBe("demo-biz-001");
    const names = demo.nodes
      .filter((n) => ["EssStructure", "Business", "Financer", "SupportProvider", "ResearchUnit"].includes(n.label))
      .map((n) => n.props.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("never states the same relationship twice (the writer would merge them)", () => {
    const keys = demo.rels.map((r) =>
      [
        r.type,
        r.from.label,
        r.from.key,
        r.to.label,
        r.to.key,
        ...(r.identity ?? []).map((k) => String(r.props[k])),
      ].join("|"),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has needs and offers of every kind, neighbours sharing a need, and offers near needs", () => {
    const needs = byLabel("ResourceNeed");
    const offers = byLabel("ResourceOffer");
    expect(new Set(needs.map((n) => n.props.kind))).toEqual(new Set(RESOURCE_KINDS));
    expect(new Set(offers.map((n) => n.props.kind))).toEqual(new Set(RESOURCE_KINDS));
    const location = new Map(
      demo.nodes
        .filter((n) => n.props.location instanceof GeoPoint)
        .map((n) => [`${n.label}:${idOf(n)}`, n.props.location as GeoPoint]),
    );
    const needById = new Map(needs.map((n) => [n.props.id, n]));
    const holders = new Map<string, GeoPoint[]>();
    for (const r of relsOf("HAS_NEED")) {
      const need = needById.get(r.to.key) as NodeSpec;
      if (need.props.status !== "OPEN") continue;
      const list = holders.get(String(need.props.title)) ?? [];
      list.push(location.get(`EssStructure:${r.from.key}`) as GeoPoint);
      holders.set(String(need.props.title), list);
    }
    // Groups of at least three structures within 3 km of one of them, with the same open need.
    let groups = 0;
    for (const points of holders.values()) {
      if (points.some((p) => points.filter((q) => km(p, q) <= 3).length >= 3)) groups++;
    }
    expect(groups).toBeGreaterThanOrEqual(5);
    // A vehicle offered within 3 km of a structure needing one.
    const vehicleOffers = relsOf("OFFERS")
      .filter((r) => offers.find((o) => o.props.id === r.to.key)?.props.kind === "VEHICLE")
      .map((r) => location.get(`${r.from.label}:${r.from.key}`) as GeoPoint);
    const vehicleNeeds = relsOf("HAS_NEED")
      .filter((r) => needById.get(r.to.key)?.props.kind === "VEHICLE")
      .map((r) => location.get(`EssStructure:${r.from.key}`) as GeoPoint);
    expect(vehicleNeeds.some((n) => vehicleOffers.some((o) => km(n, o) <= 3))).toBe(true);
    // Needs carry themes.
    const themed = new Set(
      relsOf("HAS_THEME")
        .filter((r) => r.from.label === "ResourceNeed")
        .map((r) => r.from.key),
    );
    expect(themed.size).toBe(needs.length);
  });

  it("pools each shared resource between 2 and 5 neighbouring structures", () => {
    for (const s of byLabel("SharedResource")) {
      const pools = relsOf("POOLS").filter((r) => r.to.key === s.props.id);
      expect(pools.length).toBeGreaterThanOrEqual(2);
      expect(pools.length).toBeLessThanOrEqual(5);
      for (const p of pools) {
        expect(p.from.label).toBe("EssStructure");
        expect(p.props.since).toEqual(expect.any(Number));
        expect(p.props).toHaveProperty("until");
      }
    }
  });

  it("has partnerships with shared partners (triangles), one direction per pair and kind", () => {
    const ps = relsOf("PARTNERS_WITH");
    expect(ps.every((r) => r.from.label === "EssStructure" && ["EssStructure", "Business"].includes(r.to.label))).toBe(
      true,
    );
    expect(ps.every((r) => r.identity?.includes("kind"))).toBe(true);
    const keys = ps.map((r) => [r.from.key, r.to.key].sort().join("|") + "|" + String(r.props.kind));
    expect(new Set(keys).size).toBe(keys.length);
    const adj = new Map<string, Set<string>>();
    for (const r of ps.filter((r) => r.to.label === "EssStructure")) {
      adj.set(r.from.key, (adj.get(r.from.key) ?? new Set()).add(r.to.key));
      adj.set(r.to.key, (adj.get(r.to.key) ?? new Set()).add(r.from.key));
    }
    let triangles = 0;
    for (const [a, na] of adj)
      for (const b of na) if (b > a) for (const c of adj.get(b) ?? []) if (c > b && na.has(c)) triangles++;
    expect(triangles).toBeGreaterThanOrEqual(10);
    expect(ps.filter((r) => r.to.label === "Business").length).toBeGreaterThanOrEqual(50);
    expect(relsOf("PURCHASES_FROM").length).toBeGreaterThanOrEqual(50);
  });

  it("dates links between 2016 and 2026, with some links starting after 2019 and some ended", () => {
    const dated = demo.rels.filter((r) => typeof r.props.since === "number" || typeof r.props.year === "number");
    expect(dated.length).toBeGreaterThan(500);
    for (const r of dated) {
      for (const key of ["since", "until", "year"]) {
        const v = r.props[key];
        if (typeof v === "number") {
          expect(v).toBeGreaterThanOrEqual(2016);
          expect(v).toBeLessThanOrEqual(2026);
        }
      }
      if (typeof r.props.until === "number") expect(r.props.until).toBeGreaterThan(r.props.since as number);
    }
    const ps = relsOf("PARTNERS_WITH");
    expect(ps.filter((r) => (r.props.since as number) <= 2019).length).toBeGreaterThan(20);
    expect(ps.filter((r) => (r.props.since as number) > 2019).length).toBeGreaterThan(
      ps.filter((r) => (r.props.since as number) <= 2019).length / 2,
    );
    expect(ps.some((r) => typeof r.props.until === "number")).toBe(true);
  });

  it("funds, supports and studies structures with the expected relationship facts", () => {
    const funds = relsOf("FUNDS");
    expect(funds.some((r) => r.from.key === "fin-region-idf")).toBe(true);
    const keys = funds.map((r) => `${r.from.key}|${r.to.key}|${String(r.props.year)}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      funds.every(
        (r) =>
          ["GRANT", "LOAN", "GUARANTEE", "EQUITY"].includes(String(r.props.instrument)) && r.identity?.includes("year"),
      ),
    ).toBe(true);
    expect(
      relsOf("SUPPORTS").every((r) => typeof r.props.since === "number" && typeof r.props.stage === "string"),
    ).toBe(true);
    expect(relsOf("MEMBER_OF").filter((r) => r.to.key === "sup-cress-idf").length).toBeGreaterThan(30);
    const labs = byLabel("ResearchUnit").filter((n) => n.props.kind === "LABORATORY");
    for (const lab of labs)
      expect(relsOf("PART_OF").some((r) => r.from.key === lab.props.id && r.to.key === "res-upec")).toBe(true);
    expect(relsOf("STUDIES").length).toBeGreaterThan(10);
  });

  it("holds illustrative events in towns of the territory, attended by organisations", () => {
    const events = byLabel("Event");
    for (const e of events) {
      expect(["WORKSHOP", "INFORMATION_SESSION", "OTHER"]).toContain(e.props.kind);
      expect(e.props.year).toBeGreaterThanOrEqual(2019);
      expect(e.props.year).toBeLessThanOrEqual(2026);
      expect(relsOf("HELD_IN").filter((r) => r.from.key === e.props.id)).toHaveLength(1);
      expect(relsOf("ATTENDED").filter((r) => r.to.key === e.props.id).length).toBeGreaterThanOrEqual(5);
    }
    expect(relsOf("ATTENDED").some((r) => r.to.key === "event-miee-workshops")).toBe(true);
  });
});
