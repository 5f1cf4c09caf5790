import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = { id: string; status: string };

/** Opportunities coordinators have acted on (contacted, accepted, declined). */
export const recordedOpportunities = cypher<Params, Row>(
  "recorded-opportunities",
  /* cypher */ `
  MATCH (o:Opportunity)
  RETURN o.id AS id, o.status AS status`,
);
