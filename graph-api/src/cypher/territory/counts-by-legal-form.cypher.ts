import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = { legalForm: string | null; count: number };

export const countsByLegalForm = cypher<Params, Row>(
  "counts-by-legal-form",
  /* cypher */ `
  MATCH (s:EssStructure)
  RETURN s.legalForm AS legalForm, count(*) AS count
  ORDER BY count DESC, legalForm`,
);
