/**
 * GraphiQL at /graphiql: the npm package bundled by Vite into
 * graph-api/graphiql/dist (`npm run build`), preloaded with documented
 * example queries (graph-api/graphiql/examples.ts). Nothing from a CDN: the
 * content security policy allows only this origin (workers included; inline
 * styles, which Monaco sets on its elements, are the one allowance).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Router } from "express";
import { builtFiles, securityHeaders } from "./static-files";

export const GRAPHIQL_DIST = join(__dirname, "..", "..", "graphiql", "dist");

export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** Null when GraphiQL was not built (npm run build builds it). */
export function graphiqlRouter(dist = GRAPHIQL_DIST): Router | null {
  if (!existsSync(join(dist, "index.html"))) return null;
  const router = express.Router();
  // Relative asset paths need the trailing slash.
  router.get("/graphiql", (req, res, next) =>
    req.originalUrl.split("?")[0] === "/graphiql" ? res.redirect(301, "/graphiql/") : next(),
  );
  router.use("/graphiql", securityHeaders(GRAPHIQL_CSP), builtFiles(dist));
  return router;
}
