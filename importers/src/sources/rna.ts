/**
 * The associations register (RNA, "waldec" extract from data.gouv.fr): one
 * row per association. Keeps the active ones (`position` = A) whose seat is
 * in one of the territory's towns. An association already in the graph —
 * found by its SIRET, or by its RNA id (which a Sirene import takes from
 * `identifiantAssociationUniteLegale`) — is completed, not duplicated.
 */
import { z } from "zod";
import { readCsvBatches } from "../read/csv-file";
import { rnaProblem, siretProblem } from "../identifiers";
import type { OrganisationRecord } from "../model";
import type { ImportContext } from "../context";
import { zodReason } from "./sirene";

/** The waldec extract's header, as the register publishes it. */
export const RNA_COLUMNS = [
  "id", "id_ex", "siret", "rup_mi", "gestion", "date_creat", "date_decla", "date_publi", "date_disso", "nature",
  "groupement", "titre", "titre_court", "objet", "objet_social1", "objet_social2", "adrs_complement", "adrs_numvoie",
  "adrs_repetition", "adrs_typevoie", "adrs_libvoie", "adrs_distrib", "adrs_codeinsee", "adrs_codepostal",
  "adrs_libcommune", "adrg_declarant", "adrg_complemid", "adrg_complemgeo", "adrg_libvoie", "adrg_distrib",
  "adrg_codepostal", "adrg_achemine", "adrg_pays", "dir_civilite", "siteweb", "publiweb", "observation", "position",
  "maj_time",
] as const;
const RNA_REQUIRED = ["id", "titre", "objet", "adrs_codeinsee", "position", "siret", "siteweb"];
/** The columns the importer reads. */
const RNA_READ = [...RNA_REQUIRED, "date_creat", "adrs_numvoie", "adrs_repetition", "adrs_typevoie", "adrs_libvoie", "adrs_codepostal"];

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
  siteweb: z.string().refine((w) => w === "" || /^(https?:\/\/)?[^\s/$.?#][^\s]*\.[^\s]+$/i.test(w), { message: "not a web address" }),
});

const orNull = (v: string | undefined) => (v === undefined || v.trim() === "" ? null : v.trim());

export async function* readRna(files: string[], ctx: ImportContext): AsyncGenerator<OrganisationRecord> {
  for (const file of files) {
    const seen = new Map<string, number>();
    const progress = ctx.progress.file(file);
    const rows = readCsvBatches(file, { columns: RNA_COLUMNS, required: RNA_REQUIRED, keep: RNA_READ, expected: "an RNA (waldec) associations file" });
    for await (const batch of rows) for (const record of batch) {
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
      if (!ctx.territory.has(v.adrs_codeinsee)) {
        if (v.adrs_codeinsee !== "" && !ctx.communes.has(v.adrs_codeinsee)) ctx.reject(file, record.line, `adrs_codeinsee: "${v.adrs_codeinsee}" is not an INSEE commune code`, v.id);
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
          address: [v.adrs_numvoie, v.adrs_repetition, v.adrs_typevoie, v.adrs_libvoie].map(orNull).filter(Boolean).join(" ") || null,
          postalCode: orNull(v.adrs_codepostal),
          foundedYear: v.date_creat ? Number(v.date_creat.slice(0, 4)) : null,
        },
        inseeCode: v.adrs_codeinsee,
        themes: [],
        file,
        line: record.line,
      };
    }
    progress.done();
  }
}
