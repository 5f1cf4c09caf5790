/**
 * The published dataset of the whole public cooperation graph (docs/research.md):
 *   GET /api/datasets                       the current version and the kept ones (JSON)
 *   GET /api/datasets/current/<file>        the current graph, built now
 *   GET /api/datasets/<version>/<file>      a version kept by `npm run snapshot`
 * Files: README.md, datapackage.json, nodes.csv, edges.csv, communities.csv,
 * graph.graphml, graph.gexf, graph.json. Public data only (ids, names,
 * public attributes, provenance, metrics); contacts are never in it.
 * Every answer carries X-Dataset-Version.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import express, { type Request, type Response, type Router } from "express";
import { buildDataset } from "../domain/export/dataset";
import { CONTENT_TYPES, DATASET_FILES, datasetFiles, type DatasetFile } from "../domain/export/package";
import { keptFile, keptVersions } from "../domain/export/kept";
import type { MetricsService } from "../domain/metrics/service";
import { ErrorCode, fromDomainError } from "../errors";
import { sendHttpError as fail } from "../errors/http";

const isFile = (name: string): name is DatasetFile => (DATASET_FILES as readonly string[]).includes(name);

export function datasetsRouter(deps: { metrics: MetricsService; datasetsDir: string }): Router {
  const router = express.Router();
  const send = (res: Response, version: string, file: DatasetFile, body: string) => {
    res.setHeader("Content-Type", CONTENT_TYPES[file]);
    res.setHeader("X-Dataset-Version", version);
    res.setHeader("Content-Disposition", `attachment; filename="maillage-${version}-${file}"`);
    res.send(body);
  };

  router.get("/api/datasets", async (_req: Request, res: Response, next) => {
    try {
      const { version } = await deps.metrics.current();
      res.setHeader("X-Dataset-Version", version);
      res.json({
        current: version,
        files: DATASET_FILES,
        kept: keptVersions(deps.datasetsDir).map((k) => ({ version: k.version, date: k.date })),
      });
    } catch (error) {
      next(error);
    }
  });

  router.get("/api/datasets/:version/:file", async (req: Request, res: Response, next) => {
    try {
      const version = String(req.params.version);
      const file = String(req.params.file);
      if (!isFile(file))
        return fail(
          res,
          404,
          ErrorCode.NOT_FOUND,
          `Unknown dataset file "${file}"; available: ${DATASET_FILES.join(", ")}`,
        );
      if (version === "current") {
        const { graph, metrics, version: current } = await deps.metrics.withGraph(null);
        const dataset = buildDataset(graph, metrics, {
          asOf: null,
          pseudonymised: false,
          pseudonymise: (id) => id,
          version: current,
        });
        return send(res, current, file, datasetFiles(dataset)[file]);
      }
      const body = keptFile(deps.datasetsDir, version, file);
      if (body === null) {
        const kept = keptVersions(deps.datasetsDir).map((k) => k.version);
        return fail(
          res,
          404,
          ErrorCode.NOT_FOUND,
          `Dataset version "${version}" is not kept on this server; kept: ${kept.length ? kept.join(", ") : "none"} (or ask for "current")`,
        );
      }
      send(res, version, file, body);
    } catch (error) {
      const refused = fromDomainError(error);
      if (refused) return fail(res, refused.status, refused.code, refused.message);
      next(error);
    }
  });
  return router;
}

/** Answers X-Dataset-Version on GraphQL responses whose resolvers read the cooperation graph's figures. */
export function datasetVersionHeader<
  TContext extends { answer: { datasetVersion?: string } },
>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const version = contextValue.answer.datasetVersion;
          if (version) response.http.headers.set("X-Dataset-Version", version);
        },
      };
    },
  };
}
