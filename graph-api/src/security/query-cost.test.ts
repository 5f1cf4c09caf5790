import * as queries from "../../../explorer/src/queries";
import * as editing from "../../../explorer/src/features/editing/operations";
import { EXAMPLES } from "../../graphiql/examples";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type GraphQLObjectType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type NamedTypeNode,
} from "graphql";
import { typeDefs } from "@maillage/schema";
import { buildSchema } from "../schema";
import { customResolverFieldsOf, defaults, listBoundsOf, measure, statedMaximum } from "./query-cost";

const bounds = listBoundsOf(typeDefs);
const customResolved = customResolverFieldsOf(typeDefs);
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema();
}, 60_000);

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  measure(schema, parse(query), variables, bounds, undefined, customResolved);

/** Every operation the explorer sends, from its own modules (its dynamic editing ones for each editable type), and GraphiQL's examples. */
function explorerOperations(): DocumentNode[] {
  const isDocument = (v: unknown): v is DocumentNode =>
    typeof v === "object" && v !== null && (v as DocumentNode).kind === Kind.DOCUMENT;
  const types = Object.keys(editing.PLURAL) as (keyof typeof editing.PLURAL)[];
  const dynamic = types.flatMap((t) => [
    editing.editableQuery(t),
    editing.updateMutation(t),
    editing.createMutation(t),
  ]);
  return [...Object.values(queries), ...Object.values(editing), ...dynamic, ...EXAMPLES.map((e) => parse(e.query))]
    .filter(isDocument)
    .filter((d) => d.definitions.some((x) => x.kind === Kind.OPERATION_DEFINITION));
}

/** The document as Apollo Client sends it: `__typename` in every selection set but the operation's own. */
function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && "kind" in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      return {
        ...node,
        selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } }],
      };
    },
  });
}

/** A valid value of an input type, the smallest that coerces. */
function sample(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return null;
  if (isListType(type.ofType)) return [];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].name;
  if (isInputObjectType(named)) return {};
  return { Int: 1, Float: 1, Boolean: true }[named.name] ?? "x";
}

