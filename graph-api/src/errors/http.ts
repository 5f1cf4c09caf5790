import type { Response } from "express";
import { ErrorCode } from "./error-codes";

/**
 * An error answered outside GraphQL (REST routes, middleware before Apollo),
 * in the shape of GraphQL's errors, so that a client reads every error of the
 * API the same way: `{ "errors": [{ "message", "extensions": { "code" } }] }`.
 */
export function sendHttpError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
