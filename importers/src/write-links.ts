/**
 * Writes what the CSV templates say about organisations already known:
 * resource needs and offers (HAS_NEED, OFFERS), partnerships (PARTNERS_WITH
 * with its `Partnership` properties) and events (HELD_IN, HAS_THEME,
 * ATTENDED with a role). One transaction per batch: resolve the organisations
 * the rows name (SIRET, RNA id or Maillage id; the organisations of the same
 * import count, so a dry run plans them too), read what exists, plan row by
 * row, then write with UNWIND — only what changed, so that re-importing the
 * same file changes nothing (not even updatedAt).
 *
 * What the import owns (sourceKind OPEN_DATA_IMPORT, never edited through the
 * API: no updatedBy) follows the file; anything else keeps its values and the
 * report lists the differences as kept hand edits. Links are added, never
 * removed. A row naming an organisation Maillage does not know is rejected.
 */
import { basename } from "node:path";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import type { OrganisationRecord } from "./model";
import type { ImportReport } from "./report";
import { shortHash, slug } from "./sources/templates";
import { recordImportBatch } from "./audit";

/** An organisation named by a row. */
export interface OrgRef {
  by: "siret" | "rnaId" | "id";
  value: string;
  /** As the file wrote it, for messages. */
  text: string;
}

import type { AttendanceRole } from "@maillage/model";
export type { AttendanceRole };
type Scalar = string | number | null;

interface Located {
  file: string;
  line: number;
}

export interface NeedOfferLink extends Located {
  type: "need" | "offer";
  org: OrgRef;
  /** Given in the file; else derived from the organisation, kind and title. */
  id: string | null;
  props: {
    title: string;
    kind: string;
    description: string | null;
    status: string;
    frequency?: string | null;
    availability?: string | null;
  };
  themes: string[];
}

export interface PartnershipLink extends Located {
  type: "partnership";
  a: OrgRef;
  b: OrgRef;
  /** weight: how strong the link is (a count of exchanges, a weight), for weighted network analyses. */
  props: {
    kind: string;
    since: number | null;
    until: number | null;
    description: string | null;
    weight: number | null;
  };
}

export interface EventLink extends Located {
  type: "event";
  id: string;
  explicitId: boolean;
  /** null: the row only adds attendees to an event already in Maillage. */
  props: {
    title: string;
    kind: string;
    date: string | null;
    year: number | null;
    place: string | null;
    description: string | null;
  } | null;
  town: string | null;
  themes: string[];
  attendees: { org: OrgRef; role: AttendanceRole }[];
}

export type LinkRecord = NeedOfferLink | PartnershipLink | EventLink;

export interface LinkResult {
  created: number;
  updated: number;
  unchanged: number;
  changes: string[];
}

export interface WriteLinksOptions {
  database?: string;
  dryRun: boolean;
  batchSize?: number;
  report: ImportReport;
  /** Rejected rows (counted and reported by the caller). */
  reject(file: string, line: number, reason: string, key?: string): void;
}

interface Org {
  id: string;
  label: string;
  name: string;
}

const INT_PROPS = new Set(["since", "until", "year"]);
const DATE_PROPS = new Set(["date"]);
const refKey = (r: OrgRef) => `${r.by}:${r.value}`;
const describe = (r: OrgRef) =>
  r.by === "siret" ? `SIRET ${r.value}` : r.by === "rnaId" ? `RNA id ${r.value}` : `id "${r.value}"`;

function toNeo4j(field: string, value: Scalar): unknown {
  if (value === null) return null;
  if (INT_PROPS.has(field) && typeof value === "number") return neo4j.int(value);
  if (DATE_PROPS.has(field) && typeof value === "string") {
    const [y, m, d] = value.split("-").map(Number);
    return new neo4j.types.Date(y, m, d);
  }
  return value;
}

function fromNeo4j(value: unknown): Scalar {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (typeof value === "string" || typeof value === "number") return value;
  return String(value);
}

