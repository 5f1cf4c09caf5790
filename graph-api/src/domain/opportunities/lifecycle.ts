/**
 * What coordinators record about an opportunity:
 *   SUGGESTED → CONTACTED → ACCEPTED | DECLINED   (or straight from SUGGESTED).
 * Accepting writes what happened into the graph (the partnership, or a shared
 * resource pooled by the members), with provenance pointing at the
 * opportunity. Declining keeps the reason, and the opportunity is not
 * suggested again. All in one transaction.
 */
import type { GraphWriter } from "../../db/graph-writer";
import { recordOpportunity } from "../../cypher/opportunities/record-opportunity.cypher";
import { acceptPartnership } from "../../cypher/opportunities/accept-partnership.cypher";
import { acceptPooling } from "../../cypher/opportunities/accept-pooling.cypher";
import type { FoundOpportunity, OpportunityFinder } from "./finder";
import { parseOpportunityId, type OpportunityStatus } from "./opportunity";

export type OpportunityAction =
  | { type: "CONTACTED"; note?: string }
  | { type: "ACCEPTED"; note?: string; partnershipKind?: string }
  | { type: "DECLINED"; reason: string };

const ALLOWED_FROM: Record<OpportunityAction["type"], OpportunityStatus[]> = {
  CONTACTED: ["SUGGESTED"],
  ACCEPTED: ["SUGGESTED", "CONTACTED"],
  DECLINED: ["SUGGESTED", "CONTACTED"],
};

export class OpportunityNotFound extends Error {}
export class TransitionNotAllowed extends Error {}
export class InvalidOutcome extends Error {}

export async function recordOutcome(
  finder: OpportunityFinder,
  writer: GraphWriter,
  id: string,
  action: OpportunityAction,
  by: string,
  now = new Date(),
): Promise<FoundOpportunity> {
  if (action.type === "DECLINED" && action.reason.trim().length < 3) {
    throw new InvalidOutcome("A decline needs a reason (a few words), so that colleagues know why");
  }
  const opportunity = await finder.get(id);
  if (!opportunity) throw new OpportunityNotFound(`No opportunity "${id}" holds on today's graph`);
  const parsed = parseOpportunityId(id)!;
  const memberIds = opportunity.members.map((m) => m.id);

  const status = await writer.transaction(async (run) => {
    const [row] = await run(recordOpportunity, {
      id,
      kind: opportunity.kind,
      memberIds,
      score: opportunity.score,
      from: ALLOWED_FROM[action.type],
      status: action.type,
      by,
      note: action.type === "DECLINED" ? null : (action.note?.trim() || null),
      declineReason: action.type === "DECLINED" ? action.reason.trim() : null,
    });
    if (!row) {
      throw new TransitionNotAllowed(`This opportunity is already ${opportunity.status.toLowerCase()}; it cannot be marked ${action.type.toLowerCase()}`);
    }
    if (action.type === "ACCEPTED") {
      const year = now.getUTCFullYear();
      if (opportunity.kind === "PARTNERSHIP") {
        await run(acceptPartnership, { opportunityId: id, a: memberIds[0], b: memberIds[1], kind: action.partnershipKind ?? "CO_PROJECT", year, by });
      } else {
        const [needId] = opportunity.kind === "POOLING" ? parsed.extra : [];
        const resourceKind = opportunity.kind === "POOLING" ? (opportunity.reasons.find((r) => r.type === "NEED_MEETS_OFFER") as { resourceKind: string }).resourceKind : parsed.extra[0];
        const title = opportunity.kind === "POOLING" ? (opportunity.reasons.find((r) => r.type === "NEED_MEETS_OFFER") as { offer: string }).offer : `Mutualisation ${resourceKind.toLowerCase()}`;
        await run(acceptPooling, {
          opportunityId: id,
          resourceId: `shared-${id}`,
          name: title,
          kind: resourceKind,
          memberIds,
          closeNeedIds: needId ? [needId] : [],
          year,
          by,
        });
      }
    }
    return row.status as OpportunityStatus;
  });
  finder.invalidate();
  return { ...opportunity, status };
}
