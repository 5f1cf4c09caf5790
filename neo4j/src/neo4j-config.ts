import { z } from "zod";

/**
 * How to reach Neo4j, from the environment. NEO4J_URI accepts every driver
 * scheme (bolt, bolt+s, neo4j, neo4j+s for Aura and clusters). Credentials are
 * optional: the local launcher runs without authentication on loopback.
 */
export const neo4jEnvSchema = z
  .object({
    NEO4J_URI: z
      .string({ error: "NEO4J_URI is required (e.g. bolt://127.0.0.1:7687)" })
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, "NEO4J_URI must look like bolt://host:7687 or neo4j+s://host"),
    NEO4J_USERNAME: z.string().min(1).optional(),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),
  })
  .refine((env) => (env.NEO4J_USERNAME === undefined) === (env.NEO4J_PASSWORD === undefined), {
    message: "NEO4J_USERNAME and NEO4J_PASSWORD go together: set both or neither",
    path: ["NEO4J_PASSWORD"],
  });

export type Neo4jEnv = z.infer<typeof neo4jEnvSchema>;

export interface Neo4jConfig {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
}

export function toNeo4jConfig(env: Neo4jEnv): Neo4jConfig {
  return {
    uri: env.NEO4J_URI,
    username: env.NEO4J_USERNAME,
    password: env.NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE,
  };
}

/** One readable line per invalid variable, naming it. */
export function formatEnvError(error: z.ZodError): string {
  return error.issues.map((i) => `- ${i.path.join(".") || "environment"}: ${i.message}`).join("\n");
}
