/**
 * CSV templates for what no register publishes (docs/import-templates.md,
 * samples in importers/templates/):
 * - organisations: ESS structures and businesses, with or without SIRET;
 * - needs-offers: resource needs and offers of organisations already known;
 * - partnerships: PARTNERS_WITH between two known organisations;
 * - events: events, their town, themes, organisers, speakers and participants.
 *
 * Each file's kind is told from its header. Rows are validated here (zod);
 * organisations come out as `OrganisationRecord`s for the shared writer
 * (write.ts: natural keys, hand-edit protection), the rest as `LinkRecord`s
 * for write-links.ts, which resolves the organisations they name.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { z } from "zod";
import { EVENT_KINDS, fold, LEGAL_FORMS, PARTNERSHIP_KINDS, RESOURCE_KINDS, RESOURCE_STATUSES } from "@maillage/model";
import { THEMES } from "@maillage/reference";
import { readCsv, readHeader, CsvFileError } from "../read/csv-file";
import { rnaProblem, siretProblem } from "../identifiers";
import { insideFrance } from "../geo";
import type { ImportContext } from "../context";
import type { FieldValue, OrganisationLabel, OrganisationRecord } from "../model";
import type { AttendanceRole, EventLink, LinkRecord, NeedOfferLink, OrgRef, PartnershipLink } from "../write-links";
import { zodReason } from "./sirene";

export type TemplateKind = "organisations" | "needsOffers" | "partnerships" | "events";

/** Columns of each template (canonical names; headers match case-insensitively, in any order). */
export const TEMPLATE_COLUMNS: Record<TemplateKind, readonly string[]> = {
  organisations: [
    "type",
    "name",
    "insee_code",
    "siret",
    "rna_id",
    "legal_form",
    "address",
    "postal_code",
    "latitude",
    "longitude",
    "website",
    "description",
    "themes",
    "founded_year",
  ],
  needsOffers: [
    "type",
    "organisation",
    "kind",
    "title",
    "id",
    "description",
    "frequency",
    "availability",
    "status",
    "themes",
  ],
  partnerships: ["organisation_a", "organisation_b", "kind", "since", "until", "description", "weight"],
  events: [
    "id",
    "title",
    "kind",
    "date",
    "insee_code",
    "place",
    "description",
    "themes",
    "organisers",
    "speakers",
    "participants",
  ],
};

/** Columns the header must have. */
export const TEMPLATE_REQUIRED: Record<TemplateKind, readonly string[]> = {
  organisations: ["type", "name", "insee_code"],
  needsOffers: ["type", "organisation", "kind", "title"],
  partnerships: ["organisation_a", "organisation_b", "kind"],
  events: ["title", "date"],
};

const TEMPLATE_NAMES: Record<TemplateKind, string> = {
  organisations: "an organisations template",
  needsOffers: "a needs-offers template",
  partnerships: "a partnerships template",
  events: "an events template",
};

/** Which template this file follows, from its header. */
export async function templateFileKind(file: string): Promise<TemplateKind> {
  const { header } = await readHeader(file);
  return templateKindOfHeader(header, file);
}

export function templateKindOfHeader(header: string[], file: string): TemplateKind {
  const has = (c: string) => header.some((h) => h.toLowerCase() === c);
  if (has("organisation_a") || has("organisation_b")) return "partnerships";
  if (has("organisation")) return "needsOffers";
  if (has("title") && (has("date") || has("organisers") || has("participants"))) return "events";
  if (has("name") && (has("insee_code") || has("siret") || has("type"))) return "organisations";
  throw new CsvFileError(
    file,
    "is not a Maillage CSV template: expected the header of organisations (type, name, insee_code…), needs-offers (type, organisation, kind, title…), partnerships (organisation_a, organisation_b, kind…) or events (title, date, insee_code, organisers…); see docs/import-templates.md",
  );
}

// ---------------------------------------------------------------------------
// Value parsers (shared by the row schemas)
// ---------------------------------------------------------------------------

const THEME_CODES = new Set(THEMES.map((t) => t.code));

type Ctx = z.RefinementCtx;
const fail = (ctx: Ctx, message: string): never => {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER as never;
};

