/**
 * Where each public fact of an organisation comes from: who last wrote it
 * (the kind of writer, never its identity), under which source name, and
 * when. Derived from what is stored, in this order:
 *
 * 1. the audit trail (audit/audit-mutations.ts): the newest entry of the
 *    organisation whose before and after differ on the fact says who last
 *    wrote it through the API (a coordinator or an admin: COORDINATOR; an
 *    importer writing through it, `import:<source>`: OPEN_DATA_IMPORT), as
 *    long as the value it wrote is still the current one;
 * 2. what each open-data import last wrote (`importedJson`, importers/plan.ts):
 *    a current value equal to a source's is that import's (importers record
 *    one audit entry per batch, not per organisation);
 * 3. otherwise the record's own provenance: its sourceKind, its source, and
 *    the date of its last import, or of its last write before the writes
 *    the trail knows of.
 *
 * Only the organisation's newest FACT_SOURCE_ENTRIES entries are read: a
 * fact last written before them falls back to 2 or 3.
 */
import { plainValue } from "../cypher/values";
import { factSources as factSourcesQuery, type EntryRow } from "../cypher/organisations/fact-sources.cypher";
import type { GraphReader } from "./ports";

/** How many of an organisation's audit entries, newest first, the derivation reads. */
export const FACT_SOURCE_ENTRIES = 200;

export type FactSourceKind =
  "PROGRAMME_TEXT" | "PUBLIC_PAGE" | "REFERENCE_DATA" | "OPEN_DATA_IMPORT" | "COORDINATOR" | "ILLUSTRATIVE";

export interface FactSource {
  /** The property (or relationship field: town, themes) of the organisation. */
  field: string;
  sourceKind: FactSourceKind;
  /** In words: "coordinator", an import's source name (sirene, rna, csv), or the record's source. */
  source: string;
  /** When it was written (ISO 8601); null when nothing says. */
  at: string | null;
}

/** The public facts of each organisation type: properties, and the town and themes links. Never contacts. */
export const PUBLIC_FACTS: Record<string, readonly string[]> = {
  EssStructure: [
    "name",
    "legalForm",
    "activity",
    "projectKind",
    "stage",
    "foundedYear",
    "staffRangeLabel",
    "isVitrine",
    "address",
    "postalCode",
    "town",
    "themes",
    "website",
    "description",
  ],
  Business: [
    "name",
    "activity",
    "staffRangeLabel",
    "csrCommitments",
    "address",
    "postalCode",
    "town",
    "themes",
    "website",
    "description",
  ],
  Financer: [
    "name",
    "kind",
    "stages",
    "instruments",
    "ticketMinEur",
    "ticketMaxEur",
    "themes",
    "website",
    "description",
  ],
  SupportProvider: ["name", "stagesServed", "isNetwork", "themes", "website", "description"],
  ResearchUnit: ["name", "kind", "startYear", "endYear", "themes", "website", "description"],
};

/** Facts held by a relationship: its type (outgoing). */
const LINK_FACTS: Record<string, string> = { town: "LOCATED_IN", themes: "HAS_THEME" };

/** The parts of a snapshot the derivation reads (audit/snapshot.ts). */
export interface FactSnapshot {
  properties: Record<string, unknown>;
  relationships: { type: string; direction?: "OUT" | "IN"; other: unknown }[];
}

export interface FactSourceInput {
  /** The organisation's type (EssStructure, Business...). */
  type: string;
  /** Its provenance as stored on the record. */
  record: {
    sourceKind: FactSourceKind;
    source: string;
    importSource: string | null;
    importedAt: string | null;
    updatedAt: string | null;
  };
  /** Its current values. */
  current: FactSnapshot;
  /** What each import source last wrote, by source (`importedJson`). */
  imported: Record<string, Record<string, unknown>>;
  /** Its audit entries, newest first; before and after are JSON snapshots (null: created, deleted). */
  entries: { at: string; role: string; importer: string | null; before: string | null; after: string | null }[];
}

function valueOf(snapshot: FactSnapshot | null, field: string): string {
  if (!snapshot) return "null";
  const link = LINK_FACTS[field];
  if (link)
    return JSON.stringify(
      snapshot.relationships
        .filter((r) => r.type === link && (r.direction ?? "OUT") === "OUT")
        .map((r) => String(r.other))
        .sort(),
    );
  const value = snapshot.properties[field];
  return JSON.stringify(value === undefined ? null : value);
}

