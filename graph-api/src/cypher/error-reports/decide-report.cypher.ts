import { cypher } from "../query";

export type Params = { id: string; status: "ACCEPTED" | "REJECTED"; by: string };
export type Row = { id: string };

/**
 * A coordinator's decision on a report: recorded on the report only. The visitor's email, given only
 * so that a coordinator could reply before deciding, is erased with the decision (the form says so).
 */
export const decideReport = cypher<Params, Row>(
  "decide-error-report",
  /* cypher */ `
  MATCH (r:ErrorReport {id: $id})
  SET r.status = $status, r.decidedBy = $by, r.decidedAt = datetime()
  REMOVE r.email
  RETURN r.id AS id`,
);
