import { cypher } from "../query";

export type Params = { limit: number };
export type Row = {
  id: string;
  status: string;
  message: string;
  email: string | null;
  createdAt: string;
  decidedBy: string | null;
  structure: { id: string; name: string };
  town: { inseeCode: string; name: string } | null;
};

/** The reports for coordinators, the ones still to handle first, newest first. */
export const listReports = cypher<Params, Row>(
  "list-error-reports",
  /* cypher */ `
  MATCH (r:ErrorReport)-[:ABOUT]->(s:EssStructure)
  OPTIONAL MATCH (s)-[:LOCATED_IN]->(t:Town)
  RETURN r.id AS id, r.status AS status, r.message AS message, r.email AS email, toString(r.createdAt) AS createdAt,
    r.decidedBy AS decidedBy, s { .id, .name } AS structure, CASE WHEN t IS NULL THEN null ELSE t { .inseeCode, .name } END AS town
  ORDER BY CASE r.status WHEN 'NEW' THEN 0 ELSE 1 END, r.createdAt DESC
  LIMIT toInteger($limit)`,
);