const text = z.string().transform((s) => s.trim());
const optionalText = z.string().transform((s) => (s.trim() === "" ? null : s.trim()));
const requiredText = (what: string) =>
  z.string().transform((s, ctx) => (s.trim() === "" ? fail(ctx, `empty: ${what}`) : s.trim()));

/** An enum value, written as in the docs or in lower case with spaces or hyphens ("co-project" → CO_PROJECT). */
function enumValue<T extends string>(values: readonly T[], what: string, fallback?: T) {
  return z.string().transform((s, ctx): T => {
    const v = s
      .trim()
      .toUpperCase()
      .replace(/[\s-]+/g, "_");
    if (v === "") return fallback ?? fail(ctx, `empty: give ${what} (${values.join(", ")})`);
    if (!(values as readonly string[]).includes(v))
      return fail(ctx, `"${s.trim()}" is not ${what} (one of ${values.join(", ")})`);
    return v as T;
  });
}

const themeList = z.string().transform((s, ctx) => {
  const codes = [
    ...new Set(
      s
        .split("|")
        .map((t) => t.trim())
        .filter((t) => t !== ""),
    ),
  ];
  const unknown = codes.filter((c) => !THEME_CODES.has(c));
  if (unknown.length)
    return fail(
      ctx,
      `unknown theme code${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")} (codes are listed in docs/import-templates.md, e.g. food-aid, circular-economy)`,
    );
  return codes;
});

const year = (what: string) =>
  z.string().transform((s, ctx) => {
    const v = s.trim();
    if (v === "") return null;
    const n = Number(v);
    if (!/^\d{4}$/.test(v) || n < 1800 || n > new Date().getFullYear() + 5)
      return fail(ctx, `"${v}" is not a year (YYYY) for ${what}`);
    return n;
  });

/** How strong a link is: a count or a weight, positive; a decimal comma is accepted. */
const weight = z.string().transform((s, ctx) => {
  const v = s.trim().replace(",", ".");
  if (v === "") return null;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !(n > 0))
    return fail(ctx, `"${s.trim()}" is not a positive number (a count, e.g. 12, or a weight, e.g. 0.5)`);
  return n;
});

