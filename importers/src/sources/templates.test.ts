import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyCounts } from "../model";
import type { ImportContext } from "../context";
import { createProgress } from "../progress";
import { CsvFileError } from "../read/csv-file";
import type { EventLink, LinkRecord, NeedOfferLink, PartnershipLink } from "../write-links";
import {
  eventNewId,
  eventRow,
  needOfferRow,
  organisationNewId,
  organisationRow,
  parseOrgRef,
  partnershipRow,
  readTemplates,
  slug,
  templateFileKind,
  templateKindOfHeader,
} from "./templates";

const TERRITORY = new Set(["94002", "94028", "94071", "94075"]);
const COMMUNES = new Set([...TERRITORY, "75056", "69123"]);
const TEMPLATES = join(__dirname, "..", "..", "templates");

// Luhn-valid illustrative SIRETs (as in the sample files).
const SIRET = "00012345500016";
const SIRET_2 = "00023456700014";

const org = (values: Record<string, string>) =>
  organisationRow(
    { type: "ess", name: "Atelier d'essai", insee_code: "94028", ...values },
    "organisations.csv",
    2,
    TERRITORY,
    COMMUNES,
  );

function reasonOf<T>(outcome: { ok: true; value: T } | { ok: false; reason: string }): string {
  if (outcome.ok) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.value)}`);
  return outcome.reason;
}
function valueOf<T>(outcome: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!outcome.ok) throw new Error(`expected a value, got: ${outcome.reason}`);
  return outcome.value;
}

function fakeContext() {
  const rejects: { file: string; line: number; reason: string }[] = [];
  const counts = emptyCounts();
  const ctx: ImportContext = {
    territory: TERRITORY,
    communes: COMMUNES,
    counts,
    progress: createProgress({ quiet: true }),
    reject(file, line, reason) {
      counts.rejected++;
      rejects.push({ file, line, reason });
    },
    skip() {
      counts.skipped++;
    },
    notes: [],
    note() {},
  };
  return { ctx, rejects, counts };
}

async function readAll(files: string[]) {
  const { ctx, rejects, counts } = fakeContext();
  const links: LinkRecord[] = [];
  const organisations = [];
  for await (const r of readTemplates(files, ctx, links)) organisations.push(r);
  return { organisations, links, rejects, counts };
}

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "maillage-templates-"));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe("file kinds", () => {
  it("tells the four templates apart by their header, case-insensitively and in any order", () => {
    expect(templateKindOfHeader(["Name", "TYPE", "insee_code"], "f.csv")).toBe("organisations");
    expect(templateKindOfHeader(["type", "organisation", "kind", "title"], "f.csv")).toBe("needsOffers");
    expect(templateKindOfHeader(["kind", "organisation_b", "organisation_a"], "f.csv")).toBe("partnerships");
    expect(templateKindOfHeader(["title", "date", "insee_code", "organisers"], "f.csv")).toBe("events");
  });

  it("refuses a file that follows no template, before reading any row", async () => {
    const file = tempFile("other.csv", "siren;denomination\n123;x\n");
    await expect(templateFileKind(file)).rejects.toThrow(CsvFileError);
    await expect(templateFileKind(file)).rejects.toThrow(/not a Maillage CSV template/);
    await expect(readAll([join(TEMPLATES, "organisations.csv"), file])).rejects.toThrow(
      /other\.csv: is not a Maillage CSV template/,
    );
  });

  it("says which required column is missing", async () => {
    const file = tempFile("needs.csv", "type;organisation;title\nneed;W000000012;Un local\n");
    await expect(readAll([file])).rejects.toThrow(/missing column kind/);
  });
});

describe("organisations", () => {
  it("reads a complete ESS row into an organisation record with source csv", () => {
    const r = valueOf(
      org({
        siret: "000 123 455 00016",
        legal_form: "scic",
        address: "12 rue de l'Exemple",
        postal_code: "94000",
        latitude: "48,7904",
        longitude: "2.4556",
        website: "exemple.example.org",
        themes: "food-aid | circular-economy|food-aid",
        founded_year: "2019",
      }),
    );
    expect(r).toMatchObject({
      source: "csv",
      label: "EssStructure",
      siret: SIRET,
      rnaId: null,
      newId: `csv-${SIRET}`,
      inseeCode: "94028",
      themes: ["food-aid", "circular-economy"],
      line: 2,
    });
    expect(r.fields).toEqual({
      name: "Atelier d'essai",
      siret: SIRET,
      siren: SIRET.slice(0, 9),
      rnaId: null,
      legalForm: "SCIC",
      address: "12 rue de l'Exemple",
      postalCode: "94000",
      location: { latitude: 48.7904, longitude: 2.4556 },
      website: "https://exemple.example.org",
      description: null,
      foundedYear: 2019,
    });
  });

  it("derives a stable id from the SIRET, else the RNA id, else the name and town", () => {
    expect(organisationNewId(SIRET, "W000000012", "X", "94028")).toBe(`csv-${SIRET}`);
    expect(organisationNewId(null, "W000000012", "X", "94028")).toBe("csv-w000000012");
    expect(organisationNewId(null, null, "Épicerie L'Étoile (exemple)", "94028")).toBe(
      "csv-epicerie-l-etoile-exemple-94028",
    );
    expect(valueOf(org({ name: "  Épicerie L'Étoile (exemple) " })).newId).toBe(
      valueOf(org({ name: "Épicerie L'Étoile (exemple)" })).newId,
    );
    expect(slug("Vélo-école")).toBe("velo-ecole");
  });

  it("makes an association of an ESS row with an RNA id and no legal form", () => {
    const r = valueOf(org({ rna_id: "w000000012" }));
    expect(r.rnaId).toBe("W000000012");
    expect(r.fields.legalForm).toBe("ASSOCIATION");
  });

  it("reads a business without ESS fields", () => {
    const r = valueOf(org({ type: "Business", siret: SIRET_2 }));
    expect(r.label).toBe("Business");
    expect(r.fields).not.toHaveProperty("legalForm");
    expect(r.fields).not.toHaveProperty("rnaId");
    expect(r.fields).not.toHaveProperty("foundedYear");
  });

  it.each([
    [{ siret: "00012345500017" }, /siret: SIRET 00012345500017 fails its check digit \(Luhn\)/],
    [{ siret: "123" }, /siret: SIRET "123" is not 14 digits/],
    [{ rna_id: "W12" }, /rna_id: RNA id "W12" is not W followed by 9 digits/],
    [{ insee_code: "" }, /insee_code: empty/],
    [{ insee_code: "75056" }, /insee_code: 75056 is not one of the territory's towns/],
    [{ insee_code: "99999" }, /insee_code: "99999" is not an INSEE commune code/],
    [{ name: " " }, /name: empty: an organisation needs its name/],
    [{ type: "cooperative" }, /type: "cooperative" is not an organisation type \(ess or business\)/],
    [{ latitude: "48.79" }, /longitude: give both latitude and longitude, or neither/],
    [{ latitude: "2.45", longitude: "48.79" }, /latitude: 2.45, 48.79 is not in France/],
    [{ latitude: "nord", longitude: "2.4" }, /latitude: "nord" is not a number/],
    [{ themes: "food-aid|cooking" }, /themes: unknown theme code "cooking"/],
    [{ legal_form: "SARL" }, /legal_form: "SARL" is not a legal form/],
    [{ website: "pas un site" }, /website: "pas un site" is not a web address/],
    [{ postal_code: "940" }, /postal_code: "940" is not a postal code/],
    [{ founded_year: "19" }, /founded_year: "19" is not a year/],
    [{ type: "business", rna_id: "W000000012" }, /rna_id: an RNA id is for associations/],
    [{ type: "business", legal_form: "SCOP" }, /legal_form: legal forms are for ESS structures/],
  ])("rejects %j", (values, reason) => {
    expect(reasonOf(org(values))).toMatch(reason);
  });

  it("gives every problem of a row at once", () => {
    const reason = reasonOf(org({ siret: "1", themes: "nope", insee_code: "75056" }));
    expect(reason).toMatch(/insee_code/);
    expect(reason).toMatch(/siret/);
    expect(reason).toMatch(/themes/);
  });
});

describe("organisation references", () => {
  it("tells a SIRET, an RNA id and a Maillage id apart", () => {
    expect(parseOrgRef(" 000 123 455 00016 ")).toEqual({ by: "siret", value: SIRET, text: "000 123 455 00016" });
    expect(parseOrgRef("w000000012")).toEqual({ by: "rnaId", value: "W000000012", text: "w000000012" });
    expect(parseOrgRef("demo-ess-001")).toEqual({ by: "id", value: "demo-ess-001", text: "demo-ess-001" });
  });

  it("says what is wrong with a bad reference", () => {
    expect(parseOrgRef("00012345500017")).toMatch(/fails its check digit/);
    expect(parseOrgRef("W1234")).toMatch(/not W followed by 9 digits/);
    expect(parseOrgRef("La Cagette")).toMatch(
      /is not a SIRET \(14 digits\), an RNA id \(W \+ 9 digits\) or a Maillage id/,
    );
    expect(parseOrgRef("")).toMatch(/empty/);
  });
});

describe("needs and offers", () => {
  const row = (values: Record<string, string>) =>
    needOfferRow(
      { type: "need", organisation: SIRET, kind: "vehicle", title: "Un utilitaire", ...values },
      "needs-offers.csv",
      3,
    );

  it("reads a need, with OPEN as the default status", () => {
    const r = valueOf(row({ frequency: "2 jours par semaine", themes: "food-aid" })) as NeedOfferLink;
    expect(r).toMatchObject({
      type: "need",
      line: 3,
      org: { by: "siret", value: SIRET },
      id: null,
      themes: ["food-aid"],
    });
    expect(r.props).toEqual({
      title: "Un utilitaire",
      kind: "VEHICLE",
      description: null,
      frequency: "2 jours par semaine",
      status: "OPEN",
    });
  });

  it("reads an offer with its availability and an explicit id", () => {
    const r = valueOf(
      row({ type: "Offer", kind: "KITCHEN", availability: "le soir", status: "closed", id: "offre-42" }),
    ) as NeedOfferLink;
    expect(r.props).toEqual({
      title: "Un utilitaire",
      kind: "KITCHEN",
      description: null,
      availability: "le soir",
      status: "CLOSED",
    });
    expect(r.id).toBe("offre-42");
  });

  it.each([
    [{ type: "demande" }, /type: "demande" is not need or offer/],
    [{ kind: "CAR" }, /kind: "CAR" is not a resource kind \(one of PREMISES, VEHICLE/],
    [{ kind: "" }, /kind: empty: give a resource kind/],
    [{ title: "" }, /title: empty/],
    [{ organisation: "" }, /organisation: empty/],
    [{ organisation: "La Cagette" }, /organisation: "La Cagette" is not a SIRET/],
    [{ status: "DONE" }, /status: "DONE" is not a status/],
    [{ availability: "le soir" }, /availability: is for offers/],
    [{ type: "offer", frequency: "souvent" }, /frequency: is for needs/],
    [{ type: "offer", themes: "food-aid" }, /themes: offers have no themes/],
    [{ id: "a b" }, /id: "a b" is not an id/],
  ])("rejects %j", (values, reason) => {
    expect(reasonOf(row(values))).toMatch(reason);
  });
});

describe("partnerships", () => {
  const row = (values: Record<string, string>) =>
    partnershipRow(
      { organisation_a: SIRET, organisation_b: "W000000012", kind: "co-project", ...values },
      "partnerships.csv",
      4,
    );

  it("reads a partnership", () => {
    const r = valueOf(row({ since: "2021", description: "Ateliers communs" })) as PartnershipLink;
    expect(r).toMatchObject({
      type: "partnership",
      line: 4,
      a: { by: "siret", value: SIRET },
      b: { by: "rnaId", value: "W000000012" },
    });
    expect(r.props).toEqual({
      kind: "CO_PROJECT",
      since: 2021,
      until: null,
      description: "Ateliers communs",
      weight: null,
    });
  });

  it("reads how strong a link is: a count, or a weight with a decimal comma", () => {
    expect((valueOf(row({ weight: "12" })) as PartnershipLink).props.weight).toBe(12);
    expect((valueOf(row({ weight: "0,5" })) as PartnershipLink).props.weight).toBe(0.5);
  });

  it.each([
    [
      { kind: "FRIENDSHIP" },
      /kind: "FRIENDSHIP" is not a partnership kind \(one of COMMERCIAL, SPONSORSHIP, SKILLS_SPONSORSHIP, CO_PROJECT\)/,
    ],
    [{ organisation_b: SIRET }, /organisation_b: is the same organisation as organisation_a/],
    [{ since: "2022", until: "2020" }, /until: 2020 is before since \(2022\)/],
    [{ since: "l'an dernier" }, /since: "l'an dernier" is not a year/],
    [{ organisation_a: "" }, /organisation_a: empty/],
    [{ weight: "beaucoup" }, /weight: "beaucoup" is not a positive number/],
    [{ weight: "0" }, /weight: "0" is not a positive number/],
    [{ weight: "-3" }, /weight: "-3" is not a positive number/],
  ])("rejects %j", (values, reason) => {
    expect(reasonOf(row(values))).toMatch(reason);
  });
});

describe("events", () => {
  const row = (values: Record<string, string>) =>
    eventRow(
      { title: "Atelier d'essai", date: "2025-03-13", insee_code: "94028", ...values },
      "events.csv",
      5,
      TERRITORY,
    );

  it("reads an event with its attendees and roles; OTHER is the default kind", () => {
    const r = valueOf(
      row({ organisers: "W000000012", speakers: SIRET, participants: `${SIRET_2} | demo-ess-001`, themes: "food-aid" }),
    ) as EventLink;
    expect(r.props).toEqual({
      title: "Atelier d'essai",
      kind: "OTHER",
      date: "2025-03-13",
      year: 2025,
      place: null,
      description: null,
    });
    expect(r.town).toBe("94028");
    expect(r.attendees.map((a) => [a.org.value, a.role])).toEqual([
      ["W000000012", "ORGANISER"],
      [SIRET, "SPEAKER"],
      [SIRET_2, "PARTICIPANT"],
      ["demo-ess-001", "PARTICIPANT"],
    ]);
    expect(r.id).toBe(eventNewId("Atelier d'essai", "2025-03-13", "94028"));
    expect(r.id).toMatch(/^csv-event-[0-9a-f]{12}$/);
  });

  it("accepts a year alone, and an explicit id", () => {
    const r = valueOf(row({ date: "2024", id: "forum-2024", kind: "information session" })) as EventLink;
    expect(r.props).toMatchObject({ date: null, year: 2024, kind: "INFORMATION_SESSION" });
    expect(r.id).toBe("forum-2024");
  });

  it("reads a row with an id and no title as attendees of an existing event", () => {
    const r = valueOf(
      eventRow({ id: "event-top10", participants: SIRET, title: "", date: "" }, "events.csv", 6, TERRITORY),
    ) as EventLink;
    expect(r.props).toBeNull();
    expect(r.town).toBeNull();
    expect(r.attendees).toHaveLength(1);
  });

  it.each([
    [{ date: "13/03/2025" }, /date: "13\/03\/2025" is not a date \(YYYY-MM-DD, or YYYY/],
    [{ date: "2025-02-30" }, /date: "2025-02-30" is not a date/],
    [{ date: "" }, /date: empty: an event needs its date/],
    [{ title: "" }, /title: empty: an event needs its title/],
    [{ kind: "PARTY" }, /kind: "PARTY" is not an event kind/],
    [{ insee_code: "75056" }, /insee_code: 75056 is not one of the territory's towns/],
    [
      { organisers: SIRET, participants: SIRET },
      /participants: 00012345500016 is also in organisers: give each organisation one role/,
    ],
    [{ participants: `${SIRET}|${SIRET}` }, /participants: 00012345500016 is listed twice/],
    [{ participants: "Cagette partagée" }, /participants: "Cagette partagée" is not a SIRET/],
  ])("rejects %j", (values, reason) => {
    expect(reasonOf(row(values))).toMatch(reason);
  });
});

describe("readTemplates", () => {
  const files = ["partnerships.csv", "events.csv", "needs-offers.csv", "organisations.csv"].map((f) =>
    join(TEMPLATES, f),
  );

  it("reads the four sample files without a rejected row, organisations first", async () => {
    const { organisations, links, rejects, counts } = await readAll(files);
    expect(rejects).toEqual([]);
    expect(organisations).toHaveLength(6);
    expect(organisations.filter((o) => o.label === "Business")).toHaveLength(2);
    expect(links.filter((l) => l.type === "need")).toHaveLength(4);
    expect(links.filter((l) => l.type === "offer")).toHaveLength(2);
    expect(links.filter((l) => l.type === "partnership")).toHaveLength(4);
    expect(links.filter((l) => l.type === "event")).toHaveLength(3);
    expect(counts.read).toBe(6 + 6 + 4 + 3);
    // The needs sample names the vélo-école by the id the organisations sample gives it.
    const ids = new Set(organisations.map((o) => o.newId));
    expect(ids.has("csv-velo-ecole-roue-libre-de-sucy-exemple-94071")).toBe(true);
  });

  it("rejects broken and duplicate rows with their line, and keeps the others", async () => {
    const file = tempFile(
      "orgs.csv",
      [
        "type;name;siret;insee_code",
        `ess;Atelier A (exemple);${SIRET};94028`,
        `business;Atelier B (exemple);${SIRET};94028`,
        "ess;Atelier A (exemple);;94028",
        "ess;Atelier A (exemple);;94002",
        "ess;Atelier C (exemple);;75056",
        'ess;"Atelier D;94028',
      ].join("\n"),
    );
    const { organisations, rejects, counts } = await readAll([file]);
    expect(organisations.map((o) => o.line)).toEqual([2, 5]);
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([
      [3, "SIRET 00012345500016 already on orgs.csv line 2"],
      [4, 'name and town "Atelier A (exemple)" (94028) already on orgs.csv line 2'],
      [6, expect.stringMatching(/insee_code: 75056 is not one of the territory's towns/)],
      [7, expect.stringMatching(/unreadable CSV|expected 4 fields/)],
    ]);
    expect(counts.rejected).toBe(4);
  });

  it("rejects a second row for the same event", async () => {
    const file = tempFile("ev.csv", "title;date;insee_code\nForum (exemple);2025;94028\nforum (Exemple);2025;94028\n");
    const { links, rejects } = await readAll([file]);
    expect(links).toHaveLength(1);
    expect(rejects[0]).toMatchObject({
      line: 3,
      reason: expect.stringMatching(/the same event .* is already on ev\.csv line 2/),
    });
  });
});
