import { cypher } from "../query";

export type Params = { id: string; status: "ACCEPTED" | "REJECTED"; by: string };
export type Row = { id: string };

/** A coordinator's decision on a report: recorded on the report only. */
export const decideReport = cypher<Params, Row>(
  "decide-error-report",
  /* cypher */ `
  MATCH (r:ErrorReport {id: $id})
  SET r.status = $status, r.decidedBy = $by, r.decidedAt = datetime()
  RETURN r.id AS id`,
);