const convert = (props: Record<string, Scalar>) =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toNeo4j(k, v)]));

/** Fields whose stored value differs from the file's. */
function differences(stored: Record<string, unknown>, incoming: Record<string, Scalar>): string[] {
  return Object.entries(incoming)
    .filter(([k, v]) => fromNeo4j(stored[k]) !== v)
    .map(([k]) => k);
}

/** Written by an import and never edited through the API: the file decides. */
const owned = (props: Record<string, unknown>) =>
  props.sourceKind === "OPEN_DATA_IMPORT" && (props.updatedBy === null || props.updatedBy === undefined);

const RESOLVE = /* cypher */ `
  UNWIND $refs AS ref
  OPTIONAL MATCH (i:Organisation {id: ref.id})
  OPTIONAL MATCH (e:EssStructure {siret: ref.siret})
  OPTIONAL MATCH (b:Business {siret: ref.siret})
  OPTIONAL MATCH (r:EssStructure {rnaId: ref.rnaId})
  WITH ref, coalesce(i, e, b, r) AS o
  RETURN ref.key AS key, o.id AS id, o.name AS name,
         [l IN labels(o) WHERE l <> 'Organisation'][0] AS label`;

const existingResources = (label: string, rel: string) => /* cypher */ `
  UNWIND $ids AS id
  MATCH (n:${label} {id: id})
  RETURN id, properties(n) AS props,
         [(o:Organisation)-[:${rel}]->(n) | o.id] AS holders,
         [(n)-[:HAS_THEME]->(t:Theme) | t.code] AS themes`;

const EXISTING_EVENTS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Event {id: id})
  RETURN id, properties(e) AS props,
         [(e)-[:HELD_IN]->(t:Town) | t.inseeCode] AS towns,
         [(e)-[:HAS_THEME]->(t:Theme) | t.code] AS themes,
         [(o:Organisation)-[a:ATTENDED]->(e) | {id: o.id, role: a.role, owned: a.sourceKind = 'OPEN_DATA_IMPORT'}] AS attendees`;

const EXISTING_PARTNERSHIPS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (a:Organisation {id: row.from})-[r:PARTNERS_WITH {kind: row.kind}]-(b:Organisation {id: row.to})
  RETURN row.index AS index, properties(r) AS props`;

const upsertNode = (label: string) => /* cypher */ `
  UNWIND $rows AS row
  MERGE (n:${label} {id: row.id})
  SET n += row.props, n.updatedAt = datetime()`;

const linkHolder = (label: string, rel: string) => /* cypher */ `
  UNWIND $rows AS row
  MATCH (o:Organisation {id: row.org})
  MATCH (n:${label} {id: row.id})
  MERGE (o)-[r:${rel}]->(n)
  ON CREATE SET r += row.prov, r.updatedAt = datetime()`;

const linkThemes = (label: string) => /* cypher */ `
  UNWIND $rows AS row
  MATCH (n:${label} {id: row.id})
  MATCH (t:Theme {code: row.theme})
  MERGE (n)-[r:HAS_THEME]->(t)
  ON CREATE SET r += row.prov, r.updatedAt = datetime()`;

const LINK_TOWN = /* cypher */ `
  UNWIND $rows AS row
  MATCH (e:Event {id: row.id})
  MATCH (t:Town {inseeCode: row.town})
  MERGE (e)-[r:HELD_IN]->(t)
  ON CREATE SET r += row.prov, r.updatedAt = datetime()`;

const ATTEND = /* cypher */ `
  UNWIND $rows AS row
  MATCH (o:Organisation {id: row.org})
  MATCH (e:Event {id: row.id})
  MERGE (o)-[r:ATTENDED]->(e)
  SET r += row.props, r.updatedAt = datetime()`;

