/**
 * Rebuilds a graph from a backup file (./backup.ts) into an EMPTY database:
 * the constraints and indexes first, then the nodes and the relationships in
 * batches, each property with its original type. The file is read twice:
 * once to check it whole (a truncated or damaged file changes nothing), then
 * to write.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { BACKUP_FORMAT, type BackupHeader, type BackupSummary } from "./backup";
import { decodeProperties, type Encoded } from "./values";

export class RestoreRefused extends Error {
  override name = "RestoreRefused";
}

type NodeLine = { node: string; labels: string[]; props: Record<string, Encoded> };
type RelLine = { rel: string; type: string; start: string; end: string; props: Record<string, Encoded> };
type Line = BackupHeader | NodeLine | RelLine | { end: { nodes: number; relationships: number } };

const quote = (name: string) => "`" + name.replaceAll("`", "``") + "`";

/** Checks the whole file: a header first, an end line last with the right counts, relationships between nodes of the file. */
export async function checkBackup(
  lines: AsyncIterable<string>,
): Promise<{ header: BackupHeader; nodes: number; relationships: number }> {
  let header: BackupHeader | undefined;
  let ended: { nodes: number; relationships: number } | undefined;
  const nodes = new Set<string>();
  let relationships = 0;
  let n = 0;
  for await (const text of lines) {
    n++;
    if (!text.trim()) continue;
    let line: Line;
    try {
      line = JSON.parse(text) as Line;
    } catch {
      throw new RestoreRefused(`line ${n} is not JSON: the file is damaged`);
    }
    if (ended) throw new RestoreRefused(`line ${n} comes after the end line: the file is damaged`);
    if (n === 1) {
      if (!("maillageBackup" in line))
        throw new RestoreRefused("line 1 is not a Maillage backup header: is this a file written by npm run backup?");
      if (line.maillageBackup !== BACKUP_FORMAT)
        throw new RestoreRefused(
          `backup format ${line.maillageBackup} is not supported (this version reads ${BACKUP_FORMAT})`,
        );
      header = line;
    } else if ("node" in line) nodes.add(line.node);
    else if ("rel" in line) {
      if (!nodes.has(line.start) || !nodes.has(line.end))
        throw new RestoreRefused(`line ${n}: relationship ${line.rel} joins a node that is not in the file`);
      relationships++;
    } else if ("end" in line) ended = line.end;
    else throw new RestoreRefused(`line ${n} is neither a node, a relationship nor the end line`);
  }
  if (!header) throw new RestoreRefused("the file is empty");
  if (!ended) throw new RestoreRefused("the file has no end line: it is truncated (was the backup interrupted?)");
  if (ended.nodes !== nodes.size || ended.relationships !== relationships) {
    throw new RestoreRefused(
      `the end line announces ${ended.nodes} nodes and ${ended.relationships} relationships, the file holds ${nodes.size} and ${relationships}`,
    );
  }
  return { header, nodes: nodes.size, relationships };
}

export async function assertEmpty(driver: Driver, database?: string): Promise<void> {
  const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS n", {}, { database });
  const count = Number(records[0].get("n"));
  if (count > 0) {
    throw new RestoreRefused(
      `the database${database ? ` "${database}"` : ""} is not empty (${count} nodes): a restore only goes into an empty database, so that the result is exactly the backup. Point NEO4J_URI (or NEO4J_LOCAL_DATA) at an empty one.`,
    );
  }
}

export async function restoreBackup(
  driver: Driver,
  open: () => AsyncIterable<string>,
  options: { database?: string; batchSize?: number; log?: (message: string) => void } = {},
): Promise<BackupSummary> {
  const { database } = options;
  const batchSize = options.batchSize ?? 1000;
  const log = options.log ?? (() => undefined);
  await assertEmpty(driver, database);
  const checked = await checkBackup(open());
  log(
    `backup of ${checked.header.createdAt}: ${checked.nodes} nodes, ${checked.relationships} relationships, ${checked.header.schema.length} constraints and indexes`,
  );

  for (const statement of checked.header.schema) {
    try {
      await driver.executeQuery(statement, {}, { database });
    } catch (error) {
      if ((error as { code?: string }).code !== "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists") throw error;
    }
  }

  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  const newIds = new Map<string, string>();
  const nodeBatches = new Map<string, NodeLine[]>();
  const relBatches = new Map<string, RelLine[]>();
  let relationships = 0;

  const flushNodes = async (key: string, rows: NodeLine[]) => {
    const labels = rows[0].labels.map((l) => `:${quote(l)}`).join("");
    const params = { rows: rows.map((r) => ({ id: r.node, props: decodeProperties(r.props) })) };
    const created = await session.executeWrite(
      async (tx) =>
        (
          await tx.run(
            `UNWIND $rows AS row CREATE (n${labels}) SET n = row.props RETURN row.id AS old, elementId(n) AS new`,
            params,
          )
        ).records,
    );
    for (const r of created) newIds.set(r.get("old"), r.get("new"));
    nodeBatches.delete(key);
  };
  const flushRels = async (type: string, rows: RelLine[]) => {
    const params = {
      rows: rows.map((r) => ({ s: newIds.get(r.start), e: newIds.get(r.end), props: decodeProperties(r.props) })),
    };
    const [record] = await session.executeWrite(
      async (tx) =>
        (
          await tx.run(
            `UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.s MATCH (b) WHERE elementId(b) = row.e CREATE (a)-[r:${quote(type)}]->(b) SET r = row.props RETURN count(r) AS n`,
            params,
          )
        ).records,
    );
    const made = Number(record.get("n"));
    if (made !== rows.length) throw new Error(`only ${made} of ${rows.length} ${type} relationships could be created`);
    relationships += made;
    relBatches.delete(type);
  };

  try {
    for await (const text of open()) {
      if (!text.trim()) continue;
      const line = JSON.parse(text) as Line;
      if ("node" in line) {
        const key = line.labels.join(":");
        const batch = nodeBatches.get(key) ?? [];
        batch.push(line);
        nodeBatches.set(key, batch);
        if (batch.length >= batchSize) await flushNodes(key, batch);
      } else if ("rel" in line) {
        for (const [key, batch] of [...nodeBatches]) await flushNodes(key, batch); // every node exists before the first relationship
        const batch = relBatches.get(line.type) ?? [];
        batch.push(line);
        relBatches.set(line.type, batch);
        if (batch.length >= batchSize) await flushRels(line.type, batch);
      }
    }
    for (const [key, batch] of [...nodeBatches]) await flushNodes(key, batch);
    for (const [type, batch] of [...relBatches]) await flushRels(type, batch);
  } finally {
    await session.close();
  }
  await driver.executeQuery("CALL db.awaitIndexes(600)", {}, { database });
  return { nodes: newIds.size, relationships, schema: checked.header.schema.length };
}
