/**
 * What became of the opportunities coordinators acted on: public counts per
 * kind and status, and the coordinators' log (who did what, their notes).
 */
import type { GraphReader } from "../ports";
import { outcomeCounts } from "../../cypher/opportunities/outcome-counts.cypher";
import { opportunityLog, type Row as LogRow } from "../../cypher/opportunities/opportunity-log.cypher";
import { OPPORTUNITY_KINDS, type OpportunityKind, type OpportunityStatus } from "./opportunity";
import { InvalidArgument } from "../errors";

export const MAX_LOG_LIMIT = 500;

export interface KindOutcomes {
  kind: OpportunityKind;
  contacted: number;
  accepted: number;
  declined: number;
  recorded: number;
}

export interface OpportunityOutcomes {
  recorded: number;
  contacted: number;
  accepted: number;
  declined: number;
  /** Every kind, in the domain's order, zero when none was recorded. */
  byKind: KindOutcomes[];
}

export class InvalidLogRequest extends InvalidArgument {}

/** Counts of recorded opportunities, all of them or those last recorded in [from, to) (YYYY-MM-DD). */
export async function getOpportunityOutcomes(
  reader: GraphReader,
  period: { from?: string; to?: string } = {},
): Promise<OpportunityOutcomes> {
  checkPeriod(period);
  const rows = await reader.read(outcomeCounts, { from: period.from ?? null, to: period.to ?? null });
  const byKind = OPPORTUNITY_KINDS.map((kind) => {
    const count = (status: string) =>
      rows.filter((r) => r.kind === kind && r.status === status).reduce((sum, r) => sum + r.count, 0);
    const contacted = count("CONTACTED");
    const accepted = count("ACCEPTED");
    const declined = count("DECLINED");
    return { kind, contacted, accepted, declined, recorded: contacted + accepted + declined };
  });
  const total = (key: "contacted" | "accepted" | "declined" | "recorded") => byKind.reduce((sum, k) => sum + k[key], 0);
  return {
    recorded: total("recorded"),
    contacted: total("contacted"),
    accepted: total("accepted"),
    declined: total("declined"),
    byKind,
  };
}

/** One recorded step of an opportunity's history. */
export interface OpportunityStep {
  status: OpportunityStatus;
  /** The status before it (null: it was a suggestion). */
  previous: OpportunityStatus | null;
  at: string;
  by: string;
  note: string | null;
  reason: string | null;
  reasonKind: string | null;
  nextFollowUp: string | null;
  /** Where it was recorded from when not the opportunity's card ("convention:<id>"). */
  provenance: string | null;
}

export type RecordedOpportunity = Omit<LogRow, "members" | "history"> & {
  members: NonNullable<LogRow["members"][number]>[];
  history: OpportunityStep[];
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkPeriod(period: { from?: string; to?: string }): void {
  for (const key of ["from", "to"] as const) {
    const value = period[key];
    if (value !== undefined && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))))
      throw new InvalidLogRequest(`${key} must be a date such as 2026-01-01 (got "${value}")`, key);
  }
}

export async function listRecordedOpportunities(
  reader: GraphReader,
  filter: {
    status?: OpportunityStatus;
    kind?: OpportunityKind;
    by?: string;
    inseeCode?: string;
    organisationId?: string;
    from?: string;
    to?: string;
    limit: number;
  },
): Promise<RecordedOpportunity[]> {
  checkPeriod(filter);
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > MAX_LOG_LIMIT) {
    throw new InvalidLogRequest(`limit must be between 1 and ${MAX_LOG_LIMIT} (got ${filter.limit})`, "limit");
  }
  if (filter.status === "SUGGESTED")
    throw new InvalidLogRequest("SUGGESTED opportunities are not recorded: ask `opportunities` for them", "status");
  const rows = await reader.read(opportunityLog, {
    status: filter.status ?? null,
    kind: filter.kind ?? null,
    by: filter.by ?? null,
    inseeCode: filter.inseeCode ?? null,
    organisationId: filter.organisationId ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    limit: filter.limit,
  });
  return rows.map((r) => ({
    ...r,
    // A member deleted since is left out rather than shown nameless.
    members: r.members.filter((m): m is NonNullable<typeof m> => m != null),
    history: r.history.map((step) => {
      const s = JSON.parse(step) as Partial<OpportunityStep>;
      return {
        status: s.status!,
        previous: s.previous ?? null,
        at: s.at!,
        by: s.by!,
        note: s.note ?? null,
        reason: s.reason ?? null,
        reasonKind: s.reasonKind ?? null,
        nextFollowUp: s.nextFollowUp ?? null,
        provenance: s.provenance ?? null,
      };
    }),
  }));
}
