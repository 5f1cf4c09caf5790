import { readFileSync } from "node:fs";
import {
  getNamedType,
  getNullableType,
  isListType,
  Kind,
  parse,
  type ObjectTypeDefinitionNode,
  type InterfaceTypeDefinitionNode,
} from "graphql";
import { TYPE_DEFS_PATH } from "@maillage/schema";
import { buildSchema } from "../schema";

/** No list without a bound (an unbounded list is the cheapest way to load the database). A new type or list query without one fails here. */
describe("limits on lists", () => {
  const definitions = parse(readFileSync(TYPE_DEFS_PATH, "utf8")).definitions.filter(
    (d): d is ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode =>
      (d.kind === Kind.OBJECT_TYPE_DEFINITION && !!d.directives?.some((x) => x.name.value === "node")) ||
      d.kind === Kind.INTERFACE_TYPE_DEFINITION,
  );

  it("every node type and interface has @limit with a default and a maximum", () => {
    expect(definitions.length).toBeGreaterThan(15);
    const missing = definitions
      .filter((d) => {
        const limit = d.directives?.find((x) => x.name.value === "limit");
        const args = new Set(limit?.arguments?.map((a) => a.name.value));
        return !args.has("default") || !args.has("max");
      })
      .map((d) => d.name.value);
    expect(missing).toEqual([]);
  });

  it("every query that returns a list is bounded: a generated list (@limit) or a limit/first argument", async () => {
    const schema = await buildSchema();
    const nodeTypes = new Set(definitions.map((d) => d.name.value));
    const unbounded = Object.values(schema.getQueryType()!.getFields())
      .filter((f) => isListType(getNullableType(f.type)))
      .filter(
        (f) => !nodeTypes.has(getNamedType(f.type).name) && !f.args.some((a) => ["limit", "first"].includes(a.name)),
      )
      .map((f) => f.name);
    // apiKeys: admins only, one row per key ever issued. conventions: coordinators only, one row per business
    // convention (a few a year). conventionProposals: at most `perParticipant` (1–50) per participant, and a
    // convention has its invited participants only. conventionOutcomes: one row per year asked for.
    // opportunityCounts: one row per kind of opportunity.
    expect(unbounded).toEqual([
      "apiKeys",
      "conventions",
      "conventionProposals",
      "conventionOutcomes",
      "opportunityCounts",
    ]);
    const connections = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.name.endsWith("Connection"));
    expect(connections.every((f) => f.args.some((a) => a.name === "first"))).toBe(true);
  }, 60_000);
});
