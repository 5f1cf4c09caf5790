export { neo4jEnvSchema, toNeo4jConfig, formatEnvError, type Neo4jConfig, type Neo4jEnv } from "./neo4j-config";
export { openDriver } from "./driver";
