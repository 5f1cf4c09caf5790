/**
 * The enum values of the graph model (schema/type-defs.graphql) that the demo
 * generator writes, as string literal types, plus INSEE staff ranges.
 */

export const LEGAL_FORMS = [
  "ASSOCIATION",
  "SCOP",
  "SCIC",
  "CAE",
  "COOPERATIVE",
  "MUTUAL",
  "FOUNDATION",
  "ESUS_COMPANY",
  "SIAE_ACI",
  "SIAE_EI",
  "SIAE_ETTI",
  "SIAE_AI",
  "EA",
  "ESAT",
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const STAGES = ["IDEA", "LAUNCH", "EARLY", "CONSOLIDATION", "SCALING_UP"] as const;
export type Stage = (typeof STAGES)[number];

export const RESOURCE_KINDS = ["PREMISES", "VEHICLE", "EQUIPMENT", "STORAGE", "KITCHEN", "SKILLS", "SERVICE"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const FINANCER_KINDS = ["PUBLIC_BODY", "BANK", "SOLIDARITY_FINANCE", "FOUNDATION"] as const;
export type FinancerKind = (typeof FINANCER_KINDS)[number];

export const FINANCE_INSTRUMENTS = ["GRANT", "LOAN", "GUARANTEE", "EQUITY"] as const;
export type FinanceInstrument = (typeof FINANCE_INSTRUMENTS)[number];

export const PARTNERSHIP_KINDS = ["COMMERCIAL", "SPONSORSHIP", "SKILLS_SPONSORSHIP", "CO_PROJECT"] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

export type EventKind = "BUSINESS_CONVENTION" | "WORKSHOP" | "INFORMATION_SESSION" | "AWARD_CEREMONY" | "OTHER";
export type AttendanceRole = "PARTICIPANT" | "ORGANISER" | "SPEAKER";
export type ResearchUnitKind = "UNIVERSITY" | "LABORATORY" | "PROJECT";

/**
 * INSEE staff ranges (tranches d'effectifs salariés), in increasing order.
 * "00" is no employee; "NN" (unknown) is not used by the demo.
 */
export const STAFF_RANGES = ["00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42"] as const;
export type StaffRange = (typeof STAFF_RANGES)[number];

/** Approximate head count for a staff range (middle of the band). */
export const STAFF_HEADCOUNT: Record<StaffRange, number> = {
  "00": 0,
  "01": 1.5,
  "02": 4,
  "03": 7.5,
  "11": 15,
  "12": 35,
  "21": 75,
  "22": 150,
  "31": 225,
  "32": 375,
  "41": 750,
  "42": 1500,
};

/** First year of the period the demo's dated facts cover. */
export const FIRST_YEAR = 2016;
/** Last year of that period. */
export const LAST_YEAR = 2026;
