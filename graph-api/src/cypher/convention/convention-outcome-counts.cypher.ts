import { cypher } from "../query";

export type Params = { from: string | null; to: string | null };
export type Row = { year: number; outcome: string | null; count: number };

/** How many convention meetings had each outcome, by the convention's year, for conventions held in [from, to). */
export const conventionOutcomeCounts = cypher<Params, Row>(
  "convention-outcome-counts",
  /* cypher */ `
  MATCH (c:Convention)-[:SCHEDULES]->(m:ConventionMeeting)
  WHERE ($from IS NULL OR c.date >= date($from)) AND ($to IS NULL OR c.date < date($to))
  RETURN c.year AS year, m.outcome AS outcome, count(*) AS count
  ORDER BY year, outcome`,
);