/** Decimal degrees; a decimal comma is accepted (spreadsheets in French). */
const coordinate = z.string().transform((s, ctx) => {
  const v = s.trim().replace(",", ".");
  if (v === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : fail(ctx, `"${s.trim()}" is not a number (decimal degrees, e.g. 48.7904)`);
});

const website = z.string().transform((s, ctx) => {
  const w = s.trim();
  if (w === "") return null;
  if (!/^(https?:\/\/)?[^\s/$.?#][^\s]*\.[^\s]+$/i.test(w)) return fail(ctx, `"${w}" is not a web address`);
  return /^https?:\/\//i.test(w) ? w : `https://${w}`;
});

const siret = z.string().transform((s, ctx) => {
  const v = s.replace(/\s/g, "");
  if (v === "") return null;
  const problem = siretProblem(v);
  return problem ? fail(ctx, problem) : v;
});

const rnaId = z.string().transform((s, ctx) => {
  const v = s.trim().toUpperCase();
  if (v === "") return null;
  const problem = rnaProblem(v);
  return problem ? fail(ctx, problem) : v;
});

const postalCode = z.string().transform((s, ctx) => {
  const v = s.trim();
  if (v === "") return null;
  return /^\d{5}$/.test(v) ? v : fail(ctx, `"${v}" is not a postal code (5 digits)`);
});

/**
 * An organisation named by a row: a SIRET (14 digits, spaces allowed), an
 * RNA id (W + 9 digits) or a Maillage id (as the API and the map show it).
 */
export function parseOrgRef(raw: string): OrgRef | string {
  const t = raw.trim();
  if (t === "") return "empty: name an organisation by its SIRET, RNA id or Maillage id";
  const digits = t.replace(/\s/g, "");
  if (/^\d+$/.test(digits)) {
    const problem = siretProblem(digits);
    return problem
      ? `${problem} (an organisation is named by its SIRET, RNA id or Maillage id)`
      : { by: "siret", value: digits, text: t };
  }
  if (/^W\d+$/i.test(t)) {
    const problem = rnaProblem(t.toUpperCase());
    return problem ?? { by: "rnaId", value: t.toUpperCase(), text: t };
  }
  if (/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/.test(t)) return { by: "id", value: t, text: t };
  return `"${t}" is not a SIRET (14 digits), an RNA id (W + 9 digits) or a Maillage id`;
}

const orgRef = z.string().transform((s, ctx) => {
  const ref = parseOrgRef(s);
  return typeof ref === "string" ? fail(ctx, ref) : ref;
});

const orgRefList = z.string().transform((s, ctx) => {
  const refs: OrgRef[] = [];
  for (const part of s
    .split("|")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const ref = parseOrgRef(part);
    if (typeof ref === "string") return fail(ctx, ref);
    if (refs.some((r) => r.by === ref.by && r.value === ref.value)) return fail(ctx, `${ref.text} is listed twice`);
    refs.push(ref);
  }
  return refs;
});

const explicitId = z.string().transform((s, ctx) => {
  const v = s.trim();
  if (v === "") return null;
  return /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/.test(v)
    ? v
    : fail(ctx, `"${v}" is not an id (letters, digits, - _ . :)`);
});

/** A date YYYY-MM-DD, or a year alone when the day is not known. */
const eventDate = z.string().transform((s, ctx) => {
  const v = s.trim();
  if (v === "") return { date: null, year: null };
  if (/^\d{4}$/.test(v)) return { date: null, year: Number(v) };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v) return { date: v, year: Number(m[1]) };
  }
  return fail(ctx, `"${v}" is not a date (YYYY-MM-DD, or YYYY when the day is not known)`);
});

// ---------------------------------------------------------------------------
// Row schemas
// ---------------------------------------------------------------------------

const organisationType = z.string().transform((s, ctx): OrganisationLabel => {
  const v = s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
  if (v === "ess" || v === "essstructure") return "EssStructure";
  if (v === "business") return "Business";
  return fail(ctx, `"${s.trim()}" is not an organisation type (ess or business)`);
});

export const organisationRowSchema = z
  .object({
    type: organisationType,
    name: requiredText("an organisation needs its name"),
    insee_code: text,
    siret,
    rna_id: rnaId,
    legal_form: z.string(),
    address: optionalText,
    postal_code: postalCode,
    latitude: coordinate,
    longitude: coordinate,
    website,
    description: optionalText,
    themes: themeList,
    founded_year: year("founded_year"),
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if ((row.latitude === null) !== (row.longitude === null))
      issue(row.latitude === null ? "latitude" : "longitude", "give both latitude and longitude, or neither");
    else if (row.latitude !== null && row.longitude !== null) {
      if (!insideFrance({ latitude: row.latitude, longitude: row.longitude }))
        issue("latitude", `${row.latitude}, ${row.longitude} is not in France (latitude first, decimal degrees WGS84)`);
    }
    if (row.type === "Business") {
      if (row.rna_id !== null) issue("rna_id", "an RNA id is for associations: use type ess");
      if (row.legal_form.trim() !== "")
        issue("legal_form", "legal forms are for ESS structures: leave it empty for a business, or use type ess");
      if (row.founded_year !== null) issue("founded_year", "not recorded for businesses: leave it empty");
    } else if (row.legal_form.trim() !== "") {
      const v = row.legal_form
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, "_");
      if (!(LEGAL_FORMS as readonly string[]).includes(v))
        issue("legal_form", `"${row.legal_form.trim()}" is not a legal form (one of ${LEGAL_FORMS.join(", ")})`);
    }
  });

const needOfferType = z.string().transform((s, ctx): "need" | "offer" => {
  const v = s.trim().toLowerCase();
  if (v === "need" || v === "offer") return v;
  return fail(ctx, `"${s.trim()}" is not need or offer`);
});

