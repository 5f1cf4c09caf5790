/**
 * Loads a generated territory (tools/src/generated) into Neo4j, one replica at
 * a time: its towns (seed writer), its ESS structures and businesses through
 * the importers' batches (writeRecordBatches: one transaction per batch, two
 * in flight), then the rest of its population (needs, offers, resources,
 * links, events, contacts) through the seed writer, one transaction per
 * replica. Every node and relationship says ILLUSTRATIVE in its provenance.
 *
 * Resumable: a replica is marked complete on its Territory node once written;
 * a re-run skips complete replicas and finishes an interrupted one (the writes
 * are idempotent).
 */
import type { Driver } from "neo4j-driver";
import { GENERATED_SOURCE, generatedReplicas, type GeneratedReplica, type GeneratedSize } from "@maillage/tools";
import { seedDatabase, writeSpec } from "@maillage/seed";
import { loadTerritory, territorySetting } from "@maillage/reference";
import { GeoPoint, type GraphSpec, type NodeSpec } from "@maillage/model";
import type { FieldValue, OrganisationRecord } from "./model";
import { ImportReport } from "./report";
import { writeRecordBatches } from "./run";

/** Properties the importer writes as fields; the rest (isVitrine, csrCommitments) goes with the seed writer. */
const ORGANISATION_FIELDS: Record<"EssStructure" | "Business", readonly string[]> = {
  EssStructure: [
    "name",
    "legalForm",
    "nafCode",
    "activity",
    "projectKind",
    "stage",
    "staffRange",
    "foundedYear",
    "address",
    "postalCode",
    "location",
    "website",
    "description",
  ],
  Business: [
    "name",
    "nafCode",
    "activity",
    "staffRange",
    "address",
    "postalCode",
    "location",
    "website",
    "description",
  ],
};
const EXTRA_FIELDS: Record<"EssStructure" | "Business", readonly string[]> = {
  EssStructure: ["isVitrine"],
  Business: ["csrCommitments"],
};

export interface GeneratedLoadOptions {
  driver: Driver;
  database?: string;
  size: GeneratedSize;
  sizeName: string;
  seed?: number;
  batchSize?: number;
  reportPath: string;
  log?: (line: string) => void;
}

export interface GeneratedLoadSummary {
  replicasWritten: number;
  replicasSkipped: number;
  organisations: number;
  otherNodes: number;
  relationships: number;
  ms: number;
}

const isOrganisation = (n: NodeSpec): n is NodeSpec & { label: "EssStructure" | "Business" } =>
  n.label === "EssStructure" || n.label === "Business";

/** Splits a replica's population into importer records and what the seed writer writes. */
export function splitPopulation(
  replica: GeneratedReplica,
  sizeName: string,
): { records: OrganisationRecord[]; rest: GraphSpec } {
  const { nodes, rels } = replica.population;
  const orgKeys = new Set(nodes.filter(isOrganisation).map((n) => `${n.label}:${n.props.id as string}`));
  const town = new Map<string, string>();
  const themes = new Map<string, string[]>();
  const rest: GraphSpec = { nodes: [], rels: [] };
  for (const r of rels) {
    const fromOrg = orgKeys.has(`${r.from.label}:${r.from.key}`);
    if (fromOrg && r.type === "LOCATED_IN") town.set(r.from.key, r.to.key);
    else if (fromOrg && r.type === "HAS_THEME") themes.set(r.from.key, [...(themes.get(r.from.key) ?? []), r.to.key]);
    else rest.rels.push(r);
  }
  const records: OrganisationRecord[] = [];
  for (const n of nodes) {
    if (!isOrganisation(n)) {
      rest.nodes.push(n);
      continue;
    }
    const id = n.props.id as string;
    const fields: Record<string, FieldValue> = {};
    for (const f of ORGANISATION_FIELDS[n.label]) {
      const v = n.props[f];
      if (v instanceof GeoPoint) fields[f] = { latitude: v.latitude, longitude: v.longitude };
      else fields[f] = v === undefined ? null : (v as FieldValue);
    }
    const inseeCode = town.get(id);
    if (!inseeCode) throw new Error(`generated ${n.label} ${id} has no town`);
    records.push({
      source: "generated",
      label: n.label,
      siret: null,
      rnaId: null,
      newId: id,
      fields,
      inseeCode,
      themes: themes.get(id) ?? [],
      file: `${GENERATED_SOURCE.split(" (")[0]} ${sizeName}`,
      line: records.length + 1,
      sourceKind: "ILLUSTRATIVE",
    });
    // What the importer's fields cannot carry, written on the same node by the seed writer.
    const extra: Record<string, unknown> = {
      id,
      source: n.props.source,
      sourceKind: "ILLUSTRATIVE",
      sourceRef: n.props.sourceRef,
    };
    for (const f of EXTRA_FIELDS[n.label]) if (n.props[f] !== undefined) extra[f] = n.props[f];
    rest.nodes.push({ label: n.label, props: extra as NodeSpec["props"] });
  }
  return { records, rest };
}

async function completeReplicas(driver: Driver, database: string | undefined): Promise<Set<string>> {
  const { records } = await driver.executeQuery(
    "MATCH (t:Territory) WHERE t.generatedComplete = true RETURN t.code AS code",
    {},
    { database, routing: "READ" },
  );
  return new Set(records.map((r) => r.get("code") as string));
}

export async function loadGeneratedTerritory(options: GeneratedLoadOptions): Promise<GeneratedLoadSummary> {
  const { driver, database } = options;
  const log = options.log ?? (() => {});
  const started = performance.now();
  // Schema, GPSEA's real towns, the themes and the programme (no demo): what every replica links to.
  await seedDatabase(driver, { demo: false, database, territory: loadTerritory(territorySetting({})) });
  const done = await completeReplicas(driver, database);
  const report = new ImportReport(options.reportPath);
  await report.ready();
  const summary: GeneratedLoadSummary = {
    replicasWritten: 0,
    replicasSkipped: 0,
    organisations: 0,
    otherNodes: 0,
    relationships: 0,
    ms: 0,
  };
  try {
    for (const replica of generatedReplicas(options.size, { seed: options.seed })) {
      if (done.has(replica.territoryCode)) {
        summary.replicasSkipped++;
        continue;
      }
      const t0 = performance.now();
      await writeSpec(driver, replica.territory, { database });
      const { records, rest } = splitPopulation(replica, options.sizeName);
      await writeRecordBatches(records, {
        driver,
        database,
        dryRun: false,
        batchSize: options.batchSize ?? 1000,
        importedAt: new Date().toISOString(),
        report,
      });
      await writeSpec(driver, rest, { database, endpointsInDatabase: true, batchSize: 1000 });
      await driver.executeQuery(
        "MATCH (t:Territory {code: $code}) SET t.generatedComplete = true",
        { code: replica.territoryCode },
        { database },
      );
      summary.replicasWritten++;
      summary.organisations += records.length;
      summary.otherNodes += rest.nodes.length - records.length;
      summary.relationships +=
        rest.rels.length + records.reduce((s, r) => s + 1 + r.themes.length, 0) + replica.territory.rels.length;
      const seconds = (performance.now() - t0) / 1000;
      log(
        `replica ${replica.index + 1}/${options.size.replicas}: ${records.length} organisations, ${rest.rels.length} other relationships in ${seconds.toFixed(1)} s (${Math.round(records.length / seconds)} organisations/s)`,
      );
    }
  } finally {
    await report.close();
  }
  summary.ms = performance.now() - started;
  return summary;
}
