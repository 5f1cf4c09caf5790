/**
 * What the built front ends (the explorer at /, GraphiQL at /graphiql) share:
 * their security headers and how their files are served.
 */
import { existsSync } from "node:fs";
import { extname, join } from "node:path";
import express, { type RequestHandler } from "express";

/** A page's content security policy, and no full address of this API in the Referer of requests elsewhere. */
export function securityHeaders(contentSecurityPolicy: string): RequestHandler {
  return (_req, res, next) => {
    res.setHeader("Content-Security-Policy", contentSecurityPolicy);
    res.setHeader("Referrer-Policy", "same-origin");
    next();
  };
}

/** A built front end's folder: index.html for the folder itself, revalidated on every visit (its assets' names change with each build). */
export function builtFiles(dist: string): RequestHandler {
  return express.static(dist, { index: "index.html", maxAge: 0 });
}

/** Compressed copies written beside each file at build time, by preference: extension → Content-Encoding. */
const ENCODINGS = [
  { encoding: "br", extension: ".br" },
  { encoding: "gzip", extension: ".gz" },
] as const;

/**
 * A folder of hashed, never-changing files (the explorer's /assets), each
 * sent in the compressed copy written beside it at build time (`name.js.br`,
 * `name.js.gz`) when the browser accepts that encoding, with the original's
 * type and `Vary: Accept-Encoding` (a cache must not give the brotli copy to
 * a browser that did not ask for it); the plain file otherwise. Nothing is
 * compressed while serving.
 */
export function precompressedFiles(dir: string, options: { maxAge: string; immutable: boolean }): RequestHandler {
  // Which copies exist, by file name: the folder does not change while the server runs.
  const copies = new Map<string, string[]>();
  const copiesOf = (name: string) => {
    let found = copies.get(name);
    if (!found) {
      found = ENCODINGS.filter((e) => existsSync(join(dir, name + e.extension))).map((e) => e.encoding);
      copies.set(name, found);
    }
    return found;
  };
  const serve = express.static(dir, {
    ...options,
    fallthrough: false,
    setHeaders: (res, path) => {
      const encoding = ENCODINGS.find((e) => path.endsWith(e.extension));
      if (!encoding) return;
      res.setHeader("Content-Encoding", encoding.encoding);
      // The original's type (send keeps a Content-Type already set).
      res.type(extname(path.slice(0, -encoding.extension.length)));
    },
  });
  return (req, res, next) => {
    // Only flat file names (the build writes no subfolders); anything else goes to express.static as it is.
    const name = /^\/([\w.-]+)$/.exec(req.path)?.[1];
    const available = name && !name.endsWith(".br") && !name.endsWith(".gz") ? copiesOf(name) : [];
    if (available.length > 0) {
      res.setHeader("Vary", "Accept-Encoding");
      // Ours is the preference (brotli is smaller), among the encodings the browser accepts at all.
      const encoding = ENCODINGS.find(
        (e) => available.includes(e.encoding) && req.acceptsEncodings(e.encoding) === e.encoding,
      );
      if (encoding) req.url = `/${name}${encoding.extension}`;
    }
    serve(req, res, next);
  };
}
