/**
 * The partners' widget (docs/widget.md): the script `/widget.js` (custom element
 * <maillage-annuaire>), `/embed.js` (the iframe resizer, both sides), the
 * iframe page `/embed/commune/:inseeCode`, and the one public data endpoint
 * `/api/widget/communes/:inseeCode?lang=fr|en`.
 *
 * Cross-origin on purpose, and only here: the data endpoint and widget.js
 * answer any origin (`Access-Control-Allow-Origin: *`, never credentials),
 * read-only (GET/HEAD). The rest of the API gains no CORS header.
 * @see docs/widget.md
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import express, { type Request, type Response, type Router } from "express";
import type { Logger } from "pino";
import type { GraphReader } from "../domain/ports";
import { InvalidInseeCode, UnknownTown } from "../domain/town-directory";
import {
  getWidgetDirectory,
  parseWidgetLanguage,
  townName,
  type WidgetDirectory,
  type WidgetLanguage,
} from "../domain/widget-directory";
import { classify, ErrorCode, fromDomainError } from "../errors";
import { RETRY_AFTER_SECONDS } from "../errors/service-unavailable";
import { sendHttpError } from "../errors/http";
import { directoryTitle } from "./french";
import { escapeHtml } from "./html";
import { structurePage, TOWN_PAGE_CSP, TOWN_PAGE_ERRORS, townPage, townPageError } from "./town-page";

export const WIDGET_DIST = join(__dirname, "..", "..", "..", "widget", "dist");

/**
 * The data changes when coordinators edit: browsers and caches in front revalidate with the ETag at every
 * use (a 304 costs the server one trivial read), so an edit shows on the next visit.
 */
const DATA_CACHE_CONTROL = "public, max-age=0, must-revalidate";
const SCRIPT_CACHE_CONTROL = "public, max-age=3600";
/** Without the graph's revision (tests of the router alone): how long a rendered answer is kept. */
const SERVER_TTL_MS = 30_000;

/**
 * The iframe page may be framed by any site, but like the explorer it loads
 * nothing but its own files and talks to nothing but this API.
 */
export const EMBED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors *",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

interface Rendered {
  /** What the JSON says, kept for the town's public page. */
  directory: WidgetDirectory;
  body: Buffer;
  /** The same body gzipped once, for the clients that accept it (nearly all). */
  gzipped: Buffer;
  etag: string;
  /** The graph's revision it was rendered at. */
  revision: string;
  expires: number;
}

/** Sends a body kept in memory, gzipped when the client accepts it, with its ETag (304 when the client has it). */
function sendCached(
  req: Request,
  res: Response,
  answer: Omit<Rendered, "expires" | "directory" | "revision">,
  type: string,
  cacheControl: string,
): void {
  res.setHeader("Cache-Control", cacheControl);
  res.setHeader("ETag", answer.etag);
  res.setHeader("Vary", "Accept-Encoding");
  if (req.headers["if-none-match"]?.split(/\s*,\s*/).includes(answer.etag)) {
    res.status(304).end();
    return;
  }
  res.type(type);
  if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
    res.setHeader("Content-Encoding", "gzip");
    res.send(answer.gzipped);
  } else res.send(answer.body);
}

const withEtag = (body: Buffer) => ({
  body,
  gzipped: gzipSync(body),
  etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
});

function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.setHeader("Cache-Control", "no-store");
  if (status === 503) res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  sendHttpError(res, status, code, message);
}

/**
 * The query parameters the iframe page copies onto the element: the widget's
 * documented options (docs/widget.md, widget/src/options.ts), `commune`
 * coming from the path. Anything else (`onmouseover`, `style`...) is dropped
 * here, so that a link to this page cannot give the element an event handler
 * or restyle it; the values are escaped, and the widget checks them.
 * `heading-level` is the page's own: alone in its document, the widget's title is the h1.
 */
export const EMBED_OPTIONS = ["lang", "layout", "max-items", "themes", "map", "accent", "background", "text"] as const;

