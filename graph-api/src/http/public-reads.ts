/**
 * Public reads of /graphql served from memory while the graph has not changed.
 *
 * A request with no credential at all (no Authorization, no API key, no
 * cookie) reads what every visitor reads: its answer is kept in a bounded LRU
 * cache (lru-cache) under the graph's revision (db/graph-revision.ts) and the
 * request, and the same request is answered from it, without GraphQL, until
 * anything is written to the database. So a kept answer is never older than
 * the last write, whichever process made it. Only answers of queries without
 * errors are kept (the Apollo plugin below says which), and entries also age
 * out after a minute, for the few answers that depend on the day (an open
 * call for projects closes at midnight without a write).
 *
 * Public GET requests carry an ETag (the revision and the request) and
 * `Cache-Control: public, max-age=0, must-revalidate`: an HTTP cache in front
 * (a CDN, nginx) keeps the body and revalidates at each use, and a 304 costs
 * this server one trivial read. Anything sent with a credential is
 * `private, no-store`: contacts and other coordinators' reads are never shared.
 */
import { createHash } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { LRUCache } from "lru-cache";

/** What a request's context holds for this cache: whether its answer may be kept. */
export interface PublicReadMark {
  keep: boolean;
}

interface KeptAnswer {
  status: number;
  contentType: string;
  /** The dataset version the answer's figures come from, when it says one (X-Dataset-Version). */
  datasetVersion?: string;
  body: string;
}

/** Bytes of answers kept (bodies are JSON strings; ×2 for UTF-16 is not counted: this bounds, it does not measure). */
const MAX_BYTES = 64 * 1024 * 1024;
/** One answer larger than this is not kept (a researcher's whole-territory pull). */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
/** Answers that depend on the day (open calls, current ties) refresh at least this often. */
const MAX_AGE_MS = 60_000;

const PUBLIC_CACHE_CONTROL = "public, max-age=0, must-revalidate";
const PRIVATE_CACHE_CONTROL = "private, no-store";
const MARK = Symbol("maillage.publicRead");

type Marked = Response & { [MARK]?: PublicReadMark };

/** Whether a request carries anything that may make its answer someone's own. */
function anonymous(req: Request): boolean {
  const h = req.headers;
  return h.authorization === undefined && h["x-api-key"] === undefined && h.cookie === undefined;
}

/** Everything of a request that Apollo reads to answer it (operation, variables, CSRF and content negotiation). */
function requestKey(req: Request): string {
  const h = req.headers;
  const preflight = h["apollo-require-preflight"] || h["x-apollo-operation-name"] ? "1" : "0";
  const payload = req.method === "GET" ? req.originalUrl : JSON.stringify(req.body);
  return [req.method, h["content-type"] ?? "", h.accept ?? "", preflight, payload].join("\n");
}

export interface PublicReads {
  /** Before Apollo's middleware, after the JSON body parser. */
  middleware: RequestHandler;
  /** Marks the answers that may be kept: queries that completed without errors. */
  plugin<TContext extends { publicRead?: PublicReadMark }>(): ApolloServerPlugin<TContext>;
  /** The mark for a request's context (undefined for requests with credentials). */
  markOf(res: Response): PublicReadMark | undefined;
}

export function createPublicReads(currentRevision: () => Promise<string>): PublicReads {
  const kept = new LRUCache<string, KeptAnswer>({
    maxSize: MAX_BYTES,
    maxEntrySize: MAX_ANSWER_BYTES,
    sizeCalculation: (answer) => answer.body.length + 64,
    ttl: MAX_AGE_MS,
  });

  const middleware: RequestHandler = async (req: Request, res: Response, next: NextFunction) => {
    if (!anonymous(req) || (req.method !== "GET" && req.method !== "POST")) {
      res.setHeader("Cache-Control", PRIVATE_CACHE_CONTROL);
      return next();
    }
    let revision: string;
    try {
      revision = await currentRevision();
    } catch {
      // The database does not answer: GraphQL will say so, in its own words.
      res.setHeader("Cache-Control", "no-store");
      return next();
    }
    let request: string;
    try {
      request = requestKey(req);
    } catch {
      // Variables nested too deep to serialise: never kept; GraphQL refuses them in its own words.
      res.setHeader("Cache-Control", "no-store");
      return next();
    }
    const key = `${revision}\n${request}`;
    const etag = `W/"${createHash("sha256").update(key).digest("base64url").slice(0, 27)}"`;
    res.setHeader("Vary", "Accept, Accept-Encoding, Authorization, Cookie, X-Api-Key");
    res.setHeader("Cache-Control", req.method === "GET" ? PUBLIC_CACHE_CONTROL : "no-store");
    const answer = kept.get(key);
    if (answer) {
      if (req.method === "GET") {
        res.setHeader("ETag", etag);
        if (req.headers["if-none-match"]?.split(/\s*,\s*/).includes(etag)) {
          res.status(304).end();
          return;
        }
      }
      if (answer.datasetVersion) res.setHeader("X-Dataset-Version", answer.datasetVersion);
      res.status(answer.status).type(answer.contentType).send(answer.body);
      return;
    }
    const mark: PublicReadMark = { keep: false };
    (res as Marked)[MARK] = mark;
    // Apollo's Express integration sends a complete answer with one res.send(string).
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (mark.keep && res.statusCode === 200 && typeof body === "string") {
        const datasetVersion = res.getHeader("x-dataset-version");
        kept.set(key, {
          status: 200,
          contentType: String(res.getHeader("content-type") ?? "application/json"),
          ...(typeof datasetVersion === "string" ? { datasetVersion } : {}),
          body,
        });
        if (req.method === "GET") res.setHeader("ETag", etag);
      }
      return send(body);
    };
    next();
  };

  return {
    middleware,
    markOf: (res) => (res as Marked)[MARK],
    plugin<TContext extends { publicRead?: PublicReadMark }>(): ApolloServerPlugin<TContext> {
      return {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, operation, response }) {
              const mark = contextValue.publicRead;
              if (!mark) return;
              mark.keep =
                operation?.operation === "query" &&
                response.body.kind === "single" &&
                !response.body.singleResult.errors?.length;
            },
          };
        },
      };
    },
  };
}
