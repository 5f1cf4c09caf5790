import neo4j, { type Driver } from "neo4j-driver";
import type { GraphWriter } from "../domain/ports";
import { writeFailure } from "../errors";

export type { GraphWriter };

export function createGraphWriter(driver: Driver, options: { database?: string; timeoutMs: number }): GraphWriter {
  return {
    async transaction(work) {
      // The bookmark manager our reads use (executeQuery's): on a cluster, a read that follows sees this write.
      const session = driver.session({
        database: options.database,
        defaultAccessMode: neo4j.session.WRITE,
        bookmarkManager: driver.executeQueryBookmarkManager,
      });
      try {
        return await session.executeWrite(
          (tx) =>
            work(async (query, params) => {
              const result = await tx.run(query.text, params);
              return result.records.map((r) => r.toObject() as never);
            }),
          { timeout: options.timeoutMs, metadata: { app: "maillage" } },
        );
      } catch (error) {
        throw writeFailure(error);
      } finally {
        await session.close();
      }
    },
  };
}
