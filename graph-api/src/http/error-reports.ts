/**
 * "Signaler une erreur": the public form of each structure of a town's
 * directory, `/annuaire/:inseeCode/signaler/:structureId` (GET shows it, POST
 * sends it, then a thank-you page), and the coordinators' list,
 * `GET /api/error-reports` and `POST /api/error-reports/:id/decision`
 * (`{ "status": "ACCEPTED" | "REJECTED" }`). Reports never change a structure.
 * @see graph-api/src/domain/error-reports.ts for the spam rules
 */
import { createHash, randomBytes } from "node:crypto";
import express, { type Request, type Response, type Router } from "express";
import type { Logger } from "pino";
import type { AuthClaims } from "../auth/verify-token";
import { hasRole } from "../auth/require-role";
import { createReport } from "../cypher/error-reports/create-report.cypher";
import { decideReport } from "../cypher/error-reports/decide-report.cypher";
import { listReports } from "../cypher/error-reports/list-reports.cypher";
import { formStamp, judgeSubmission } from "../domain/error-reports";
import { clientOf, createRateLimiter, type RateLimiter } from "../security/rate-limit";
import type { GraphReader, GraphWriter } from "../domain/ports";
import { InvalidInseeCode, UnknownTown } from "../domain/town-directory";
import type { WidgetDirectory, WidgetLanguage } from "../domain/widget-directory";
import { ErrorCode } from "../errors";
import { sendHttpError } from "../errors/http";
import { reportFormPage, reportThanksPage, reportTooManyPage } from "./report-page";
import { TOWN_PAGE_CSP, TOWN_PAGE_ERRORS, townPageError } from "./town-page";

/** Reports one address may send: a few corrections in a row are fine; a flood is not. */
export const REPORTS_PER_ADDRESS = { limit: 5, windowMs: 10 * 60 * 1000 };