function parse(json: string | null): FactSnapshot | null {
  if (!json) return null;
  try {
    const s = JSON.parse(json) as Partial<FactSnapshot> | null;
    return s && typeof s === "object" ? { properties: s.properties ?? {}, relationships: s.relationships ?? [] } : null;
  } catch {
    return null;
  }
}

const IMPORT_ROLES = new Set(["import"]);

/** A stored time as ISO 8601 in UTC (Neo4j's text may carry nanoseconds). */
function iso(at: string | null): string | null {
  if (at === null) return null;
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : new Date(time).toISOString();
}

/** The record's source in words: never a coordinator's identity (`coordinator:<subject>`). */
function recordSource(record: FactSourceInput["record"]): string {
  if (record.sourceKind === "COORDINATOR" || record.source.startsWith("coordinator:")) return "coordinator";
  if (record.sourceKind === "OPEN_DATA_IMPORT" && record.importSource)
    return record.importSource.split(":")[0].trim() || record.source;
  return record.source;
}

/** Where each public fact of the organisation comes from (see the module's comment), in PUBLIC_FACTS order. */
export function deriveFactSources(input: FactSourceInput): FactSource[] {
  const fields = PUBLIC_FACTS[input.type] ?? [];
  const entries = input.entries
    .map((e) => ({ ...e, beforeSnapshot: parse(e.before), afterSnapshot: parse(e.after) }))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  // The record as it was before the writes the trail knows of: the oldest entry's `before`.
  const oldest = entries[entries.length - 1]?.beforeSnapshot;
  const before = oldest?.properties.updatedAt;
  const fallbackAt = input.record.importedAt ?? (typeof before === "string" ? before : null) ?? input.record.updatedAt;
  const fallback = { sourceKind: input.record.sourceKind, source: recordSource(input.record), at: fallbackAt };
  const importers = Object.keys(input.imported).sort();
  const preferred = input.record.importSource?.split(":")[0].trim();

  return fields.map((field): FactSource => {
    const found = factSource(field);
    return { ...found, at: iso(found.at) };
  });

  function factSource(field: string): FactSource {
    const now = valueOf(input.current, field);
    const writer = entries.find((e) => valueOf(e.beforeSnapshot, field) !== valueOf(e.afterSnapshot, field));
    if (writer && valueOf(writer.afterSnapshot, field) === now) {
      const importer = writer.importer ?? (IMPORT_ROLES.has(writer.role) ? "import" : null);
      return importer
        ? { field, sourceKind: "OPEN_DATA_IMPORT", source: importer, at: writer.at }
        : { field, sourceKind: "COORDINATOR", source: "coordinator", at: writer.at };
    }
    if (!LINK_FACTS[field]) {
      const matches = importers.filter(
        (s) => field in input.imported[s] && JSON.stringify(input.imported[s][field]) === now && now !== "null",
      );
      const source = matches.find((s) => s === preferred) ?? matches[0];
      if (source)
        return {
          field,
          sourceKind: "OPEN_DATA_IMPORT",
          source,
          at: input.record.importedAt ?? fallback.at,
        };
    }
    return { field, ...fallback };
  }
}

const TYPES = Object.keys(PUBLIC_FACTS);

function text(value: unknown): string | null {
  const v = plainValue(value);
  return typeof v === "string" ? v : null;
}

function importedOf(json: unknown): Record<string, Record<string, unknown>> {
  if (typeof json !== "string") return {};
  try {
    const parsed = JSON.parse(json) as unknown;
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        (e): e is [string, Record<string, unknown>] => !!e[1] && typeof e[1] === "object" && !Array.isArray(e[1]),
      ),
    );
  } catch {
    return {};
  }
}

/** Reads the organisation and its newest audit entries, and derives where each of its public facts comes from. */
export async function readFactSources(reader: GraphReader, id: string): Promise<FactSource[]> {
  const [row] = await reader.read(factSourcesQuery, { id, cap: FACT_SOURCE_ENTRIES });
  if (!row) return [];
  const type = TYPES.find((t) => row.labels.includes(t));
  if (!type) return [];
  const props = row.props;
  return deriveFactSources({
    type,
    record: {
      sourceKind: String(props.sourceKind ?? "COORDINATOR") as FactSourceKind,
      source: String(props.source ?? ""),
      importSource: text(props.importSource),
      importedAt: text(props.importedAt),
      updatedAt: text(props.updatedAt),
    },
    current: {
      properties: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plainValue(v)])),
      relationships: row.rels.map((r) => ({ type: r.type, direction: "OUT" as const, other: plainValue(r.other) })),
    },
    imported: importedOf(props.importedJson),
    entries: row.entries as EntryRow[],
  });
}
