import { cypher } from "../query";

export type Params = {
  /** Only those last recorded in [from, to) (ISO dates); null: no bound. */
  from: string | null;
  to: string | null;
};
export type Row = { kind: string; status: string; count: number };

/** How many recorded opportunities there are of each kind and status, last recorded in the period (no notes, no names). */
export const outcomeCounts = cypher<Params, Row>(
  "outcome-counts",
  /* cypher */ `
  MATCH (o:Opportunity)
  WHERE ($from IS NULL OR o.updatedAt >= datetime($from)) AND ($to IS NULL OR o.updatedAt < datetime($to))
  RETURN o.kind AS kind, o.status AS status, count(*) AS count
  ORDER BY kind, status`,
);
