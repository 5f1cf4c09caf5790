import type { GraphQLFormattedError } from "graphql";
import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import { classify } from "./classify";
import { ErrorCode } from "./error-codes";

/** Codes whose message is written for clients and may be shown as is. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/**
 * graphql-js suggests names ("Did you mean \"contacts\"?", "Did you mean the
 * enum value \"IDEA\"?"), which maps a schema for whoever guesses; GraphQL
 * Armor masks only the first form. Introspection stays open to all, but a
 * name the schema hides from a role must not be found by guessing.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, "");
}

/** Apollo's formatError: known errors keep their message and code (classify.ts); the others are logged and masked. Stack traces never leave the server outside development. */
export function createFormatError(options: { exposeStack: boolean; log: (error: unknown, message: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { code, message, extensions: more } = classify(error);
    if (!PUBLIC_CODES.has(code)) {
      options.log(unwrapResolverError(error), "unexpected error while resolving a GraphQL request");
      return {
        message: "Internal server error",
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: ErrorCode.INTERNAL_SERVER_ERROR,
          ...(options.exposeStack ? { stacktrace: formatted.extensions?.stacktrace } : {}),
        },
      };
    }
    const extensions: Record<string, unknown> = { ...formatted.extensions, ...more, code };
    if (!options.exposeStack) delete extensions.stacktrace;
    delete extensions.http;
    return { ...formatted, message: withoutSuggestions(message ?? formatted.message), extensions };
  };
}
