/**
 * Serves the explorer (explorer/dist, built by Vite) at /, with a content
 * security policy that lets the page load nothing but its own files and talk
 * to nothing but this API: no CDN, no font service, and no tile server unless
 * the deployment configures one (MAP_TILES_URL), whose one origin is then
 * allowed for images and connections.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type ErrorRequestHandler, type RequestHandler, type Router } from "express";
import { ErrorCode } from "../errors";
import { sendHttpError } from "../errors/http";
import { builtFiles, precompressedFiles, securityHeaders } from "./static-files";

export const EXPLORER_DIST = join(__dirname, "..", "..", "..", "explorer", "dist");

/** The explorer's content security policy; `tileOrigin` is the configured tile server's origin, if any. */
export function explorerCsp(tileOrigin?: string): string {
  const tiles = tileOrigin ? ` ${tileOrigin}` : "";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles}`,
    "font-src 'self'",
    `connect-src 'self'${tiles}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * serve-static's errors name the file they looked for, absolute path included
 * (`ENOENT: no such file or directory, stat '/srv/…/explorer/dist/assets/nope.js'`):
 * a client gets the status alone. Other failures go on to the server's handler, which masks them.
 */
const fileError: ErrorRequestHandler = (error: { status?: number }, _req, res, next) => {
  if (error.status === 404) sendHttpError(res, 404, ErrorCode.NOT_FOUND, "Not found: no such file in the explorer");
  // 403: a path that leaves the explorer's folder (`..`); 400: a path that does not decode.
  else if (error.status === 403)
    sendHttpError(res, 403, ErrorCode.FORBIDDEN, "Forbidden: this path is outside the explorer's files");
  else if (typeof error.status === "number" && error.status >= 400 && error.status < 500)
    sendHttpError(res, error.status, ErrorCode.BAD_REQUEST, "Bad request for a file of the explorer");
  else next(error);
};

/**
 * `/` on a server without the explorer: a short page that says so, rather than
 * the API's generic JSON 404: a coordinator opening the address reads why no app is there.
 */
export const explorerNotBuilt: RequestHandler = (_req, res) => {
  res
    .status(404)
    .type("text/plain; charset=utf-8")
    .send("The explorer is not built on this server (npm run build builds it). The API answers at /graphql.\n");
};

/** Null when the explorer was not built (the API still works alone). */
export function explorerRouter(dist = EXPLORER_DIST, tileOrigin?: string): Router | null {
  if (!existsSync(join(dist, "index.html"))) return null;
  const router = express.Router();
  router.use(securityHeaders(explorerCsp(tileOrigin)));
  // Hashed assets never change (sent brotli- or gzip-compressed as written at build time); index.html always revalidates.
  router.use("/assets", precompressedFiles(join(dist, "assets"), { immutable: true, maxAge: "365d" }));
  router.use(builtFiles(dist));
  router.use(fileError);
  return router;
}
