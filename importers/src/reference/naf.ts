/**
 * NAF rev. 2 activity labels (INSEE nomenclature, 732 sub-classes), from the
 * @socialgouv/codes-naf package (Apache-2.0), and the themes an activity
 * suggests, from data/naf-themes.json (a heuristic table kept as data).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import codesNaf from "@socialgouv/codes-naf";

const LABELS = new Map(codesNaf.map((c) => [c.id, c.label]));

/** "5610A", "56.10A", "56.10a" → "56.10A"; null when it is not a NAF sub-class code. */
export function normaliseNaf(code: string): string | null {
  const m = /^(\d{2})\.?(\d{2})([A-Za-z])$/.exec(code.trim());
  return m ? `${m[1]}.${m[2]}${m[3].toUpperCase()}` : null;
}

/** The French label of a NAF rev. 2 sub-class; null for unknown codes. */
export function nafLabel(code: string): string | null {
  return LABELS.get(code) ?? null;
}

interface NafThemeRule {
  /** NAF code prefix: a division ("88"), group ("88.9") or sub-class ("88.99B"). */
  prefix: string;
  themes: string[];
}

const RULES: NafThemeRule[] = (
  JSON.parse(readFileSync(join(__dirname, "..", "..", "data", "naf-themes.json"), "utf8")) as { rules: NafThemeRule[] }
).rules
  // Longest prefix first: the most specific rule wins.
  .sort((a, b) => b.prefix.length - a.prefix.length);

/** Theme codes an activity suggests (most specific matching rule), or []. */
export function nafThemes(code: string): string[] {
  return RULES.find((r) => code.startsWith(r.prefix))?.themes ?? [];
}

export const NAF_THEME_RULES: readonly NafThemeRule[] = RULES;
