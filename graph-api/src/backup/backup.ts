/**
 * A consistent snapshot of the whole graph into a JSON-lines file: every
 * node with its labels and properties (provenance included), every
 * relationship with its properties, and the constraints and indexes.
 *
 * Consistency: Neo4j Community has no online backup and reads at "read
 * committed", so the export runs in one transaction that first takes a write
 * lock on every node and relationship (APOC core's apoc.lock.*): writes that
 * touch them wait until the snapshot is read, then go on. Nothing is
 * written; the transaction is rolled back.
 *
 * File format (one JSON object a line; values encoded by ./values):
 *   {"maillageBackup":1,"createdAt":"…","schema":["CREATE CONSTRAINT …",…]}
 *   {"node":"<id>","labels":["EssStructure","Organisation"],"props":{…}}
 *   {"rel":"<id>","type":"PARTNERS_WITH","start":"<node id>","end":"<node id>","props":{…}}
 *   {"end":{"nodes":n,"relationships":m}}
 * Ids are the source database's element ids, only meaningful within the file.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { encodeProperties } from "./values";
import type { LineWriter } from "./files";

export const BACKUP_FORMAT = 1;

export interface BackupHeader {
  maillageBackup: number;
  createdAt: string;
  schema: string[];
  locked: boolean;
}

export interface BackupSummary {
  nodes: number;
  relationships: number;
  schema: number;
}

/** Constraints, then indexes that no constraint owns (the built-in LOOKUP indexes aside). */
export async function readSchemaStatements(driver: Driver, database?: string): Promise<string[]> {
  const constraints = await driver.executeQuery(
    "SHOW CONSTRAINTS YIELD name, createStatement RETURN createStatement ORDER BY name",
    {},
    { database },
  );
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, owningConstraint, createStatement WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN createStatement ORDER BY name",
    {},
    { database },
  );
  return [...constraints.records, ...indexes.records].map((r) => r.get("createStatement") as string);
}

/**
 * Writes the snapshot through `out`. `lock: false` skips the locks (for a
 * server without APOC, or one that nothing writes to): the file is then only
 * as consistent as the writes allowed.
 */
export async function writeBackup(
  driver: Driver,
  out: LineWriter,
  options: { database?: string; lock?: boolean } = {},
): Promise<BackupSummary> {
  const lock = options.lock ?? true;
  const schema = await readSchemaStatements(driver, options.database);
  const header: BackupHeader = {
    maillageBackup: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    schema,
    locked: lock,
  };
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction({ metadata: { app: "maillage", task: "backup" } });
  try {
    if (lock) {
      await tx.run("MATCH (n) WITH collect(n) AS nodes CALL apoc.lock.nodes(nodes) RETURN size(nodes) AS n");
      await tx.run("MATCH ()-[r]->() WITH collect(r) AS rels CALL apoc.lock.rels(rels) RETURN size(rels) AS n");
    }
    await out.write(JSON.stringify(header));
    const exported = new Set<string>();
    for await (const record of tx.run(
      "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props",
    )) {
      const id = record.get("id") as string;
      exported.add(id);
      const labels = (record.get("labels") as string[]).slice().sort();
      await out.write(JSON.stringify({ node: id, labels, props: encodeProperties(record.get("props")) }));
    }
    let relationships = 0;
    const rels = tx.run(
      "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS props",
    );
    for await (const record of rels) {
      const [start, end] = [record.get("start") as string, record.get("end") as string];
      // Only possible without locks: a relationship between nodes created after they were read.
      if (!exported.has(start) || !exported.has(end)) continue;
      relationships++;
      await out.write(
        JSON.stringify({
          rel: record.get("id"),
          type: record.get("type"),
          start,
          end,
          props: encodeProperties(record.get("props")),
        }),
      );
    }
    const summary = { nodes: exported.size, relationships, schema: schema.length };
    await out.write(JSON.stringify({ end: { nodes: summary.nodes, relationships } }));
    return summary;
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
}
