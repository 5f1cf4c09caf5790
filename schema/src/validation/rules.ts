/**
 * What a value written through the API may be, field by field, for every
 * type a coordinator creates or updates. One table serves two places:
 * graph-api refuses a mutation that breaks a rule (for any API client), and
 * the explorer's forms check the same rules before sending, so that a person
 * sees the message next to the field. Messages are codes (`IssueCode`): the
 * API words them in English (`describeIssue`), the explorer in French or
 * English (its i18n files, key `validation.<code>`).
 *
 * Values are the ones GraphQL carries (strings, numbers, `{ latitude,
 * longitude }` points, null to clear a field). A rule applies only to the
 * fields given: an update checks what it changes.
 */
import { z } from "zod";
import { RNA_ID_PATTERN, sirenIssue, siretIssue } from "./identifiers";

export const ISSUE_CODES = [
  "required",
  "tooLong",
  "invalid",
  "readOnly",
  "url",
  "email",
  "phone",
  "postalCode",
  "nafFormat",
  "staffRange",
  "sirenFormat",
  "sirenChecksum",
  "siretFormat",
  "siretSirenChecksum",
  "siretLaPosteChecksum",
  "siretChecksum",
  "sirenMismatch",
  "rnaFormat",
  "yearRange",
  "yearOrder",
  "notNegative",
  "amountOrder",
  "outsideFrance",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];
export type IssueParams = Record<string, string | number>;

/** One broken rule: the field (as named in the API) and what is wrong. */
export interface FieldIssue {
  field: string;
  code: IssueCode;
  params?: IssueParams;
}

const ENGLISH: Record<IssueCode, (p: IssueParams) => string> = {
  required: () => "must not be empty",
  tooLong: (p) => `must be at most ${p.max} characters`,
  invalid: () => "has the wrong type",
  readOnly: () => "is provenance, set by the server: it cannot be written",
  url: () => "must be a web address starting with http:// or https://",
  email: () => "must be an email address (name@domain.fr)",
  phone: () => "must be a phone number: 10 digits starting with 0, or + and the country code",
  postalCode: () => "must be a French postal code: 5 digits",
  nafFormat: () => "must be a NAF rev. 2 code such as 56.10A",
  staffRange: () => "must be an INSEE staff range code (NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53)",
  sirenFormat: () => "a SIREN is 9 digits",
  sirenChecksum: () => "this SIREN fails its check digit (Luhn): a digit is probably wrong",
  siretFormat: () => "a SIRET is 14 digits",
  siretSirenChecksum: () => "the SIREN part (first 9 digits) of this SIRET fails its check digit (Luhn)",
  siretLaPosteChecksum: () => "this La Poste SIRET fails its check (digit sum not a multiple of 5)",
  siretChecksum: () => "this SIRET fails its check digit (Luhn): a digit is probably wrong",
  sirenMismatch: () => "the SIRET must begin with the SIREN",
  rnaFormat: () => "an RNA id is W followed by 9 digits",
  yearRange: (p) => `must be a year from ${p.min} to ${p.max}`,
  yearOrder: () => "the last year cannot be before the first",
  notNegative: () => "must not be negative",
  amountOrder: () => "the largest amount cannot be below the smallest",
  outsideFrance: () => "the coordinates must be in France (latitude, longitude in WGS84)",
};

/** The English message of an issue, as the API sends it. */
export function describeIssue(issue: FieldIssue): string {
  return `${issue.field}: ${ENGLISH[issue.code](issue.params ?? {})}`;
}

// --- field rules -----------------------------------------------------------

const THIS_YEAR = new Date().getFullYear();
const custom = (ctx: z.RefinementCtx, code: IssueCode, params?: IssueParams) => ctx.addIssue({ code: "custom", message: code, params });

const requiredText = (max: number) => z.string().trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
const text = (max: number) => z.string().max(max, { error: "tooLong" });
/** A string checked by `problem`; identifiers pass no `max`: their format says what is wrong with a long one. */
const checked = (max: number | null, problem: (value: string) => IssueCode | null) =>
  (max === null ? z.string() : text(max)).superRefine((value, ctx) => {
    const code = problem(value);
    if (code) custom(ctx, code);
  });
