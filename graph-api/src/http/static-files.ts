/**
 * What the built front ends (the explorer at /, GraphiQL at /graphiql) share:
 * their security headers and how their files are served.
 */
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
