/**
 * A canonical text of a whole graph, independent of internal ids and of the
 * order of creation: one line per node (sorted labels, typed properties) and
 * one per relationship (its end nodes' lines, type, typed properties), sorted.
 * Two graphs are identical when their canonical texts are equal.
 */
import type { Driver } from "neo4j-driver";
import { readSchemaStatements } from "./backup";
import { encodeProperties } from "./values";

export async function canonicalDump(driver: Driver, database?: string): Promise<string[]> {
  const nodes = await driver.executeQuery(
    "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props",
    {},
    { database },
  );
  const nodeText = new Map<string, string>();
  for (const r of nodes.records) {
    nodeText.set(
      r.get("id"),
      JSON.stringify([(r.get("labels") as string[]).slice().sort(), encodeProperties(r.get("props"))]),
    );
  }
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props",
    {},
    { database },
  );
  const lines = [...nodeText.values()].map((t) => `N ${t}`);
  for (const r of rels.records) {
    lines.push(
      `R ${JSON.stringify([nodeText.get(r.get("a")), r.get("type"), nodeText.get(r.get("b")), encodeProperties(r.get("props"))])}`,
    );
  }
  return lines.sort();
}

/** Constraints and indexes, by their creating statements, sorted. */
export async function canonicalSchema(driver: Driver, database?: string): Promise<string[]> {
  return (await readSchemaStatements(driver, database)).sort();
}
