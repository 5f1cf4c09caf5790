/**
 * The partnership model in Neo4j: read with the snapshot, stored after a fit
 * (the server's, when the graph changed enough, or an explicit refit by the
 * `refitPartnershipModel` mutation or `npm run refit`).
 */
import { PARTNERSHIP_SIGNALS, type PartnershipSignal } from "@maillage/model";
import type { GraphReader, GraphWriter } from "../ports";
import { partnershipModel, type Row as ModelRow } from "../../cypher/opportunities/partnership-model.cypher";
import { savePartnershipModel } from "../../cypher/opportunities/save-partnership-model.cypher";
import { cooperationEdges } from "../../cypher/opportunities/cooperation-edges.cypher";
import { organisationProfiles } from "../../cypher/opportunities/organisation-profiles.cypher";
import { partnershipEdges } from "../../cypher/opportunities/partnership-edges.cypher";
import {
  recordedOpportunities,
  type Row as RecordedRow,
} from "../../cypher/opportunities/recorded-opportunities.cypher";
import { buildCooperationGraph } from "./cooperation-graph";
import { fitOnGraph } from "./context";
import type { PartnershipModel } from "./partnership-model";

/** A stored model and its version (one more at each fit). */
export type StoredModel = PartnershipModel & { version: number };

export function toRow(model: PartnershipModel): Omit<ModelRow, "version"> {
  return {
    formatVersion: model.formatVersion,
    method: model.method,
    heuristic: model.heuristic,
    fallbackReason: model.fallbackReason,
    signals: [...PARTNERSHIP_SIGNALS],
    weights: model.weights,
    means: model.means,
    scales: model.scales,
    intercept: model.intercept,
    validationAuc: model.validationAuc,
    validationAveragePrecision: model.validationAveragePrecision,
    comparedJson: JSON.stringify(model.compared),
    fittedAt: model.fittedAt,
    positives: model.positives,
    negatives: model.negatives,
    acceptedExamples: model.acceptedExamples,
    declinedExamples: model.declinedExamples,
    relationships: model.relationships,
  };
}

/** The stored model, or null when none is stored or it was stored with other signals (then it is refitted). */
export function fromRow(row: ModelRow | undefined): StoredModel | null {
  if (!row) return null;
  if (row.signals.length !== PARTNERSHIP_SIGNALS.length || row.signals.some((s, i) => s !== PARTNERSHIP_SIGNALS[i]))
    return null;
  return {
    version: row.version,
    formatVersion: row.formatVersion,
    method: row.method as PartnershipModel["method"],
    heuristic: row.heuristic as PartnershipSignal | null,
    fallbackReason: row.fallbackReason as PartnershipModel["fallbackReason"],
    weights: row.weights,
    means: row.means,
    scales: row.scales,
    intercept: row.intercept,
    validationAuc: row.validationAuc,
    validationAveragePrecision: row.validationAveragePrecision,
    compared: JSON.parse(row.comparedJson) as PartnershipModel["compared"],
    fittedAt: row.fittedAt,
    positives: row.positives,
    negatives: row.negatives,
    acceptedExamples: row.acceptedExamples,
    declinedExamples: row.declinedExamples,
    relationships: row.relationships,
  };
}

export async function loadStoredModel(reader: GraphReader): Promise<StoredModel | null> {
  const [row] = await reader.read(partnershipModel, {});
  return fromRow(row);
}

/** Coordinators' accepted and declined partnership suggestions, as labelled pairs. */
export function partnershipDecisions(recorded: readonly RecordedRow[]) {
  return recorded
    .filter((r) => r.kind === "PARTNERSHIP" && (r.status === "ACCEPTED" || r.status === "DECLINED"))
    .filter((r) => r.memberIds.length === 2)
    .map((r) => ({
      memberIds: [r.memberIds[0], r.memberIds[1]] as [string, string],
      accepted: r.status === "ACCEPTED",
    }));
}

export async function saveModel(writer: GraphWriter, model: PartnershipModel): Promise<StoredModel> {
  const [row] = await writer.transaction((run) => run(savePartnershipModel, toRow(model)));
  return { ...model, version: row.version };
}

/** Fits the model on the whole graph now and stores it. */
export async function refitPartnershipModel(reader: GraphReader, writer: GraphWriter): Promise<StoredModel> {
  const [edges, profiles, partnerships, recorded] = await Promise.all([
    reader.read(cooperationEdges, {}),
    reader.read(organisationProfiles, {}),
    reader.read(partnershipEdges, {}),
    reader.read(recordedOpportunities, {}),
  ]);
  const graph = buildCooperationGraph(
    edges,
    profiles.map((p) => p.id),
  );
  const model = fitOnGraph(
    graph,
    new Map(profiles.map((p) => [p.id, p])),
    partnerships,
    partnershipDecisions(recorded),
  );
  return saveModel(writer, model);
}
