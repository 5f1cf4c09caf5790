/**
 * Per-IP rate limit of the API (issue 7 §3): the same token buckets as the
 * researchers' keys (auth/api-keys.ts), keyed by the client's address. A
 * request with a valid API key is left to its key's own, higher limit (the
 * key middleware runs first and refuses bad keys). Over the limit: 429 with
 * Retry-After, as a GraphQL error.
 */
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { apiKeyOf, createRateLimiter } from "../auth/api-keys";
import { ErrorCode } from "../errors";
import { sendHttpError } from "../errors/http";

export function ipRateLimit(options: { perMinute: number; now?: () => number }): RequestHandler {
  const limiter = createRateLimiter(options.now);
  return (req: Request, res: Response, next: NextFunction) => {
    if (apiKeyOf(req.headers as { authorization?: string; "x-api-key"?: string }) !== undefined) return next();
    const wait = limiter.take(`ip:${req.ip ?? req.socket.remoteAddress ?? "unknown"}`, options.perMinute);
    if (wait === 0) return next();
    res.setHeader("Retry-After", String(wait));
    sendHttpError(res, 429, ErrorCode.RATE_LIMITED, `Too many requests from this address (${options.perMinute} a minute); retry in ${wait} s, or ask for a researcher's API key`);
  };
}