/** The iframe page: the same custom element, options from the query string, titled with the town's name. */
export function embedPage(inseeCode: string, query: Record<string, unknown>): string {
  const attributes = [`commune="${escapeHtml(inseeCode)}"`];
  for (const name of EMBED_OPTIONS) {
    const value = query[name];
    if (typeof value === "string") attributes.push(`${name}="${escapeHtml(value)}"`);
  }
  attributes.push('heading-level="1"');
  const lang = query.lang === "en" ? "en" : "fr";
  const title = directoryTitle(townName(inseeCode), lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>html,body{margin:0;padding:0;background:transparent}</style>
<script src="/widget.js" defer></script>
<script src="/embed.js" defer></script>
</head>
<body>
<main><maillage-annuaire ${attributes.join(" ")}></maillage-annuaire></main>
</body>
</html>
`;
}

/**
 * Each town's widget directory, rendered once per language and kept while the graph's revision
 * (db/graph-revision.ts) has not moved: one Neo4j query per town and language at a time, shared by the
 * widget's data, the public pages and the report form, and never older than the last write.
 */
export function createWidgetDirectories(reader: GraphReader, currentRevision?: () => Promise<string>) {
  const rendered = new Map<string, Rendered>();
  const pending = new Map<string, Promise<Rendered>>();
  const revisionNow = currentRevision ?? (async () => "");
  return {
    async render(inseeCode: string, lang: WidgetLanguage): Promise<Rendered> {
      const revision = await revisionNow();
      const key = `${inseeCode.trim().toUpperCase()}|${lang}`;
      const cached = rendered.get(key);
      if (cached && cached.revision === revision && (currentRevision !== undefined || cached.expires > Date.now()))
        return cached;
      const pendingKey = `${key}|${revision}`;
      let promise = pending.get(pendingKey);
      if (!promise) {
        promise = getWidgetDirectory(reader, inseeCode, lang)
          .then((directory) => {
            const entry = {
              directory,
              ...withEtag(Buffer.from(JSON.stringify(directory))),
              revision,
              expires: Date.now() + SERVER_TTL_MS,
            };
            // Keyed by the normalised code: at most one entry per town and language.
            rendered.set(`${directory.town.inseeCode}|${lang}`, entry);
            return entry;
          })
          .finally(() => pending.delete(pendingKey));
        pending.set(pendingKey, promise);
      }
      return promise;
    },
  };
}
export type WidgetDirectories = ReturnType<typeof createWidgetDirectories>;

export function widgetRouter(deps: { directories: WidgetDirectories; logger: Logger; dist?: string }): Router {
  const { logger } = deps;
  const render = deps.directories.render;
  const dist = deps.dist ?? WIDGET_DIST;
  const router = express.Router();

  const crossOrigin = (res: Response) => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
  };

  router.options("/api/widget/communes/:inseeCode", (_req, res) => {
    crossOrigin(res);
    res.setHeader("Access-Control-Allow-Methods", "GET, HEAD");
    res.setHeader("Access-Control-Max-Age", "86400");
    res.status(204).end();
  });
  router.get("/api/widget/communes/:inseeCode", async (req: Request<{ inseeCode: string }>, res) => {
    crossOrigin(res);
    try {
      const lang = parseWidgetLanguage(req.query.lang);
      const answer = await render(req.params.inseeCode, lang);
      sendCached(req, res, answer, "application/json; charset=utf-8", DATA_CACHE_CONTROL);
    } catch (error) {
      const refused = fromDomainError(error);
      if (refused) return sendError(res, refused.status, refused.code, refused.message);
      const { code, message } = classify(error);
      if (code === ErrorCode.SERVICE_UNAVAILABLE)
        return sendError(res, 503, code, message ?? "The database is unavailable; retry in a few seconds");
      logger.error({ err: error }, "widget data endpoint failed");
      sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
    }
  });
  router.all("/api/widget/communes/:inseeCode", (_req, res) => {
    crossOrigin(res);
    res.setHeader("Allow", "GET, HEAD, OPTIONS");
    sendError(res, 405, ErrorCode.BAD_REQUEST, "The widget endpoint is read-only: use GET");
  });

  for (const file of ["widget.js", "embed.js"]) {
    const path = join(dist, file);
    if (!existsSync(path)) {
      logger.warn(`widget/dist/${file} is missing: the widget is not served (npm run build builds it)`);
      continue;
    }
    const script = withEtag(readFileSync(path));
    router.get(`/${file}`, (req, res) => {
      if (file === "widget.js") crossOrigin(res);
      sendCached(req, res, script, "text/javascript; charset=utf-8", SCRIPT_CACHE_CONTROL);
    });
  }

  router.get("/embed/commune/:inseeCode", (req: Request<{ inseeCode: string }>, res) => {
    res.setHeader("Content-Security-Policy", EMBED_CSP);
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Cache-Control", "public, max-age=300");
    res.type("html").send(embedPage(req.params.inseeCode, req.query as Record<string, unknown>));
  });

  /**
   * The public directory pages, plain HTML, French unless ?lang=en: a town's (`/annuaire/94028`) and each of its
   * structures' (`/annuaire/94028/structure/<id>`); errors as a page in the visitor's language.
   */
  const publicDirectoryPage =
    (page: (directory: WidgetDirectory, req: Request<{ inseeCode: string; id?: string }>) => string | null) =>
    async (req: Request<{ inseeCode: string; id?: string }>, res: Response) => {
      res.setHeader("Content-Security-Policy", TOWN_PAGE_CSP);
      res.setHeader("Referrer-Policy", "same-origin");
      const lang = req.query.lang === "en" ? "en" : "fr";
      const fail = (status: number, message: string) => {
        res.setHeader("Cache-Control", "no-store");
        if (status === 503) res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
        res.status(status).type("html").send(townPageError(lang, message));
      };
      try {
        // Any other value of lang is a visitor's typo: the French page, rather than an error.
        const { directory } = await render(req.params.inseeCode, parseWidgetLanguage(lang));
        const html = page(directory, req);
        if (html === null) return fail(404, TOWN_PAGE_ERRORS.unknownStructure[lang]());
        res.setHeader("Cache-Control", DATA_CACHE_CONTROL);
        res.type("html").send(html);
      } catch (error) {
        const code = req.params.inseeCode.slice(0, 12);
        if (error instanceof InvalidInseeCode) return fail(400, TOWN_PAGE_ERRORS.invalid[lang]());
        if (error instanceof UnknownTown) return fail(404, TOWN_PAGE_ERRORS.unknown[lang](code));
        const unavailable = classify(error).code === ErrorCode.SERVICE_UNAVAILABLE;
        if (!unavailable) logger.error({ err: error }, "town directory page failed");
        fail(unavailable ? 503 : 500, TOWN_PAGE_ERRORS.down[lang]());
      }
    };
  router.get(
    "/annuaire/:inseeCode",
    publicDirectoryPage((directory) => townPage(directory)),
  );
  router.get(
    "/annuaire/:inseeCode/structure/:id",
    publicDirectoryPage((directory, req) => {
      const entry = directory.entries.find((x) => x.id === req.params.id);
      return entry ? structurePage(directory, entry) : null;
    }),
  );

  return router;
}