describe("query cost", () => {
  it("multiplies nested lists by their limits, so a short query asking for billions of rows is refused", () => {
    const query =
      "{ towns(limit:100){ essStructures(limit:1000){ town(limit:100){ essStructures(limit:1000){ town(limit:100){ essStructures(limit:1000){ town(limit:100){ essStructures(limit:1000){ name } } } } } } } } }";
    expect(cost(query).cost).toBeGreaterThan(1e15);
    expect(cost("{ towns(limit: 16) { name } }").cost).toBe(16 * 2);
  });

  it("counts a page size given in variables as if it were written in the query", () => {
    const literal = cost("{ essStructuresConnection(first: 500) { edges { node { name } } } }").cost;
    const variable = cost("query ($n: Int) { essStructuresConnection(first: $n) { edges { node { name } } } }", {
      n: 500,
    }).cost;
    expect(variable).toBe(literal);
    expect(
      cost("query ($n: Int) { essStructuresConnection(first: $n) { edges { node { name } } } }", { n: 5 }).cost,
    ).toBeLessThan(literal);
  });

  it("counts a connection asked without first at its type's default page, as @neo4j/graphql answers it", () => {
    const nested =
      "{ essStructures(limit: 1000) { essPartnersConnection { edges { node { essPartnersConnection { edges { node { id } } } } } } } }";
    // 1,000 × 100 × 100 rows at most.
    expect(cost(nested).cost).toBeGreaterThan(10_000_000);
    expect(cost("{ essStructuresConnection { totalCount } }").cost).toBe(
      cost("{ essStructuresConnection(first: 100) { totalCount } }").cost,
    );
  });

  it("counts a list filtered by id as the number of ids", () => {
    expect(cost(`{ essStructures(where: { id: { eq: "x" } }) { name } }`).cost).toBe(2);
    expect(
      cost(`query ($ids: [ID!]) { essStructures(where: { id: { in: $ids } }) { name } }`, { ids: ["a", "b", "c"] })
        .cost,
    ).toBe(6);
    expect(cost(`{ essStructures(where: { name: { eq: "x" } }) { name } }`).cost).toBe(200);
  });

  it("uses the type's default size when a list is given no limit", () => {
    // Town: @limit(default: 100); a structure's town list too.
    expect(cost("{ towns { name } }").cost).toBe(cost("{ towns(limit: 100) { name } }").cost);
    expect(cost("{ essStructures(limit: 10) { town { name } } }").cost).toBe(
      cost("{ essStructures(limit: 10) { town(limit: 100) { name } } }").cost,
    );
  });

  it("counts __typename like any field", () => {
    const flood = Array.from({ length: 1600 }, (_, i) => `a${i}: __typename`).join(" ");
    expect(cost(`{ organisations(limit: 1000) { ${flood} } }`).cost).toBeGreaterThan(defaults.maxCost);
  });

  it("refuses a generated list asked beyond its maximum, or for 0 items, literal or in variables", () => {
    expect(cost("{ towns(limit: 100000) { name } }").problems.map((p) => p.message)).toEqual([
      "Query.towns: limit must be between 1 and 100 (got 100000)",
    ]);
    expect(cost("{ towns(limit: 0) { name } }").problems).toHaveLength(1);
    expect(
      cost("query ($n: Int) { essStructuresConnection(first: $n) { totalCount } }", { n: 5000 }).problems[0].message,
    ).toMatch(/first must be between 1 and 1000 \(got 5000\)/);
    expect(cost("{ towns(limit: 16) { essStructures(limit: 1000) { name } } }").problems).toEqual([]);
  });

  it("knows the bound of every custom list, from its argument's description, and refuses beyond it", () => {
    const custom = Object.values(schema.getTypeMap())
      .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith("__"))
      .flatMap((t) => Object.values(t.getFields()).map((f) => ({ where: `${t.name}.${f.name}`, field: f })))
      .flatMap(({ where, field }) =>
        field.args.filter((a) => ["limit", "first"].includes(a.name)).map((a) => ({ where, field, argument: a.name })),
      )
      .filter(
        ({ field }) =>
          !bounds.has(getNamedType(field.type).name) && !getNamedType(field.type).name.endsWith("Connection"),
      );
    expect(custom.map((c) => c.where)).toEqual(
      expect.arrayContaining(["Query.cooperationGraph", "Query.opportunities", "NetworkMetricsSnapshot.nodes"]),
    );
    expect(custom.filter((c) => statedMaximum(c.field, c.argument) === undefined).map((c) => c.where)).toEqual([]);
    expect(cost("{ cooperationGraph(limit: 100000) { truncated } }").problems.map((p) => p.message)).toEqual([
      "Query.cooperationGraph: limit must be between 1 and 5000 (got 100000)",
    ]);
  });

  it("lets every operation of the explorer and GraphiQL's examples through with their largest variables", () => {
    const operations = explorerOperations();
    expect(operations.length).toBeGreaterThan(10);
    for (const sent of operations) {
      // 5,000: the largest graph and directory the explorer asks for.
      // Apollo Client adds __typename to every selection it sends.
      const document = withTypename(sent);
      const text = print(sent);
      const variables = Object.fromEntries(
        document.definitions
          .flatMap((d) => ("variableDefinitions" in d ? (d.variableDefinitions ?? []) : []))
          .map((v) => [
            v.variable.name.value,
            v.variable.name.value === "limit" ? 5000 : sample(typeFromAST(schema, v.type as NamedTypeNode)!),
          ]),
      );
      // A field whose maximum is below 5,000 counts at its maximum: the worst the explorer could send.
      const measured = measure(schema, document, variables, bounds, undefined, customResolved);
      const otherProblems = measured.problems.filter((p) => !p.message.endsWith("(got 5000)"));
      expect({ text, otherProblems, over: measured.cost > defaults.maxCost ? measured.cost : false }).toEqual({
        text,
        otherProblems: [],
        over: false,
      });
    }
  });

  it("counts each organisation's fact sources as a query of its own: one profile is cheap, a page of 1,000 is refused", () => {
    const one = `{ essStructures(where: { id: { eq: "x" } }) { id factSources { field sourceKind source at } } }`;
    expect(cost(one).cost).toBeLessThan(1_000);
    const page = `{ essStructures(limit: 1000) { id factSources { field sourceKind source at } } }`;
    expect(cost(page).cost).toBeGreaterThan(defaults.maxCost);
  });

  it("lets a researcher take 1,000 organisations a page with a dozen fields and their town", () => {
    const page = `query ($after: String) { essStructuresConnection(first: 1000, after: $after) {
      pageInfo { hasNextPage endCursor } edges { cursor node { id name legalForm siren siret nafCode stage foundedYear postalCode website sourceKind updatedAt town(limit: 1) { inseeCode name } } } } }`;
    expect(cost(page).cost).toBeLessThanOrEqual(defaults.maxCost);
  });
});
