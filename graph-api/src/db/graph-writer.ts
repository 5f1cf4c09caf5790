import neo4j, { type Driver } from "neo4j-driver";
import type { GraphWriter } from "../domain/ports";

export type { GraphWriter };

export function createGraphWriter(driver: Driver, options: { database?: string; timeoutMs: number }): GraphWriter {
  return {
    async transaction(work) {
      const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(
          (tx) =>
            work(async (query, params) => {
              const result = await tx.run(query.text, params);
              return result.records.map((r) => r.toObject() as never);
            }),
          { timeout: options.timeoutMs, metadata: { app: "maillage" } },
        );
      } finally {
        await session.close();
      }
    },
  };
}
