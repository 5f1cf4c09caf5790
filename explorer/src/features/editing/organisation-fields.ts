/**
 * The organisation form without React: which fields each type has, form
 * values ↔ API values, what changed, the rules (shared with the API:
 * model/src/validation) and the API's refusals, both as messages per field.
 *
 * Only what the coordinator changed is sent. The importers tell a hand edit
 * from the register's value by comparing each field with what the register
 * last wrote (importers/src/plan.ts): sending an untouched field, even
 * reformatted, would turn the register's value into a "hand edit" that
 * future imports could no longer update.
 */
import type { EditableRecord } from "./operations";
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { validateFields, type IssueCode, type IssueParams } from "@maillage/model";

export const EDITABLE_TYPES = ["EssStructure", "Business", "Financer", "SupportProvider", "ResearchUnit"] as const;
export type EditableType = (typeof EDITABLE_TYPES)[number];
export const isEditable = (type: string): type is EditableType => (EDITABLE_TYPES as readonly string[]).includes(type);

/** Types a coordinator creates from the explorer: the ones with a town. */
export const CREATABLE_TYPES = ["EssStructure", "Business"] as const satisfies readonly EditableType[];

export type FieldName =
  | "name"
  | "legalForm"
  | "stage"
  | "activity"
  | "description"
  | "siret"
  | "rnaId"
  | "address"
  | "postalCode"
  | "inseeCode"
  | "latitude"
  | "longitude"
  | "website"
  | "foundedYear";

/** The fields of each type's form, in order. Themes are edited beside them. */
export const FORM_FIELDS: Record<EditableType, FieldName[]> = {
  EssStructure: [
    "name",
    "legalForm",
    "stage",
    "activity",
    "description",
    "siret",
    "rnaId",
    "address",
    "postalCode",
    "inseeCode",
    "latitude",
    "longitude",
    "website",
    "foundedYear",
  ],
  Business: [
    "name",
    "activity",
    "description",
    "siret",
    "address",
    "postalCode",
    "inseeCode",
    "latitude",
    "longitude",
    "website",
  ],
  Financer: ["name", "description", "latitude", "longitude", "website"],
  SupportProvider: ["name", "description", "latitude", "longitude", "website"],
  ResearchUnit: ["name", "description", "latitude", "longitude", "website"],
};

export type FormValues = Record<FieldName, string> & { themes: string[] };

export const emptyValues = (): FormValues => ({
  name: "",
  legalForm: "",
  stage: "",
  activity: "",
  description: "",
  siret: "",
  rnaId: "",
  address: "",
  postalCode: "",
  inseeCode: "",
  latitude: "",
  longitude: "",
  website: "",
  foundedYear: "",
  themes: [],
});

export function valuesOf(record: EditableRecord): FormValues {
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
  return {
    name: record.name,
    legalForm: text(record.legalForm),
    stage: text(record.stage),
    activity: text(record.activity),
    description: text(record.description),
    siret: text(record.siret),
    rnaId: text(record.rnaId),
    address: text(record.address),
    postalCode: text(record.postalCode),
    inseeCode: record.town?.[0]?.inseeCode ?? "",
    latitude: text(record.location?.latitude),
    longitude: text(record.location?.longitude),
    website: text(record.website),
    foundedYear: text(record.foundedYear),
    themes: (record.themes ?? []).map((t) => t.code).sort(),
  };
}

/** A message for one field: an i18n key under `validation.` and its parameters. */
export interface FieldMessage {
  code: IssueCode | "notANumber" | "locationIncomplete" | "unique";
  params?: IssueParams;
}
export type FieldMessages = Partial<Record<string, FieldMessage>>;

/** API field → form field (issues on `location` show under the latitude, on `siren` under the SIRET). */
const FORM_FIELD_OF: Record<string, FieldName> = { location: "latitude", siren: "siret" };
const formFieldOf = (field: string): FieldName => FORM_FIELD_OF[field] ?? (field as FieldName);

/** The API's values of the scalar fields a form shows, and the messages of values that cannot be converted. */
function apiValues(type: EditableType, values: FormValues): { api: Record<string, unknown>; messages: FieldMessages } {
  const fields = FORM_FIELDS[type];
  const api: Record<string, unknown> = {};
  const messages: FieldMessages = {};
  const text = (v: string) => (v.trim() === "" ? null : v.trim());
  for (const field of fields) {
    if (field === "inseeCode" || field === "latitude" || field === "longitude") continue;
    if (field === "foundedYear") {
      const v = values.foundedYear.trim();
      if (v !== "" && !/^-?\d+$/.test(v)) messages.foundedYear = { code: "notANumber" };
      else api.foundedYear = v === "" ? null : Number(v);
      continue;
    }
    api[field] = field === "name" ? values.name.trim() : text(values[field]);
  }
  if (fields.includes("latitude")) {
    const lat = values.latitude.trim().replace(",", ".");
    const lon = values.longitude.trim().replace(",", ".");
    if (lat === "" && lon === "") api.location = null;
    else if (lat === "" || lon === "") messages[lat === "" ? "latitude" : "longitude"] = { code: "locationIncomplete" };
    else if (!Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon)))
      messages[Number.isFinite(Number(lat)) ? "longitude" : "latitude"] = { code: "notANumber" };
    else api.location = { latitude: Number(lat), longitude: Number(lon) };
  }
  // The SIREN is the SIRET's first 9 digits: kept in step, never typed twice.
  if (typeof api.siret === "string" && /^\d{14}$/.test(api.siret)) api.siren = api.siret.slice(0, 9);
  return { api, messages };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface Changes {
  /** Scalar fields that changed, as the API names them. */
  fields: Record<string, unknown>;
  /** Town before and after ("" for none), when it changed. */
  town?: { from: string; to: string };
  themes: { added: string[]; removed: string[] };
  /** Problems found before asking the API (shared rules and conversions). */
  messages: FieldMessages;
}

