import { DomainError, InvalidArgument } from "../domain/errors";
import { ErrorCode, HTTP_STATUS } from "./error-codes";

/** What a client receives for an error: its code, the HTTP status of the REST routes, its message and extra extensions. */
export interface ClientError {
  code: ErrorCode;
  status: number;
  message: string;
  extensions?: Record<string, unknown>;
}

const answer = (code: ErrorCode, message: string, extensions?: Record<string, unknown>): ClientError => ({
  code,
  status: HTTP_STATUS[code],
  message,
  ...(extensions ? { extensions } : {}),
});

/**
 * The one mapping from the domain's errors (domain/errors.ts) to what a
 * client sees, used by GraphQL (classify.ts) and by the REST routes alike;
 * null for any other error.
 */
export function fromDomainError(error: unknown): ClientError | null {
  if (!(error instanceof DomainError)) return null;
  const kind = error.kind;
  switch (kind) {
    case "invalid-argument":
      return answer(
        ErrorCode.BAD_USER_INPUT,
        error.message,
        error instanceof InvalidArgument ? { argumentName: error.argument } : undefined,
      );
    case "not-found":
      return answer(ErrorCode.NOT_FOUND, error.message);
    case "conflict":
      // No argument is wrong: the data's state refuses the request. Clients have always received BAD_USER_INPUT for it.
      return answer(ErrorCode.BAD_USER_INPUT, error.message);
    case "unavailable":
      return answer(ErrorCode.SERVICE_UNAVAILABLE, error.message);
    default: {
      const unknownKind: never = kind;
      throw new Error(`no client error for the domain error kind ${String(unknownKind)}`);
    }
  }
}
