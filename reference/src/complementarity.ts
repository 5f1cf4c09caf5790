/**
 * The ESS–business complementarity table (reference/data/complementarity.json):
 * which businesses may call for what an ESS structure provides. Kept as data
 * so that coordinators can tune it; validated on load, with errors that name
 * the rule and the field.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { LEGAL_FORMS, PARTNERSHIP_KINDS, RESOURCE_KINDS } from "@maillage/model";
import { THEME_CODES } from "./themes";

export const COMPLEMENTARITY_PATH = join(__dirname, "..", "data", "complementarity.json");

/** How a business can work with a structure: a kind of partnership, or a reserved public contract. */
export const FITS = [...PARTNERSHIP_KINDS, "RESERVED_CONTRACT"] as const;

const theme = z.string().superRefine((code, ctx) => {
  if (!THEME_CODES.has(code))
    ctx.addIssue({ code: "custom", message: `unknown theme "${code}" (see reference/src/themes.ts)` });
});
const target = {
  themes: z.array(theme).default([]),
  legalForms: z.array(z.enum(LEGAL_FORMS)).default([]),
  needKinds: z.array(z.enum(RESOURCE_KINDS)).default([]),
  fit: z.enum(FITS),
  fr: z.string().min(3),
  en: z.string().min(3),
};

const schema = z.object({
  about: z.string(),
  csrRules: z.array(z.object({ commitment: z.string().min(3), ...target })),
  activityRules: z.array(
    z.object({
      nafPrefixes: z
        .array(z.string().regex(/^\d{2}\.(\d{1,2}[A-Z]?)?$/, "a NAF prefix looks like 56. or 56.10"))
        .min(1),
      ...target,
    }),
  ),
});

export type Complementarity = z.infer<typeof schema>;
export type ComplementarityRule = (Complementarity["csrRules"] | Complementarity["activityRules"])[number];

export function parseComplementarity(json: unknown, source = COMPLEMENTARITY_PATH): Complementarity {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new Error(`${source} is not a valid complementarity table:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function loadComplementarity(path = COMPLEMENTARITY_PATH): Complementarity {
  return parseComplementarity(JSON.parse(readFileSync(path, "utf8")), path);
}
