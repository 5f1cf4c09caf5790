/**
 * Writes organisation records into Neo4j, one batch per transaction: look up
 * the nodes the batch's keys already name (SIRET on EssStructure and
 * Business, RNA id on EssStructure), plan each row field by field
 * (plan.ts), then create and update with UNWIND. A batch is all or nothing;
 * an import stopped between batches leaves whole batches behind, and a re-run
 * finds them unchanged and completes the rest.
 *
 * Towns and themes: a node gets its town (LOCATED_IN) and the themes its
 * activity suggests (HAS_THEME) only when it has none yet, so that a
 * coordinator's choices stand.
 *
 * In a dry run the same lookups and plans run in a read transaction and
 * nothing is written.
 */
import { basename } from "node:path";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { intProperties } from "@maillage/schema";
import type { FieldValue, OrganisationRecord } from "./model";
import { formatValue, isLatLon, planFields, type ExistingNode } from "./plan";
import type { ImportReport } from "./report";
import { recordImportBatch } from "./audit";
import { placeRecord } from "./place";

/** The Int properties of each label, read from the schema's own types (JavaScript numbers would reach Neo4j as floats). */
const INT_PROPERTIES = intProperties().nodes;

export interface BatchResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Readable lines saying what changed (or would change, in a dry run). */
  changes: string[];
  /** Hand-edited fields left alone: reported once the transaction is done (it may be retried). */
  kept: { record: OrganisationRecord; field: string; theirs: string; ours: string }[];
  /** Update-only rows that found nothing to update: the reason, once per row. */
  skipped: string[];
  /** What a coordinator follows from one run to the next: organisations new, closed or moved. */
  events: ChangeEvent[];
}

/** An organisation that appeared, closed or moved in this batch. */
export interface ChangeEvent {
  kind: "new" | "closed" | "moved";
  /** Readable: the label, key, name and, for a move, the old and new address. */
  line: string;
}

/** Fields whose change means the establishment moved. */
const ADDRESS_FIELDS = ["address", "postalCode", "location"];

// The node a row names: by SIRET, else RNA id, else the id the import gives it.
const FIND_EXISTING = /* cypher */ `
  UNWIND $rows AS row
  OPTIONAL MATCH (e:EssStructure {siret: row.siret})
  OPTIONAL MATCH (b:Business {siret: row.siret})
  OPTIONAL MATCH (r:EssStructure {rnaId: row.rnaId})
  OPTIONAL MATCH (i:Organisation {id: row.newId}) WHERE e IS NULL AND b IS NULL AND r IS NULL AND (i:EssStructure OR i:Business)
  WITH row, coalesce(e, b, r, i) AS x
  WHERE x IS NOT NULL
  RETURN row.index AS index, x.id AS id,
         [l IN labels(x) WHERE l IN ['EssStructure', 'Business']][0] AS label,
         properties(x) AS props`;

// New organisations: the node, its town and its themes in one statement. The
// batch's rows are grouped by label, file and provenance kind, so that what
// they share goes once as a parameter instead of once per row (the driver
// sends a batch in small socket writes: every byte saved counts), and the
// links' provenance repeats the node's.
const createQuery = (label: string) => /* cypher */ `
  UNWIND $rows AS row
  CREATE (x:Organisation:${label})
  SET x = row.props, x.source = $source, x.sourceKind = $sourceKind, x.updatedAt = $now, x.importedAt = $importedAt
  WITH x, row
  CALL (x, row) {
    MATCH (t:Town {inseeCode: row.town})
    CREATE (x)-[:LOCATED_IN {source: $source, sourceKind: $sourceKind, sourceRef: row.props.sourceRef, updatedAt: $now}]->(t)
  }
  CALL (x, row) {
    UNWIND row.themes AS code
    MATCH (th:Theme {code: code})
    CREATE (x)-[:HAS_THEME {source: $source, sourceKind: $sourceKind, sourceRef: row.themeRef, updatedAt: $now}]->(th)
  }`;

const UPDATE = /* cypher */ `
  UNWIND $rows AS row
  MATCH (x:Organisation {id: row.id})
  SET x += row.props, x.updatedAt = datetime(), x.importedAt = $importedAt`;

