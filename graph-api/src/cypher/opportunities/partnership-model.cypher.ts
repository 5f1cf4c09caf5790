import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  version: number;
  formatVersion: number;
  method: string;
  heuristic: string | null;
  fallbackReason: string | null;
  signals: string[];
  weights: number[];
  means: number[];
  scales: number[];
  intercept: number;
  validationAuc: number;
  validationAveragePrecision: number;
  comparedJson: string;
  fittedAt: string;
  positives: number;
  negatives: number;
  acceptedExamples: number;
  declinedExamples: number;
  relationships: number;
};

/** The partnership model the suggestions are scored with (partnership-model.ts); no row before the first fit. */
export const partnershipModel = cypher<Params, Row>(
  "partnership-model",
  /* cypher */ `
  MATCH (m:PartnershipModel {id: 'current'})
  RETURN m.version AS version, m.formatVersion AS formatVersion, m.method AS method, m.heuristic AS heuristic,
    m.fallbackReason AS fallbackReason, m.signals AS signals, m.weights AS weights, m.means AS means,
    m.scales AS scales, m.intercept AS intercept, m.validationAuc AS validationAuc,
    m.validationAveragePrecision AS validationAveragePrecision, m.comparedJson AS comparedJson,
    toString(m.fittedAt) AS fittedAt, m.positives AS positives, m.negatives AS negatives,
    m.acceptedExamples AS acceptedExamples, m.declinedExamples AS declinedExamples,
    m.relationships AS relationships
  LIMIT 1`,
);
