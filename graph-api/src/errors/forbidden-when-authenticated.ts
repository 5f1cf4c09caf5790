import type { ApolloServerPlugin } from "@apollo/server";
import { ErrorCode } from "./error-codes";

/**
 * @neo4j/graphql answers "Unauthenticated" when a token lacks the role a rule
 * asks for. To a client that did send a valid token, that is a FORBIDDEN:
 * its role does not allow the operation. Applied once the context is known.
 */
export function forbiddenWhenAuthenticated<C extends { jwt?: unknown }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.jwt || response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((e) =>
            e.extensions?.code === ErrorCode.UNAUTHENTICATED
              ? {
                  ...e,
                  message: "Forbidden: your role does not allow this operation",
                  extensions: { ...e.extensions, code: ErrorCode.FORBIDDEN },
                }
              : e,
          );
        },
      };
    },
  };
}
