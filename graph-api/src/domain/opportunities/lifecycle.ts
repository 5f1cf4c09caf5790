/**
 * What coordinators record about an opportunity:
 *   SUGGESTED → CONTACTED → ACCEPTED | DECLINED   (or straight from SUGGESTED).
 * Accepting writes what happened into the graph (the partnership, the shared
 * resource pooled by the members, the funding, research link or support),
 * with provenance pointing at the opportunity. Declining keeps the reason, and the opportunity is not
 * suggested again. All in one transaction.
 */
import { describeIssue, validateFields } from "@maillage/model";
import { PARTNERSHIP_KINDS } from "@maillage/model";
import type { GraphWriter, WriteRunner } from "../ports";
import { Conflict, InvalidArgument, NotFound } from "../errors";
import { recordOpportunity } from "../../cypher/opportunities/record-opportunity.cypher";
import { acceptPartnership } from "../../cypher/opportunities/accept-partnership.cypher";
import { acceptPooling } from "../../cypher/opportunities/accept-pooling.cypher";
import { acceptFunding } from "../../cypher/opportunities/accept-funding.cypher";
import { acceptResearch } from "../../cypher/opportunities/accept-research.cypher";
import { acceptSupport } from "../../cypher/opportunities/accept-support.cypher";
import { undoOpportunityStep } from "../../cypher/opportunities/undo-opportunity-step.cypher";
import type { FoundOpportunity, OpportunityFinder } from "./finder";
import { parseOpportunityId, type OpportunityStatus } from "./opportunity";

export type OpportunityAction = (
  | { type: "CONTACTED"; note?: string; nextFollowUp?: string }
  | { type: "ACCEPTED"; note?: string; partnershipKind?: string }
  | { type: "DECLINED"; reason: string; reasonKind?: DeclineReasonKind }
) & {
  /** Where the step comes from when not the opportunity's own card: "convention:<id>" for a convention meeting. */
  provenance?: string;
};

/** Why an opportunity will not happen, from a short list (with words of the coordinator's own beside). */
export const DECLINE_REASON_KINDS = [
  "NOT_RELEVANT",
  "ALREADY_IN_TOUCH",
  "NOT_INTERESTED",
  "NO_CAPACITY",
  "ORGANISATION_CLOSED",
  "OTHER",
] as const;
export type DeclineReasonKind = (typeof DECLINE_REASON_KINDS)[number];

/** How far ahead a follow-up may be planned. */
const FOLLOW_UP_MAX_DAYS = 2 * 366;

const ALLOWED_FROM: Record<OpportunityAction["type"], OpportunityStatus[]> = {
  CONTACTED: ["SUGGESTED"],
  ACCEPTED: ["SUGGESTED", "CONTACTED"],
  DECLINED: ["SUGGESTED", "CONTACTED"],
};

export class OpportunityNotFound extends NotFound {}
export class TransitionNotAllowed extends Conflict {}
/** An outcome refused for one of its arguments: the decline's reason, the partnership's kind. */
export class InvalidOutcome extends InvalidArgument {}

export async function recordOutcome(
  finder: OpportunityFinder,
  writer: GraphWriter,
  id: string,
  action: OpportunityAction,
  by: string,
  now = new Date(),
): Promise<FoundOpportunity> {
  if (action.type === "DECLINED" && action.reason.trim().length < 3) {
    throw new InvalidOutcome("A decline needs a reason (a few words), so that colleagues know why", "reason");
  }
  // The note and the reason are kept for colleagues: the same length and character rules as every text written.
  const [issue] = validateFields(
    "Opportunity",
    action.type === "DECLINED" ? { reason: action.reason } : { note: action.note },
  );
  if (issue) throw new InvalidOutcome(describeIssue(issue), issue.field);
  const kind = action.type === "ACCEPTED" ? action.partnershipKind : undefined;
  if (kind !== undefined && !(PARTNERSHIP_KINDS as readonly string[]).includes(kind)) {
    throw new InvalidOutcome(
      `partnershipKind must be ${PARTNERSHIP_KINDS.slice(0, -1).join(", ")} or ${PARTNERSHIP_KINDS.at(-1)} (got "${kind}")`,
      "partnershipKind",
    );
  }
  const nextFollowUp = action.type === "CONTACTED" ? checkFollowUp(action.nextFollowUp, now) : null;
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
      note: action.type === "DECLINED" ? null : action.note?.trim() || null,
      declineReason: action.type === "DECLINED" ? action.reason.trim() : null,
      declineReasonKind: action.type === "DECLINED" ? (action.reasonKind ?? null) : null,
      nextFollowUp,
      reasonsJson: JSON.stringify(opportunity.reasons),
      provenance: action.provenance ?? null,
    });
    if (!row) {
      throw new TransitionNotAllowed(
        `This opportunity is already ${opportunity.status.toLowerCase()}; it cannot be marked ${action.type.toLowerCase()}`,
      );
    }
    if (action.type === "ACCEPTED")
      await writeWhatHappened(run, opportunity, parsed.extra, action.partnershipKind, by, now.getUTCFullYear());
    return row.status as OpportunityStatus;
  });
  finder.invalidate();
  return { ...opportunity, status };
}

