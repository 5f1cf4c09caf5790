/**
 * What a suggestion is: a kind, the organisations it concerns, a score in
 * [0, 1] and the reasons behind it. Reasons are structured; explain.ts turns
 * them into French or English sentences.
 */
import type { PartnershipSignal } from "@maillage/model";

export const OPPORTUNITY_KINDS = [
  "PARTNERSHIP",
  "POOLING",
  "POOLING_GROUP",
  "ESS_BUSINESS",
  "FUNDING",
  "RESEARCH",
  "SUPPORT",
] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const OPPORTUNITY_STATUSES = ["SUGGESTED", "CONTACTED", "ACCEPTED", "DECLINED"] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export interface OpportunityMember {
  id: string;
  name: string;
  /** Node type: EssStructure, Business, Financer, SupportProvider, ResearchUnit. */
  kind: string;
  inseeCode: string | null;
  /** Invented for the demonstration. */
  illustrative: boolean;
}

/** An organisation's public fields as an opportunity names it. */
export const memberOf = (p: {
  id: string;
  name: string;
  kind: string;
  inseeCode: string | null;
  illustrative: boolean;
}): OpportunityMember => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  inseeCode: p.inseeCode,
  illustrative: p.illustrative,
});

export type Reason =
  /** The signals that raised a partnership's score most, strongest first. */
  | { type: "STRONGEST_SIGNALS"; signals: PartnershipSignal[] }
  | { type: "SHARED_PARTNERS"; names: string[] }
  | { type: "SHARED_FINANCERS"; names: string[] }
  | { type: "SHARED_SUPPORT"; names: string[] }
  | { type: "SHARED_EVENTS"; names: string[] }
  | { type: "SHARED_RESOURCES"; names: string[] }
  | { type: "DISTANCE"; km: number }
  | { type: "SAME_TOWN"; town: string }
  | { type: "NEIGHBOURING_TOWNS"; towns: [string, string] }
  | { type: "SHARED_THEMES"; themes: { code: string; labelFr: string; labelEn: string }[] }
  | {
      type: "NEED_MEETS_OFFER";
      need: string;
      offer: string;
      resourceKind: string;
      frequency: string | null;
      availability: string | null;
    }
  | { type: "SAME_NEED"; resourceKind: string; needs: string[]; maxKm: number }
  | { type: "COMPLEMENTARITY"; fit: string; fr: string; en: string }
  | {
      type: "FUNDS_STAGE";
      stage: string;
      instruments: string[];
      ticketMinEur: number | null;
      ticketMaxEur: number | null;
    }
  | { type: "SERVES_STAGE"; stage: string }
  | { type: "NO_SUPPORT_YET" }
  | { type: "NO_RESEARCH_LINK_YET" };

export interface Opportunity {
  id: string;
  kind: OpportunityKind;
  score: number;
  members: OpportunityMember[];
  reasons: Reason[];
  /** Link-prediction details (PARTNERSHIP only), for researchers and the evaluation. */
  linkScores?: { commonNeighbours: number; jaccard: number; adamicAdar: number; resourceAllocation: number };
}

/** A stable id: the kind and the sorted member ids (plus the resources matched, for pooling). */
export function opportunityId(kind: OpportunityKind, memberIds: string[], extra: string[] = []): string {
  return [kind, [...memberIds].sort().join("+"), ...extra].join(":");
}

export function parseOpportunityId(id: string): { kind: OpportunityKind; memberIds: string[]; extra: string[] } | null {
  const [kind, members, ...extra] = id.split(":");
  if (!(OPPORTUNITY_KINDS as readonly string[]).includes(kind) || !members) return null;
  const memberIds = members.split("+").filter(Boolean);
  if (memberIds.length < 2) return null;
  return { kind: kind as OpportunityKind, memberIds, extra };
}

const round = (v: number, digits = 4) => Math.round(v * 10 ** digits) / 10 ** digits;
export const clamp01 = (v: number) => round(Math.min(1, Math.max(0, v)));
