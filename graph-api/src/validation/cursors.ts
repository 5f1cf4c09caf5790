import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { getNamedType, GraphQLError, Kind, TypeInfo, visit, visitWithTypeInfo } from "graphql";
import { ErrorCode } from "../errors";

/**
 * The generated connections' cursors (`essStructuresConnection(after: …)`,
 * nested ones too) are @neo4j/graphql's: base64 of `arrayconnection:<offset>`.
 * It reads any other string as no cursor and answers the first page again,
 * so a script paging with a damaged cursor would loop or collect duplicates
 * without knowing. Checked before anything runs, literal or variable.
 */
export function checkedCursors<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          if (!request.query?.includes("after")) return; // most requests: nothing to walk
          const typeInfo = new TypeInfo(schema);
          let bad: string | undefined;
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              Argument(node) {
                const field = typeInfo.getFieldDef();
                if (bad !== undefined || node.name.value !== "after" || !field || !getNamedType(field.type).name.endsWith("Connection")) return;
                const value =
                  node.value.kind === Kind.STRING ? node.value.value : node.value.kind === Kind.VARIABLE ? request.variables?.[node.value.name.value] : undefined;
                if (typeof value === "string" && !isCursor(value)) bad = value;
              },
            }),
          );
          if (bad !== undefined) {
            // Refused before execution, as the request's errors are: a 400 (without the status, Apollo answers 500).
            throw new GraphQLError(`after: "${bad.slice(0, 100)}" is not a cursor of this API; pass an edge's cursor or pageInfo.endCursor from the page before`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: "after", http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

function isCursor(value: string): boolean {
  const decoded = /^[A-Za-z0-9+/]+=*$/.test(value) ? /^arrayconnection:(\d+)$/.exec(Buffer.from(value, "base64").toString("utf8")) : null;
  return decoded !== null && Number.isSafeInteger(Number(decoded[1]));
}
