import { cypher } from "../query";

export type Params = { id: string; by: string };
export type Row = { undone: string; status: string | null };

/**
 * Takes back the last step recorded on an opportunity. An acceptance is taken
 * back with what it wrote into the graph (the relationships and the shared
 * resource whose provenance is the opportunity; the needs it closed are open
 * again). The opportunity goes back to its previous status, or, when the step
 * was its first, is no longer recorded (it is a suggestion again). No row
 * when it has no recorded step.
 */
export const undoOpportunityStep = cypher<Params, Row>(
  "undo-opportunity-step",
  /* cypher */ `
  MATCH (o:Opportunity {id: $id})
  WHERE size(coalesce(o.history, [])) > 0
  WITH o, apoc.convert.fromJsonMap(o.history[-1]) AS last, 'opportunity:' + o.id AS provenance
  CALL (o, last, provenance) {
    WITH o, last, provenance WHERE last.status = 'ACCEPTED'
    CALL (o, provenance) {
      UNWIND o.memberIds AS memberId
      MATCH (:Organisation {id: memberId})-[r]-()
      WHERE r.source = provenance
      WITH DISTINCT r
      DELETE r
    }
    CALL (o, provenance) {
      MATCH (s:SharedResource {id: 'shared-' + o.id})
      WHERE s.source = provenance
      DETACH DELETE s
    }
    CALL (provenance) {
      MATCH (n:ResourceNeed {closedBy: provenance})
      SET n.status = 'OPEN', n.updatedAt = datetime(), n.updatedBy = $by
      REMOVE n.closedBy
    }
  }
  WITH o, last, CASE WHEN size(o.history) > 1 THEN apoc.convert.fromJsonMap(o.history[-2]) ELSE null END AS before
  CALL (o, last, before) {
    WITH o, last, before WHERE before IS NOT NULL
    SET o.status = before.status, o.history = o.history[..-1], o.updatedAt = datetime(), o.updatedBy = $by,
      o.declineReason = CASE WHEN before.status = 'DECLINED' THEN before.reason ELSE null END,
      o.declineReasonKind = CASE WHEN before.status = 'DECLINED' THEN before.reasonKind ELSE null END,
      o.nextFollowUp = CASE WHEN before.nextFollowUp IS NULL THEN null ELSE date(before.nextFollowUp) END,
      o.notes = CASE WHEN last.note IS NULL THEN o.notes ELSE coalesce(o.notes, [])[..-1] END
  }
  WITH o, last, before
  CALL (o, before) {
    WITH o, before WHERE before IS NULL
    DETACH DELETE o
  }
  RETURN last.status AS undone, before.status AS status`,
);
