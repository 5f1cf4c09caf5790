/**
 * Serves the explorer (explorer/dist, built by Vite) at /, with a content
 * security policy that lets the page load nothing but its own files and talk
 * to nothing but this API: no CDN, no font service, no tile server.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type RequestHandler, type Router } from "express";

export const EXPLORER_DIST = join(__dirname, "..", "..", "..", "explorer", "dist");

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader("Content-Security-Policy", CSP);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "same-origin");
  next();
};

/** Null when the explorer was not built (the API still works alone). */
export function explorerRouter(dist = EXPLORER_DIST): Router | null {
  if (!existsSync(join(dist, "index.html"))) return null;
  const router = express.Router();
  router.use(securityHeaders);
  // Hashed assets never change; index.html always revalidates.
  router.use("/assets", express.static(join(dist, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }));
  router.use(express.static(dist, { index: "index.html", maxAge: 0 }));
  return router;
}
