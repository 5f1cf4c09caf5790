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
  "forbiddenCharacter",
  "identifier",
  "inseeCode",
  "themeCode",
  "percentage",
  "viewAddress",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];
/** Longest name of a saved view, and of the address (`#/…`, after the explorer's own address) it opens. */
export const SAVED_VIEW_NAME_MAX = 120;
export const SAVED_VIEW_URL_MAX = 2000;
/** Longest identifier a client may choose (`identifier` rule). */
export const IDENTIFIER_MAX = 100;
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
  staffRange: () =>
    "must be an INSEE staff range code (NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53)",
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
  forbiddenCharacter: (p) =>
    `must not contain control, text-direction or invisible characters (found ${p.character}): type the value again rather than pasting it`,
  identifier: () =>
    `must be an identifier: letters, digits and . _ : - (at most ${IDENTIFIER_MAX} characters, starting with a letter or digit)`,
  inseeCode: () => "must be an INSEE commune code: 5 characters such as 94028 (2A or 2B then 3 digits in Corsica)",
  themeCode: () => "must be a theme code: lower-case letters and digits joined by hyphens, such as food-aid",
  percentage: () => "must be a percentage from 0 to 100",
  viewAddress: () => "must be an address of the explorer's views, starting with #/ (such as #/graph?town=94028)",
};

/** The English message of an issue, as the API sends it. */
export function describeIssue(issue: FieldIssue): string {
  return `${issue.field}: ${ENGLISH[issue.code](issue.params ?? {})}`;
}

// --- field rules -----------------------------------------------------------

const THIS_YEAR = new Date().getFullYear();
const custom = (ctx: z.RefinementCtx, code: IssueCode, params?: IssueParams) =>
  ctx.addIssue({ code: "custom", message: code, params });

/**
 * Characters no text field may hold: C0 and C1 controls other than tab and
 * line breaks (NUL among them: Neo4j stores it, then exports, CSV readers and
 * terminals cut or misread the value), and the bidirectional embeddings,
 * overrides and isolates, which reorder what a reader sees.
 * @see https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters
 * @see https://trojansource.codes/ (CVE-2021-42574)
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/**
 * In a single-line value (a name, a title, a code, an identifier, an email)
 * every default-ignorable code point is refused too: zero-width space and
 * joiners, word joiner, byte order mark, soft hyphen, variation selectors,
 * Hangul fillers... They draw nothing, so two names that look the same would
 * differ, and a search for what a person reads would not find them. Long
 * texts keep them (emoji sequences need the zero-width joiner).
 * @see https://www.unicode.org/reports/tr44/#Default_Ignorable_Code_Point
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Default_Ignorable_Code_Point}/u;
/** What reads as nothing: white space, invisible characters, the blank Braille pattern. */
const BLANK = /^[\s\p{Default_Ignorable_Code_Point}\p{Cc}\u2800]*$/u;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** null when the characters of `value` are fine, else the issue naming the first bad one. */
function characterIssue(value: string, singleLine: boolean): { code: IssueCode; params: IssueParams } | null {
  const bad = CONTROL_OR_BIDI.exec(value) ?? (singleLine ? INVISIBLE.exec(value) : null);
  return bad ? { code: "forbiddenCharacter", params: { character: codePoint(bad[0]) } } : null;
}

/**
 * A text field: `required` ones may not be blank (invisible characters alone
 * count as blank), all have a length limit and refuse the characters above;
 * `singleLine` fields refuse invisible ones as well.
 */
const textRule = (max: number, { required = false, singleLine = true } = {}) =>
  z.string().superRefine((value, ctx) => {
    if (required && BLANK.test(value)) return custom(ctx, "required");
    if ((required ? value.trim() : value).length > max) return custom(ctx, "tooLong", { max });
    const bad = characterIssue(value, singleLine);
    if (bad) custom(ctx, bad.code, bad.params);
  });
