import { deriveFactSources, type FactSourceInput } from "./fact-sources";

const snapshot = (properties: Record<string, unknown>, themes: string[] = []) =>
  JSON.stringify({
    labels: ["EssStructure", "Organisation"],
    properties,
    relationships: themes.map((code) => ({ type: "HAS_THEME", direction: "OUT", other: code, properties: {} })),
  });

const base = {
  name: "La Ressourcerie",
  legalForm: "ASSOCIATION",
  stage: "EARLY",
  website: "https://old.example.org",
  updatedAt: "2026-11-01T08:00:00Z",
};

function input(overrides: Partial<FactSourceInput> = {}): FactSourceInput {
  return {
    type: "EssStructure",
    record: {
      sourceKind: "OPEN_DATA_IMPORT",
      source: "StockEtablissement.csv",
      importSource: "sirene: StockEtablissement.csv line 12",
      importedAt: "2026-12-01T09:00:00Z",
      updatedAt: "2026-12-03T10:00:00Z",
    },
    current: { properties: { ...base, stage: "CONSOLIDATION", website: "https://new.example.org" }, relationships: [] },
    imported: {},
    entries: [],
    ...overrides,
  };
}

const byField = (input: FactSourceInput) => new Map(deriveFactSources(input).map((f) => [f.field, f]));

describe("where each public fact comes from", () => {
  it("credits each fact to the newest write that changed it, and the others to the record", () => {
    const facts = byField(
      input({
        entries: [
          {
            at: "2026-12-03T10:00:00Z",
            role: "coordinator",
            importer: null,
            before: snapshot({ ...base, stage: "LAUNCH" }),
            after: snapshot({ ...base, stage: "CONSOLIDATION" }),
          },
          {
            at: "2026-12-02T10:00:00Z",
            role: "admin",
            importer: null,
            before: snapshot({ ...base, stage: "EARLY" }),
            after: snapshot({ ...base, stage: "LAUNCH", website: "https://new.example.org" }),
          },
        ],
      }),
    );
    expect(facts.get("stage")).toEqual({
      field: "stage",
      sourceKind: "COORDINATOR",
      source: "coordinator",
      at: "2026-12-03T10:00:00.000Z",
    });
    expect(facts.get("website")).toEqual({
      field: "website",
      sourceKind: "COORDINATOR",
      source: "coordinator",
      at: "2026-12-02T10:00:00.000Z",
    });
    expect(facts.get("legalForm")).toEqual({
      field: "legalForm",
      sourceKind: "OPEN_DATA_IMPORT",
      source: "sirene",
      at: "2026-12-01T09:00:00.000Z",
    });
  });

  it("names an importer that wrote through the API by its source, never by a person", () => {
    const facts = byField(
      input({
        entries: [
          {
            at: "2026-12-04T10:00:00Z",
            role: "import",
            importer: "rna",
            before: snapshot({ ...base, website: "https://old.example.org" }),
            after: snapshot({ ...base, website: "https://new.example.org" }),
          },
        ],
      }),
    );
    expect(facts.get("website")).toMatchObject({ sourceKind: "OPEN_DATA_IMPORT", source: "rna" });
  });

  it("credits the import that gave the current value when an API edit was overwritten since", () => {
    const facts = byField(
      input({
        current: { properties: { ...base, website: "https://register.example.org" }, relationships: [] },
        imported: {
          rna: { website: "https://other.example.org" },
          sirene: { website: "https://register.example.org" },
        },
        entries: [
          {
            at: "2026-11-20T10:00:00Z",
            role: "coordinator",
            importer: null,
            before: snapshot(base),
            after: snapshot({ ...base, website: "https://typed.example.org" }),
          },
        ],
      }),
    );
    expect(facts.get("website")).toEqual({
      field: "website",
      sourceKind: "OPEN_DATA_IMPORT",
      source: "sirene",
      at: "2026-12-01T09:00:00.000Z",
    });
  });

  it("follows the themes as links", () => {
    const facts = byField(
      input({
        current: {
          properties: base,
          relationships: [
            { type: "HAS_THEME", other: "FOOD" },
            { type: "HAS_THEME", other: "REUSE" },
          ],
        },
        entries: [
          {
            at: "2026-12-05T10:00:00Z",
            role: "coordinator",
            importer: null,
            before: snapshot(base, ["REUSE"]),
            after: snapshot(base, ["REUSE", "FOOD"]),
          },
        ],
      }),
    );
    expect(facts.get("themes")).toMatchObject({ sourceKind: "COORDINATOR", at: "2026-12-05T10:00:00.000Z" });
    expect(facts.get("town")).toMatchObject({ sourceKind: "OPEN_DATA_IMPORT", source: "sirene" });
  });

  it("dates untouched facts of a record never imported by its last write before the known edits", () => {
    const facts = byField(
      input({
        record: {
          sourceKind: "PROGRAMME_TEXT",
          source: "programme text",
          importSource: null,
          importedAt: null,
          updatedAt: "2026-12-03T10:00:00Z",
        },
        entries: [
          {
            at: "2026-12-03T10:00:00Z",
            role: "coordinator",
            importer: null,
            before: snapshot(base),
            after: snapshot({ ...base, stage: "CONSOLIDATION" }),
          },
        ],
      }),
    );
    expect(facts.get("legalForm")).toEqual({
      field: "legalForm",
      sourceKind: "PROGRAMME_TEXT",
      source: "programme text",
      at: "2026-11-01T08:00:00.000Z",
    });
  });

  it("never repeats a coordinator's identity from the record's source", () => {
    const facts = deriveFactSources(
      input({
        record: {
          sourceKind: "COORDINATOR",
          source: "coordinator:user-42",
          importSource: null,
          importedAt: null,
          updatedAt: "2026-12-03T10:00:00Z",
        },
      }),
    );
    expect(JSON.stringify(facts)).not.toContain("user-42");
    expect(facts.every((f) => f.source === "coordinator")).toBe(true);
  });

  it("lists only public facts, never contacts", () => {
    const fields = deriveFactSources(input()).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["legalForm", "stage", "foundedYear", "town", "themes", "website"]));
    expect(fields).not.toContain("contacts");
    expect(fields).not.toContain("updatedBy");
  });
});