export const needOfferRowSchema = z
  .object({
    type: needOfferType,
    organisation: orgRef,
    kind: enumValue(RESOURCE_KINDS, "a resource kind"),
    title: requiredText("give a short title"),
    id: explicitId,
    description: optionalText,
    frequency: optionalText,
    availability: optionalText,
    status: enumValue(RESOURCE_STATUSES, "a status", "OPEN"),
    themes: themeList,
  })
  .superRefine((row, ctx) => {
    if (row.type === "need" && row.availability !== null)
      ctx.addIssue({
        code: "custom",
        path: ["availability"],
        message: "is for offers: for a need, say how often in frequency",
      });
    if (row.type === "offer" && row.frequency !== null)
      ctx.addIssue({
        code: "custom",
        path: ["frequency"],
        message: "is for needs: for an offer, say when in availability",
      });
    if (row.type === "offer" && row.themes.length)
      ctx.addIssue({
        code: "custom",
        path: ["themes"],
        message: "offers have no themes in Maillage: leave it empty (the offering organisation's themes apply)",
      });
  });

export const partnershipRowSchema = z
  .object({
    organisation_a: orgRef,
    organisation_b: orgRef,
    kind: enumValue(PARTNERSHIP_KINDS, "a partnership kind"),
    since: year("since"),
    until: year("until"),
    description: optionalText,
    weight,
  })
  .superRefine((row, ctx) => {
    if (row.organisation_a.by === row.organisation_b.by && row.organisation_a.value === row.organisation_b.value) {
      ctx.addIssue({ code: "custom", path: ["organisation_b"], message: "is the same organisation as organisation_a" });
    }
    if (row.since !== null && row.until !== null && row.until < row.since)
      ctx.addIssue({ code: "custom", path: ["until"], message: `${row.until} is before since (${row.since})` });
  });

export const eventRowSchema = z
  .object({
    id: explicitId,
    title: optionalText,
    kind: enumValue(EVENT_KINDS, "an event kind", "OTHER"),
    date: eventDate,
    insee_code: text,
    place: optionalText,
    description: optionalText,
    themes: themeList,
    organisers: orgRefList,
    speakers: orgRefList,
    participants: orgRefList,
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (row.id === null) {
      // Without an id the row creates (or finds) the event by its title, date and town.
      if (row.title === null)
        issue("title", "empty: an event needs its title (or the id of an event already in Maillage)");
      if (row.date.year === null)
        issue(
          "date",
          "empty: an event needs its date (YYYY-MM-DD) or year (or the id of an event already in Maillage)",
        );
    }
    const seen = new Map<string, string>();
    for (const column of ["organisers", "speakers", "participants"] as const) {
      for (const ref of row[column]) {
        const key = `${ref.by}:${ref.value}`;
        if (seen.has(key)) issue(column, `${ref.text} is also in ${seen.get(key)}: give each organisation one role`);
        else seen.set(key, column);
      }
    }
  });

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