const requiredText = (max: number) => textRule(max, { required: true });
/** A string checked by `problem` once its characters are known to be visible; identifiers pass no `max`: their format says what is wrong with a long one. */
const checked = (max: number | null, problem: (value: string) => IssueCode | null) =>
  z.string().superRefine((value, ctx) => {
    if (max !== null && value.length > max) return custom(ctx, "tooLong", { max });
    const bad = characterIssue(value, true);
    if (bad) return custom(ctx, bad.code, bad.params);
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
const count = z
  .number()
  .int({ error: "invalid" })
  .superRefine((value, ctx) => {
    if (value < 0) custom(ctx, "notNegative");
  });
const percentage = z.number().superRefine((value, ctx) => {
  if (!(value >= 0 && value <= 100)) custom(ctx, "percentage");
});
/** Identifiers a client chooses (programme, axes, actions, calls for projects, the territory's code): what a URL or a CSV can carry unchanged. */
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

function webAddress(value: string): IssueCode | null {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !/\s/.test(value)
      ? null
      : "url";
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
  return FRANCE_BOXES.some(
    ([a, b, c, d]) => p.latitude >= a && p.latitude <= b && p.longitude >= c && p.longitude <= d,
  );
}

export const STAFF_RANGE_CODES = [
  "NN",
  "00",
  "01",
  "02",
  "03",
  "11",
  "12",
  "21",
  "22",
  "31",
  "32",
  "41",
  "42",
  "51",
  "52",
  "53",
];

const RULES = {
  name: requiredText(200),
  title: requiredText(200),
  description: textRule(5000, { singleLine: false }),
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
  shortText: textRule(300),
  /** One line of a list (a call's criteria, an action's facts). */
  listItem: textRule(1000, { singleLine: false }),
  identifier: checked(null, (v) => (v.length <= IDENTIFIER_MAX && IDENTIFIER.test(v) ? null : "identifier")),
  inseeCode: checked(null, (v) => (/^(\d{2}|2A|2B)\d{3}$/.test(v) ? null : "inseeCode")),
  themeCode: checked(null, (v) => (v.length <= 60 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) ? null : "themeCode")),
  percentage,
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
    typeof values[first] === "number" &&
    typeof values[last] === "number" &&
    (values[last] as number) < (values[first] as number)
      ? [{ field: last, code }]
      : [];

const sirenMatchesSiret: Check = (values) =>
  typeof values.siren === "string" && typeof values.siret === "string" && !values.siret.startsWith(values.siren)
    ? [{ field: "siret", code: "sirenMismatch" }]
    : [];

interface EntityRules {
  fields: Record<string, z.ZodType>;
  checks?: Check[];
}

const provenance = { sourceRef: RULES.shortText };
const period = { since: RULES.year, until: RULES.year, ...provenance };
const periodChecks = [ordered("since", "until", "yearOrder")];
const organisation = {
  name: RULES.name,
  description: RULES.description,
  website: RULES.website,
  location: RULES.location,
  ...provenance,
};
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
    fields: {
      ...organisation,
      ...registered,
      rnaId: RULES.rnaId,
      projectKind: RULES.shortText,
      foundedYear: RULES.foundedYear,
    },
    checks: [sirenMatchesSiret],
  },
  Business: {
    fields: { ...organisation, ...registered, csrCommitments: z.array(RULES.shortText) },
    checks: [sirenMatchesSiret],
  },
  Financer: {
    fields: { ...organisation, ticketMinEur: RULES.amount, ticketMaxEur: RULES.amount },
    checks: [ordered("ticketMinEur", "ticketMaxEur", "amountOrder")],
  },
  SupportProvider: { fields: organisation },
  ResearchUnit: {
    fields: { ...organisation, startYear: RULES.year, endYear: RULES.year },
    checks: [ordered("startYear", "endYear", "yearOrder")],
  },
  Contact: {
    fields: { name: RULES.name, role: RULES.shortText, email: RULES.email, phone: RULES.phone, ...provenance },
  },
  ResourceNeed: {
    fields: { title: RULES.title, description: RULES.description, frequency: RULES.shortText, ...provenance },
  },
  ResourceOffer: {
    fields: { title: RULES.title, description: RULES.description, availability: RULES.shortText, ...provenance },
  },
  SharedResource: {
    fields: { name: RULES.name, description: RULES.description, location: RULES.location, ...provenance },
  },
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
  Purchase: {
    fields: { ...period, description: RULES.description, annualAmountEur: RULES.amount },
    checks: periodChecks,
  },
  Support: { fields: period, checks: periodChecks },
  Membership: { fields: period, checks: periodChecks },
  Pooling: { fields: period, checks: periodChecks },
  Funding: { fields: { year: RULES.year, amountEur: RULES.amount, ...provenance } },
  Laureate: { fields: { year: RULES.year, amountEur: RULES.amount, ...provenance } },
  ResearchLink: { fields: period, checks: periodChecks },
  /** An opportunity's outcome, by the arguments of markOpportunityContacted, acceptOpportunity and declineOpportunity. */
  Opportunity: {
    fields: { note: textRule(2000, { singleLine: false }), reason: textRule(2000, { singleLine: false }) },
  },
  /** A coordinator's saved view, by the arguments of saveView: its name and the explorer's address it opens. */
  SavedView: {
    fields: {
      name: requiredText(SAVED_VIEW_NAME_MAX),
      url: checked(SAVED_VIEW_URL_MAX, (v) => (/^#\/[^\s]*$/.test(v) ? null : "viewAddress")),
    },
  },
  Territory: { fields: { code: RULES.identifier, name: RULES.name, population: RULES.count, ...provenance } },
  Town: {
    fields: {
      inseeCode: RULES.inseeCode,
      name: RULES.name,
      population: RULES.count,
      postalCodes: z.array(RULES.postalCode),
      location: RULES.location,
      ...provenance,
    },
  },
  Theme: { fields: { code: RULES.themeCode, labelFr: RULES.name, labelEn: RULES.name, ...provenance } },
  Programme: {
    fields: {
      id: RULES.identifier,
      name: RULES.name,
      annualBudgetEur: RULES.amount,
      budgetNote: RULES.shortText,
      essJobsSharePct: RULES.percentage,
      essPrivateJobsSharePct: RULES.percentage,
      essEnterprisesSharePct: RULES.percentage,
      description: RULES.description,
      ...provenance,
    },
  },
  ProgrammeAxis: {
    fields: {
      id: RULES.identifier,
      number: RULES.count,
      title: RULES.title,
      titleEn: RULES.title,
      description: RULES.description,
      ...provenance,
    },
  },
  ProgrammeAction: {
    fields: {
      id: RULES.identifier,
      title: RULES.title,
      titleEn: RULES.title,
      description: RULES.description,
      sinceYear: RULES.year,
      facts: z.array(RULES.listItem),
      ...provenance,
    },
  },
  CallForProjects: {
    fields: {
      id: RULES.identifier,
      year: RULES.year,
      title: RULES.title,
      envelopeEur: RULES.amount,
      patShareEur: RULES.amount,
      laureateCount: RULES.count,
      criteria: z.array(RULES.listItem),
      facts: z.array(RULES.listItem),
      ceremonyPlace: RULES.shortText,
      ...provenance,
    },
  },
};

/** Fields that may not be cleared (set to null). */
const REQUIRED = new Set(["name", "title", "titleEn", "labelFr", "labelEn", "code", "inseeCode", "id"]);

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