// Organisations already in the graph get a town and themes only when they have none.
const LINK_TOWN_AND_THEMES = /* cypher */ `
  UNWIND $rows AS row
  MATCH (x:Organisation {id: row.id})
  CALL (x, row) {
    MATCH (t:Town {inseeCode: row.town})
    WHERE NOT (x)-[:LOCATED_IN]->(:Town)
    CREATE (x)-[l:LOCATED_IN]->(t)
    SET l.source = row.source, l.sourceKind = row.sourceKind, l.sourceRef = row.sourceRef, l.updatedAt = datetime()
  }
  CALL (x, row) {
    WITH x, row WHERE size(row.themes) > 0 AND NOT (x)-[:HAS_THEME]->(:Theme)
    MATCH (th:Theme) WHERE th.code IN row.themes
    CREATE (x)-[h:HAS_THEME]->(th)
    SET h.source = row.source, h.sourceKind = row.sourceKind, h.sourceRef = row.themeRef, h.updatedAt = datetime()
  }`;

/** The statements of an import batch, for the query-plan checks (tests/integration/query-plans.int.test.ts). */
export const IMPORT_STATEMENTS: Record<string, string> = {
  "find-existing": FIND_EXISTING,
  "create-ess-structures": createQuery("EssStructure"),
  "create-businesses": createQuery("Business"),
  update: UPDATE,
  "link-town-and-themes": LINK_TOWN_AND_THEMES,
};

function toNeo4j(label: string, field: string, value: FieldValue): unknown {
  if (isLatLon(value)) return new neo4j.types.Point(4326, value.longitude, value.latitude);
  if (INT_PROPERTIES.get(label)?.has(field) && typeof value === "number") return neo4j.int(value);
  return value;
}

function fromNeo4j(value: unknown): FieldValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isPoint(value)) return { latitude: value.y, longitude: value.x };
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

const convertAll = (label: string, fields: Record<string, FieldValue>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, toNeo4j(label, k, v)]));

const keyOf = (r: OrganisationRecord) => r.siret ?? r.rnaId ?? r.newId;

/** Where a row's themes come from: its line, and for the registers the activity code that suggested them. */
const themeRefOf = (r: OrganisationRecord) =>
  r.source === "csv" ? refOf(r) : `${refOf(r)}: activity ${r.fields.nafCode ?? "?"}`;
const refOf = (r: OrganisationRecord) => r.ref ?? `line ${r.line}`;

async function findExisting(tx: ManagedTransaction, records: OrganisationRecord[]): Promise<(ExistingNode | null)[]> {
  const result = await tx.run(FIND_EXISTING, {
    rows: records.map((r, index) => ({ index, siret: r.siret, rnaId: r.rnaId, newId: r.newId })),
  });
  const found: (ExistingNode | null)[] = records.map(() => null);
  for (const rec of result.records) {
    const id = rec.get("id") as string | null;
    if (id === null) continue;
    const index = neo4j.integer.toNumber(rec.get("index"));
    const props = rec.get("props") as Record<string, unknown>;
    const fields: Record<string, FieldValue> = {};
    for (const field of Object.keys(records[index].fields)) fields[field] = fromNeo4j(props[field]);
    const imported =
      typeof props.importedJson === "string"
        ? (JSON.parse(props.importedJson) as Record<string, Record<string, FieldValue>>)
        : {};
    found[index] = { id, label: rec.get("label") as string, fields, imported };
  }
  return found;
}

