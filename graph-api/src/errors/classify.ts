import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { Neo4jError } from "neo4j-driver";
import { fromDomainError } from "./domain-errors";
import { ErrorCode } from "./error-codes";
import { fullTextPhraseError } from "./lucene-phrase";
import { classifyNeo4jError } from "./neo4j-errors";

/**
 * The one place where errors become what a client sees: the domain's errors
 * (domain-errors.ts), @neo4j/graphql's, the database's (neo4j-errors.ts),
 * and GraphQL errors raised by the API keep or get their message and code;
 * unknown ones are INTERNAL_SERVER_ERROR, which format-error.ts logs and masks.
 */
export function classify(error: unknown): { code: string; message?: string; extensions?: Record<string, unknown> } {
  const original = unwrapResolverError(error);
  const domain = fromDomainError(original);
  if (domain)
    return {
      code: domain.code,
      message: domain.message,
      ...(domain.extensions ? { extensions: domain.extensions } : {}),
    };
  // @neo4j/graphql does not export its error classes; they are told apart by name.
  const name = original instanceof Error ? original.name : "";
  if (name === "Neo4jGraphQLForbiddenError") {
    return { code: ErrorCode.FORBIDDEN, message: "Forbidden: your role does not allow this operation" };
  }
  if (
    name === "Neo4jGraphQLAuthenticationError" ||
    (original instanceof GraphQLError && original.message === "Unauthenticated")
  ) {
    return {
      code: ErrorCode.UNAUTHENTICATED,
      message: "Authentication required: this operation needs a coordinator's token ('Authorization: Bearer <token>')",
    };
  }
  if (name === "Neo4jGraphQLConstraintValidationError" || name === "Neo4jGraphQLRelationshipValidationError") {
    return { code: ErrorCode.BAD_USER_INPUT };
  }
  const phrase = fullTextPhraseError(original);
  if (phrase) return { code: ErrorCode.BAD_USER_INPUT, message: phrase, extensions: { argumentName: "phrase" } };
  if (original instanceof Neo4jError) return classifyNeo4jError(original);
  if (original instanceof GraphQLError) {
    const code = original.extensions?.code;
    if (typeof code === "string") return { code };
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR };
}
