import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import { Neo4jError } from "neo4j-driver";
import { ErrorCode } from "./error-codes";

export { ErrorCode };

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argumentName: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName } });
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
    super(`Invalid input: ${issues.map((i) => i.message).join("; ")}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, fields: issues } });
  }
}

/** A write refused because a value must be unique and another record has it (SIRET, RNA id...). */
export class UniqueValueError extends GraphQLError {
  constructor(fields: string[]) {
    const which = fields.length === 1 ? fields[0] : fields.length > 1 ? `one of ${fields.join(", ")}` : "a unique identifier (id, SIRET, RNA id or INSEE code)";
    super(`${which}: another record already has this value (it must be unique)`, {
      extensions: { code: ErrorCode.CONSTRAINT_VIOLATION, ...(fields.length === 1 ? { field: fields[0] } : {}), fields },
    });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = "Authentication required: send a coordinator's token as 'Authorization: Bearer <token>'") {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
  }
}

/** Codes whose message is written for clients and may be shown as is. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

const QUERY_LIMIT_CODES = new Set([
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.ClientError.Transaction.TransactionTimedOut",
]);

const SERVICE_UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** A transaction that waited for another's lock past its time limit: Neo4j stopped it, nothing was written. */
const LOCK_STOPPED_CODES = new Set(["Neo.ClientError.Transaction.LockClientStopped", "Neo.TransientError.Transaction.LockClientStopped"]);

/** What a write the database could not finish within its limits while busy is told: answered 503 with Retry-After (errors/service-unavailable.ts). */
const DATABASE_BUSY =
  "The database could not finish this change in time: it is busy (another change holds the same data, or the server is loaded). Nothing was written; retry in a few seconds";

/**
 * What a failed write is told as. A write stopped by the database's limits
 * (its time limit, its memory, a lock held too long by another transaction)
 * is the database being busy, not the request asking too much: writes are
 * bounded by the input limits (security/list-limits.ts). So the client is
 * told to retry (503, Retry-After); the transaction was rolled back, nothing
 * was written. Other errors are returned as they are.
 */
export function writeFailure(error: unknown): unknown {
  const original = unwrapResolverError(error);
  if (original instanceof Neo4jError && (QUERY_LIMIT_CODES.has(original.code) || LOCK_STOPPED_CODES.has(original.code))) return new GraphQLError(DATABASE_BUSY, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
  return error;
}

/**
 * The one place where errors become what a client sees: known errors keep
 * their message and code; errors of the database and unknown ones are logged
 * and masked. Stack traces never leave the server outside development.
 */
export function classify(error: unknown): { code: string; message?: string; extensions?: Record<string, unknown> } {
  const original = unwrapResolverError(error);
  // @neo4j/graphql does not export its error classes; they are told apart by name.
  const name = original instanceof Error ? original.name : "";
  if (name === "Neo4jGraphQLForbiddenError") {
    return { code: ErrorCode.FORBIDDEN, message: "Forbidden: your role does not allow this operation" };
  }
  if (name === "Neo4jGraphQLAuthenticationError" || (original instanceof GraphQLError && original.message === "Unauthenticated")) {
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
  if (original instanceof Neo4jError) {
    // Limits of one query (NEO4J_QUERY_TIMEOUT_MS, db.memory.transaction.max): the client asked too much.
    if (QUERY_LIMIT_CODES.has(original.code)) {
      return { code: ErrorCode.BAD_REQUEST, message: "The query asks for more than one request may compute (time or memory); ask for less (filters, smaller limits)" };
    }
    if (LOCK_STOPPED_CODES.has(original.code)) return { code: ErrorCode.SERVICE_UNAVAILABLE, message: DATABASE_BUSY };
    if (SERVICE_UNAVAILABLE_CODES.has(original.code) || original.retriable) {
      return { code: ErrorCode.SERVICE_UNAVAILABLE, message: "The database is unavailable; retry in a few seconds" };
    }
    if (original.code === "Neo.ClientError.Statement.ArgumentError" && /non-negative|LIMIT|SKIP/i.test(original.message)) {
      return { code: ErrorCode.BAD_USER_INPUT, message: "limit, offset and first must be 0 or more" };
    }
    if (original.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      // Neo4j names the property: "... already exists with label `EssStructure` and property `siret` = '...'".
      const field = /property `(\w+)`/.exec(original.message)?.[1];
      const unique = new UniqueValueError(field ? [field] : []);
      return { code: ErrorCode.CONSTRAINT_VIOLATION, message: unique.message, extensions: unique.extensions };
    }
    return { code: ErrorCode.INTERNAL_SERVER_ERROR };
  }
  if (original instanceof GraphQLError) {
    const code = original.extensions?.code;
    if (typeof code === "string") return { code };
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR };
}

/**
 * The full-text searches (`searchEssStructures(phrase)`…) take Lucene's query
 * syntax (`vélo~`, `épic*`, `"jardin partagé"`, `AND`): a phrase Lucene cannot
 * read fails in Neo4j's procedure, an empty one in @neo4j/graphql. Told as
 * bad input with what went wrong; null for any other error.
 */
function fullTextPhraseError(error: unknown): string | null {
  if (error instanceof Error && !(error instanceof Neo4jError) && error.message === "Invalid phrase") return "The search phrase is empty: write at least one word";
  if (!(error instanceof Neo4jError) || error.code !== "Neo.ClientError.Procedure.ProcedureCallFailed" || !error.message.includes("db.index.fulltext.query")) return null;
  if (/TooManyClauses|maxClauseCount/.test(error.message)) {
    return "The search phrase has too many words: Lucene reads at most 1,024 terms (a word* counts as every word it stands for); search with fewer words";
  }
  const lucene = /(?:ParseException: Encountered "(.*?)" at line \d+, column (\d+)|TokenMgrError: Lexical error at line \d+, column \d+\.\s+Encountered: (<EOF>)?)/.exec(error.message);
  if (!lucene) return null;
  const atEnd = (lucene[1] ?? lucene[3] ?? "").includes("<EOF>") || lucene[0].includes("TokenMgrError");
  const what = atEnd
    ? "The search phrase ends where Lucene expects more (a quote or bracket left open, an operator with nothing after it)"
    : `The search phrase is not valid full-text syntax at character ${Number(lucene[2]) + 1}`;
  return `${what}: write words, a "quoted phrase", word* or word~, AND / OR / NOT between words; put a backslash before + - & | ! ( ) { } [ ] ^ " ~ * ? : \\ / used as text`;
}

/**
 * graphql-js suggests names ("Did you mean \"contacts\"?", "Did you mean the
 * enum value \"IDEA\"?"), which maps a schema for whoever guesses; GraphQL
 * Armor masks only the first form. Introspection stays open to all, but
 * guessing hidden names must not work (issue 7 §3).
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, "");
}

export function createFormatError(options: { exposeStack: boolean; log: (error: unknown, message: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { code, message, extensions: more } = classify(error);
    if (!PUBLIC_CODES.has(code)) {
      options.log(unwrapResolverError(error), "unexpected error while resolving a GraphQL request");
      return {
        message: "Internal server error",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(options.exposeStack ? { stacktrace: formatted.extensions?.stacktrace } : {}) },
      };
    }
    const extensions: Record<string, unknown> = { ...formatted.extensions, ...more, code };
    if (!options.exposeStack) delete extensions.stacktrace;
    delete extensions.http;
    return { ...formatted, message: withoutSuggestions(message ?? formatted.message), extensions };
  };
}

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
              ? { ...e, message: "Forbidden: your role does not allow this operation", extensions: { ...e.extensions, code: ErrorCode.FORBIDDEN } }
              : e,
          );
        },
      };
    },
  };
}
