/**
 * The vocabulary the demo generator writes: the schema's enums (generated into
 * @maillage/model from schema/type-defs.graphql), plus INSEE staff ranges and
 * the period the demo covers.
 */

export {
  LEGAL_FORMS,
  STAGES,
  RESOURCE_KINDS,
  FINANCER_KINDS,
  FINANCE_INSTRUMENTS,
  PARTNERSHIP_KINDS,
  type LegalForm,
  type Stage,
  type ResourceKind,
  type FinancerKind,
  type FinanceInstrument,
  type PartnershipKind,
  type EventKind,
  type AttendanceRole,
  type ResearchUnitKind,
} from "@maillage/model";

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
