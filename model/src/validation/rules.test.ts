import { Kind, parse, type TypeNode } from "graphql";
import { typeDefs } from "@maillage/schema";
import { describeIssue, ENTITY_RULES, validateFields } from "./rules";

describe("validateFields: the rules shared by the API and the explorer's forms", () => {
  it("accepts a well-formed ESS structure", () => {
    expect(
      validateFields("EssStructure", {
        name: "Épicerie solidaire",
        siren: "812345676",
        siret: "81234567600017",
        rnaId: "W941000001",
        nafCode: "88.99B",
        postalCode: "94000",
        website: "https://epicerie.example",
        foundedYear: 2015,
        location: { latitude: 48.79, longitude: 2.46 },
      }),
    ).toEqual([]);
  });

  it("names each wrong field with a code a form can word", () => {
    const issues = validateFields("EssStructure", {
      name: "   ",
      siret: "81234567600018",
      rnaId: "W12",
      website: "epicerie.example",
      postalCode: "9400",
      foundedYear: 1700,
      location: { latitude: 40.4, longitude: -3.7 },
      description: "x".repeat(5001),
    });
    expect(issues).toEqual([
      { field: "name", code: "required" },
      { field: "siret", code: "siretChecksum" },
      { field: "rnaId", code: "rnaFormat" },
      { field: "website", code: "url" },
      { field: "postalCode", code: "postalCode" },
      { field: "foundedYear", code: "yearRange", params: { min: 1800, max: new Date().getFullYear() } },
      { field: "location", code: "outsideFrance" },
      { field: "description", code: "tooLong", params: { max: 5000 } },
    ]);
  });

  it("checks SIRET and SIREN together, La Poste's exception included", () => {
    expect(validateFields("Business", { siren: "798765434", siret: "81234567600017" })).toEqual([
      { field: "siret", code: "sirenMismatch" },
    ]);
    expect(validateFields("Business", { siret: "1234" })).toEqual([{ field: "siret", code: "siretFormat" }]);
    expect(validateFields("Business", { siret: "35600000000015" })).toEqual([]);
    expect(validateFields("Business", { siret: "35600000000016" })).toEqual([
      { field: "siret", code: "siretLaPosteChecksum" },
    ]);
  });

  it("refuses clearing a name but lets optional fields be cleared", () => {
    expect(validateFields("ResourceNeed", { title: null, description: null })).toEqual([
      { field: "title", code: "required" },
    ]);
  });

  it("keeps provenance to the server and periods in order", () => {
    expect(validateFields("EssStructure", { source: "sirene", sourceKind: "ILLUSTRATIVE" }).map((i) => i.code)).toEqual(
      ["readOnly", "readOnly"],
    );
    expect(validateFields("Partnership", { since: 2022, until: 2020 })).toEqual([
      { field: "until", code: "yearOrder" },
    ]);
    expect(validateFields("Financer", { ticketMinEur: 5000, ticketMaxEur: 1000 })).toEqual([
      { field: "ticketMaxEur", code: "amountOrder" },
    ]);
  });

  it("checks contacts' emails and phones", () => {
    expect(validateFields("Contact", { email: "claire@gpsea.fr", phone: "01 99 00 12 34" })).toEqual([]);
    expect(validateFields("Contact", { email: "claire@", phone: "12" }).map((i) => i.code)).toEqual(["email", "phone"]);
  });

  it("words issues in English for API clients", () => {
    expect(describeIssue({ field: "siret", code: "siretChecksum" })).toBe(
      "siret: this SIRET fails its check digit (Luhn): a digit is probably wrong",
    );
    expect(describeIssue({ field: "name", code: "tooLong", params: { max: 200 } })).toBe(
      "name: must be at most 200 characters",
    );
  });

  it.each([
    ["EssStructure", "name", "Épicerie\u0000 solidaire", "U+0000"],
    ["EssStructure", "name", "Épicerie \u202Eeriadilos", "U+202E"],
    ["Business", "name", "Boulangerie\u2066 Martin\u2069", "U+2066"],
    ["Contact", "name", "Claire\u200BDupont", "U+200B"],
    ["Contact", "email", "claire\u200D@gpsea.fr", "U+200D"],
    ["Contact", "role", "\uFEFFchargée de mission", "U+FEFF"],
    ["EssStructure", "siret", "8123456760001\u20607", "U+2060"],
    ["EssStructure", "nafCode", "88.99B\u00AD", "U+00AD"],
    ["Theme", "code", "food\u200C-aid", "U+200C"],
    ["Town", "inseeCode", "94028\u200E", "U+200E"],
    ["Programme", "id", "gpsea\u180E-programme", "U+180E"],
    ["EssStructure", "description", "Une épicerie \u202Dsolidaire", "U+202D"],
    ["EssStructure", "description", "Une épicerie\u0007 solidaire", "U+0007"],
  ])(
    "refuses in %s.%s a control, text-direction or invisible character (%j), naming the field and the character",
    (type, field, value, character) => {
      const issues = validateFields(type, { [field]: value });
      expect(issues).toEqual([{ field, code: "forbiddenCharacter", params: { character } }]);
      expect(describeIssue(issues[0])).toMatch(
        new RegExp(`^${field}: must not contain .*\\(found ${character.replace("+", "\\+")}\\)`),
      );
    },
  );

  it("keeps long texts' line breaks and emoji sequences, and names' accents and apostrophes", () => {
    expect(
      validateFields("EssStructure", {
        name: "L'Atelier d'Élise – Créteil",
        description: "Ligne 1\nLigne 2\tfin 👩\u200D🍳",
      }),
    ).toEqual([]);
    expect(
      validateFields("Theme", {
        code: "food-aid",
        labelFr: "Épiceries solidaires et aide alimentaire",
        labelEn: "Social groceries",
      }),
    ).toEqual([]);
  });

  it("counts a name made only of invisible characters or white space as empty", () => {
    for (const name of ["\u200B\u200B", "\u3000\u00A0 ", "\uFEFF", "\u2800\u2800", "\u3164", "\u0000"]) {
      expect(validateFields("EssStructure", { name })).toEqual([{ field: "name", code: "required" }]);
    }
    expect(validateFields("Theme", { labelFr: "\u200D " })).toEqual([{ field: "labelFr", code: "required" }]);
  });

  it("checks the territory, towns, themes and the programme like any other type: a 200,000-character theme label is refused", () => {
    expect(validateFields("Theme", { labelFr: "x".repeat(200_000) })).toEqual([
      { field: "labelFr", code: "tooLong", params: { max: 200 } },
    ]);
    expect(validateFields("Theme", { code: "Food Aid" })).toEqual([{ field: "code", code: "themeCode" }]);
    expect(
      validateFields("Town", { inseeCode: "9402", postalCodes: ["94000", "940"], population: -3 }).map(
        (i) => `${i.field} ${i.code}`,
      ),
    ).toEqual(["inseeCode inseeCode", "postalCodes postalCode", "population notNegative"]);
    expect(validateFields("Territory", { code: "ept 11/gpsea", name: "" }).map((i) => `${i.field} ${i.code}`)).toEqual([
      "code identifier",
      "name required",
    ]);
    expect(
      validateFields("Programme", { id: "x".repeat(101), essJobsSharePct: 140, description: "d".repeat(5001) }).map(
        (i) => `${i.field} ${i.code}`,
      ),
    ).toEqual(["id identifier", "essJobsSharePct percentage", "description tooLong"]);
    expect(validateFields("ProgrammeAxis", { titleEn: null, number: 1.5 }).map((i) => `${i.field} ${i.code}`)).toEqual([
      "titleEn required",
      "number invalid",
    ]);
    expect(
      validateFields("ProgrammeAction", { facts: ["ok", "f".repeat(1001)], sinceYear: 1500 }).map(
        (i) => `${i.field} ${i.code}`,
      ),
    ).toEqual(["facts tooLong", "sinceYear yearRange"]);
    expect(
      validateFields("CallForProjects", { title: "AAP 2024", envelopeEur: -1, criteria: ["\u202Ecritère"] }).map(
        (i) => `${i.field} ${i.code}`,
      ),
    ).toEqual(["envelopeEur notNegative", "criteria forbiddenCharacter"]);
    expect(validateFields("ResearchLink", { since: 2024, until: 2020 })).toEqual([
      { field: "until", code: "yearOrder" },
    ]);
  });

  it("has a rule for every field a client can write, on every node and relationship type of the SDL", () => {
    const doc = parse(typeDefs);
    const enums = new Set(doc.definitions.flatMap((d) => (d.kind === Kind.ENUM_TYPE_DEFINITION ? [d.name.value] : [])));
    // Values GraphQL itself checks (enums, booleans, dates) and fields the server sets or derives.
    const checkedByGraphQL = new Set(["Boolean", "Date", "DateTime", ...enums]);
    const notWritten = new Set([
      "relationship",
      "cypher",
      "populatedBy",
      "timestamp",
      "id",
      "settable",
      "customResolver",
    ]);
    const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
    const missing: string[] = [];
    let types = 0;
    for (const def of doc.definitions) {
      if (
        def.kind !== Kind.OBJECT_TYPE_DEFINITION ||
        !def.directives?.some((d) => d.name.value === "node" || d.name.value === "relationshipProperties")
      )
        continue;
      types++;
      const rules = ENTITY_RULES[def.name.value];
      for (const field of def.fields ?? []) {
        if (field.directives?.some((d) => notWritten.has(d.name.value)) || checkedByGraphQL.has(named(field.type)))
          continue;
        if (!rules?.fields[field.name.value]) missing.push(`${def.name.value}.${field.name.value}`);
      }
    }
    expect(types).toBeGreaterThan(25);
    expect(missing).toEqual([]);
  });
});
