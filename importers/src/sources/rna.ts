/**
 * The associations register (RNA, data.gouv.fr): one row per association, in
 * either of its two extracts — "waldec" (associations created or changed
 * since 2009, the seat's INSEE code in `adrs_codeinsee`) and "import" (older
 * associations, the seat as postal code and town name only). Keeps the
 * active ones (`position` = A) whose seat is in one of the territory's towns.
 * An association already in the graph — found by its SIRET, or by its RNA id
 * (which a Sirene import takes from `identifiantAssociationUniteLegale`) — is
 * completed, not duplicated.
 */
import { z } from "zod";
import { CsvFileError, readCsvBatches, readHeader } from "../read/csv-file";
import { rnaProblem, siretProblem } from "../identifiers";
import type { OrganisationRecord } from "../model";
import type { ImportContext } from "../context";
import { zodReason } from "./sirene";
import { stripAccents } from "@maillage/model";

/** The waldec extract's header, as the register publishes it. */
export const RNA_COLUMNS = [
  "id",
  "id_ex",
  "siret",
  "rup_mi",
  "gestion",
  "date_creat",
  "date_decla",
  "date_publi",
  "date_disso",
  "nature",
  "groupement",
  "titre",
  "titre_court",
  "objet",
  "objet_social1",
  "objet_social2",
  "adrs_complement",
  "adrs_numvoie",
  "adrs_repetition",
  "adrs_typevoie",
  "adrs_libvoie",
  "adrs_distrib",
  "adrs_codeinsee",
  "adrs_codepostal",
  "adrs_libcommune",
  "adrg_declarant",
  "adrg_complemid",
  "adrg_complemgeo",
  "adrg_libvoie",
  "adrg_distrib",
  "adrg_codepostal",
  "adrg_achemine",
  "adrg_pays",
  "dir_civilite",
  "siteweb",
  "publiweb",
  "observation",
  "position",
  "maj_time",
] as const;
const RNA_REQUIRED = ["id", "titre", "objet", "adrs_codeinsee", "position", "siret", "siteweb"];
/** The columns the importer reads. */
const RNA_READ = [
  ...RNA_REQUIRED,
  "date_creat",
  "adrs_numvoie",
  "adrs_repetition",
  "adrs_typevoie",
  "adrs_libvoie",
  "adrs_codepostal",
];

/** The "import" extract's header (associations from before 2009). */
export const RNA_IMPORT_COLUMNS = [
  "id",
  "id_ex",
  "siret",
  "gestion",
  "date_creat",
  "date_publi",
  "nature",
  "groupement",
  "titre",
  "objet",
  "objet_social1",
  "objet_social2",
  "adr1",
  "adr2",
  "adr3",
  "adrs_codepostal",
  "libcom",
  "dir_civilite",
  "siteweb",
  "observation",
  "position",
  "rup_mi",
  "maj_time",
] as const;
const RNA_IMPORT_REQUIRED = ["id", "titre", "objet", "adrs_codepostal", "libcom", "position", "siret", "siteweb"];
const RNA_IMPORT_READ = [...RNA_IMPORT_REQUIRED, "date_creat", "adr1", "adr2", "adr3"];

const EXPECTED_FILES =
  "expected the register's rna_waldec_<date>_dpt_NN.csv (columns id, titre, objet, adrs_codeinsee, position…) or rna_import_<date>_dpt_NN.csv (id, titre, objet, adrs_codepostal, libcom, position…), from data.gouv.fr's \"Répertoire National des Associations\"";

type RnaKind = "waldec" | "import";

async function rnaFileKind(file: string): Promise<RnaKind> {
  const { header } = await readHeader(file);
  const has = (c: string) => header.some((h) => h.toLowerCase() === c);
  if (has("id") && has("titre") && has("adrs_codeinsee")) return "waldec";
  if (has("id") && has("titre") && has("adrs_codepostal") && has("libcom")) return "import";
  throw new CsvFileError(file, `is not an RNA associations file: ${EXPECTED_FILES}`);
}

const fold = (name: string) =>
  stripAccents(name)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .replace(/\bSAINT(E?)\b/g, "ST$1")
    .trim();

/** Communes by postal code (current communes), to place the "import" extract's seats, which carry no INSEE code. */
function communesByPostalCode(): Map<string, { code: string; name: string }[]> {
  const communes = require("@etalab/decoupage-administratif/data/communes.json") as {
    code: string;
    nom: string;
    type: string;
    codesPostaux?: string[];
  }[];
  const byPostalCode = new Map<string, { code: string; name: string }[]>();
  for (const c of communes) {
    if (c.type !== "commune-actuelle") continue;
    for (const cp of c.codesPostaux ?? [])
      byPostalCode.set(cp, [...(byPostalCode.get(cp) ?? []), { code: c.code, name: fold(c.nom) }]);
  }
  return byPostalCode;
}

