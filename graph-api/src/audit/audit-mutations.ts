/**
 * The audit trail of the API's writes: every mutation, generated
 * by @neo4j/graphql or ours (type-graphql), records who, when, what and the
 * entities it touched before and after, as (:AuditEntry) nodes.
 *
 * A generated mutation runs in a write transaction opened here (passed to
 * @neo4j/graphql as `executionContext`): the entities its `where` matches are
 * read, the mutation runs, they are read again (a create's new ones by the
 * keys it returns), and the entries are written, all in that one
 * transaction: a write and its audit entries are committed together or not at
 * all. Our own mutations run with `ctx.writer` bound to that transaction as
 * well; the ones that write through services of their own (network metrics)
 * are recorded right after, with a summary of their answer.
 * Refused mutations (bad input, forbidden) write nothing and are not recorded.
 */
import {
  getNamedType,
  graphql,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import type { AppContext } from "../context";
import type { CypherQuery } from "../cypher/query";
import { snapshotNodes, type Row as SnapshotRow } from "../cypher/audit/snapshot-nodes.cypher";
import { writeAuditEntries, type Params as EntriesParams } from "../cypher/audit/write-audit-entries.cypher";
import type { GraphReader, GraphWriter } from "../domain/ports";
import { markRedactedChanges, summariseResult, toSnapshot } from "./snapshot";
import { writeFailure } from "../errors";

type Entry = EntriesParams["entries"][number];
type Context = AppContext & { executionContext?: unknown; transaction?: { timeout?: number } };

/** How the trail finds the entities a mutation touches. */
type Target =
  | { kind: "generated"; operation: "create" | "update" | "delete"; label: string; key: string; plural: string }
  | { kind: "custom"; label?: string; key?: string; idArg?: string; resultId?: boolean; entityType: string };

/** Our mutations on stored entities: where to read them before and after. Others are recorded with a summary of their answer. */
const CUSTOM_TARGETS: Record<string, { label: string; idArg?: string; resultId?: boolean }> = {
  markOpportunityContacted: { label: "Opportunity", idArg: "id" },
  acceptOpportunity: { label: "Opportunity", idArg: "id" },
  declineOpportunity: { label: "Opportunity", idArg: "id" },
  undoOpportunityStep: { label: "Opportunity", idArg: "id" },
  createApiKey: { label: "ApiKey", resultId: true },
  revokeApiKey: { label: "ApiKey", idArg: "id" },
  saveView: { label: "SavedView", resultId: true },
  deleteSavedView: { label: "SavedView", idArg: "id" },
};

const KEY_FIELDS = ["id", "inseeCode", "code"];
const AUDIT_KEY = "auditKey_";

function keyOf(type: GraphQLObjectType): string | undefined {
  const fields = type.getFields();
  return KEY_FIELDS.find((k) => fields[k]);
}

function targetOf(schema: GraphQLSchema, name: string, returnType: GraphQLObjectType | undefined): Target {
  const match = /^(create|update|delete)([A-Z]\w*)$/.exec(name);
  const custom = CUSTOM_TARGETS[name];
  if (match && !custom) {
    // The node type is the one its plural query names: updateEssStructures -> essStructures -> EssStructure.
    const query = Object.entries(schema.getQueryType()?.getFields() ?? {}).find(
      ([field]) => field.toLowerCase() === match[2].toLowerCase(),
    );
    const type = query && getNamedType(query[1].type);
    const key = type && isObjectType(type) ? keyOf(type) : undefined;
    if (query && type && key)
      return {
        kind: "generated",
        operation: match[1] as "create" | "update" | "delete",
        label: type.name,
        key,
        plural: query[0],
      };
  }
  return {
    kind: "custom",
    ...custom,
    key: custom ? "id" : undefined,
    entityType: custom?.label ?? returnType?.name ?? name,
  };
}

function roleOf(ctx: Context): string {
  const roles = ctx.jwt?.roles ?? [];
  return (["admin", "coordinator", "researcher"] as const).find((r) => roles.includes(r)) ?? "anonymous";
}

/** Adds `auditKey_: <key>` to the node selection of a generated create/update, so that its answer names what it wrote. */
function withKeySelection(info: GraphQLResolveInfo, plural: string, key: string): GraphQLResolveInfo {
  const keyField: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: AUDIT_KEY },
    name: { kind: Kind.NAME, value: key },
  };
  const field = info.fieldNodes[0];
  const selections = [...(field.selectionSet?.selections ?? [])];
  const index = selections.findIndex((s) => s.kind === Kind.FIELD && s.name.value === plural);
  if (index >= 0) {
    const nodes = selections[index] as FieldNode;
    selections[index] = {
      ...nodes,
      selectionSet: { kind: Kind.SELECTION_SET, selections: [...(nodes.selectionSet?.selections ?? []), keyField] },
    };
  } else {
    selections.push({
      kind: Kind.FIELD,
      name: { kind: Kind.NAME, value: plural },
      selectionSet: { kind: Kind.SELECTION_SET, selections: [keyField] },
    });
  }
  const selectionSet: SelectionSetNode = { kind: Kind.SELECTION_SET, selections };
  return { ...info, fieldNodes: [{ ...field, selectionSet }, ...info.fieldNodes.slice(1)] };
}

function keysInAnswer(answer: unknown, plural: string, field: FieldNode): unknown[] {
  const nodes = (answer as Record<string, unknown> | null)?.[
    (
      (field.selectionSet?.selections ?? []).find((s) => s.kind === Kind.FIELD && s.name.value === plural) as
        FieldNode | undefined
    )?.alias?.value ?? plural
  ];
  return Array.isArray(nodes)
    ? nodes.map((n) => (n as Record<string, unknown>)[AUDIT_KEY]).filter((k) => k !== undefined && k !== null)
    : [];
}