/** A follow-up date: a real calendar day (YYYY-MM-DD), from today to two years ahead. */
function checkFollowUp(value: string | undefined, now: Date): string | null {
  if (value === undefined || value === "") return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw new InvalidOutcome(`nextFollowUp must be a date such as 2027-01-15 (got "${value}")`, "nextFollowUp");
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = (date.getTime() - today) / 86_400_000;
  if (days < 0 || days > FOLLOW_UP_MAX_DAYS)
    throw new InvalidOutcome(`nextFollowUp must be between today and two years ahead (got ${value})`, "nextFollowUp");
  return value;
}

export class NothingToUndo extends Conflict {}

/**
 * Takes back the last step recorded on an opportunity (what an acceptance
 * wrote into the graph included). Returns the opportunity as it stands again,
 * or null when it no longer holds on today's graph.
 */
export async function undoLastStep(
  finder: OpportunityFinder,
  writer: GraphWriter,
  id: string,
  by: string,
): Promise<FoundOpportunity | null> {
  if (!parseOpportunityId(id)) throw new OpportunityNotFound(`No opportunity "${id}"`);
  // Read before the write: the write may run in a transaction (the audit trail's) committed after this returns.
  const opportunity = await finder.get(id);
  const [row] = await writer.transaction((run) => run(undoOpportunityStep, { id, by }));
  if (!row) throw new NothingToUndo(`Nothing to undo: no step of opportunity "${id}" is recorded`);
  finder.invalidate();
  return opportunity && { ...opportunity, status: (row.status ?? "SUGGESTED") as OpportunityStatus };
}

/** The graph facts an accepted opportunity becomes, with provenance `opportunity:<id>`. */
async function writeWhatHappened(
  run: WriteRunner,
  o: FoundOpportunity,
  extra: string[],
  partnershipKind: string | undefined,
  by: string,
  year: number,
): Promise<void> {
  const [first, second] = o.members;
  const other = (kind: string) => o.members.find((m) => m.kind === kind)!;
  const structure = o.members.find((m) => m.kind === "EssStructure") ?? first;
  switch (o.kind) {
    case "PARTNERSHIP":
      await run(acceptPartnership, {
        opportunityId: o.id,
        a: first.id,
        b: second.id,
        kind: partnershipKind ?? "CO_PROJECT",
        year,
        by,
      });
      return;
    case "ESS_BUSINESS": {
      const fit = (o.reasons.find((r) => r.type === "COMPLEMENTARITY") as { fit: string } | undefined)?.fit;
      const kind = partnershipKind ?? (fit && fit !== "RESERVED_CONTRACT" ? fit : "COMMERCIAL");
      await run(acceptPartnership, { opportunityId: o.id, a: structure.id, b: other("Business").id, kind, year, by });
      return;
    }
    case "FUNDING": {
      const stage = o.reasons.find((r) => r.type === "FUNDS_STAGE") as { instruments: string[] } | undefined;
      await run(acceptFunding, {
        opportunityId: o.id,
        financerId: other("Financer").id,
        structureId: structure.id,
        year,
        instrument: stage?.instruments[0] ?? "GRANT",
        by,
      });
      return;
    }
    case "RESEARCH":
      await run(acceptResearch, {
        opportunityId: o.id,
        unitId: other("ResearchUnit").id,
        structureId: structure.id,
        by,
      });
      return;
    case "SUPPORT": {
      const stage =
        (o.reasons.find((r) => r.type === "SERVES_STAGE") as { stage: string } | undefined)?.stage ?? "EARLY";
      await run(acceptSupport, {
        opportunityId: o.id,
        providerId: other("SupportProvider").id,
        structureId: structure.id,
        year,
        stage,
        by,
      });
      return;
    }
    case "POOLING":
    case "POOLING_GROUP": {
      const match = o.reasons.find((r) => r.type === "NEED_MEETS_OFFER") as
        { resourceKind: string; offer: string } | undefined;
      const resourceKind = match?.resourceKind ?? extra[0];
      await run(acceptPooling, {
        opportunityId: o.id,
        resourceId: `shared-${o.id}`,
        name: match?.offer ?? `Mutualisation ${resourceKind.toLowerCase()}`,
        kind: resourceKind,
        memberIds: o.members.map((m) => m.id),
        closeNeedIds: o.kind === "POOLING" ? [extra[0]] : [],
        year,
        by,
      });
      return;
    }
    default: {
      const never: never = o.kind;
      return never;
    }
  }
}