/** Lower case, no accents, words joined by hyphens. */
export function slug(s: string): string {
  return fold(s)
    .replace(/['’]/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

export const shortHash = (...parts: string[]) =>
  createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 12);

/** Id of an organisation the import creates: from its SIRET, else its RNA id, else its name and town. */
export function organisationNewId(
  siretValue: string | null,
  rna: string | null,
  name: string,
  inseeCode: string,
): string {
  if (siretValue) return `csv-${siretValue}`;
  if (rna) return `csv-${rna.toLowerCase()}`;
  return `csv-${slug(name) || shortHash(name)}-${inseeCode}`;
}

/** Id of an event the import creates: from its title, date (or year) and town. */
export function eventNewId(title: string, dateOrYear: string, inseeCode: string | null): string {
  return `csv-event-${shortHash(slug(title), dateOrYear, inseeCode ?? "")}`;
}

/** The row with every known column ("" when the file lacks it). */
const complete = (values: Record<string, string>, kind: TemplateKind) =>
  Object.fromEntries(TEMPLATE_COLUMNS[kind].map((c) => [c, values[c] ?? ""]));

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string; key?: string };

/** Validates one organisations row (the territory's towns come from the context). */
export function organisationRow(
  values: Record<string, string>,
  file: string,
  line: number,
  territory: ReadonlySet<string>,
  communes?: ReadonlySet<string>,
): Outcome<OrganisationRecord> {
  const v = complete(values, "organisations");
  const key = v.siret || v.rna_id || v.name;
  const parsed = organisationRowSchema.safeParse(v);
  const problems: string[] = parsed.success ? [] : [zodReason(parsed.error)];
  if (!territory.has(v.insee_code.trim())) {
    const code = v.insee_code.trim();
    problems.unshift(
      code === ""
        ? "insee_code: empty: give the INSEE code of the organisation's town (one of the territory's towns)"
        : communes && !communes.has(code)
          ? `insee_code: "${code}" is not an INSEE commune code`
          : `insee_code: ${code} is not one of the territory's towns (${[...territory].sort().join(", ")})`,
    );
  }
  if (!parsed.success || problems.length) return { ok: false, reason: problems.join("; "), key };
  const r = parsed.data;
  const legalForm =
    r.type === "EssStructure"
      ? r.legal_form.trim()
        ? r.legal_form
            .trim()
            .toUpperCase()
            .replace(/[\s-]+/g, "_")
        : r.rna_id
          ? "ASSOCIATION"
          : null
      : null;
  const common: Record<string, FieldValue> = {
    name: r.name,
    siret: r.siret,
    siren: r.siret ? r.siret.slice(0, 9) : null,
    address: r.address,
    postalCode: r.postal_code,
    location: r.latitude !== null && r.longitude !== null ? { latitude: r.latitude, longitude: r.longitude } : null,
    website: r.website,
    description: r.description,
  };
  return {
    ok: true,
    value: {
      source: "csv",
      label: r.type,
      siret: r.siret,
      rnaId: r.type === "EssStructure" ? r.rna_id : null,
      newId: organisationNewId(r.siret, r.rna_id, r.name, r.insee_code),
      fields:
        r.type === "EssStructure" ? { ...common, rnaId: r.rna_id, legalForm, foundedYear: r.founded_year } : common,
      inseeCode: r.insee_code,
      themes: r.themes,
      file,
      line,
    },
  };
}

export function needOfferRow(values: Record<string, string>, file: string, line: number): Outcome<NeedOfferLink> {
  const v = complete(values, "needsOffers");
  const parsed = needOfferRowSchema.safeParse(v);
  if (!parsed.success) return { ok: false, reason: zodReason(parsed.error), key: v.id || v.organisation };
  const r = parsed.data;
  return {
    ok: true,
    value: {
      type: r.type,
      file,
      line,
      org: r.organisation,
      id: r.id,
      props:
        r.type === "need"
          ? { title: r.title, kind: r.kind, description: r.description, frequency: r.frequency, status: r.status }
          : {
              title: r.title,
              kind: r.kind,
              description: r.description,
              availability: r.availability,
              status: r.status,
            },
      themes: r.themes,
    },
  };
}

export function partnershipRow(values: Record<string, string>, file: string, line: number): Outcome<PartnershipLink> {
  const v = complete(values, "partnerships");
  const parsed = partnershipRowSchema.safeParse(v);
  if (!parsed.success)
    return { ok: false, reason: zodReason(parsed.error), key: `${v.organisation_a} + ${v.organisation_b}` };
  const r = parsed.data;
  return {
    ok: true,
    value: {
      type: "partnership",
      file,
      line,
      a: r.organisation_a,
      b: r.organisation_b,
      props: { kind: r.kind, since: r.since, until: r.until, description: r.description, weight: r.weight },
    },
  };
}

export function eventRow(
  values: Record<string, string>,
  file: string,
  line: number,
  territory: ReadonlySet<string>,
): Outcome<EventLink> {
  const v = complete(values, "events");
  const parsed = eventRowSchema.safeParse(v);
  const problems: string[] = parsed.success ? [] : [zodReason(parsed.error)];
  const code = v.insee_code.trim();
  if (code !== "" && !territory.has(code))
    problems.unshift(`insee_code: ${code} is not one of the territory's towns (${[...territory].sort().join(", ")})`);
  if (!parsed.success || problems.length) return { ok: false, reason: problems.join("; "), key: v.id || v.title };
  const r = parsed.data;
  const attendees: { org: OrgRef; role: AttendanceRole }[] = [
    ...r.organisers.map((org) => ({ org, role: "ORGANISER" as const })),
    ...r.speakers.map((org) => ({ org, role: "SPEAKER" as const })),
    ...r.participants.map((org) => ({ org, role: "PARTICIPANT" as const })),
  ];
  // A row with an id and no title only adds attendees to an event already in Maillage.
  const attendanceOnly = r.title === null;
  return {
    ok: true,
    value: {
      type: "event",
      file,
      line,
      id: r.id ?? eventNewId(r.title!, r.date.date ?? String(r.date.year), code || null),
      explicitId: r.id !== null,
      props: attendanceOnly
        ? null
        : {
            title: r.title!,
            kind: r.kind,
            date: r.date.date,
            year: r.date.year,
            place: r.place,
            description: r.description,
          },
      town: attendanceOnly ? null : code || null,
      themes: attendanceOnly ? [] : r.themes,
      attendees,
    },
  };
}

/**
 * Reads the template files: organisations are yielded for the shared writer;
 * needs, offers, partnerships and events are pushed to `links`, written after
 * the organisations (so that a row may name an organisation of the same
 * import). Every file's kind is checked before any row is read.
 */
export async function* readTemplates(
  files: string[],
  ctx: ImportContext,
  links: LinkRecord[],
): AsyncGenerator<OrganisationRecord> {
  const kinds: [string, TemplateKind][] = [];
  for (const file of files) kinds.push([file, await templateFileKind(file)]);
  // Organisations first: the other templates may name them.
  kinds.sort((a, b) => Number(b[1] === "organisations") - Number(a[1] === "organisations"));

  const orgKeys = new Map<string, string>();
  const eventIds = new Map<string, string>();
  for (const [file, kind] of kinds) {
    const progress = ctx.progress.file(file);
    for await (const record of readCsv(file, {
      columns: TEMPLATE_COLUMNS[kind],
      required: TEMPLATE_REQUIRED[kind],
      expected: TEMPLATE_NAMES[kind],
    })) {
      ctx.counts.read++;
      progress.tick(record.line, record.offset);
      if (record.error !== undefined) {
        ctx.reject(file, record.line, record.error);
        continue;
      }
      const where = `${basename(file)} line ${record.line}`;
      if (kind === "organisations") {
        const out = organisationRow(record.values, file, record.line, ctx.territory, ctx.communes);
        if (!out.ok) {
          ctx.reject(file, record.line, out.reason, out.key);
          continue;
        }
        const r = out.value;
        const keys = [
          r.siret && `SIRET ${r.siret}`,
          r.rnaId && `RNA id ${r.rnaId}`,
          `name and town "${r.fields.name}" (${r.inseeCode})`,
        ].filter((k): k is string => !!k);
        const dup = keys.find((k) => orgKeys.has(k)) ?? (orgKeys.has(`id ${r.newId}`) ? `id ${r.newId}` : undefined);
        if (dup) {
          ctx.reject(
            file,
            record.line,
            `${dup} already on ${orgKeys.get(dup)}`,
            r.siret ?? r.rnaId ?? String(r.fields.name),
          );
          continue;
        }
        for (const k of [...keys, `id ${r.newId}`]) orgKeys.set(k, where);
        yield r;
      } else if (kind === "needsOffers") {
        const out = needOfferRow(record.values, file, record.line);
        if (out.ok) links.push(out.value);
        else ctx.reject(file, record.line, out.reason, out.key);
      } else if (kind === "partnerships") {
        const out = partnershipRow(record.values, file, record.line);
        if (out.ok) links.push(out.value);
        else ctx.reject(file, record.line, out.reason, out.key);
      } else {
        const out = eventRow(record.values, file, record.line, ctx.territory);
        if (!out.ok) {
          ctx.reject(file, record.line, out.reason, out.key);
          continue;
        }
        if (eventIds.has(out.value.id) && out.value.props !== null) {
          ctx.reject(
            file,
            record.line,
            `the same event (id ${out.value.id}) is already on ${eventIds.get(out.value.id)}`,
            out.value.id,
          );
          continue;
        }
        if (out.value.props !== null) eventIds.set(out.value.id, where);
        links.push(out.value);
      }
    }
    progress.done();
  }
}
