/** What Neo4j's error codes mean for a client: a query asking too much, a busy database, an unreachable one. */
import { unwrapResolverError } from "@apollo/server/errors";
import { Neo4jError } from "neo4j-driver";
import { Unavailable } from "../domain/errors";
import { ErrorCode } from "./error-codes";
import { UniqueValueError } from "./graphql-errors";

/** Limits of one query (NEO4J_QUERY_TIMEOUT_MS, db.memory.transaction.max). */
const QUERY_LIMIT_CODES = new Set([
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.ClientError.Transaction.TransactionTimedOut",
]);

const SERVICE_UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/** A transaction that waited for another's lock past its time limit: Neo4j stopped it, nothing was written. */
const LOCK_STOPPED_CODES = new Set([
  "Neo.ClientError.Transaction.LockClientStopped",
  "Neo.TransientError.Transaction.LockClientStopped",
]);

/** What a write the database could not finish within its limits while busy is told: answered 503 with Retry-After (service-unavailable.ts). */
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
  if (original instanceof Neo4jError && (QUERY_LIMIT_CODES.has(original.code) || LOCK_STOPPED_CODES.has(original.code)))
    return new Unavailable(DATABASE_BUSY);
  return error;
}

/** What a client is told for an error of the database; INTERNAL_SERVER_ERROR (masked) for the unexpected ones. */
export function classifyNeo4jError(error: Neo4jError): {
  code: ErrorCode;
  message?: string;
  extensions?: Record<string, unknown>;
} {
  // The client asked too much of one query.
  if (QUERY_LIMIT_CODES.has(error.code)) {
    return {
      code: ErrorCode.BAD_REQUEST,
      message:
        "The query asks for more than one request may compute (time or memory); ask for less (filters, smaller limits)",
    };
  }
  if (LOCK_STOPPED_CODES.has(error.code)) return { code: ErrorCode.SERVICE_UNAVAILABLE, message: DATABASE_BUSY };
  if (SERVICE_UNAVAILABLE_CODES.has(error.code) || error.retriable) {
    return { code: ErrorCode.SERVICE_UNAVAILABLE, message: "The database is unavailable; retry in a few seconds" };
  }
  if (error.code === "Neo.ClientError.Statement.ArgumentError" && /non-negative|LIMIT|SKIP/i.test(error.message)) {
    return { code: ErrorCode.BAD_USER_INPUT, message: "limit, offset and first must be 0 or more" };
  }
  if (error.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    // Neo4j names the property: "... already exists with label `EssStructure` and property `siret` = '...'".
    const field = /property `(\w+)`/.exec(error.message)?.[1];
    const unique = new UniqueValueError(field ? [field] : []);
    return { code: ErrorCode.CONSTRAINT_VIOLATION, message: unique.message, extensions: unique.extensions };
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR };
}