export function errorReportRouter(deps: {
  reader: GraphReader;
  writer: GraphWriter;
  logger: Logger;
  authenticate: (req: Request) => Promise<AuthClaims | undefined>;
  /** The town's public directory (the widget's, cached): a report is about one of its structures. */
  directory: (inseeCode: string, lang: WidgetLanguage) => Promise<WidgetDirectory>;
  /** Signs the forms' time stamps; a new one at each start (a form shown before a restart is asked again). */
  secret?: Buffer;
  limiter?: RateLimiter;
}): Router {
  const { reader, writer, logger } = deps;
  const secret = deps.secret ?? randomBytes(32);
  const limiter = deps.limiter ?? createRateLimiter();
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: "16kb", parameterLimit: 10 });

  /** The structure and its town, when the structure is in that town's public directory. */
  async function find(req: Request<{ inseeCode: string; structureId: string }>, res: Response) {
    const lang = req.query.lang === "en" ? ("en" as const) : ("fr" as const);
    res.setHeader("Content-Security-Policy", TOWN_PAGE_CSP);
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Cache-Control", "no-store");
    try {
      const { town, entries } = await deps.directory(req.params.inseeCode, lang);
      const entry = entries.find((x) => x.id === req.params.structureId);
      if (entry)
        return {
          lang,
          town: { inseeCode: town.inseeCode, name: town.name },
          structure: { id: entry.id, name: entry.name },
        };
      res
        .status(404)
        .type("html")
        .send(
          townPageError(
            lang,
            lang === "en"
              ? "This organisation is not in the town's directory."
              : "Cette structure n'est pas dans l'annuaire de la commune.",
          ),
        );
    } catch (error) {
      if (error instanceof InvalidInseeCode)
        res.status(400).type("html").send(townPageError(lang, TOWN_PAGE_ERRORS.invalid[lang]()));
      else if (error instanceof UnknownTown)
        res
          .status(404)
          .type("html")
          .send(townPageError(lang, TOWN_PAGE_ERRORS.unknown[lang](req.params.inseeCode.slice(0, 12))));
      else {
        logger.error({ err: error }, "error report form failed");
        res.status(503).type("html").send(townPageError(lang, TOWN_PAGE_ERRORS.down[lang]()));
      }
    }
    return null;
  }

  router.get(
    "/annuaire/:inseeCode/signaler/:structureId",
    async (req: Request<{ inseeCode: string; structureId: string }>, res) => {
      const found = await find(req, res);
      if (!found) return;
      if (req.query.sent === "1") return res.type("html").send(reportThanksPage(found));
      res.type("html").send(reportFormPage({ ...found, stamp: formStamp(secret, found.structure.id, Date.now()) }));
    },
  );

  router.post(
    "/annuaire/:inseeCode/signaler/:structureId",
    form,
    async (req: Request<{ inseeCode: string; structureId: string }>, res) => {
      const found = await find(req, res);
      if (!found) return;
      const back = `${req.baseUrl}${req.path}?${found.lang === "en" ? "lang=en&" : ""}sent=1`;
      const verdict = judgeSubmission((req.body ?? {}) as Record<string, unknown>, found.structure.id, secret);
      // A robot is answered as a person would be, so that it learns nothing; nothing is kept.
      if (verdict.kind === "robot") return res.redirect(303, back);
      if (verdict.kind === "invalid") {
        return res
          .status(400)
          .type("html")
          .send(
            reportFormPage({ ...found, ...verdict, stamp: formStamp(secret, found.structure.id, Date.now() - 60_000) }),
          );
      }
      // The address counts in memory only, hashed: it is never stored with the report.
      const address = createHash("sha256").update(clientOf(req.ip)).digest("base64url");
      const rate = limiter.take(`report:${address}`, REPORTS_PER_ADDRESS.limit, REPORTS_PER_ADDRESS.windowMs);
      if (!rate.allowed) {
        res.setHeader("Retry-After", String(rate.retryAfterSeconds));
        return res.status(429).type("html").send(reportTooManyPage(found));
      }
      try {
        await writer.transaction((run) =>
          run(createReport, {
            structureId: found.structure.id,
            inseeCode: found.town.inseeCode,
            message: verdict.submission.message,
            email: verdict.submission.email,
            language: found.lang,
          }),
        );
        res.redirect(303, back);
      } catch (error) {
        logger.error({ err: error }, "error report not stored");
        res.status(503).type("html").send(townPageError(found.lang, TOWN_PAGE_ERRORS.down[found.lang]()));
      }
    },
  );

  /** The coordinators' side: the caller must hold the coordinator role. */
  async function coordinator(req: Request, res: Response): Promise<string | null> {
    res.setHeader("Cache-Control", "private, no-store");
    let claims: AuthClaims | undefined;
    try {
      claims = await deps.authenticate(req);
    } catch (error) {
      sendHttpError(res, 401, ErrorCode.UNAUTHENTICATED, (error as Error).message);
      return null;
    }
    if (!claims)
      sendHttpError(
        res,
        401,
        ErrorCode.UNAUTHENTICATED,
        "Authentication required: error reports are for coordinators; send a coordinator's token",
      );
    else if (!hasRole(claims, "coordinator"))
      sendHttpError(res, 403, ErrorCode.FORBIDDEN, "Forbidden: only a coordinator may read error reports");
    else return claims.sub;
    return null;
  }

  router.get("/api/error-reports", async (req, res, next) => {
    try {
      if (!(await coordinator(req, res))) return;
      res.json({ reports: await reader.read(listReports, { limit: 500 }) });
    } catch (error) {
      next(error);
    }
  });

  router.post(
    "/api/error-reports/:id/decision",
    express.json({ limit: "1kb" }),
    async (req: Request<{ id: string }>, res, next) => {
      try {
        const by = await coordinator(req, res);
        if (!by) return;
        const status = (req.body as { status?: unknown } | undefined)?.status;
        if (status !== "ACCEPTED" && status !== "REJECTED")
          return sendHttpError(
            res,
            400,
            ErrorCode.BAD_USER_INPUT,
            `status must be ACCEPTED or REJECTED (got ${JSON.stringify(status ?? null)})`,
          );
        const [row] = await writer.transaction((run) => run(decideReport, { id: req.params.id, status, by }));
        if (!row) return sendHttpError(res, 404, ErrorCode.NOT_FOUND, `No error report has id ${req.params.id}`);
        res.json({ id: row.id, status });
      } catch (error) {
        next(error);
      }
    },
  );

  return router;
}
