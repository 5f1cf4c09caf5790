/**
 * Who a request is: a verified JWT (`Authorization: Bearer …`), a researcher's
 * API key (`x-api-key` or `Authorization: ApiKey …`, rate-limited per key), or
 * anonymous. The middleware (before /graphql and /api/export) handles API
 * keys: it stores their claims on the request, answers 401 for a bad key and
 * 429 (with Retry-After) when a key exceeds its rate. Bearer tokens are
 * verified where they were before (`identify`), with the same errors.
 */
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { ErrorCode } from "../errors";
import { sendHttpError } from "../errors/http";
import { apiKeyOf, createRateLimiter, type ApiKeyClaims } from "./api-keys";
import type { AuthClaims, TokenVerifier } from "./verify-token";

const CLAIMS = Symbol("maillage.claims");
type WithClaims = Request & { [CLAIMS]?: AuthClaims };

/** The claims of a request: its API key's (checked by the middleware), else its bearer token's; undefined when anonymous. */
export async function identify(req: Request, verifyToken: TokenVerifier): Promise<AuthClaims | undefined> {
  return (req as WithClaims)[CLAIMS] ?? verifyToken(req.headers.authorization);
}

export function apiKeyMiddleware(deps: { verifyApiKey: (key: string) => Promise<ApiKeyClaims> }): RequestHandler {
  const limiter = createRateLimiter();
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const key = apiKeyOf(req.headers as { authorization?: string; "x-api-key"?: string });
      if (key !== undefined) {
        const claims = await deps.verifyApiKey(key);
        const wait = limiter.take(claims.apiKey.id, claims.apiKey.ratePerMinute);
        if (wait > 0) {
          res.setHeader("Retry-After", String(wait));
          sendHttpError(res, 429, ErrorCode.RATE_LIMITED, `Rate limit of this API key exceeded (${claims.apiKey.ratePerMinute} requests a minute); retry in ${wait} s`);
          return;
        }
        (req as WithClaims)[CLAIMS] = claims;
      }
      next();
    } catch (error) {
      const message = error instanceof Error ? error.message : "Authentication failed";
      sendHttpError(res, 401, ErrorCode.UNAUTHENTICATED, message);
    }
  };
}
