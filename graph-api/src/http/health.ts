import type { Request, Response } from "express";
import type { Driver } from "neo4j-driver";
import { EXPECTED_INDEX_NAMES } from "@maillage/schema";
import { RETRY_AFTER_SECONDS } from "../errors/service-unavailable";
import { VERSIONS } from "../version";
import { onlineIndexes, type Row as OnlineIndexesRow } from "../cypher/health/online-indexes.cypher";

/** Liveness: the process answers; with the release it runs, for whoever checks an upgrade. */
export function healthz(_req: Request, res: Response): void {
  res.json({ status: "ok", version: VERSIONS.api, schema: VERSIONS.schema });
}

export type ReadinessCheck = () => Promise<{ ready: boolean; reason?: string }>;

/** Readiness: Neo4j answers and every constraint and index of the model is online. */
export function createReadinessCheck(driver: Driver, database: string | undefined, timeoutMs = 3000): ReadinessCheck {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      // The driver directly, not a GraphReader: readiness has its own timeout (timeoutMs), shorter than the API queries' one.
      const { records } = await Promise.race([
        timeout,
        driver.executeQuery(
          onlineIndexes.text,
          {},
          {
            database,
            transactionConfig: { timeout: timeoutMs, metadata: { app: "maillage", query: onlineIndexes.name } },
          },
        ),
      ]);
      const online = new Set((records[0].toObject() as OnlineIndexesRow).online);
      const missing = EXPECTED_INDEX_NAMES.filter((n) => !online.has(n));
      if (missing.length > 0)
        return { ready: false, reason: `indexes not online: ${missing.join(", ")} (run npm run migrate)` };
      return { ready: true };
    } catch (error) {
      return { ready: false, reason: `Neo4j unreachable: ${(error as Error).message.split("\n")[0]}` };
    } finally {
      clearTimeout(timer);
    }
  };
}

export function readyz(check: ReadinessCheck) {
  return async (_req: Request, res: Response): Promise<void> => {
    const result = await check();
    res.status(result.ready ? 200 : 503);
    if (!result.ready) res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
    res.json(result.ready ? { status: "ready" } : { status: "unavailable", reason: result.reason });
  };
}