const CREATE_PARTNERSHIP = /* cypher */ `
  UNWIND $rows AS row
  MATCH (a:Organisation {id: row.from})
  MATCH (b:Organisation {id: row.to})
  CREATE (a)-[r:PARTNERS_WITH]->(b)
  SET r += row.props, r.updatedAt = datetime()`;

const UPDATE_PARTNERSHIP = /* cypher */ `
  UNWIND $rows AS row
  MATCH (a:Organisation {id: row.from})-[r:PARTNERS_WITH {kind: row.kind}]-(b:Organisation {id: row.to})
  SET r += row.props, r.updatedAt = datetime()`;

interface Plan {
  result: LinkResult;
  rejects: { file: string; line: number; reason: string; key?: string }[];
  kept: { file: string; line: number; field: string; theirs: string; ours: string; key: string }[];
  /** Keys this batch claims (duplicates across batches), merged once it is committed. */
  claimed: Map<string, string>;
  writes: { query: string; rows: unknown[] }[];
}

/** Needs, offers, partnerships and events, in batches of one transaction each. */
export async function writeLinks(
  driver: Driver,
  links: LinkRecord[],
  organisations: OrganisationRecord[],
  options: WriteLinksOptions,
): Promise<LinkResult> {
  // The organisations of this import, for rows naming them (needed in a dry run, where they are not written).
  const inRun = new Map<string, Org>();
  for (const o of organisations) {
    const org = { id: o.newId, label: o.label, name: String(o.fields.name) };
    if (o.siret) inRun.set(`siret:${o.siret}`, org);
    if (o.rnaId) inRun.set(`rnaId:${o.rnaId}`, org);
    inRun.set(`id:${o.newId}`, org);
  }
  const total: LinkResult = { created: 0, updated: 0, unchanged: 0, changes: [] };
  const claimed = new Map<string, string>();
  const batchSize = options.batchSize ?? 1000;
  for (let i = 0; i < links.length; i += batchSize) {
    const batch = links.slice(i, i + batchSize);
    const session = driver.session({
      database: options.database,
      defaultAccessMode: options.dryRun ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const work = async (tx: ManagedTransaction) => {
        const plan = await planBatch(tx, batch, inRun, claimed);
        if (!options.dryRun) {
          for (const w of plan.writes) if (w.rows.length) await tx.run(w.query, { rows: w.rows });
          await recordImportBatch(tx, {
            source: "csv",
            operation: "import-links",
            files: batch.map((l) => l.file),
            ...plan.result,
          });
        }
        return plan;
      };
      const plan = options.dryRun ? await session.executeRead(work) : await session.executeWrite(work);
      for (const r of plan.rejects) options.reject(r.file, r.line, r.reason, r.key);
      for (const k of plan.kept) options.report.keptEdit(k.file, k.line, k.field, k.theirs, k.ours, k.key);
      for (const [k, v] of plan.claimed) claimed.set(k, v);
      total.created += plan.result.created;
      total.updated += plan.result.updated;
      total.unchanged += plan.result.unchanged;
      total.changes.push(...plan.result.changes);
    } finally {
      await session.close();
    }
  }
  return total;
}

async function resolveOrgs(
  tx: ManagedTransaction,
  batch: LinkRecord[],
  inRun: Map<string, Org>,
): Promise<Map<string, Org>> {
  const refs = new Map<string, OrgRef>();
  for (const link of batch) {
    const list =
      link.type === "partnership"
        ? [link.a, link.b]
        : link.type === "event"
          ? link.attendees.map((a) => a.org)
          : [link.org];
    for (const r of list) refs.set(refKey(r), r);
  }
  const found = new Map<string, Org>();
  if (refs.size === 0) return found;
  const rows = [...refs.entries()].map(([key, r]) => ({
    key,
    id: r.by === "id" ? r.value : null,
    siret: r.by === "siret" ? r.value : null,
    rnaId: r.by === "rnaId" ? r.value : null,
  }));
  const result = await tx.run(RESOLVE, { refs: rows });
  for (const rec of result.records) {
    const id = rec.get("id") as string | null;
    if (id !== null)
      found.set(rec.get("key") as string, { id, label: rec.get("label") as string, name: rec.get("name") as string });
  }
  for (const key of refs.keys()) if (!found.has(key) && inRun.has(key)) found.set(key, inRun.get(key)!);
  return found;
}

const unknownOrg = (column: string, r: OrgRef) =>
  `${column}: no organisation with ${describe(r)} in Maillage (import it first, e.g. with the organisations template, or check the identifier)`;

async function planBatch(
  tx: ManagedTransaction,
  batch: LinkRecord[],
  inRun: Map<string, Org>,
  claimedBefore: Map<string, string>,
): Promise<Plan> {
  const orgs = await resolveOrgs(tx, batch, inRun);
  const plan: Plan = {
    result: { created: 0, updated: 0, unchanged: 0, changes: [] },
    rejects: [],
    kept: [],
    claimed: new Map(),
    writes: [],
  };
  const claim = (key: string, where: string): string | undefined => {
    const before = claimedBefore.get(key) ?? plan.claimed.get(key);
    if (before) return before;
    plan.claimed.set(key, where);
    return undefined;
  };
  const where = (l: Located) => `${basename(l.file)} line ${l.line}`;
  const prov = (l: Located) => ({
    source: basename(l.file),
    sourceKind: "OPEN_DATA_IMPORT",
    sourceRef: `line ${l.line}`,
  });
  const reject = (l: Located, reason: string, key?: string) =>
    plan.rejects.push({ file: l.file, line: l.line, reason, key });
  const kept = (l: Located, key: string, field: string, theirs: unknown, ours: unknown) =>
    plan.kept.push({
      file: l.file,
      line: l.line,
      field,
      theirs: String(fromNeo4j(theirs) ?? ""),
      ours: String(ours ?? ""),
      key,
    });
  const outcome = (created: boolean, changed: boolean, line: string) => {
    if (created) plan.result.created++;
    else if (changed) plan.result.updated++;
    else plan.result.unchanged++;
    if (created || changed) plan.result.changes.push(line);
  };

  // --- Needs and offers -----------------------------------------------------
  const resources = batch.filter((l): l is NeedOfferLink => l.type === "need" || l.type === "offer");
  for (const type of ["need", "offer"] as const) {
    const label = type === "need" ? "ResourceNeed" : "ResourceOffer";
    const rel = type === "need" ? "HAS_NEED" : "OFFERS";
    const planned: { link: NeedOfferLink; org: Org; id: string }[] = [];
    for (const link of resources.filter((l) => l.type === type)) {
      const org = orgs.get(refKey(link.org));
      if (!org) {
        reject(link, unknownOrg("organisation", link.org), link.org.text);
        continue;
      }
      if (type === "need" && org.label !== "EssStructure") {
        reject(
          link,
          `organisation: "${org.name}" is a ${org.label}: only ESS structures have needs in Maillage (a business can offer)`,
          link.org.text,
        );
        continue;
      }
      if (type === "offer" && org.label !== "EssStructure" && org.label !== "Business") {
        reject(
          link,
          `organisation: "${org.name}" is a ${org.label}: offers are made by ESS structures and businesses`,
          link.org.text,
        );
        continue;
      }
      const id = link.id ?? `csv-${type}-${shortHash(org.id, link.props.kind, slug(link.props.title))}`;
      const dup = claim(`${label}:${id}`, where(link));
      if (dup) {
        reject(
          link,
          `the same ${type} (${link.id ? `id ${id}` : `${org.name}, ${link.props.kind}, "${link.props.title}"`}) is already on ${dup}`,
          id,
        );
        continue;
      }
      planned.push({ link, org, id });
    }
    if (!planned.length) continue;
    const existing = new Map<string, { props: Record<string, unknown>; holders: string[]; themes: string[] }>();
    const res = await tx.run(existingResources(label, rel), { ids: planned.map((p) => p.id) });
    for (const r of res.records)
      existing.set(r.get("id"), { props: r.get("props"), holders: r.get("holders"), themes: r.get("themes") });
    const nodes: unknown[] = [];
    const holders: unknown[] = [];
    const themes: unknown[] = [];
    for (const { link, org, id } of planned) {
      const found = existing.get(id);
      const props = link.props as Record<string, Scalar>;
      const head = `${label} ${id} "${link.props.title}" of "${org.name}" (${where(link)})`;
      if (found && found.holders.length && !found.holders.includes(org.id)) {
        reject(link, `id: ${id} is already the ${type} of another organisation (${found.holders[0]})`, id);
        continue;
      }
      if (!found) {
        nodes.push({ id, props: { ...convert(props), ...prov(link) } });
        holders.push({ org: org.id, id, prov: prov(link) });
        for (const theme of link.themes) themes.push({ id, theme, prov: prov(link) });
        outcome(true, false, `+ ${head}`);
        continue;
      }
      const diff = differences(found.props, props);
      const mine = owned(found.props);
      const notes: string[] = [];
      if (diff.length && mine) {
        nodes.push({ id, props: { ...convert(Object.fromEntries(diff.map((k) => [k, props[k]]))), ...prov(link) } });
        notes.push(diff.map((k) => `${k} "${fromNeo4j(found.props[k]) ?? ""}" → "${props[k] ?? ""}"`).join(", "));
      } else for (const k of diff) if (props[k] !== null) kept(link, id, k, found.props[k], props[k]);
      if (!found.holders.length) {
        holders.push({ org: org.id, id, prov: prov(link) });
        notes.push(`now ${type} of "${org.name}"`);
      }
      const missing = mine ? link.themes.filter((t) => !found.themes.includes(t)) : [];
      for (const theme of missing) themes.push({ id, theme, prov: prov(link) });
      if (missing.length) notes.push(`themes + ${missing.join(", ")}`);
      outcome(false, notes.length > 0, `~ ${head}: ${notes.join("; ")}`);
    }
    plan.writes.push(
      { query: upsertNode(label), rows: nodes },
      { query: linkHolder(label, rel), rows: holders },
      { query: linkThemes(label), rows: themes },
    );
  }

  // --- Partnerships -----------------------------------------------------------
  const partnerships: { link: PartnershipLink; from: Org; to: Org; index: number }[] = [];
  for (const link of batch.filter((l): l is PartnershipLink => l.type === "partnership")) {
    const a = orgs.get(refKey(link.a));
    const b = orgs.get(refKey(link.b));
    if (!a || !b) {
      reject(
        link,
        [!a && unknownOrg("organisation_a", link.a), !b && unknownOrg("organisation_b", link.b)]
          .filter(Boolean)
          .join("; "),
        `${link.a.text} + ${link.b.text}`,
      );
      continue;
    }
    if (a.id === b.id) {
      reject(link, `organisation_b: ${link.b.text} and ${link.a.text} are the same organisation ("${a.name}")`, a.id);
      continue;
    }
    const bad = [a, b].find((o) => o.label !== "EssStructure" && o.label !== "Business");
    if (bad) {
      reject(
        link,
        `"${bad.name}" is a ${bad.label}: partnerships link ESS structures with each other or with businesses`,
        `${link.a.text} + ${link.b.text}`,
      );
      continue;
    }
    if (a.label === "Business" && b.label === "Business") {
      reject(
        link,
        `"${a.name}" and "${b.name}" are both businesses: partnerships link ESS structures with each other or with businesses`,
        `${link.a.text} + ${link.b.text}`,
      );
      continue;
    }
    // One direction for each pair, as the seed writes them: ESS → business; between ESS structures, the smaller id first.
    const [from, to] = b.label === "EssStructure" && (a.label === "Business" || b.id < a.id) ? [b, a] : [a, b];
    const dup = claim(`PARTNERS_WITH:${from.id}|${to.id}|${link.props.kind}`, where(link));
    if (dup) {
      reject(
        link,
        `the same partnership ("${a.name}", "${b.name}", ${link.props.kind}) is already on ${dup}`,
        `${link.a.text} + ${link.b.text}`,
      );
      continue;
    }
    partnerships.push({ link, from, to, index: partnerships.length });
  }
  if (partnerships.length) {
    const res = await tx.run(EXISTING_PARTNERSHIPS, {
      rows: partnerships.map((p) => ({ index: p.index, from: p.from.id, to: p.to.id, kind: p.link.props.kind })),
    });
    const existing = new Map<number, Record<string, unknown>>();
    for (const r of res.records) existing.set(neo4j.integer.toNumber(r.get("index")), r.get("props"));
    const creates: unknown[] = [];
    const updates: unknown[] = [];
    for (const { link, from, to, index } of partnerships) {
      const props = link.props as Record<string, Scalar>;
      const found = existing.get(index);
      const head = `PARTNERS_WITH "${from.name}" — "${to.name}" ${link.props.kind} (${where(link)})`;
      if (!found) {
        creates.push({ from: from.id, to: to.id, props: { ...convert(props), ...prov(link) } });
        outcome(true, false, `+ ${head}`);
        continue;
      }
      const diff = differences(found, props);
      if (diff.length && found.sourceKind === "OPEN_DATA_IMPORT") {
        updates.push({
          from: from.id,
          to: to.id,
          kind: link.props.kind,
          props: { ...convert(Object.fromEntries(diff.map((k) => [k, props[k]]))), ...prov(link) },
        });
        outcome(
          false,
          true,
          `~ ${head}: ${diff.map((k) => `${k} "${fromNeo4j(found[k]) ?? ""}" → "${props[k] ?? ""}"`).join(", ")}`,
        );
      } else {
        for (const k of diff) if (props[k] !== null) kept(link, `${from.id} + ${to.id}`, k, found[k], props[k]);
        outcome(false, false, "");
      }
    }
    plan.writes.push({ query: CREATE_PARTNERSHIP, rows: creates }, { query: UPDATE_PARTNERSHIP, rows: updates });
  }

  // --- Events -------------------------------------------------------------------
  const events: { link: EventLink; attendees: { org: Org; role: AttendanceRole }[] }[] = [];
  for (const link of batch.filter((l): l is EventLink => l.type === "event")) {
    const unknown = link.attendees.filter((a) => !orgs.has(refKey(a.org)));
    if (unknown.length) {
      const column = (role: AttendanceRole) =>
        role === "ORGANISER" ? "organisers" : role === "SPEAKER" ? "speakers" : "participants";
      reject(link, unknown.map((a) => unknownOrg(column(a.role), a.org)).join("; "), link.id);
      continue;
    }
    // Two identifiers of one organisation: the first role listed (organisers, speakers, participants) stands.
    const attendees = new Map<string, { org: Org; role: AttendanceRole }>();
    for (const a of link.attendees) {
      const org = orgs.get(refKey(a.org))!;
      if (!attendees.has(org.id)) attendees.set(org.id, { org, role: a.role });
    }
    events.push({ link, attendees: [...attendees.values()] });
  }
  if (events.length) {
    const res = await tx.run(EXISTING_EVENTS, { ids: [...new Set(events.map((e) => e.link.id))] });
    type Existing = {
      props: Record<string, unknown>;
      towns: string[];
      themes: string[];
      attendees: Map<string, { role: string; owned: boolean }>;
    };
    const existing = new Map<string, Existing>();
    for (const r of res.records) {
      const attendees = new Map<string, { role: string; owned: boolean }>();
      for (const a of r.get("attendees") as { id: string; role: string; owned: boolean }[])
        attendees.set(a.id, { role: a.role, owned: a.owned });
      existing.set(r.get("id"), { props: r.get("props"), towns: r.get("towns"), themes: r.get("themes"), attendees });
    }
    const nodes: unknown[] = [];
    const towns: unknown[] = [];
    const themes: unknown[] = [];
    const attends: unknown[] = [];
    for (const { link, attendees } of events) {
      const p = link.props;
      let found = existing.get(link.id);
      const createdHere = plan.claimed.get(`Event:${link.id}`) ?? claimedBefore.get(`Event:${link.id}`);
      if (!found && !p) {
        if (!createdHere) {
          reject(link, `id: no event "${link.id}" in Maillage: give its title and date to create it`, link.id);
          continue;
        }
        // Created by an earlier row of this import (seen as new in a dry run or in the same batch).
        found = { props: { sourceKind: "OPEN_DATA_IMPORT" }, towns: [], themes: [], attendees: new Map() };
      }
      const title = p?.title ?? (found?.props.title as string | undefined) ?? link.id;
      const head = `Event ${link.id} "${title}" (${where(link)})`;
      const notes: string[] = [];
      let created = false;
      const mine = found ? owned(found.props) : true;
      if (!found && p) {
        claim(`Event:${link.id}`, where(link));
        nodes.push({ id: link.id, props: { ...convert(p as Record<string, Scalar>), ...prov(link) } });
        created = true;
        found = { props: {}, towns: [], themes: [], attendees: new Map() };
        existing.set(link.id, found);
      } else if (found && p) {
        const diff = differences(found.props, p as Record<string, Scalar>);
        if (diff.length && mine) {
          nodes.push({
            id: link.id,
            props: {
              ...convert(Object.fromEntries(diff.map((k) => [k, (p as Record<string, Scalar>)[k]]))),
              ...prov(link),
            },
          });
          notes.push(
            diff
              .map((k) => `${k} "${fromNeo4j(found!.props[k]) ?? ""}" → "${(p as Record<string, Scalar>)[k] ?? ""}"`)
              .join(", "),
          );
        } else
          for (const k of diff)
            if ((p as Record<string, Scalar>)[k] !== null)
              kept(link, link.id, k, found.props[k], (p as Record<string, Scalar>)[k]);
      }
      const ev = found!;
      if (link.town) {
        if (!ev.towns.length) {
          towns.push({ id: link.id, town: link.town, prov: prov(link) });
          ev.towns.push(link.town);
          if (!created) notes.push(`held in ${link.town}`);
        } else if (!ev.towns.includes(link.town)) kept(link, link.id, "town", ev.towns[0], link.town);
      }
      if (mine) {
        const missing = link.themes.filter((t) => !ev.themes.includes(t));
        for (const theme of missing) themes.push({ id: link.id, theme, prov: prov(link) });
        ev.themes.push(...missing);
        if (missing.length && !created) notes.push(`themes + ${missing.join(", ")}`);
      }
      for (const { org, role } of attendees) {
        const att = ev.attendees.get(org.id);
        if (!att) {
          attends.push({ org: org.id, id: link.id, props: { role, ...prov(link) } });
          ev.attendees.set(org.id, { role, owned: true });
          notes.push(`${role.toLowerCase()} "${org.name}"`);
        } else if (att.role !== role) {
          if (att.owned) {
            attends.push({ org: org.id, id: link.id, props: { role, ...prov(link) } });
            notes.push(`"${org.name}" ${att.role.toLowerCase()} → ${role.toLowerCase()}`);
            att.role = role;
          } else kept(link, `${org.id} at ${link.id}`, "role", att.role, role);
        }
      }
      outcome(
        created,
        notes.length > 0,
        `${created ? "+" : "~"} ${head}${notes.length ? `: ${notes.join("; ")}` : ""}`,
      );
    }
    plan.writes.push(
      { query: upsertNode("Event"), rows: nodes },
      { query: LINK_TOWN, rows: towns },
      { query: linkThemes("Event"), rows: themes },
      { query: ATTEND, rows: attends },
    );
  }
  return plan;
}
