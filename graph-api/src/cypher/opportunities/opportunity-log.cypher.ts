import { cypher } from "../query";

export type Params = {
  status: string | null;
  kind: string | null;
  /** Only those with a step recorded by this coordinator. */
  by: string | null;
  /** Only those with a member in this town. */
  inseeCode: string | null;
  /** Only those this organisation is a member of. */
  organisationId: string | null;
  /** Only those last recorded in [from, to) (ISO dates). */
  from: string | null;
  to: string | null;
  limit: number;
};
export type Row = {
  id: string;
  kind: string;
  status: string;
  score: number | null;
  members: { id: string; name: string; kind: string; inseeCode: string | null; illustrative: boolean }[];
  createdAt: string | null;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  declineReason: string | null;
  declineReasonKind: string | null;
  nextFollowUp: string | null;
  notes: string[];
  /** Steps, oldest first, as JSON (status, previous, at, by, note, reason, reasonKind, nextFollowUp). */
  history: string[];
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
    AND ($by IS NULL OR o.createdBy = $by OR o.updatedBy = $by OR any(step IN coalesce(o.history, []) WHERE apoc.convert.fromJsonMap(step).by = $by))
    AND ($inseeCode IS NULL OR EXISTS { (o)-[:CONCERNS]->(:Organisation)-[:LOCATED_IN]->(:Town {inseeCode: $inseeCode}) })
    AND ($organisationId IS NULL OR $organisationId IN coalesce(o.memberIds, []))
    AND ($from IS NULL OR o.updatedAt >= datetime($from)) AND ($to IS NULL OR o.updatedAt < datetime($to))
  WITH o ORDER BY o.updatedAt DESC, o.id LIMIT toInteger($limit)
  RETURN o.id AS id, o.kind AS kind, o.status AS status, o.score AS score,
    [memberId IN coalesce(o.memberIds, []) |
      head(COLLECT {
        MATCH (m:Organisation {id: memberId})
        RETURN m { .id, .name,
          kind: head([l IN labels(m) WHERE l IN ['EssStructure', 'Business', 'Financer', 'SupportProvider', 'ResearchUnit']]),
          inseeCode: head(COLLECT { MATCH (m)-[:LOCATED_IN]->(t:Town) RETURN t.inseeCode }),
          illustrative: coalesce(m.sourceKind = 'ILLUSTRATIVE', false) }
      })] AS members,
    toString(o.createdAt) AS createdAt, o.createdBy AS createdBy,
    toString(o.updatedAt) AS updatedAt, o.updatedBy AS updatedBy,
    o.declineReason AS declineReason, o.declineReasonKind AS declineReasonKind, toString(o.nextFollowUp) AS nextFollowUp,
    coalesce(o.notes, []) AS notes, coalesce(o.history, []) AS history`,
);
