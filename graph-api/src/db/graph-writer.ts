import neo4j, { type Driver } from "neo4j-driver";
import type { CypherQuery } from "../cypher/query";

/** Runs named queries inside one write transaction. */
export type WriteRunner = <P extends Record<string, unknown>, R>(query: CypherQuery<P, R>, params: P) => Promise<R[]>;

/** What the domain needs to write: a transaction in which it runs named queries; all or nothing. */
export interface GraphWriter {
  transaction<T>(work: (run: WriteRunner) => Promise<T>): Promise<T>;
}

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
