import type { GraphQLSchema } from "graphql";
import { buildSchema } from "../schema";
import { inputIssues } from "./mutation-input";

describe("mutation input validation", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema();
  }, 60_000);

  const issues = (mutation: string, args: Record<string, unknown>) => {
    const field = schema.getMutationType()!.getFields()[mutation];
    return field.args.flatMap((arg) => inputIssues(args[arg.name], arg.type, arg.name));
  };

  it("finds broken fields in top-level creates, with their path", () => {
    expect(issues("createEssStructures", { input: [{ name: "Bon" }, { name: "", siret: "123" }] })).toEqual([
      { path: "input[1].name", field: "name", rule: "required", message: "name: must not be empty" },
      { path: "input[1].siret", field: "siret", rule: "siretFormat", message: "siret: a SIRET is 14 digits" },
    ]);
  });

  it("reads `{ set }` in updates and walks nested creates and relationship properties", () => {
    const found = issues("updateEssStructures", {
      where: { id: { eq: "x" } },
      update: {
        website: { set: "ftp://x.example" },
        needs: [{ create: [{ node: { title: "  ", kind: "VEHICLE" } }] }],
        essPartners: [
          {
            connect: [{ where: { node: { id: { eq: "y" } } }, edge: { kind: "CO_PROJECT", since: 2024, until: 2020 } }],
          },
        ],
      },
    });
    expect(found.map((i) => `${i.path} ${i.rule}`)).toEqual([
      "update.website url",
      "update.needs[0].create[0].node.title required",
      "update.essPartners[0].connect[0].edge.until yearOrder",
    ]);
  });

  it("ignores filters: a where clause is never refused", () => {
    expect(
      issues("updateBusinesses", { where: { siret: { eq: "not a siret" } }, update: { name: { set: "Nouveau nom" } } }),
    ).toEqual([]);
  });

  it("checks the reference types too: themes, towns, the territory, the programme and calls for projects", () => {
    expect(
      issues("createThemes", { input: [{ code: "food-aid", labelFr: "x".repeat(200_000), labelEn: "Food aid" }] }),
    ).toEqual([
      {
        path: "input[0].labelFr",
        field: "labelFr",
        rule: "tooLong",
        params: { max: 200 },
        message: "labelFr: must be at most 200 characters",
      },
    ]);
    expect(
      issues("updateTowns", { where: { inseeCode: { eq: "94028" } }, update: { name: { set: "Cr\u202Eétiel" } } }),
    ).toEqual([
      {
        path: "update.name",
        field: "name",
        rule: "forbiddenCharacter",
        params: { character: "U+202E" },
        message:
          "name: must not contain control, text-direction or invisible characters (found U+202E): type the value again rather than pasting it",
      },
    ]);
    const found = issues("createCallsForProjects", {
      input: [{ id: "aap 2026", year: 2026, title: "\u200B", criteria: [], facts: [] }],
    });
    expect(found.map((i) => `${i.path} ${i.rule}`)).toEqual(["input[0].id identifier", "input[0].title required"]);
  });
});
