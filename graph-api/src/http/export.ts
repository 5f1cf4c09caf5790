/**
 * Downloads of the cooperation network, for researchers (docs/research.md):
 *   GET /api/export/nodes.csv, /api/export/edges.csv,
 *       /api/export/graph.graphml, /api/export/graph.gexf, /api/export/graph.json
 * with `?asOf=<year>` for a time slice, `?endedTies=exclude` for the current
 * network only, `?illustrative=exclude` for real
 * data only (the metadata and the X-Illustrative-Data header say which), and, for coordinators only,
 * `?pseudonymised=false` for ids, names and coordinates. Pseudonymised by
 * default, for everyone. Byte-stable for a given dataset version (X-Dataset-Version).
 */
import express, { type Request, type Response, type Router } from "express";
import type { AuthClaims } from "../auth/verify-token";
import { hasRole } from "../auth/require-role";
import { buildDataset } from "../domain/export/dataset";
import { edgesCsv, nodesCsv, toGEXF, toGraphML, toJson, type Dataset } from "../domain/export/formats";
import { checkAsOf, type EndedTies, type IllustrativeData, type MetricsService } from "../domain/metrics/service";
import type { Pseudonymise } from "../domain/metrics/pseudonym";
import { ErrorCode, fromDomainError } from "../errors";
import { sendHttpError as fail } from "../errors/http";

const FORMATS: Record<string, { type: string; write: (d: Dataset) => string }> = {
  "nodes.csv": { type: "text/csv; charset=utf-8", write: nodesCsv },
  "edges.csv": { type: "text/csv; charset=utf-8", write: edgesCsv },
  "graph.graphml": { type: "application/graphml+xml; charset=utf-8", write: toGraphML },
  "graph.gexf": { type: "application/gexf+xml; charset=utf-8", write: toGEXF },
  "graph.json": { type: "application/json; charset=utf-8", write: toJson },
};

export const EXPORT_FILES = Object.keys(FORMATS);

/** A query parameter that is `include` (the default) or `exclude`; an Error naming it otherwise. */
function includeOrExclude(req: Request, name: string): IllustrativeData | EndedTies | Error {
  const value = req.query[name];
  if (value === undefined || value === "include") return "INCLUDE";
  if (value === "exclude") return "EXCLUDE";
  return new Error(`${name} must be include or exclude (got "${String(value)}")`);
}

export function exportRouter(deps: {
  metrics: MetricsService;
  pseudonymise: Pseudonymise;
  /** Verified claims of the request (token or API key); throws when credentials are invalid. */
  authenticate: (req: Request) => Promise<AuthClaims | undefined>;
}): Router {
  const router = express.Router();
  router.get("/api/export/:file", async (req: Request, res: Response, next) => {
    try {
      const format = FORMATS[String(req.params.file)];
      if (!format)
        return fail(
          res,
          404,
          ErrorCode.NOT_FOUND,
          `Unknown export "${String(req.params.file)}"; available: ${EXPORT_FILES.join(", ")}`,
        );
      let claims: AuthClaims | undefined;
      try {
        claims = await deps.authenticate(req);
      } catch (error) {
        return fail(res, 401, ErrorCode.UNAUTHENTICATED, (error as Error).message);
      }
      const raw = req.query.asOf;
      let asOf: number | null = null;
      if (raw !== undefined) {
        if (typeof raw !== "string" || !/^\d{4}$/.test(raw))
          return fail(res, 400, ErrorCode.BAD_USER_INPUT, `asOf must be a year such as 2019 (got "${String(raw)}")`);
        asOf = checkAsOf(Number(raw));
      }
      const flag = req.query.pseudonymised;
      if (flag !== undefined && flag !== "true" && flag !== "false")
        return fail(res, 400, ErrorCode.BAD_USER_INPUT, `pseudonymised must be true or false (got "${String(flag)}")`);
      const pseudonymised = flag !== "false";
      const illustrative = includeOrExclude(req, "illustrative");
      if (illustrative instanceof Error) return fail(res, 400, ErrorCode.BAD_USER_INPUT, illustrative.message);
      const endedTies = includeOrExclude(req, "endedTies");
      if (endedTies instanceof Error) return fail(res, 400, ErrorCode.BAD_USER_INPUT, endedTies.message);
      if (!pseudonymised && !hasRole(claims, "coordinator")) {
        return claims
          ? fail(
              res,
              403,
              ErrorCode.FORBIDDEN,
              "Forbidden: only coordinators export ids, names and coordinates (pseudonymised=false)",
            )
          : fail(
              res,
              401,
              ErrorCode.UNAUTHENTICATED,
              "Authentication required: pseudonymised=false needs a coordinator's token",
            );
      }
      const { graph, metrics, version } = await deps.metrics.withGraph(asOf, illustrative, endedTies);
      const dataset = buildDataset(graph, metrics, { asOf, pseudonymised, pseudonymise: deps.pseudonymise, version });
      const name = `maillage-${version}-${asOf ?? (endedTies === "EXCLUDE" ? "current" : "all")}${illustrative === "EXCLUDE" ? "-real" : ""}-${pseudonymised ? "pseudonymised" : "complete"}-${String(req.params.file)}`;
      res.setHeader("Content-Type", format.type);
      res.setHeader("Content-Disposition", `attachment; filename="${name}"`);
      res.setHeader("Cache-Control", pseudonymised ? "no-cache" : "private, no-store");
      res.setHeader("X-Metrics-Computed-At", metrics.computedAt);
      res.setHeader("X-Dataset-Version", version);
      res.setHeader(
        "X-Illustrative-Data",
        illustrative === "EXCLUDE" ? "excluded" : `included (${metrics.illustrativeNodeCount} nodes)`,
      );
      res.send(format.write(dataset));
    } catch (error) {
      const refused = fromDomainError(error);
      if (refused) return fail(res, refused.status, refused.code, refused.message);
      next(error);
    }
  });
  return router;
}