/** What the form changes (every value when creating), checked against the shared rules. */
export function changesOf(type: EditableType, values: FormValues, initial: FormValues | null): Changes {
  const now = apiValues(type, values);
  const before = initial ? apiValues(type, initial).api : {};
  const fields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(now.api)) {
    if (initial ? !same(value, before[field]) : value !== null) fields[field] = value;
  }
  // A new organisation needs a name even when the field was left empty.
  if (!initial) fields.name = now.api.name;
  const messages: FieldMessages = { ...now.messages };
  for (const issue of validateFields(type, fields)) {
    const field = formFieldOf(issue.field);
    messages[field] ??= { code: issue.code, params: issue.params };
  }
  const oldTown = initial?.inseeCode ?? "";
  const oldThemes = initial?.themes ?? [];
  return {
    fields,
    town:
      FORM_FIELDS[type].includes("inseeCode") && values.inseeCode !== oldTown
        ? { from: oldTown, to: values.inseeCode }
        : undefined,
    themes: {
      added: values.themes.filter((c) => !oldThemes.includes(c)),
      removed: oldThemes.filter((c) => !values.themes.includes(c)),
    },
    messages,
  };
}

export const hasChanges = (c: Changes) =>
  Object.keys(c.fields).length > 0 || !!c.town || c.themes.added.length > 0 || c.themes.removed.length > 0;

const where = (key: string, value: string | string[]) => ({
  where: { node: { [key]: Array.isArray(value) ? { in: value } : { eq: value } } },
});

/** The `update` argument of `update<Type>s`: `{ set }` per changed field, town and themes (dis)connected. */
export function updateInput(c: Changes): Record<string, unknown> {
  const update: Record<string, unknown> = Object.fromEntries(
    Object.entries(c.fields).map(([field, value]) => [field, { set: value }]),
  );
  if (c.town)
    update.town = [
      {
        ...(c.town.from ? { disconnect: [where("inseeCode", c.town.from)] } : {}),
        ...(c.town.to ? { connect: [where("inseeCode", c.town.to)] } : {}),
      },
    ];
  if (c.themes.added.length || c.themes.removed.length) {
    update.themes = [
      {
        ...(c.themes.added.length ? { connect: [where("code", c.themes.added)] } : {}),
        ...(c.themes.removed.length ? { disconnect: [where("code", c.themes.removed)] } : {}),
      },
    ];
  }
  return update;
}

/** The `input` item of `create<Type>s`. */
export function createInput(c: Changes): Record<string, unknown> {
  return {
    ...c.fields,
    ...(c.town?.to ? { town: { connect: [where("inseeCode", c.town.to)] } } : {}),
    ...(c.themes.added.length ? { themes: { connect: [where("code", c.themes.added)] } } : {}),
  };
}

export type Refusal =
  | { kind: "fields"; messages: FieldMessages }
  | { kind: "signedOut" }
  | { kind: "forbidden" }
  | { kind: "other"; message: string };

/** What the API's refusal of a save means for the form. */
export function refusalOf(error: unknown): Refusal {
  if (ServerError.is(error) && error.statusCode === 401) return { kind: "signedOut" };
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    if (code === "UNAUTHENTICATED") return { kind: "signedOut" };
    if (code === "FORBIDDEN") return { kind: "forbidden" };
    if (code === "BAD_USER_INPUT" && Array.isArray(first.extensions?.fields)) {
      const messages: FieldMessages = {};
      for (const f of first.extensions.fields as { field: string; rule: IssueCode; params?: IssueParams }[])
        messages[formFieldOf(f.field)] ??= { code: f.rule, params: f.params };
      return { kind: "fields", messages };
    }
    if (code === "CONSTRAINT_VIOLATION" && typeof first.extensions?.field === "string")
      return { kind: "fields", messages: { [formFieldOf(first.extensions.field)]: { code: "unique" } } };
    return { kind: "other", message: first?.message ?? error.message };
  }
  return { kind: "other", message: error instanceof Error ? error.message : String(error) };
}
