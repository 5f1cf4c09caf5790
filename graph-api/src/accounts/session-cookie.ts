/**
 * The browser's side of a session: the cookie that holds its id (HttpOnly,
 * SameSite=Lax, Secure when the request came over https, directly or through
 * a trusted proxy) and the checks of a request that brings it. A request
 * other than GET or HEAD authenticated by the cookie must carry the
 * session's CSRF token in `x-csrf-token` (the explorer reads it from
 * /auth/session; another site cannot) and, when the browser sends an Origin,
 * come from this site or an allowed origin: a cross-site POST that rides on
 * the cookie is refused (403) before anything runs.
 */
import type { Request, Response } from "express";
import { timingSafeEqual } from "node:crypto";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import type { AuthClaims } from "../auth/verify-token";
import type { Sessions } from "./sessions";
import { hashOf } from "./tokens";

export const SESSION_COOKIE = "maillage_session";
export const CSRF_HEADER = "x-csrf-token";

/** The CSRF token of a session id: derived from it, so that the server need not keep it and only the cookie's holder can compute it. */
export const csrfOf = (sessionId: string) => hashOf(`csrf:${sessionId}`);

/** A cookie of the request, by name (no cookie parser is mounted). */
export function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

const attributes = (req: Request, maxAgeSeconds: number) =>
  ["Path=/", "HttpOnly", "SameSite=Lax", ...(req.secure ? ["Secure"] : []), `Max-Age=${maxAgeSeconds}`].join("; ");

export function setCookie(req: Request, res: Response, name: string, value: string, maxAgeSeconds: number): void {
  res.append("Set-Cookie", `${name}=${encodeURIComponent(value)}; ${attributes(req, maxAgeSeconds)}`);
}

export function clearCookie(req: Request, res: Response, name: string): void {
  res.append("Set-Cookie", `${name}=; ${attributes(req, 0)}`);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** This server's own origin as the browser sees it (the proxy's when trusted). */
export const ownOrigin = (req: Request) => `${req.protocol}://${req.get("host")}`;

/** Refuses (403) a request whose Origin is another site's; requests without Origin (scripts, same-origin GETs) pass. */
export function checkOrigin(req: Request, allowedOrigins: readonly string[]): void {
  const origin = req.headers.origin;
  if (origin === undefined || origin === ownOrigin(req) || allowedOrigins.includes(origin)) return;
  throw new ForbiddenError(`Forbidden: a request from ${origin} may not use this site's session`, { withStatus: true });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export type SessionAuthenticator = (req: Request) => Promise<AuthClaims | undefined>;

/**
 * The claims of the session a request's cookie names: undefined without the
 * cookie; 401 when the session has ended (expired, signed out, revoked,
 * forged); 403 for a write without the session's CSRF token or from another site.
 */
export function sessionAuthenticator(sessions: Sessions, allowedOrigins: readonly string[] = []): SessionAuthenticator {
  return async (req) => {
    const id = cookieOf(req, SESSION_COOKIE);
    if (!id) return undefined;
    const session = await sessions.find(id);
    if (!session) throw new UnauthenticatedError("Your session has ended: sign in again");
    if (!SAFE_METHODS.has(req.method)) {
      checkOrigin(req, allowedOrigins);
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameSecret(hashOf(sent), session.csrfHash))
        throw new ForbiddenError("Forbidden: this request carries the session cookie without its CSRF token", {
          withStatus: true,
        });
    }
    return {
      sub: session.email,
      roles: session.roles,
      name: session.name ?? session.email,
      email: session.email,
      via: "session",
    };
  };
}
