import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  id: string;
  status: string;
  kind: string;
  memberIds: string[];
  score: number | null;
  reasonsJson: string | null;
};

/** Opportunities coordinators have acted on (contacted, accepted, declined). */
export const recordedOpportunities = cypher<Params, Row>(
  "recorded-opportunities",
  /* cypher */ `
  MATCH (o:Opportunity)
  RETURN o.id AS id, o.status AS status, o.kind AS kind, o.memberIds AS memberIds, o.score AS score, o.reasonsJson AS reasonsJson`,
);
