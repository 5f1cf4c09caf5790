import { configuredTerritory } from "@maillage/reference";
import type { GraphReader } from "./ports";
import { territorySummary, type Row as SummaryRow } from "../cypher/territory/territory-summary.cypher";
import { countsByTown, type Row as TownRow } from "../cypher/territory/counts-by-town.cypher";
import { countsByLegalForm, type Row as LegalFormRow } from "../cypher/territory/counts-by-legal-form.cypher";
import { countsByTheme, type Row as ThemeRow } from "../cypher/territory/counts-by-theme.cypher";

export interface TerritoryOverview {
  code: string;
  name: string;
  population: number | null;
  programme: SummaryRow["programme"];
  counts: SummaryRow["counts"];
  towns: TownRow[];
  legalForms: LegalFormRow[];
  themes: ThemeRow[];
}

/** The programme's figures and what the graph holds, per town, legal form and theme. */
export async function getTerritoryOverview(reader: GraphReader): Promise<TerritoryOverview | null> {
  const params = { territoryCode: configuredTerritory().code };
  const [summary, towns, legalForms, themes] = await Promise.all([
    reader.read(territorySummary, params),
    reader.read(countsByTown, params),
    reader.read(countsByLegalForm, {}),
    reader.read(countsByTheme, {}),
  ]);
  if (summary.length === 0) return null;
  const [s] = summary;
  return { ...s, towns, legalForms, themes };
}
