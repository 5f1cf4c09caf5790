/** Every error code a client can receive in `extensions.code`. */
export enum ErrorCode {
  GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED",
  GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED",
  BAD_USER_INPUT = "BAD_USER_INPUT",
  BAD_REQUEST = "BAD_REQUEST",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  CONSTRAINT_VIOLATION = "CONSTRAINT_VIOLATION",
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  RATE_LIMITED = "RATE_LIMITED",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/**
 * The HTTP status that goes with each code when a status is sent: always on
 * the REST routes, and for GraphQL errors raised before execution (a request
 * refused as a whole). Errors raised while resolving a field keep GraphQL's
 * 200 with the error in the body, except SERVICE_UNAVAILABLE (503, see
 * service-unavailable.ts) and UNAUTHENTICATED (401).
 */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.GRAPHQL_PARSE_FAILED]: 400,
  [ErrorCode.GRAPHQL_VALIDATION_FAILED]: 400,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONSTRAINT_VIOLATION]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};