/** Plans and (unless `dryRun`) writes one batch, in one transaction. */
export async function writeBatch(
  driver: Driver,
  read: OrganisationRecord[],
  options: { database?: string; dryRun: boolean; importedAt: string; report: ImportReport },
): Promise<BatchResult> {
  // Each organisation at its address, or its town's centre when the source gives no coordinates (place.ts).
  const records = read.map((record) => placeRecord(record));
  const session = driver.session({
    database: options.database,
    defaultAccessMode: options.dryRun ? neo4j.session.READ : neo4j.session.WRITE,
  });
  const work = async (tx: ManagedTransaction): Promise<BatchResult> => {
    const existing = await findExisting(tx, records);
    const result: BatchResult = {
      created: 0,
      updated: 0,
      unchanged: 0,
      changes: [],
      kept: [],
      skipped: [],
      events: [],
    };
    const creates = new Map<
      string,
      { label: string; source: string; sourceKind: string; rows: Record<string, unknown>[] }
    >();
    const updates: Record<string, unknown>[] = [];
    const links: Record<string, unknown>[] = [];
    records.forEach((record, i) => {
      const found = existing[i];
      if (!found && record.updateOnly) {
        result.skipped.push(record.updateOnly);
        return;
      }
      const plan = planFields(found, record.fields, record.source);
      const key = keyOf(record);
      const file = basename(record.file);
      const sourceKind = record.sourceKind ?? "OPEN_DATA_IMPORT";
      const where = `${file} ${refOf(record)}`;
      for (const k of plan.kept)
        result.kept.push({ record, field: k.field, theirs: formatValue(k.theirs), ours: formatValue(k.ours) });
      // An update-only row (a closure) says nothing of the other fields: what this source wrote before stands.
      const written = record.updateOnly
        ? { ...(found?.imported[record.source] ?? {}), ...record.fields }
        : record.fields;
      const importedJson = JSON.stringify({ ...(found?.imported ?? {}), [record.source]: written });
      const provenance = { importSource: `${record.source}: ${where}`, importedJson };
      if (!found) {
        result.created++;
        result.changes.push(`+ ${record.label} ${key} "${record.fields.name}" (${where})`);
        result.events.push({ kind: "new", line: `${record.label} ${key} "${record.fields.name}"` });
        const props: Record<string, unknown> = {
          ...convertAll(record.label, plan.set),
          ...provenance,
          id: record.newId,
          sourceRef: refOf(record),
          ...(record.label === "EssStructure" ? { isVitrine: false } : { csrCommitments: [] }),
        };
        const group = `${record.label}\u0000${file}\u0000${sourceKind}`;
        let create = creates.get(group);
        if (!create) creates.set(group, (create = { label: record.label, source: file, sourceKind, rows: [] }));
        create.rows.push({ props, town: record.inseeCode, themes: record.themes, themeRef: themeRefOf(record) });
      } else {
        const fieldsChanged = Object.keys(plan.set).length > 0;
        const importChanged = JSON.stringify(found.imported) !== importedJson;
        if (fieldsChanged) {
          result.updated++;
          result.changes.push(
            `~ ${found.label} ${key} (${where}): ` +
              Object.entries(plan.set)
                .map(([f, v]) => `${f} "${formatValue(found.fields[f] ?? null)}" → "${formatValue(v)}"`)
                .join(", "),
          );
          const name = `${found.label} ${key} "${formatValue(found.fields.name ?? found.imported[record.source]?.name ?? record.fields.name ?? null)}"`;
          if (plan.set.closed === true)
            result.events.push({
              kind: "closed",
              line: `${name}${plan.set.closedOn ? ` on ${formatValue(plan.set.closedOn)}` : ""}`,
            });
          else if (ADDRESS_FIELDS.some((f) => f in plan.set)) {
            const address = (fields: Record<string, unknown>) =>
              [fields.address, fields.postalCode]
                .filter((v) => v !== null && v !== undefined)
                .map((v) => formatValue(v as never))
                .join(" ");
            result.events.push({
              kind: "moved",
              line: `${name}: "${address(found.fields)}" → "${address({ ...found.fields, ...plan.set })}"`,
            });
          }
        } else result.unchanged++;
        if (fieldsChanged || importChanged)
          updates.push({ id: found.id, props: { ...convertAll(found.label, plan.set), ...provenance } });
        links.push({
          id: found.id,
          town: record.inseeCode,
          themes: record.themes,
          source: file,
          sourceKind,
          sourceRef: refOf(record),
          themeRef: themeRefOf(record),
        });
      }
    });
    if (options.dryRun) return result;
    const importedAt = neo4j.types.DateTime.fromStandardDate(new Date(options.importedAt));
    const now = neo4j.types.DateTime.fromStandardDate(new Date());
    for (const { label, source, sourceKind, rows } of creates.values())
      await tx.run(createQuery(label), { rows, source, sourceKind, importedAt, now });
    if (updates.length) await tx.run(UPDATE, { rows: updates, importedAt });
    if (links.length) await tx.run(LINK_TOWN_AND_THEMES, { rows: links });
    await recordImportBatch(tx, {
      source: records[0]?.source ?? "import",
      operation: "import",
      files: records.map((r) => r.file),
      ...result,
    });
    return result;
  };
  try {
    const result = options.dryRun ? await session.executeRead(work) : await session.executeWrite(work);
    for (const k of result.kept)
      options.report.keptEdit(k.record.file, k.record.line, k.field, k.theirs, k.ours, keyOf(k.record));
    return result;
  } finally {
    await session.close();
  }
}
