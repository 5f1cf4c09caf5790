import { formatEnvError, neo4jEnvSchema, toNeo4jConfig, type Neo4jConfig } from "@maillage/neo4j";

/** The Neo4j to back up or restore into, from the environment; exits 2 naming the bad variable. */
export function neo4jConfigOrExit(command: string): Neo4jConfig {
  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) {
    console.error(`${command}: ${formatEnvError(env.error)}`);
    process.exit(2);
  }
  return toNeo4jConfig(env.data);
}
