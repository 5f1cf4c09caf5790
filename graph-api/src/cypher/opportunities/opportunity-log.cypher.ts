import { cypher } from "../query";

export type Params = { status: string | null; kind: string | null; limit: number };
export type Row = {
  id: string;
  kind: string;
  status: string;
  score: number | null;
  members: { id: string; name: string; kind: string; inseeCode: string | null }[];
  createdAt: string | null;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  declineReason: string | null;
  notes: string[];
};

/**
 * The opportunities coordinators have acted on, last touched first, with who
 * did what and their notes (for coordinators only). Members are named from
 * today's graph, in the order they were recorded.
 */
export const opportunityLog = cypher<Params, Row>(
  "opportunity-log",
  /* cypher */ `
  MATCH (o:Opportunity)
  WHERE ($status IS NULL OR o.status = $status) AND ($kind IS NULL OR o.kind = $kind)
  WITH o ORDER BY o.updatedAt DESC, o.id LIMIT toInteger($limit)
  RETURN o.id AS id, o.kind AS kind, o.status AS status, o.score AS score,
    [memberId IN coalesce(o.memberIds, []) |
      head(COLLECT {
        MATCH (m:Organisation {id: memberId})
        RETURN m { .id, .name,
          kind: head([l IN labels(m) WHERE l IN ['EssStructure', 'Business', 'Financer', 'SupportProvider', 'ResearchUnit']]),
          inseeCode: head(COLLECT { MATCH (m)-[:LOCATED_IN]->(t:Town) RETURN t.inseeCode }) }
      })] AS members,
    toString(o.createdAt) AS createdAt, o.createdBy AS createdBy,
    toString(o.updatedAt) AS updatedAt, o.updatedBy AS updatedBy,
    o.declineReason AS declineReason, coalesce(o.notes, []) AS notes`,
);
