/**
 * CORS for the API (docs/security.md): only origins in CORS_ORIGINS may read
 * answers from a browser; every other origin gets no CORS headers (its
 * browser hides the answer) and its preflights are refused. The partners'
 * widget routes (/api/widget/*, /widget.js...) answer any origin themselves
 * (http/widget.ts) and do not go through this.
 */
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { ErrorCode } from "../errors";
import { sendHttpError } from "../errors/http";

const ALLOWED_HEADERS = "content-type, authorization, x-api-key, apollo-require-preflight, x-apollo-operation-name";

export function corsAllowlist(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins.map((o) => o.replace(/\/$/, "")));
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    res.vary("Origin");
    const ok = typeof origin === "string" && allowed.has(origin);
    if (ok) {
      res.setHeader("Access-Control-Allow-Origin", origin);
      res.setHeader("Access-Control-Expose-Headers", "Retry-After");
    }
    if (req.method !== "OPTIONS" || typeof origin !== "string") return next();
    if (!ok) {
      sendHttpError(res, 403, ErrorCode.FORBIDDEN, `Origin ${origin} is not allowed to call this API from a browser`);
      return;
    }
    res.setHeader("Access-Control-Allow-Methods", "GET, POST");
    res.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    res.setHeader("Access-Control-Max-Age", "600");
    res.status(204).end();
  };
}
