import { cypher } from "../query";
import type { Row as ModelRow } from "./partnership-model.cypher";

export type Params = Omit<ModelRow, "version">;
export type Row = { version: number };

/**
 * Stores a newly fitted partnership model in place of the previous one; its
 * version goes up by one at each fit. Only the server and the refit command
 * write it.
 */
export const savePartnershipModel = cypher<Params, Row>(
  "save-partnership-model",
  /* cypher */ `
  MERGE (m:PartnershipModel {id: 'current'})
  SET m.version = coalesce(m.version, 0) + 1, m.formatVersion = $formatVersion, m.method = $method,
    m.heuristic = $heuristic, m.fallbackReason = $fallbackReason, m.signals = $signals, m.weights = $weights,
    m.means = $means, m.scales = $scales, m.intercept = $intercept, m.validationAuc = $validationAuc,
    m.validationAveragePrecision = $validationAveragePrecision, m.comparedJson = $comparedJson,
    m.fittedAt = datetime($fittedAt), m.positives = $positives, m.negatives = $negatives,
    m.acceptedExamples = $acceptedExamples, m.declinedExamples = $declinedExamples,
    m.relationships = $relationships
  RETURN m.version AS version`,
);
