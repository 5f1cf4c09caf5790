import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema as parseSchema, type GraphQLInputObjectType, type GraphQLSchema } from "graphql";
import { buildSchema } from "./schema";
import { missingDescriptions } from "./schema-descriptions";

const PRINTED = join(__dirname, "../../schema/schema.graphql");

describe("a description on every type, field, argument and enum value", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema();
  }, 60_000);

  it("in the schema the API serves", () => {
    expect(missingDescriptions(schema)).toEqual([]);
  });

  it("in schema/schema.graphql as committed (npm run schema:print)", () => {
    expect(missingDescriptions(parseSchema(readFileSync(PRINTED, "utf8")))).toEqual([]);
  });

  it("describes generated types from the model: filters, sorts, relationship inputs and paged lists", () => {
    expect(schema.getType("EssStructureWhere")?.description).toMatch(/^Filters EssStructure nodes/);
    expect(schema.getType("PartnershipSort")?.description).toMatch(/^Sort order for Partnership relationships/);
    expect(schema.getType("EssStructureThemesConnection")?.description).toMatch(
      /`themes` relationships of an EssStructure/,
    );
    expect(schema.getType("EssStructuresConnection")?.description).toMatch(/^EssStructure nodes, paged/);
    const where = schema.getType("EssStructureWhere") as GraphQLInputObjectType;
    // A property filter carries the model's own description of the property.
    expect(where.getFields().siret.description).toContain("SIRET of the establishment");
    // Our own descriptions are never replaced.
    expect(schema.getType("Organisation")?.description).toBe(
      "Any organisation of the graph: ESS structure, business, financer, support provider or research unit.",
    );
  });
});
