import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse } from "graphql";
import { typeDefs } from "@maillage/schema";
import { SCHEMA_ENUMS } from "./generated/vocabulary";
import { ENUM_LABELS, enumLabel, inSentence, labelsIn } from "./labels";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, constantName } = require("../scripts/generate-vocabulary.js") as {
  generate(sdl: string): string;
  constantName(enumName: string): string;
};

/** The enums of schema/type-defs.graphql, read independently of the generator. */
const schemaEnums = new Map(
  parse(typeDefs)
    .definitions.filter((d) => d.kind === Kind.ENUM_TYPE_DEFINITION)
    .map((d) => [d.name.value, (d.values ?? []).map((v) => v.name.value)]),
);

describe("the vocabulary generated from schema/type-defs.graphql", () => {
  it("is up to date: the committed file equals what the generator writes now (run `npm run vocabulary`)", () => {
    const committed = readFileSync(join(__dirname, "generated", "vocabulary.ts"), "utf8");
    expect(committed).toBe(generate(typeDefs));
  });

  it("lists every enum of the schema with exactly its values, in order", () => {
    expect(Object.keys(SCHEMA_ENUMS).sort()).toEqual([...schemaEnums.keys()].sort());
    for (const [name, values] of schemaEnums)
      expect([name, [...SCHEMA_ENUMS[name as keyof typeof SCHEMA_ENUMS]]]).toEqual([name, values]);
  });

  it("names lists as code reads them", () => {
    expect(constantName("LegalForm")).toBe("LEGAL_FORMS");
    expect(constantName("ResourceStatus")).toBe("RESOURCE_STATUSES");
    expect(constantName("ResearchUnitKind")).toBe("RESEARCH_UNIT_KINDS");
  });
});

describe("the label table", () => {
  it.each(Object.keys(ENUM_LABELS))(
    "labels every value of the schema's %s enum, and nothing else, in both languages",
    (name) => {
      const table = ENUM_LABELS[name as keyof typeof ENUM_LABELS] as Record<string, { fr: string; en: string }>;
      expect(Object.keys(table).sort()).toEqual([...(schemaEnums.get(name) ?? [])].sort());
      for (const label of Object.values(table)) {
        expect(label.fr.trim()).not.toBe("");
        expect(label.en.trim()).not.toBe("");
      }
    },
  );

  it("gives a label per language, and the code itself for a value it does not know", () => {
    expect(enumLabel("LegalForm", "SIAE_ETTI", "fr")).toBe("Entreprise de travail temporaire d'insertion");
    expect(enumLabel("Stage", "SCALING_UP", "en")).toBe("Scaling up");
    expect(enumLabel("LegalForm", "NEW_FORM", "fr")).toBe("NEW_FORM");
    expect(enumLabel("LegalForm", "constructor", "fr")).toBe("constructor");
    expect(labelsIn("PartnershipKind", "fr")).toEqual({
      COMMERCIAL: "Relation commerciale",
      SPONSORSHIP: "Mécénat",
      SKILLS_SPONSORSHIP: "Mécénat de compétences",
      CO_PROJECT: "Projet commun",
    });
  });

  it("lowercases a label inside a sentence but keeps acronyms", () => {
    expect(inSentence("Premières années")).toBe("premières années");
    expect(inSentence("ESAT")).toBe("ESAT");
    expect(inSentence("SCOP")).toBe("SCOP");
  });
});
