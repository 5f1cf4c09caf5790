/**
 * @neo4j/graphql prints every Cypher query with its parameters (people's
 * names, emails, phones...) when DEBUG names its namespaces. Outside
 * development those namespaces are switched off, whatever DEBUG says:
 * personal data must not reach the logs. The `debug` instance is the one
 * @neo4j/graphql loads.
 */
import { createRequire } from "node:module";

interface Debug {
  enable(namespaces: string): void;
  disable(): string;
  enabled(namespace: string): boolean;
}

const debug = createRequire(require.resolve("@neo4j/graphql"))("debug") as Debug;

/** Namespaces of @neo4j/graphql whose output holds Cypher parameters. */
export const CYPHER_DEBUG_NAMESPACES = [
  "@neo4j/graphql:execution",
  "@neo4j/graphql:translate",
  "@neo4j/graphql:graphql",
  "@neo4j/graphql:auth",
];

export function cypherDebugOffOutsideDevelopment(env: string): void {
  if (env === "development") return;
  const current = debug.disable();
  const kept = current.split(/[\s,]+/).filter((ns) => ns && !ns.startsWith("@neo4j/graphql"));
  debug.enable([...kept, ...CYPHER_DEBUG_NAMESPACES.map((ns) => `-${ns}`), "-@neo4j/graphql:*"].join(","));
}

export function cypherDebugEnabled(): boolean {
  return CYPHER_DEBUG_NAMESPACES.some((ns) => debug.enabled(ns));
}

/** For tests: what DEBUG would switch on. */
export function enableDebug(namespaces: string): void {
  debug.enable(namespaces);
}