const year = (min = 1800, max = THIS_YEAR + 10) =>
  z.number().superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < min || value > max) custom(ctx, "yearRange", { min, max });
  });
const amount = z.number().superRefine((value, ctx) => {
  if (value < 0) custom(ctx, "notNegative");
});
const count = z.number().int({ error: "invalid" }).superRefine((value, ctx) => {
  if (value < 0) custom(ctx, "notNegative");
});

function webAddress(value: string): IssueCode | null {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !/\s/.test(value) ? null : "url";
  } catch {
    return "url";
  }
}

/** Boxes around metropolitan France (with Corsica) and the five overseas départements: [minLat, maxLat, minLon, maxLon]. */
const FRANCE_BOXES: [number, number, number, number][] = [
  [41.3, 51.2, -5.3, 9.7],
  [15.8, 16.6, -61.9, -60.9], // Guadeloupe
  [14.3, 15.0, -61.3, -60.8], // Martinique
  [2.1, 5.8, -54.7, -51.6], // Guyane
  [-21.4, -20.8, 55.2, 55.9], // La Réunion
  [-13.1, -12.6, 44.9, 45.4], // Mayotte
];

export function insideFrance(p: { latitude: number; longitude: number }): boolean {
  return FRANCE_BOXES.some(([a, b, c, d]) => p.latitude >= a && p.latitude <= b && p.longitude >= c && p.longitude <= d);
}

export const STAFF_RANGE_CODES = ["NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53"];

const RULES = {
  name: requiredText(200),
  title: requiredText(200),
  description: text(5000),
  website: checked(500, webAddress),
  location: z.object({ latitude: z.number(), longitude: z.number() }, { error: "invalid" }).superRefine((p, ctx) => {
    if (!insideFrance(p)) custom(ctx, "outsideFrance");
  }),
  siren: checked(null, sirenIssue),
  siret: checked(null, siretIssue),
  rnaId: checked(null, (v) => (RNA_ID_PATTERN.test(v) ? null : "rnaFormat")),
  nafCode: checked(null, (v) => (/^\d{2}\.\d{2}[A-Z]$/.test(v) ? null : "nafFormat")),
  staffRange: checked(null, (v) => (STAFF_RANGE_CODES.includes(v) ? null : "staffRange")),
  postalCode: checked(null, (v) => (/^\d{5}$/.test(v) ? null : "postalCode")),
  email: checked(254, (v) => (/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(v) ? null : "email")),
  phone: checked(30, (v) => (/^(0\d{9}|\+\d{8,15})$/.test(v.replace(/[\s.\-()]/g, "")) ? null : "phone")),
  shortText: text(300),
  foundedYear: year(1800, THIS_YEAR),
  year: year(),
  amount,
  count,
};

/** `source` and `sourceKind` say where a record comes from: the server writes them, never a client. */
const READ_ONLY = ["source", "sourceKind"];

type Check = (values: Record<string, unknown>) => FieldIssue[];

const ordered =
  (first: string, last: string, code: IssueCode): Check =>
  (values) =>
    typeof values[first] === "number" && typeof values[last] === "number" && (values[last] as number) < (values[first] as number) ? [{ field: last, code }] : [];

const sirenMatchesSiret: Check = (values) =>
  typeof values.siren === "string" && typeof values.siret === "string" && !values.siret.startsWith(values.siren) ? [{ field: "siret", code: "sirenMismatch" }] : [];

interface EntityRules {
  fields: Record<string, z.ZodType>;
  checks?: Check[];
}

const provenance = { sourceRef: RULES.shortText };
const period = { since: RULES.year, until: RULES.year, ...provenance };
const periodChecks = [ordered("since", "until", "yearOrder")];
const organisation = { name: RULES.name, description: RULES.description, website: RULES.website, location: RULES.location, ...provenance };
const registered = {
  siren: RULES.siren,
  siret: RULES.siret,
  nafCode: RULES.nafCode,
  activity: RULES.shortText,
  staffRange: RULES.staffRange,
  staffRangeLabel: RULES.shortText,
  address: RULES.shortText,
  postalCode: RULES.postalCode,
};

