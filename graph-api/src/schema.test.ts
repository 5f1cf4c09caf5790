import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "./schema";

describe("the API schema", () => {
  it("is the one committed in schema/schema.graphql (run `npm run schema:print` after a model change)", async () => {
    const printed = printSchema(lexicographicSortSchema(await buildSchema())) + "\n";
    const committed = readFileSync(join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8");
    expect(printed === committed).toBe(true);
  }, 60_000);

  it("merges the custom resolvers with the generated API", async () => {
    const query = (await buildSchema()).getQueryType()!.getFields();
    expect(Object.keys(query)).toEqual(
      expect.arrayContaining(["territory", "townDirectory", "essStructures", "searchEssStructures", "towns"]),
    );
    expect(query.townDirectory.description).toMatch(/never includes contacts/);
  }, 60_000);
});
