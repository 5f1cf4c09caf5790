/**
 * Who a request is: a verified JWT (`Authorization: Bearer …`), a browser
 * session (its cookie), a researcher's API key (`x-api-key` or `Authorization: ApiKey …`, rate-limited per key), or
 * anonymous. The middleware (before /graphql and /api/export) handles API
 * keys and request rates: it stores a key's claims on the request, answers
 * 401 for a bad key and 429 (with Retry-After) over a rate. Bearer tokens are
 * verified where they were before (`identify`), with the same errors.
 */
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { ErrorCode } from "../errors";
import { sendHttpError } from "../errors/http";
import { clientOf, createRateLimiter, setRateHeaders, type RateState } from "../security/rate-limit";
import { apiKeyOf } from "./api-key-header";
import type { ApiKeyClaims, ApiKeyVerifier } from "./api-key-verifier";
import type { AuthClaims, TokenVerifier } from "./verify-token";
import type { SessionAuthenticator } from "../accounts/session-cookie";

const CLAIMS = Symbol("maillage.claims");

/** Unknown API keys looked up a minute for an address already over its rate. */
const FAILED_KEYS_PER_MINUTE = 10;
type WithClaims = Request & { [CLAIMS]?: AuthClaims };

/**
 * The claims of a request: its API key's (checked by the middleware), else its
 * bearer token's, else its browser session's (cookie, accounts/session-cookie.ts);
 * undefined when anonymous.
 */
export async function identify(
  req: Request,
  verifyToken: TokenVerifier,
  session?: SessionAuthenticator,
): Promise<AuthClaims | undefined> {
  const claims = (req as WithClaims)[CLAIMS];
  if (claims) return claims;
  if (req.headers.authorization?.trim() || !session) return verifyToken(req.headers.authorization);
  return session(req);
}

/**
 * Admits a request, or answers for it: a researcher's key is checked and held
 * to the key's own rate; a request without a key is held to its address's
 * rate (`perAddressPerMinute`, none when unset). A request whose key is not
 * valid counts against its address, so that guessing keys is limited like any
 * anonymous traffic; once the address is over its rate, keys not already
 * known to be valid are looked up at most FAILED_KEYS_PER_MINUTE times a
 * minute (failures included), the others refused before any database read.
 */
export function admitRequests(deps: { verifier: ApiKeyVerifier; perAddressPerMinute?: number }): RequestHandler {
  const keys = createRateLimiter();
  const addresses = createRateLimiter();
  const failures = createRateLimiter();
  const perAddress = deps.perAddressPerMinute;
  const tooMany = (res: Response, state: RateState, message: string) => {
    setRateHeaders(res, state);
    sendHttpError(res, 429, ErrorCode.RATE_LIMITED, `${message}; retry in ${state.retryAfterSeconds} s`);
  };
  return async (req: Request, res: Response, next: NextFunction) => {
    const address = `ip:${clientOf(req.ip ?? req.socket.remoteAddress)}`;
    const addressMessage = `Too many requests from this address (${perAddress} a minute)`;
    const key = apiKeyOf(req.headers as { authorization?: string; "x-api-key"?: string });
    if (key === undefined) {
      if (perAddress === undefined) return next();
      const state = addresses.take(address, perAddress);
      if (!state.allowed) return tooMany(res, state, `${addressMessage}, or ask for a researcher's API key`);
      setRateHeaders(res, state);
      return next();
    }
    // An address over its rate may still bring a valid key (a lab behind a shared address),
    // but only a few unknown keys a minute are looked up for it.
    const lookupsLeft =
      perAddress === undefined ||
      deps.verifier.knownValid(key) ||
      addresses.peek(address, perAddress).allowed ||
      failures.peek(address, FAILED_KEYS_PER_MINUTE).allowed;
    if (!lookupsLeft) return tooMany(res, addresses.peek(address, perAddress!), addressMessage);
    let claims: ApiKeyClaims;
    try {
      claims = await deps.verifier.verify(key);
    } catch (error) {
      if (perAddress !== undefined) {
        failures.take(address, FAILED_KEYS_PER_MINUTE);
        const state = addresses.take(address, perAddress);
        if (!state.allowed) return tooMany(res, state, addressMessage);
        setRateHeaders(res, state);
      }
      return sendHttpError(
        res,
        401,
        ErrorCode.UNAUTHENTICATED,
        error instanceof Error ? error.message : "Authentication failed",
      );
    }
    const state = keys.take(claims.apiKey.id, claims.apiKey.ratePerMinute);
    if (!state.allowed)
      return tooMany(
        res,
        state,
        `Rate limit of this API key exceeded (${claims.apiKey.ratePerMinute} requests a minute)`,
      );
    setRateHeaders(res, state);
    (req as WithClaims)[CLAIMS] = claims;
    next();
  };
}
