/**
 * The GraphQL errors the API raises itself (outside the domain, whose errors
 * are mapped in domain-errors.ts): each carries its `extensions.code`, and,
 * when the request is refused as a whole before execution, the HTTP status
 * of that code (`withStatus`; Apollo answers 500 for such an error without one).
 */
import { GraphQLError, type ASTNode } from "graphql";
import { ErrorCode, HTTP_STATUS } from "./error-codes";

interface Options {
  /** Set the code's HTTP status (errors raised before execution). */
  withStatus?: boolean;
  /** Where in the operation the error is. */
  nodes?: ASTNode | readonly ASTNode[];
}

const http = (code: ErrorCode, options?: Options) =>
  options?.withStatus ? { http: { status: HTTP_STATUS[code] } } : {};

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

/** A wrong argument or variable; `argumentName` names it when one argument is to blame. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argumentName?: string, options?: Options) {
    super(message, {
      nodes: options?.nodes,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        ...(argumentName === undefined ? {} : { argumentName }),
        ...http(ErrorCode.BAD_USER_INPUT, options),
      },
    });
  }
}

/** One field of a mutation's input that breaks a rule (model/src/validation), as clients receive it. */
export interface InputFieldIssue {
  /** Where the value is in the operation's arguments, e.g. `update.siret` or `input[0].needs[0].create[0].node.title`. */
  path: string;
  /** The field, as named in the API. */
  field: string;
  /** A stable code (the explorer words it in French or English). */
  rule: string;
  params?: Record<string, string | number>;
  message: string;
}

/** A mutation refused before anything is written: every broken field is listed in `extensions.fields`. */
export class InputValidationError extends GraphQLError {
  constructor(issues: InputFieldIssue[]) {
    super(`Invalid input: ${issues.map((i) => i.message).join("; ")}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: issues },
    });
  }
}

/** A write refused because a value must be unique and another record has it (SIRET, RNA id...). */
export class UniqueValueError extends GraphQLError {
  constructor(fields: string[]) {
    const which =
      fields.length === 1
        ? fields[0]
        : fields.length > 1
          ? `one of ${fields.join(", ")}`
          : "a unique identifier (id, SIRET, RNA id or INSEE code)";
    super(`${which}: another record already has this value (it must be unique)`, {
      extensions: {
        code: ErrorCode.CONSTRAINT_VIOLATION,
        ...(fields.length === 1 ? { field: fields[0] } : {}),
        fields,
      },
    });
  }
}

/** No credentials, or credentials that are not valid: always answered 401. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message = "Authentication required: send a coordinator's token as 'Authorization: Bearer <token>'") {
    super(message, {
      extensions: { code: ErrorCode.UNAUTHENTICATED, ...http(ErrorCode.UNAUTHENTICATED, { withStatus: true }) },
    });
  }
}

/** Valid credentials whose role does not allow the operation. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string, options?: Options) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN, ...http(ErrorCode.FORBIDDEN, options) } });
  }
}

/** An operation that would cost more than the limit (security/query-cost.ts); `cost` and `maxCost` tell the client by how much. */
export class CostLimitError extends GraphQLError {
  constructor(message: string, cost: number, maxCost: number) {
    super(message, {
      extensions: {
        code: ErrorCode.GRAPHQL_VALIDATION_FAILED,
        cost,
        maxCost,
        ...http(ErrorCode.GRAPHQL_VALIDATION_FAILED, { withStatus: true }),
      },
    });
  }
}
