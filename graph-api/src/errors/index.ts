/**
 * Errors as clients see them, one file per concern:
 * - error-codes.ts: the codes of `extensions.code` and their HTTP statuses;
 * - graphql-errors.ts: the GraphQL errors the API raises itself;
 * - domain-errors.ts: the one mapping of the domain's errors (domain/errors.ts);
 * - neo4j-errors.ts, lucene-phrase.ts: what the database's errors mean;
 * - classify.ts: every error to a code and a message, used by
 * - format-error.ts (Apollo's formatError), service-unavailable.ts and
 *   forbidden-when-authenticated.ts (Apollo plugins), http.ts (REST answers).
 */
export { ErrorCode, HTTP_STATUS } from "./error-codes";
export {
  BadUserInputError,
  CostLimitError,
  ForbiddenError,
  InputValidationError,
  NotFoundError,
  UnauthenticatedError,
  UniqueValueError,
  type InputFieldIssue,
} from "./graphql-errors";
export { fromDomainError, type ClientError } from "./domain-errors";
export { writeFailure } from "./neo4j-errors";
export { classify } from "./classify";
export { createFormatError, withoutSuggestions } from "./format-error";
export { forbiddenWhenAuthenticated } from "./forbidden-when-authenticated";
