/**
 * What one operation may ask, counted before anything runs, with the values
 * of its variables: a nested list multiplies the cost of what it contains.
 *
 * Cost model (the same idea as GitHub's and Shopify's GraphQL limits):
 * - every selected field costs 1, `__typename` included;
 * - a field with a `limit` or `first` argument multiplies the cost of its own
 *   selection by that number, read from the query or its variables; a
 *   generated list given neither is multiplied by its type's `@limit`
 *   default, which is what @neo4j/graphql returns at most, or by the number
 *   of ids its filter names (`where: { id: { eq } }` matches one);
 * - a field of a generated type that the API resolves with a Cypher query of
 *   its own, once per item (`@customResolver`, e.g. factSources), costs
 *   CUSTOM_RESOLVER_COST more: a page of 1,000 organisations with it is refused.
 *
 * The same walk checks the size asked of every list: a generated list's
 * `limit`/`first` must lie between 1 and its type's `@limit` maximum, so an
 * over-large page is refused with the bound instead of being cut silently,
 * and `limit: 0` (which @neo4j/graphql reads as "no limit") is refused too.
 * Custom queries state theirs in the argument's description ("1 to 5000"),
 * read here so that every list is refused the same way before it runs.
 *
 * Counting is done by graphql-query-complexity, which applies variables,
 * default argument values, fragments and @skip/@include.
 * @see https://github.com/slicknode/graphql-query-complexity
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  parse,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { BadUserInputError, CostLimitError } from "../errors";
import { MAX_VARIABLE_DEPTH, nestingDepth } from "../validation/arguments";

export interface ListBound {
  default: number;
  max: number;
}

/** `@limit(default, max)` of every node type and interface of the type definitions, by type name. */
export function listBoundsOf(typeDefs: string): Map<string, ListBound> {
  const bounds = new Map<string, ListBound>();
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const limit = definition.directives?.find((d) => d.name.value === "limit");
    const arg = (name: string) => {
      const value = limit?.arguments?.find((a) => a.name.value === name)?.value;
      return value?.kind === Kind.INT ? Number(value.value) : undefined;
    };
    const [byDefault, max] = [arg("default"), arg("max")];
    if (byDefault !== undefined && max !== undefined) bounds.set(definition.name.value, { default: byDefault, max });
  }
  return bounds;
}

/** The type a list or connection field returns items of: `[Town!]!` → Town, `XConnection` → its edges' node. */
function itemType(field: GraphQLField<unknown, unknown>): GraphQLNamedType {
  const named = getNamedType(field.type);
  if (isObjectType(named) && named.name.endsWith("Connection")) {
    const edges = named.getFields().edges;
    const edge = edges && getNamedType(edges.type);
    const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
    if (node) return getNamedType(node.type);
  }
  return named;
}

/**
 * The bound a custom query states for its size argument, "… 1 to 5000 …" in
 * the argument's description (the domain checks it; the schema says it).
 */
export function statedMaximum(field: GraphQLField<unknown, unknown>, argument: string): number | undefined {
  const stated = /\b1 to (\d+)\b/.exec(field.args.find((a) => a.name === argument)?.description ?? "");
  return stated ? Number(stated[1]) : undefined;
}

interface SizeProblem {
  argumentName: string;
  message: string;
}

/** What a field resolved by a query of its own for each item adds to the cost (see the module's comment). */
export const CUSTOM_RESOLVER_COST = 500;

/** The `@customResolver` fields of the type definitions, as "Type.field". */
export function customResolverFieldsOf(typeDefs: string): Set<string> {
  const fields = new Set<string>();
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? [])
      if (field.directives?.some((d) => d.name.value === "customResolver"))
        fields.add(`${definition.name.value}.${field.name.value}`);
  }
  return fields;
}

