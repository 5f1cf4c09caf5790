import neo4j, { type Driver } from "neo4j-driver";
import type { GraphReader } from "../domain/ports";

export type { GraphReader };

export function createGraphReader(driver: Driver, options: { database?: string; timeoutMs: number }): GraphReader {
  return {
    async read(query, params) {
      const { records } = await driver.executeQuery(query.text, params, {
        database: options.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: options.timeoutMs, metadata: { app: "maillage", query: query.name } },
      });
      return records.map((r) => r.toObject() as never);
    },
  };
}