async function runIn<P extends Record<string, unknown>, R>(
  tx: ManagedTransaction,
  query: CypherQuery<P, R>,
  params: P,
): Promise<R[]> {
  const result = await tx.run(query.text, params);
  return result.records.map((r) => r.toObject() as R);
}

async function snapshots(
  tx: ManagedTransaction,
  label: string,
  key: string,
  keys: unknown[],
): Promise<Map<unknown, SnapshotRow>> {
  if (keys.length === 0) return new Map();
  const rows = await runIn(tx, snapshotNodes(label, key), { keys });
  return new Map(rows.map((r) => [r.key, r]));
}

function entriesFor(
  base: Omit<Entry, "entityId" | "before" | "after">,
  keys: unknown[],
  before: Map<unknown, SnapshotRow>,
  after: Map<unknown, SnapshotRow>,
): Entry[] {
  return keys.map((key) => {
    const b = before.get(key);
    const a = after.get(key);
    const beforeSnapshot = b ? toSnapshot(b) : null;
    const afterSnapshot = markRedactedChanges(b, a, a ? toSnapshot(a) : null);
    return {
      ...base,
      entityId: String(key),
      before: beforeSnapshot && JSON.stringify(beforeSnapshot),
      after: afterSnapshot && JSON.stringify(afterSnapshot),
    };
  });
}

/** A reader and a writer that run in the transaction open here: the mutation reads what it wrote. */
function bindTo(ctx: Context, tx: ManagedTransaction): Context {
  const writer: GraphWriter = { transaction: (work) => work((query, params) => runIn(tx, query, params)) };
  const reader: GraphReader = { read: (query, params) => runIn(tx, query, params) };
  return { ...ctx, reader, writer };
}

/** Wraps every mutation of `schema` (in place) so that it records its audit entries. */
export function auditMutations(schema: GraphQLSchema, driver: Driver): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  for (const [name, field] of Object.entries(mutation.getFields())) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, Context> | undefined;
    if (!resolve) continue;
    const returnType = getNamedType(field.type);
    const target = targetOf(schema, name, isObjectType(returnType) ? returnType : undefined);

    field.resolve = async (source, args, ctx, info) => {
      // The reads' bookmark manager (executeQuery's, db/graph-reader.ts): on a cluster, the next read sees this write.
      const session = driver.session({
        database: ctx.sessionConfig?.database,
        defaultAccessMode: neo4j.session.WRITE,
        bookmarkManager: driver.executeQueryBookmarkManager,
      });
      const base = { actor: ctx.jwt?.sub ?? "anonymous", role: roleOf(ctx), operation: name };
      try {
        return await session.executeWrite(
          async (tx) => {
            if (target.kind === "generated") {
              let keys: unknown[] = [];
              if (target.operation !== "create") {
                // What the mutation's filter matches, read through the API itself (same rules, same transaction).
                const whereType = field.args.find((a) => a.name === "where")?.type.toString() ?? `${target.label}Where`;
                const found = await graphql({
                  schema,
                  source: `query ($where: ${whereType}) { ${target.plural}(where: $where) { ${target.key} } }`,
                  variableValues: { where: args.where ?? {} },
                  contextValue: { ...ctx, executionContext: tx },
                });
                // Refused or failed: the mutation would be too (same rules); say why rather than write without a trail.
                if (found.errors?.length) throw found.errors[0].originalError ?? found.errors[0];
                keys = ((found.data?.[target.plural] as Record<string, unknown>[] | undefined) ?? []).map(
                  (n) => n[target.key],
                );
              }
              const before = await snapshots(tx, target.label, target.key, keys);
              const answer = await resolve(
                source,
                args,
                { ...ctx, executionContext: tx },
                target.operation === "delete" ? info : withKeySelection(info, target.plural, target.key),
              );
              if (target.operation !== "delete")
                keys = [
                  ...new Set([
                    ...keys,
                    ...keysInAnswer(
                      answer,
                      target.plural,
                      withKeySelection(info, target.plural, target.key).fieldNodes[0],
                    ),
                  ]),
                ];
              const after = await snapshots(tx, target.label, target.key, keys);
              const entries = entriesFor({ ...base, entityType: target.label }, keys, before, after);
              if (entries.length > 0) await runIn(tx, writeAuditEntries, { entries });
              return answer;
            }
            const idBefore = target.idArg ? args[target.idArg] : undefined;
            const before =
              target.label && idBefore !== undefined ? await snapshots(tx, target.label, "id", [idBefore]) : new Map();
            const answer = await resolve(source, args, bindTo(ctx, tx), info);
            const id = idBefore ?? (target.resultId ? (answer as { id?: unknown } | null)?.id : undefined);
            let entries: Entry[];
            if (target.label && id !== undefined) {
              entries = entriesFor(
                { ...base, entityType: target.entityType },
                [id],
                before,
                await snapshots(tx, target.label, "id", [id]),
              );
            } else {
              const entityId = typeof args.id === "string" ? args.id : null;
              entries = [
                {
                  ...base,
                  entityType: target.entityType,
                  entityId,
                  before: null,
                  after: JSON.stringify({ answer: summariseResult(answer) }),
                },
              ];
            }
            await runIn(tx, writeAuditEntries, { entries });
            return answer;
          },
          { timeout: ctx.transaction?.timeout, metadata: { app: "maillage", mutation: name } },
        );
      } catch (error) {
        throw writeFailure(error);
      } finally {
        await session.close();
      }
    };
  }
  return schema;
}
