import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConfig } from "./neo4j-config";

/** Opens a driver; numbers come back as JavaScript numbers (all our integers are small). */
export function openDriver(config: Neo4jConfig, options: { maxConnectionPoolSize?: number } = {}): Driver {
  const auth = config.username && config.password ? neo4j.auth.basic(config.username, config.password) : undefined;
  return neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Retry transient failures briefly: during an outage a client should hear
    // "unavailable" in seconds, not wait 30 s (the driver's default).
    maxTransactionRetryTime: 5_000,
    // Never log query parameters: they may hold personal data.
    logging: undefined,
  });
}
