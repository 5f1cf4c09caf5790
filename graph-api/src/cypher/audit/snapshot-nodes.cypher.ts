import { cypher, type CypherQuery } from "../query";

export type Params = { keys: unknown[] };
export type Row = {
  key: unknown;
  labels: string[];
  props: Record<string, unknown>;
  rels: { type: string; out: boolean; other: unknown; props: Record<string, unknown> }[];
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The nodes of `label` whose `key` property is in $keys, with their
 * properties and their relationships (type, direction, the other end's key,
 * properties; at most 500), as the audit trail keeps them before and after a
 * write. Label and key come from the schema, never from a client.
 */
export function snapshotNodes(label: string, key: string): CypherQuery<Params, Row> {
  if (!NAME.test(label) || !NAME.test(key)) throw new Error(`not a label or property name: ${label}.${key}`);
  return cypher<Params, Row>(
    "snapshot-nodes",
    /* cypher */ `
    MATCH (n:\`${label}\`) WHERE n.\`${key}\` IN $keys
    RETURN n.\`${key}\` AS key, labels(n) AS labels, properties(n) AS props,
      [(n)-[r]-(m) WHERE NOT m:AuditEntry | {type: type(r), out: startNode(r) = n, other: coalesce(m.id, m.inseeCode, m.code, elementId(m)), props: properties(r)}][..500] AS rels`,
  );
}
