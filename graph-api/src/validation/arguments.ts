import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  BREAK,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
} from "graphql";
import { BadUserInputError } from "../errors";

/**
 * Arguments whose values reach Neo4j or @neo4j/graphql in a form they check
 * badly, refused before anything runs (literals and variables, at any depth):
 *
 * - points of filters (`location: { distance: { from: { latitude, longitude } } }`):
 *   Neo4j 5.26 refuses a latitude out of range, but a huge longitude (1e308)
 *   makes the distance query run on after its transaction was terminated,
 *   holding a processor until Neo4j restarts (found by `npm run fuzz`).
 *   Mutations' points are checked against France already (mutation-input.ts).
 * - distances of those filters (`lt`, `gte`…): Neo4j computes a bounding box
 *   from them, and a negative, infinite or astronomical one fails there
 *   ("Cannot create a point with non-finite coordinate values") instead of
 *   matching nothing or everything; a `height` compared with 2D locations
 *   silently matches nothing.
 * - variables nested deeper than MAX_VARIABLE_DEPTH: graphql-js and this walk
 *   recurse over them, and 5,000 levels overflow the stack (a 500).
 * - full-text phrases of more terms than Lucene accepts in one query.
 * - filters through more than MAX_FILTER_HOPS relationships in a row
 *   (`essPartners: { all: { essPartners: { all: … } } }`): each hop multiplies
 *   the paths Neo4j explores, and the cost of an operation counts what it
 *   returns, not what its filter searches.
 * - the generated connections' cursors (`after`), base64 of
 *   `arrayconnection:<offset>`: @neo4j/graphql reads any other string as no
 *   cursor and answers the first page again, so a script paging with a
 *   damaged cursor would loop or collect duplicates without knowing.
 */
export function checkedArguments<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          const depth = nestingDepth(request.variables, MAX_VARIABLE_DEPTH);
          if (depth > MAX_VARIABLE_DEPTH) {
            throw new BadUserInputError(`variables are nested more than ${MAX_VARIABLE_DEPTH} levels deep`, undefined, {
              withStatus: true,
            });
          }
          // Most requests have neither a cursor nor a point, in the text or in the variables: nothing to walk.
          const mayHold =
            /\b(after|latitude|longitude|phrase|some|all|none|single)\b/.test(request.query ?? "") ||
            /"(latitude|longitude|some|all|none|single)"/.test(JSON.stringify(request.variables ?? {}));
          if (!mayHold) return;
          const typeInfo = new TypeInfo(schema);
          let problem: string | undefined;
          let argumentName = "";
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              Argument(node) {
                const argument = typeInfo.getArgument();
                const field = typeInfo.getFieldDef();
                if (!argument || !field) return;
                // Undefined when the value does not fit the type: graphql-js says so itself.
                const value = valueFromAST(node.value, argument.type, request.variables);
                problem =
                  argument.name === "after" && getNamedType(field.type).name.endsWith("Connection")
                    ? cursorProblem(value)
                    : argument.name === "phrase"
                      ? phraseProblem(value)
                      : (pointProblem(value, argument.type) ?? hopsProblem(value, argument.type));
                argumentName = argument.name;
                return problem ? BREAK : undefined;
              },
            }),
          );
          if (problem) {
            // Refused before execution, as the request's errors are: a 400 (without the status, Apollo answers 500).
            throw new BadUserInputError(problem, argumentName, { withStatus: true });
          }
        },
      };
    },
  };
}

/** Lucene's default maxClauseCount: a phrase of more terms fails in Neo4j's full-text procedure. */
export const MAX_PHRASE_TERMS = 1024;

function phraseProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const terms = value.split(/\s+/).filter((w) => w && !/^(AND|OR|NOT|&&|\|\||[-+!()]+)$/.test(w)).length;
  if (terms <= MAX_PHRASE_TERMS) return undefined;
  return `The search phrase has ${terms} words; search with at most ${MAX_PHRASE_TERMS}`;
}

function cursorProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const decoded = /^[A-Za-z0-9+/]+=*$/.test(value)
    ? /^arrayconnection:(\d+)$/.exec(Buffer.from(value, "base64").toString("utf8"))
    : null;
  if (decoded && Number.isSafeInteger(Number(decoded[1]))) return undefined;
  return `after: "${value.slice(0, 100)}" is not a cursor of this API; pass an edge's cursor or pageInfo.endCursor from the page before`;
}

const RANGES = { latitude: 90, longitude: 180 } as const;

/** Deeper than any filter a person writes (an AND of ORs of relationship filters is about 10). */
export const MAX_VARIABLE_DEPTH = 32;

/** How deeply `value` nests arrays and objects, counted without recursion, up to `stopAfter` + 1. */
export function nestingDepth(value: unknown, stopAfter: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > stopAfter) return deepest;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Relationships one filter may follow in a row: "partners of partners of partners" and no further. */
export const MAX_FILTER_HOPS = 3;

/** Nested relationship or connection filters deeper than MAX_FILTER_HOPS in `value` (of input type `type`), said plainly. */
function hopsProblem(value: unknown, type: GraphQLInputType): string | undefined {
  const deepest = filterHops(value, type);
  return deepest > MAX_FILTER_HOPS
    ? `the filter follows ${deepest} relationships in a row; at most ${MAX_FILTER_HOPS} (filter on fewer levels, or ask in several steps)`
    : undefined;
}

function filterHops(value: unknown, type: GraphQLInputType): number {
  if (value === null || value === undefined || typeof value !== "object") return 0;
  const nullable = getNullableType(type);
  if (isListType(nullable))
    return Array.isArray(value)
      ? value.reduce((deepest: number, v) => Math.max(deepest, filterHops(v, nullable.ofType)), 0)
      : filterHops(value, nullable.ofType);
  if (!isInputObjectType(nullable)) return 0;
  const hop = /(RelationshipFilters|ConnectionFilters)$/.test(nullable.name) ? 1 : 0;
  const object = value as Record<string, unknown>;
  let below = 0;
  for (const [name, field] of Object.entries(nullable.getFields())) {
    if (object[name] !== undefined) below = Math.max(below, filterHops(object[name], field.type));
  }
  return hop + below;
}

/** Half the Earth's circumference in metres: no two points are further apart. */
const FARTHEST_METRES = 20_037_509;
const DISTANCE_COMPARISONS = ["eq", "lt", "lte", "gt", "gte"];

/** The first point of `value` (of input type `type`) with a coordinate off the globe, said plainly. */
function pointProblem(value: unknown, type: GraphQLInputType): string | undefined {
  if (value === null || value === undefined) return undefined;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return pointProblem(value, nullable.ofType);
    for (const item of value) {
      const problem = pointProblem(item, nullable.ofType);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!isInputObjectType(nullable) || typeof value !== "object") return undefined;
  const object = value as Record<string, unknown>;
  if (nullable.name === "PointInput") {
    for (const [axis, limit] of Object.entries(RANGES)) {
      const v = object[axis];
      if (typeof v === "number" && !(Math.abs(v) <= limit))
        return `${axis} must be within [-${limit}, ${limit}] (got ${v})`;
    }
    if (object.height !== undefined && object.height !== null)
      return "height is not supported: locations are points on the map (latitude, longitude)";
    return undefined;
  }
  if (nullable.name === "PointDistanceFilters") {
    for (const comparison of DISTANCE_COMPARISONS) {
      const v = object[comparison];
      if (typeof v === "number" && !(v >= 0 && v <= FARTHEST_METRES)) {
        return `distance ${comparison} must be a number of metres between 0 and ${FARTHEST_METRES} (got ${v})`;
      }
    }
  }
  for (const [name, field] of Object.entries(nullable.getFields())) {
    const problem = pointProblem(object[name], field.type);
    if (problem) return problem;
  }
  return undefined;
}
