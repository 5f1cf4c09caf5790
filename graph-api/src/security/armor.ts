/**
 * Limits on the shape of one GraphQL operation, with GraphQL Armor: depth,
 * aliases, directives, tokens, and no field suggestions. Its cost is counted
 * in query-cost.ts.
 * The numbers are in `defaults` below and in docs/security.md; error
 * messages say which limit was hit, never its value.
 *
 * Traps met with @escape.tech/graphql-armor 3.2 on Apollo Server 5:
 * - depth and cost skip `__schema` (ignoreIntrospection), so a circular
 *   introspection query (`__schema { types { fields { type { fields ... } } } }`)
 *   passes them: graphql-js' MaxIntrospectionDepthRule closes that.
 * - its field-suggestion filter only masks `Did you mean "x"` (and leaves the
 *   "?"); enum values say `Did you mean the enum value "X"?`: it is off, and
 *   errors/ masks every suggestion.
 * - exposeLimits defaults to true.
 * - its token limit throws from Apollo's parsingDidStart hook, which Apollo
 *   answers with a 500: graphql-js' own parser limit (parseOptions.maxTokens)
 *   is used instead, and its message (which names the limit) reworded.
 * - Apollo answers a persisted query with 200 even when they are off: made 400.
 * - graphql 16 validates a `subscription` against a schema without one, and
 *   execution then fails as an internal error: refused here (graphql 17's rule).
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, MaxIntrospectionDepthRule, type ParseOptions, type ValidationRule } from "graphql";

export interface QueryLimits {
  /** Nesting of fields (introspection aside: see MaxIntrospectionDepthRule). */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens of the document. */
  maxTokens: number;
}

/**
 * Room for the explorer's, GraphiQL's and the guides' operations (the largest
 * reach depth 5 and 2 aliases) and for researchers' own, deeper ones.
 */
export const defaults: QueryLimits = {
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 5_000,
};

export function armor(limits: QueryLimits = defaults): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const refused = (what: string) => ({
    exposeLimits: false,
    errorMessage: `the operation ${what}; split it into smaller ones.`,
  });
  const protection = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...refused("is nested too deeply") },
    // Cost is counted by query-cost.ts with the variables' values: Armor's multiplies by a literal `first` only.
    costLimit: { enabled: false },
    // Armor lets `__typename` aliases through by default; 1,600 of them returned 15 MB.
    maxAliases: { n: limits.maxAliases, allowList: [], ...refused("uses too many aliases") },
    maxDirectives: { n: limits.maxDirectives, ...refused("uses too many directives") },
    maxTokens: { enabled: false },
    // Off: its Apollo plugin removes `Did you mean "x"` but leaves the "?" (messages ended in ". ?");
    // errors/ (withoutSuggestions) removes every suggestion, question mark included.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    plugins: [...(protection.plugins as ApolloServerPlugin[]), refusals()],
    validationRules: [...protection.validationRules, MaxIntrospectionDepthRule, KnownOperationTypes, NonNegativePaging],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** Operations of a kind the schema has no root type for (subscriptions): a validation error, 400. */
const KnownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === "query"
        ? schema.getQueryType()
        : node.operation === "mutation"
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!root) context.reportError(new GraphQLError(`This API has no ${node.operation}s`, { nodes: [node] }));
  },
});

/** `limit: -1` (or offset, first) written in the query: a 400 naming the argument, not a database error. */
const NonNegativePaging: ValidationRule = (context) => ({
  Argument(node) {
    if (
      ["limit", "offset", "first"].includes(node.name.value) &&
      node.value.kind === Kind.INT &&
      Number(node.value.value) < 0
    ) {
      context.reportError(
        new GraphQLError(`${node.name.value} must be 0 or more (got ${node.value.value})`, { nodes: [node] }),
      );
    }
  },
});

// graphql 16 words it "more that N tokens".
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/;

/** The parser's token limit without its value; persisted queries (off) refused with a 400. */
function refusals(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          const errors = response.body.singleResult.errors;
          if (errors.some((e) => e.extensions?.code === "PERSISTED_QUERY_NOT_SUPPORTED")) response.http.status = 400;
          response.body.singleResult.errors = errors.map((e) =>
            TOO_MANY_TOKENS.test(e.message)
              ? { ...e, message: "Syntax Error: the operation is too long; split it into smaller ones." }
              : e,
          );
        },
      };
    },
  };
}
