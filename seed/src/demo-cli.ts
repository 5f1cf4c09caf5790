#!/usr/bin/env node
/**
 * npm run demo -- remove [--dry-run]
 *
 * Deletes the illustrative demo population once a territory holds its real
 * organisations: every node and every relationship whose provenance says
 * `sourceKind: ILLUSTRATIVE`, and nothing else. A relationship a coordinator
 * recorded between a real organisation and an illustrative one cannot outlive
 * the illustrative end: it goes too, and is counted and listed so that it can
 * be recorded again. Visitors' error reports about illustrative structures go
 * first (they would lose their subject). One audit entry says what was removed.
 */
import { userInfo } from "node:os";
import type { Driver } from "neo4j-driver";
import { neo4jEnvSchema, toNeo4jConfig, formatEnvError } from "@maillage/neo4j";
import { openDriver } from "@maillage/neo4j";

const ILLUSTRATIVE = "ILLUSTRATIVE";

export interface DemoRemoval {
  nodes: number;
  relationships: number;
  /** Relationships that were not illustrative but touched an illustrative node (removed with it). */
  attached: number;
  /** The first of those, as "TYPE real name — illustrative name (source)". */
  attachedExamples: string[];
  /** Visitors' error reports about illustrative structures (deleted first, with the email they may hold). */
  reports: number;
}

const COUNT = /* cypher */ `
  CALL () { MATCH (n) WHERE n.sourceKind = $kind RETURN count(n) AS nodes }
  CALL () { MATCH ()-[r]->() WHERE r.sourceKind = $kind RETURN count(r) AS relationships }
  CALL () { MATCH (e:ErrorReport)-[:ABOUT]->({sourceKind: $kind}) RETURN count(DISTINCT e) AS reports }
  CALL () {
    MATCH (a)-[r]->(b) WHERE coalesce(r.sourceKind, '') <> $kind AND (a.sourceKind = $kind OR b.sourceKind = $kind) AND NOT a:ErrorReport
    RETURN count(r) AS attached,
      collect(type(r) + ' ' + coalesce(a.name, a.title, a.id, '?') + ' — ' + coalesce(b.name, b.title, b.id, '?') + ' (' + coalesce(r.source, 'no source') + ')')[..20] AS examples
  }
  RETURN nodes, relationships, attached, examples, reports`;

// A report about an invented structure would lose its subject and never be decided (nor its email erased).
const DELETE_REPORTS = /* cypher */ `
  MATCH (e:ErrorReport)-[:ABOUT]->({sourceKind: $kind}) DETACH DELETE e`;
// In batches, in their own transactions: an illustrative territory of regional size holds millions of records.
const DELETE_RELATIONSHIPS = /* cypher */ `
  MATCH ()-[r]->() WHERE r.sourceKind = $kind
  CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`;
const DELETE_NODES = /* cypher */ `
  MATCH (n) WHERE n.sourceKind = $kind
  CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;
const AUDIT = /* cypher */ `
  CREATE (:AuditEntry {id: randomUUID(), at: datetime(), actor: $actor, role: 'cli', operation: 'demo-remove',
    entityType: 'DemoPopulation', entityId: null, before: null, after: $after})`;

/** What `remove` would delete (and, unless `dryRun`, deletes). */
export async function removeDemo(
  driver: Driver,
  options: { database?: string; dryRun: boolean },
): Promise<DemoRemoval> {
  const session = driver.session({ database: options.database });
  try {
    const [row] = (await session.run(COUNT, { kind: ILLUSTRATIVE })).records;
    const found: DemoRemoval = {
      nodes: Number(row.get("nodes")),
      relationships: Number(row.get("relationships")),
      attached: Number(row.get("attached")),
      attachedExamples: row.get("examples") as string[],
      reports: Number(row.get("reports")),
    };
    if (options.dryRun || found.nodes + found.relationships === 0) return found;
    await session.run(DELETE_REPORTS, { kind: ILLUSTRATIVE });
    await session.run(DELETE_RELATIONSHIPS, { kind: ILLUSTRATIVE });
    await session.run(DELETE_NODES, { kind: ILLUSTRATIVE });
    await session.run(AUDIT, { actor: `cli:${systemUser()}`, after: JSON.stringify(found) });
    return found;
  } finally {
    await session.close();
  }
}

function systemUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}

const USAGE = "Usage: npm run demo -- remove [--dry-run]";

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const unknown = rest.filter((a) => a !== "--dry-run");
  if (command !== "remove" || unknown.length > 0) {
    console.error(
      `demo: ${command === undefined ? "no command" : unknown.length ? `unknown option(s) ${unknown.join(" ")}` : `unknown command "${command}"`}. ${USAGE}`,
    );
    return 2;
  }
  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) {
    console.error(`demo: invalid configuration:\n${formatEnvError(env.error)}`);
    return 2;
  }
  const config = toNeo4jConfig(env.data);
  const driver = openDriver(config, { maxConnectionPoolSize: 2 });
  try {
    const dryRun = rest.includes("--dry-run");
    const r = await removeDemo(driver, { database: config.database, dryRun });
    const verb = dryRun ? "would delete" : "deleted";
    console.error(`demo: ${verb} ${r.nodes} illustrative nodes and ${r.relationships} illustrative relationships`);
    if (r.attached > 0) {
      console.error(
        `demo: ${dryRun ? "would also remove" : "also removed"} ${r.attached} relationship(s) recorded by hand with an illustrative organisation:`,
      );
      for (const line of r.attachedExamples) console.error(`  ${line}`);
      if (r.attached > r.attachedExamples.length)
        console.error(`  … and ${r.attached - r.attachedExamples.length} more`);
    }
    if (r.reports > 0)
      console.error(
        `demo: ${dryRun ? "would also delete" : "also deleted"} ${r.reports} visitors' error report(s) about illustrative structures`,
      );
    if (r.nodes + r.relationships === 0) console.error("demo: the database holds no illustrative data; nothing to do");
    return 0;
  } finally {
    await driver.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`demo: failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
