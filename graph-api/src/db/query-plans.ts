/**
 * Reading Neo4j query plans: which operators a statement uses,
 * its db hits under PROFILE, and the label scans an index should have served.
 * Used by bench/query-plans.mjs (PROFILE on the Île-de-France-sized graph,
 * docs/query-plans.md) and by tests/integration/query-plans.int.test.ts
 * (EXPLAIN of every hand-written query on the seed graph, in CI).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { CypherQuery } from "../cypher/query";

export interface PlanNode {
  operatorType: string;
  identifiers?: string[];
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
  dbHits?: number;
  rows?: number;
}

/** An index: a label (or relationship type) and its properties, as SHOW INDEXES gives them. */
export interface IndexDef {
  name: string;
  type: string;
  labelsOrTypes: string[];
  properties: string[];
}

export interface PlanSummary {
  operators: string[];
  dbHits: number;
  rows: number | null;
  /** Label scans (and all-nodes scans) that an existing index could have served. */
  avoidableScans: string[];
  /** Every label scan and all-nodes scan, avoidable or not. */
  scans: string[];
}

const opName = (n: PlanNode) => n.operatorType.replace(/@neo4j$/, "");
const details = (n: PlanNode) => String(n.arguments?.Details ?? "");

function walk(node: PlanNode, parents: PlanNode[], visit: (node: PlanNode, parents: PlanNode[]) => void): void {
  visit(node, parents);
  for (const child of node.children ?? []) walk(child, [...parents, node], visit);
}

/**
 * Avoidable scans: an AllNodesScan, or a NodeByLabelScan `v:Label` whose
 * filters (the Filter operators above it) test `v.prop` where Label has a
 * RANGE, TEXT or uniqueness-backed index on prop.
 */
export function summarisePlan(plan: PlanNode, indexes: readonly IndexDef[]): PlanSummary {
  const operators = new Set<string>();
  const scans: string[] = [];
  const avoidable: string[] = [];
  let dbHits = 0;
  walk(plan, [], (node, parents) => {
    const op = opName(node);
    operators.add(op);
    dbHits += Number(node.dbHits ?? 0);
    if (op === "AllNodesScan") {
      scans.push(`AllNodesScan ${details(node)}`);
      avoidable.push(`AllNodesScan ${details(node)}`);
    }
    if (op === "NodeByLabelScan") {
      const m = details(node).match(/^(\S+):(\S+)$/);
      scans.push(`NodeByLabelScan ${details(node)}`);
      if (!m) return;
      const [, variable, label] = m;
      const filters = parents
        .filter((p) => opName(p) === "Filter")
        .map(details)
        .join(" ");
      for (const index of indexes) {
        if (!index.labelsOrTypes.includes(label) || !["RANGE", "TEXT"].includes(index.type)) continue;
        const prop = index.properties[0];
        if (new RegExp(`\\b${variable.replace(/[^\w]/g, "\\$&")}\\.${prop}\\b`).test(filters)) {
          avoidable.push(`NodeByLabelScan ${details(node)} filtered on ${prop} (index ${index.name})`);
          break;
        }
      }
    }
  });
  return { operators: [...operators], dbHits, rows: plan.rows ?? null, avoidableScans: avoidable, scans };
}

/** Every hand-written query of graph-api (cypher/<area>/<name>.cypher.js): name, area and text. */
export function handWrittenQueries(
  cypherDir = join(__dirname, "..", "cypher"),
): { area: string; query: CypherQuery<Record<string, unknown>, unknown> }[] {
  const out: { area: string; query: CypherQuery<Record<string, unknown>, unknown> }[] = [];
  for (const area of readdirSync(cypherDir, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const file of readdirSync(join(cypherDir, area.name))
      .filter((f) => /\.cypher\.(js|ts)$/.test(f) && !f.endsWith(".d.ts"))
      .sort()) {
      // Every statement file of the folder, whatever its name: a plan is checked for each.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(cypherDir, area.name, file)) as Record<string, unknown>;
      for (const value of Object.values(mod)) {
        if (
          value &&
          typeof value === "object" &&
          typeof (value as { text?: unknown }).text === "string" &&
          typeof (value as { name?: unknown }).name === "string"
        ) {
          out.push({ area: area.name, query: value as CypherQuery<Record<string, unknown>, unknown> });
        }
      }
    }
  }
  return out;
}

/** Reads the indexes of the database (SHOW INDEXES), in the shape summarisePlan wants. */
export const SHOW_INDEXES =
  "SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE labelsOrTypes IS NOT NULL RETURN name, type, labelsOrTypes, properties";
