import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConfig } from "@maillage/neo4j";

/**
 * A driver for backups: unlike the API's (neo4j/src/driver.ts), it keeps
 * integers lossless, which is how an integer is told from a float of the
 * same value.
 */
export function openBackupDriver(config: Neo4jConfig): Driver {
  const auth = config.username && config.password ? neo4j.auth.basic(config.username, config.password) : undefined;
  return neo4j.driver(config.uri, auth, { maxConnectionPoolSize: 4, connectionTimeout: 10_000, logging: undefined });
}
