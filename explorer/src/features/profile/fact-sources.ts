/**
 * Where a fact of a profile comes from, in words (the API's
 * `factSources`): who wrote it (a coordinator, an import, the programme
 * text...), never who exactly, and when.
 */
import type { TFunction } from "i18next";
import type { SourceKind } from "../../gql/graphql";

export interface FactSourceInfo {
  field: string;
  sourceKind: SourceKind;
  source: string;
  at: string | null;
}

const time = (at: string | null | undefined) => (at ? Date.parse(at) : Number.NaN);

/** The provenance of a row that shows `fields` (an address, a range): the most recently written of them. */
export function sourceOf(sources: readonly FactSourceInfo[], fields: readonly string[]): FactSourceInfo | null {
  let found: FactSourceInfo | null = null;
  for (const s of sources) {
    if (!fields.includes(s.field)) continue;
    if (!found || time(s.at) > time(found.at) || (Number.isNaN(time(found.at)) && !Number.isNaN(time(s.at)))) found = s;
  }
  return found;
}

/** The import sources the interface names in words; any other is shown as an imported file. */
const KNOWN_IMPORTS = ["sirene", "rna", "csv"];

/** « Saisi par un·e chargé·e de mission le 3 déc. 2026 », « Registre Sirene, import du 1 déc. 2026 »... */
export function describeSource(s: FactSourceInfo, t: TFunction, locale: string): string {
  const date = Number.isNaN(time(s.at))
    ? null
    : new Date(s.at!).toLocaleDateString(locale, { day: "numeric", month: "short", year: "numeric" });
  const name = s.source.toLowerCase();
  const source = KNOWN_IMPORTS.includes(name)
    ? t(`profile.importSources.${name}`)
    : t("profile.importSources.other", { source: s.source });
  return date
    ? t(`profile.factSource.${s.sourceKind}`, { date, source })
    : t(`profile.factSourceUndated.${s.sourceKind}`, { source });
}
