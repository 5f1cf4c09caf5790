import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  BREAK,
  getNamedType,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
} from "graphql";
import { ErrorCode } from "../errors";

/**
 * Arguments whose values reach Neo4j or @neo4j/graphql in a form they check
 * badly, refused before anything runs (literals and variables, at any depth):
 *
 * - points of filters (`location: { distance: { from: { latitude, longitude } } }`):
 *   Neo4j 5.26 refuses a latitude out of range, but a huge longitude (1e308)
 *   makes the distance query run on after its transaction was terminated,
 *   holding a processor until Neo4j restarts (found by `npm run fuzz`).
 *   Mutations' points are checked against France already (mutation-input.ts).
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
          // Most requests have neither a cursor nor a point, in the text or in the variables: nothing to walk.
          const mayHold = /after|latitude|longitude/.test(request.query ?? "") || /"(latitude|longitude)"/.test(JSON.stringify(request.variables ?? {}));
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
                    : pointProblem(value, argument.type);
                argumentName = argument.name;
                return problem ? BREAK : undefined;
              },
            }),
          );
          if (problem) {
            // Refused before execution, as the request's errors are: a 400 (without the status, Apollo answers 500).
            throw new GraphQLError(problem, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName, http: { status: 400 } } });
          }
        },
      };
    },
  };
}

function cursorProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const decoded = /^[A-Za-z0-9+/]+=*$/.test(value) ? /^arrayconnection:(\d+)$/.exec(Buffer.from(value, "base64").toString("utf8")) : null;
  if (decoded && Number.isSafeInteger(Number(decoded[1]))) return undefined;
  return `after: "${value.slice(0, 100)}" is not a cursor of this API; pass an edge's cursor or pageInfo.endCursor from the page before`;
}

const RANGES = { latitude: 90, longitude: 180 } as const;

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
      if (typeof v === "number" && !(Math.abs(v) <= limit)) return `${axis} must be within [-${limit}, ${limit}] (got ${v})`;
    }
    return undefined;
  }
  for (const [name, field] of Object.entries(nullable.getFields())) {
    const problem = pointProblem(object[name], field.type);
    if (problem) return problem;
  }
  return undefined;
}
