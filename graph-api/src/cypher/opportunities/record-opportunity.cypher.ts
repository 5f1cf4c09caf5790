import { cypher } from "../query";

export type Params = {
  id: string;
  kind: string;
  memberIds: string[];
  score: number;
  from: string[];
  status: string;
  by: string;
  note: string | null;
  declineReason: string | null;
  /** Why it was declined, from the short list (DeclineReasonKind). */
  declineReasonKind: string | null;
  /** A contact's next follow-up date (YYYY-MM-DD); cleared by an outcome. */
  nextFollowUp: string | null;
  /** The reasons as the coordinator saw them (JSON), kept for when the suggestion no longer holds. */
  reasonsJson: string;
  /** Where the step comes from when not the opportunity's own card (e.g. "convention:<id>"); null otherwise. */
  provenance: string | null;
};
export type Row = { id: string; status: string; previous: string | null };

/**
 * Records a coordinator's step on an opportunity, only from an allowed
 * previous status (`from`, where null stands for "never recorded"), and
 * appends it to the opportunity's history (JSON steps, oldest first: status,
 * when, who, note, decline reason, next follow-up, provenance), which an undo pops.
 * Returns no row when the transition is not allowed.
 */
export const recordOpportunity = cypher<Params, Row>(
  "record-opportunity",
  /* cypher */ `
  MERGE (o:Opportunity {id: $id})
  ON CREATE SET o.kind = $kind, o.memberIds = $memberIds, o.createdAt = datetime(), o.createdBy = $by,
    o.source = 'coordinator:' + $by, o.sourceKind = 'COORDINATOR'
  WITH o, o.status AS previous
  WHERE coalesce(previous, 'SUGGESTED') IN $from
  SET o.status = $status, o.score = $score, o.reasonsJson = $reasonsJson, o.updatedAt = datetime(), o.updatedBy = $by,
    o.declineReason = CASE WHEN $status = 'DECLINED' THEN $declineReason ELSE o.declineReason END,
    o.declineReasonKind = CASE WHEN $status = 'DECLINED' THEN $declineReasonKind ELSE o.declineReasonKind END,
    o.nextFollowUp = CASE WHEN $status = 'CONTACTED' AND $nextFollowUp IS NOT NULL THEN date($nextFollowUp) ELSE null END,
    o.history = coalesce(o.history, []) + [apoc.convert.toJson({
      status: $status, previous: previous, at: toString(datetime()), by: $by, note: $note,
      reason: $declineReason, reasonKind: $declineReasonKind, nextFollowUp: $nextFollowUp, provenance: $provenance })],
    o.notes = CASE WHEN $note IS NULL THEN o.notes ELSE coalesce(o.notes, []) + [$status + ' ' + toString(datetime()) + ' ' + $by + ': ' + $note] END
  WITH o, previous
  CALL (o) {
    UNWIND o.memberIds AS memberId
    MATCH (m:Organisation {id: memberId})
    MERGE (o)-[r:CONCERNS]->(m)
    ON CREATE SET r.source = o.source, r.sourceKind = 'COORDINATOR', r.updatedAt = datetime()
  }
  RETURN o.id AS id, o.status AS status, previous`,
);