/** The INSEE code of a seat given as postal code and town name: the one commune of that code, or the one of that name among them. */
function townOf(
  byPostalCode: Map<string, { code: string; name: string }[]>,
  postalCode: string,
  town: string,
): string | { problem: string } {
  const candidates = byPostalCode.get(postalCode) ?? [];
  if (candidates.length === 1) return candidates[0].code;
  const named = candidates.filter((c) => c.name === fold(town));
  if (named.length === 1) return named[0].code;
  return {
    problem: candidates.length
      ? `adrs_codepostal ${postalCode} serves ${candidates.length} towns and libcom "${town}" names none of them`
      : `adrs_codepostal: "${postalCode}" is not a postal code of a French commune`,
  };
}

const problem = (check: (s: string) => string | null) => (s: string, ctx: z.RefinementCtx) => {
  const issue = s === "" ? null : check(s);
  if (issue) ctx.addIssue({ code: "custom", message: issue });
};

const rnaSchema = z.object({
  id: z.string().superRefine((s, ctx) => {
    const issue = rnaProblem(s);
    if (issue) ctx.addIssue({ code: "custom", message: issue });
  }),
  titre: z.string().min(1, { message: "empty: an association needs its name" }),
  siret: z.string().superRefine(problem(siretProblem)),
  date_creat: z
    .string()
    .optional()
    .refine((d) => !d || /^\d{4}-\d{2}-\d{2}/.test(d), { message: "not a date (YYYY-MM-DD)" }),
  siteweb: z
    .string()
    .refine((w) => w === "" || /^(https?:\/\/)?[^\s/$.?#][^\s]*\.[^\s]+$/i.test(w), { message: "not a web address" }),
});

const orNull = (v: string | undefined) => (v === undefined || v.trim() === "" ? null : v.trim());

export async function* readRna(files: string[], ctx: ImportContext): AsyncGenerator<OrganisationRecord> {
  let byPostalCode: ReturnType<typeof communesByPostalCode> | null = null;
  for (const file of files) {
    const kind = await rnaFileKind(file);
    const seen = new Map<string, number>();
    const progress = ctx.progress.file(file);
    const rows =
      kind === "waldec"
        ? readCsvBatches(file, {
            columns: RNA_COLUMNS,
            required: RNA_REQUIRED,
            keep: RNA_READ,
            expected: "an RNA (waldec) associations file",
          })
        : readCsvBatches(file, {
            columns: RNA_IMPORT_COLUMNS,
            required: RNA_IMPORT_REQUIRED,
            keep: RNA_IMPORT_READ,
            expected: "an RNA (import) associations file",
          });
    for await (const batch of rows)
      for (const record of batch) {
        ctx.counts.read++;
        progress.tick(record.line, record.offset);
        if (record.error !== undefined) {
          ctx.reject(file, record.line, record.error);
          continue;
        }
        const v = record.values;
        if (v.position !== "A") {
          ctx.skip(`association not active (position = ${v.position || "empty"})`);
          continue;
        }
        let inseeCode = v.adrs_codeinsee;
        if (kind === "import") {
          const town =
            v.adrs_codepostal === ""
              ? ""
              : townOf((byPostalCode ??= communesByPostalCode()), v.adrs_codepostal, v.libcom);
          if (typeof town === "object") {
            ctx.reject(file, record.line, town.problem, v.id);
            continue;
          }
          inseeCode = town;
        }
        if (!ctx.territory.has(inseeCode)) {
          if (inseeCode !== "" && !ctx.communes.has(inseeCode))
            ctx.reject(file, record.line, `adrs_codeinsee: "${inseeCode}" is not an INSEE commune code`, v.id);
          else ctx.skip("outside the territory's 16 towns");
          continue;
        }
        const parsed = rnaSchema.safeParse(v);
        if (!parsed.success) {
          ctx.reject(file, record.line, zodReason(parsed.error), v.id);
          continue;
        }
        if (seen.has(v.id)) {
          ctx.reject(file, record.line, `RNA id ${v.id} already on line ${seen.get(v.id)}`, v.id);
          continue;
        }
        seen.set(v.id, record.line);
        const website = orNull(v.siteweb);
        yield {
          source: "rna",
          label: "EssStructure",
          siret: orNull(v.siret),
          rnaId: v.id,
          newId: `rna-${v.id}`,
          fields: {
            name: v.titre.trim(),
            rnaId: v.id,
            siret: orNull(v.siret),
            legalForm: "ASSOCIATION",
            description: orNull(v.objet),
            website: website && !/^https?:\/\//i.test(website) ? `http://${website}` : website,
            address:
              (kind === "waldec"
                ? [v.adrs_numvoie, v.adrs_repetition, v.adrs_typevoie, v.adrs_libvoie]
                    .map(orNull)
                    .filter(Boolean)
                    .join(" ")
                : [v.adr1, v.adr2, v.adr3].map(orNull).filter(Boolean).join(", ")) || null,
            postalCode: orNull(v.adrs_codepostal),
            // The import extract writes 0001-01-01 for an unknown date.
            foundedYear: v.date_creat && !v.date_creat.startsWith("0001") ? Number(v.date_creat.slice(0, 4)) : null,
          },
          inseeCode,
          themes: [],
          file,
          line: record.line,
        };
      }
    progress.done();
  }
}