/** The rules of each type (nodes and relationship properties), by GraphQL type name. */
export const ENTITY_RULES: Record<string, EntityRules> = {
  EssStructure: {
    fields: { ...organisation, ...registered, rnaId: RULES.rnaId, projectKind: RULES.shortText, foundedYear: RULES.foundedYear },
    checks: [sirenMatchesSiret],
  },
  Business: { fields: { ...organisation, ...registered, csrCommitments: z.array(RULES.shortText) }, checks: [sirenMatchesSiret] },
  Financer: {
    fields: { ...organisation, ticketMinEur: RULES.amount, ticketMaxEur: RULES.amount },
    checks: [ordered("ticketMinEur", "ticketMaxEur", "amountOrder")],
  },
  SupportProvider: { fields: organisation },
  ResearchUnit: { fields: { ...organisation, startYear: RULES.year, endYear: RULES.year }, checks: [ordered("startYear", "endYear", "yearOrder")] },
  Contact: { fields: { name: RULES.name, role: RULES.shortText, email: RULES.email, phone: RULES.phone, ...provenance } },
  ResourceNeed: { fields: { title: RULES.title, description: RULES.description, frequency: RULES.shortText, ...provenance } },
  ResourceOffer: { fields: { title: RULES.title, description: RULES.description, availability: RULES.shortText, ...provenance } },
  SharedResource: { fields: { name: RULES.name, description: RULES.description, location: RULES.location, ...provenance } },
  Event: {
    fields: {
      title: RULES.title,
      year: RULES.year,
      place: RULES.shortText,
      description: RULES.description,
      essParticipantCount: RULES.count,
      businessParticipantCount: RULES.count,
      ...provenance,
    },
  },
  Provenance: { fields: provenance },
  Attendance: { fields: provenance },
  Partnership: { fields: { ...period, description: RULES.description }, checks: periodChecks },
  Purchase: { fields: { ...period, description: RULES.description, annualAmountEur: RULES.amount }, checks: periodChecks },
  Support: { fields: period, checks: periodChecks },
  Membership: { fields: period, checks: periodChecks },
  Pooling: { fields: period, checks: periodChecks },
  Funding: { fields: { year: RULES.year, amountEur: RULES.amount, ...provenance } },
  Laureate: { fields: { year: RULES.year, amountEur: RULES.amount, ...provenance } },
};

/** Fields that may not be cleared (set to null). */
const REQUIRED = new Set(["name", "title"]);

function toIssue(field: string, issue: z.core.$ZodIssue): FieldIssue {
  const code = (ISSUE_CODES as readonly string[]).includes(issue.message) ? (issue.message as IssueCode) : "invalid";
  if (issue.code === "too_big") return { field, code, params: { max: Number(issue.maximum) } };
  if (issue.code === "custom" && issue.params) return { field, code, params: issue.params as IssueParams };
  return { field, code };
}

/**
 * The rules a set of values breaks, for one type (`EssStructure`,
 * `Partnership`...). Only the fields present are checked; null clears a field
 * and is refused only for required ones. Types without rules pass.
 */
export function validateFields(type: string, values: Record<string, unknown>): FieldIssue[] {
  const rules = ENTITY_RULES[type];
  if (!rules) return [];
  const issues: FieldIssue[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (READ_ONLY.includes(field)) {
      issues.push({ field, code: "readOnly" });
      continue;
    }
    const schema = rules.fields[field];
    if (!schema) continue;
    if (value === null) {
      if (REQUIRED.has(field)) issues.push({ field, code: "required" });
      continue;
    }
    const result = schema.safeParse(value);
    if (!result.success) issues.push(toIssue(field, result.error.issues[0]));
  }
  for (const check of rules.checks ?? []) issues.push(...check(values));
  return issues;
}
