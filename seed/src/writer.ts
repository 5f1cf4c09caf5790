/**
 * Writes a GraphSpec into Neo4j: MERGE on natural keys, batched UNWIND, one
 * transaction for the whole spec (nothing is half-written).
 *
 * Idempotent: a second run with the same spec changes nothing, not even
 * `updatedAt`, which moves only when a property really changes. Nodes edited
 * through the API (`updatedBy` set) are left as the coordinator left them.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { intProperties, type IntProperties } from "@maillage/schema";
import {
  CalendarDate,
  GeoPoint,
  NODE_KEYS,
  NODE_LABELS,
  type GraphSpec,
  type NodeLabel,
  type NodeRef,
  type PropValue,
  type Props,
  type RelSpec,
} from "@maillage/model";

export interface WriteSummary {
  nodesCreated: number;
  nodesUpdated: number;
  nodesUnchanged: number;
  nodesSkippedEdited: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  relationshipsUnchanged: number;
}

const WGS84 = 4326;

function toNeo4j(value: PropValue, isInt: boolean): unknown {
  if (value instanceof GeoPoint) return new neo4j.types.Point(WGS84, value.longitude, value.latitude);
  if (value instanceof CalendarDate) {
    const [y, m, d] = value.iso.split("-").map(Number);
    return new neo4j.types.Date(y, m, d);
  }
  if (isInt && typeof value === "number") return neo4j.int(value);
  if (isInt && Array.isArray(value)) return value.map((v) => neo4j.int(v as number));
  return value;
}

function convert(props: Props, ints: Set<string> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toNeo4j(v, ints?.has(k) ?? false);
  return out;
}

const refKey = (r: NodeRef) => `${r.label}:${r.key}`;

/**
 * Every relationship endpoint must be a node of the spec: a missing one is a bug in the seed, said plainly.
 * With `endpointsInDatabase` (specs written in parts, as generated territories are) endpoints may be
 * nodes written before; a relationship that then finds no endpoint still fails when written.
 */
export function checkSpec(spec: GraphSpec, options: { endpointsInDatabase?: boolean } = {}): void {
  const keys = new Set<string>();
  for (const node of spec.nodes) {
    const key = node.props[NODE_KEYS[node.label]];
    if (typeof key !== "string" || key === "") {
      throw new Error(`Seed node ${node.label} has no ${NODE_KEYS[node.label]}: ${JSON.stringify(node.props)}`);
    }
    const id = refKey({ label: node.label, key });
    if (keys.has(id)) throw new Error(`Seed node ${id} is defined twice`);
    keys.add(id);
  }
  if (options.endpointsInDatabase) return;
  for (const rel of spec.rels) {
    for (const end of [rel.from, rel.to]) {
      if (!keys.has(refKey(end))) {
        throw new Error(
          `Seed relationship ${refKey(rel.from)}-[:${rel.type}]->${refKey(rel.to)} points to ${refKey(end)}, which the seed does not define`,
        );
      }
    }
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// Whether a stored value differs from the one to write; two nulls are equal.
const CHANGED = /* cypher */ `[k IN keys(row.props) WHERE coalesce(x[k] <> row.props[k], x[k] IS NOT NULL OR row.props[k] IS NOT NULL)]`;

// After the MERGE of `x` (a node or a relationship) and `created`: write the
// properties, move updatedAt only when something changed, count what happened.
const WRITE_AND_COUNT = /* cypher */ `
    WITH x, row, created, ${CHANGED} AS changed
    SET x += row.props
    SET x.updatedAt = CASE WHEN created OR size(changed) > 0 THEN datetime() ELSE x.updatedAt END
    RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
           sum(CASE WHEN NOT created AND size(changed) > 0 THEN 1 ELSE 0 END) AS updated,
           count(*) AS written`;

function nodeQuery(label: NodeLabel): string {
  const key = NODE_KEYS[label];
  const extra = NODE_LABELS[label].map((l) => `:${l}`).join("");
  return /* cypher */ `
    UNWIND $rows AS row
    MERGE (x:${label} {${key}: row.key})
    ON CREATE SET x.updatedAt = null ${extra ? `, x${extra}` : ""}
    WITH x, row, x.updatedAt IS NULL AS created
    WHERE created OR x.updatedBy IS NULL
    ${WRITE_AND_COUNT}`;
}

function relQuery(rel: RelSpec): string {
  const identity = (rel.identity ?? []).map((p) => `${p}: row.props.${p}`).join(", ");
  return /* cypher */ `
    UNWIND $rows AS row
    MATCH (a:${rel.from.label} {${NODE_KEYS[rel.from.label]}: row.from})
    MATCH (b:${rel.to.label} {${NODE_KEYS[rel.to.label]}: row.to})
    MERGE (a)-[x:${rel.type}${identity ? ` {${identity}}` : ""}]->(b)
    ON CREATE SET x.updatedAt = null
    WITH x, row, x.updatedAt IS NULL AS created
    ${WRITE_AND_COUNT}`;
}

async function run(tx: ManagedTransaction, query: string, rows: unknown[]) {
  const result = await tx.run(query, { rows });
  const record = result.records[0];
  return {
    created: neo4j.integer.toNumber(record.get("created")),
    updated: neo4j.integer.toNumber(record.get("updated")),
    written: neo4j.integer.toNumber(record.get("written")),
  };
}

export async function writeSpec(
  driver: Driver,
  spec: GraphSpec,
  options: { batchSize?: number; database?: string; ints?: IntProperties; endpointsInDatabase?: boolean } = {},
): Promise<WriteSummary> {
  checkSpec(spec, options);
  const batchSize = options.batchSize ?? 500;
  const ints = options.ints ?? intProperties();
  const summary: WriteSummary = {
    nodesCreated: 0,
    nodesUpdated: 0,
    nodesUnchanged: 0,
    nodesSkippedEdited: 0,
    relationshipsCreated: 0,
    relationshipsUpdated: 0,
    relationshipsUnchanged: 0,
  };

  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      for (const [label, nodes] of groupBy(spec.nodes, (n) => n.label)) {
        const nodeLabel = label as NodeLabel;
        const rows = nodes.map((n) => ({
          key: n.props[NODE_KEYS[nodeLabel]],
          props: convert(n.props, ints.nodes.get(nodeLabel)),
        }));
        for (const batch of chunks(rows, batchSize)) {
          const r = await run(tx, nodeQuery(nodeLabel), batch);
          summary.nodesCreated += r.created;
          summary.nodesUpdated += r.updated;
          summary.nodesUnchanged += r.written - r.created - r.updated;
          summary.nodesSkippedEdited += batch.length - r.written;
        }
      }
      const relGroups = groupBy(
        spec.rels,
        (r) => `${r.type}|${r.from.label}|${r.to.label}|${(r.identity ?? []).join(",")}`,
      );
      for (const rels of relGroups.values()) {
        const query = relQuery(rels[0]);
        const rows = rels.map((r) => ({
          from: r.from.key,
          to: r.to.key,
          props: convert(r.props, ints.relationships.get(r.type)),
        }));
        for (const batch of chunks(rows, batchSize)) {
          const r = await run(tx, query, batch);
          if (r.written !== batch.length) {
            throw new Error(
              `Seed: ${batch.length - r.written} ${rels[0].type} relationship(s) found no endpoint in the database`,
            );
          }
          summary.relationshipsCreated += r.created;
          summary.relationshipsUpdated += r.updated;
          summary.relationshipsUnchanged += r.written - r.created - r.updated;
        }
      }
    });
  } finally {
    await session.close();
  }
  return summary;
}