function sizeEstimator(
  bounds: Map<string, ListBound>,
  problems: SizeProblem[],
  customResolved: Set<string>,
): ComplexityEstimator {
  return ({ field, args, childComplexity, type }) => {
    const argument = "limit" in args ? "limit" : "first" in args ? "first" : undefined;
    const asked = argument ? (args[argument] as number | null | undefined) : undefined;
    // A list, or a connection (not a GraphQL list, but @neo4j/graphql answers it with its type's default page).
    const many =
      argument || isListType(getNullableType(field.type)) || getNamedType(field.type).name.endsWith("Connection");
    const generated = many ? bounds.get(itemType(field).name) : undefined;
    const max = generated?.max ?? (argument ? statedMaximum(field, argument) : undefined);
    const where = `${type.name}.${field.name}`;
    if (max !== undefined && typeof asked === "number" && (asked < 1 || asked > max)) {
      problems.push({
        argumentName: argument!,
        message: `${where}: ${argument} must be between 1 and ${max} (got ${asked})`,
      });
    }
    const byDefault = generated ? Math.min(generated.default, byIds(args.where) ?? generated.default) : 1;
    const size = typeof asked === "number" ? Math.min(Math.max(asked, 1), max ?? asked) : byDefault;
    return size * (1 + childComplexity) + (customResolved.has(where) ? CUSTOM_RESOLVER_COST : 0);
  };
}

/**
 * How many items a generated list's filter can match at most when it names
 * them by id (`where: { id: { eq } }` or `{ id: { in: [...] } }`, ids being
 * unique): the explorer's and scripts' "this organisation" reads.
 */
function byIds(where: unknown): number | undefined {
  const id = (where as { id?: { eq?: unknown; in?: unknown } } | null | undefined)?.id;
  if (id?.eq !== undefined && id.eq !== null) return 1;
  if (Array.isArray(id?.in)) return Math.max(id.in.length, 1);
  return undefined;
}

export interface CostLimits {
  /** Highest cost of one operation. */
  maxCost: number;
}

/**
 * Room for the explorer's and the guides' operations with their largest
 * variables (`query-cost.test.ts` measures them) and for a researcher's page of
 * 1,000 organisations with a dozen fields and their town.
 */
export const defaults: CostLimits = { maxCost: 150_000 };

/** Refuses, with a 400 naming the cost and the limit, an operation that costs more than `maxCost` or asks a list for more than its bound. */
export function queryCost<TContext extends object>(
  typeDefs: string,
  limits: CostLimits = defaults,
): ApolloServerPlugin<TContext> {
  const bounds = listBoundsOf(typeDefs);
  const customResolved = customResolverFieldsOf(typeDefs);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          // Refused by checkedArguments (validation/arguments.ts) with its own message; counting would overflow the stack.
          if (nestingDepth(request.variables, MAX_VARIABLE_DEPTH) > MAX_VARIABLE_DEPTH) return;
          let measured: ReturnType<typeof measure>;
          try {
            measured = measure(
              schema,
              document,
              request.variables ?? {},
              bounds,
              request.operationName ?? undefined,
              customResolved,
            );
          } catch (error) {
            // Variables of the wrong type: the same 400 execution would give, before anything runs.
            if (!(error instanceof GraphQLError)) throw error;
            throw new BadUserInputError(error.message, undefined, { nodes: error.nodes, withStatus: true });
          }
          const { cost, problems } = measured;
          if (problems.length > 0) {
            throw new BadUserInputError(problems.map((p) => p.message).join("; "), problems[0].argumentName, {
              withStatus: true,
            });
          }
          if (cost > limits.maxCost) {
            throw new CostLimitError(
              `The operation would cost ${cost.toLocaleString("en-GB")}, above the limit of ${limits.maxCost.toLocaleString("en-GB")} ` +
                "(each field counts 1; a list multiplies what it contains by its limit or first, or by its default size when none is given). " +
                "Ask for smaller pages or fewer nested lists.",
              cost,
              limits.maxCost,
            );
          }
        },
      };
    },
  };
}

/** The cost of one operation of `document` and the list sizes it asks beyond their bounds. */
export function measure(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]["query"],
  variables: Record<string, unknown>,
  bounds: Map<string, ListBound>,
  operationName?: string,
  customResolved: Set<string> = new Set(),
): { cost: number; problems: SizeProblem[] } {
  const problems: SizeProblem[] = [];
  const cost = getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [sizeEstimator(bounds, problems, customResolved)],
  });
  return { cost, problems };
}
