import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = { kind: string; status: string; count: number };

/** How many recorded opportunities there are of each kind and status (no notes, no names). */
export const outcomeCounts = cypher<Params, Row>(
  "outcome-counts",
  /* cypher */ `
  MATCH (o:Opportunity)
  RETURN o.kind AS kind, o.status AS status, count(*) AS count
  ORDER BY kind, status`,
);
