import { cypher } from "../query";
import type { StoredMetrics } from "./stored-metrics.cypher";

export type Params = { snapshot: Omit<StoredMetrics, "computedAt"> & { computedAt: string } };
export type Row = { key: string };

/** Writes (replaces) the snapshot of one time slice. */
export const storeMetrics = cypher<Params, Row>(
  "metrics/store-metrics",
  /* cypher */ `
  MERGE (m:NetworkMetrics {key: $snapshot.key})
  SET m = $snapshot, m.computedAt = datetime($snapshot.computedAt)
  RETURN m.key AS key`,
);
