/**
 * What the partners' widget shows for one town: the public directory
 * (getTownDirectory: the vitrine de l'ESS first, public fields only), with
 * labels in the widget's language, the themes and kinds present for its
 * filters, and the commune outline as a ready-to-draw SVG path for the
 * mini-map. Shaped for one small cacheable JSON answer: entries refer to
 * theme and kind codes, whose labels are given once.
 * @see docs/widget.md
 */
import type { WidgetDirectory, WidgetEntry, WidgetLanguage } from "@maillage/model";
import { enumLabel } from "@maillage/model";
import { loadTerritory, type TownData } from "@maillage/reference";
import type { GraphReader } from "./ports";
import { InvalidArgument } from "./errors";
import { getTownDirectory, type DirectoryEntry } from "./town-directory";

export type { WidgetDirectory, WidgetEntry, WidgetLanguage };
export const WIDGET_LANGUAGES = ["fr", "en"] as const satisfies readonly WidgetLanguage[];

export class InvalidWidgetLanguage extends InvalidArgument {
  constructor(message: string) {
    super(message, "lang");
  }
}

export const DESCRIPTION_MAX = 240;
/** Width of the mini-map's viewBox; the height follows the commune's shape. */
const MAP_WIDTH = 200;

/** Where the public directory page of a town is (graph-api/src/http/town-page.ts): French by default. */
export const townPagePath = (inseeCode: string, language: WidgetLanguage) =>
  `/annuaire/${inseeCode}${language === "fr" ? "" : `?lang=${language}`}`;

/** A structure's public page, within its town's directory. */
export const structurePagePath = (inseeCode: string, structureId: string, language: WidgetLanguage) =>
  `/annuaire/${inseeCode}/structure/${encodeURIComponent(structureId)}${language === "fr" ? "" : `?lang=${language}`}`;

/** Where a visitor reports an error on a structure (graph-api/src/http/error-reports.ts). */
export const reportPath = (inseeCode: string, structureId: string, language: WidgetLanguage) =>
  `/annuaire/${inseeCode}/signaler/${encodeURIComponent(structureId)}${language === "fr" ? "" : `?lang=${language}`}`;

export function parseWidgetLanguage(value: unknown): WidgetLanguage {
  if (value === undefined || value === "") return "fr";
  if (typeof value === "string" && (WIDGET_LANGUAGES as readonly string[]).includes(value))
    return value as WidgetLanguage;
  throw new InvalidWidgetLanguage(`lang must be one of ${WIDGET_LANGUAGES.join(", ")}; got "${String(value)}"`);
}

/** Cut at a word boundary, with an ellipsis, so that a card stays short. */
export function shorten(text: string | null, max = DESCRIPTION_MAX): string | null {
  if (!text) return null;
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/** Only absolute http(s) addresses become links: never javascript: or data: from the database. */
export function safeWebsite(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Equirectangular projection around the commune (a few km across: the error is negligible). */
export function projector(ring: [number, number][]) {
  const lons = ring.map(([lon]) => lon);
  const lats = ring.map(([, lat]) => lat);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const cos = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = MAP_WIDTH / ((maxLon - minLon) * cos || 1);
  const round = (v: number) => Math.round(v * 10) / 10;
  const project = (lon: number, lat: number): [number, number] => [
    round((lon - minLon) * cos * scale),
    round((maxLat - lat) * scale),
  ];
  const height = Math.ceil((maxLat - minLat) * scale);
  const path = `M${ring.map(([lon, lat]) => project(lon, lat).join(" ")).join("L")}Z`;
  return { project, outline: { viewBox: `0 0 ${MAP_WIDTH} ${height}`, path } };
}

let towns: Map<string, TownData> | undefined;
/** The territory's towns as shipped (reference data, read once): names and outlines without a query. */
function referenceTown(inseeCode: string): TownData | undefined {
  towns ??= new Map(loadTerritory().towns.map((t) => [t.inseeCode, t]));
  return towns.get(inseeCode.trim().toUpperCase());
}

/** The name of a town of the territory, or null for any other code. */
export const townName = (inseeCode: string): string | null => referenceTown(inseeCode)?.name ?? null;

function countBy(entries: DirectoryEntry[], keys: (e: DirectoryEntry) => (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) for (const k of keys(e)) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

export async function getWidgetDirectory(
  reader: GraphReader,
  inseeCode: string,
  language: WidgetLanguage,
): Promise<WidgetDirectory> {
  const { town, entries } = await getTownDirectory(reader, inseeCode);
  const ring = referenceTown(town.inseeCode)?.ring;
  const map = ring ? projector(ring) : null;
  const collator = new Intl.Collator(language);

  const themeLabels = new Map(
    entries.flatMap((e) => e.themes.map((t) => [t.code, language === "en" ? t.labelEn : t.labelFr] as const)),
  );
  const themes = [...countBy(entries, (e) => e.themes.map((t) => t.code))]
    .map(([code, count]) => ({ code, label: themeLabels.get(code) ?? code, count }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const kinds = [...countBy(entries, (e) => [e.legalForm])]
    .map(([code, count]) => ({ code, label: enumLabel("LegalForm", code, language), count }))
    .sort((a, b) => collator.compare(a.label, b.label));

  return {
    language,
    town: { inseeCode: town.inseeCode, name: town.name },
    count: entries.length,
    directoryPath: townPagePath(town.inseeCode, language),
    themes,
    kinds,
    outline: map?.outline ?? null,
    entries: entries.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.legalForm,
      activity: e.activity,
      description: shorten(e.description),
      address: e.address,
      postalCode: e.postalCode,
      website: safeWebsite(e.website),
      themes: e.themes.map((t) => t.code),
      vitrine: e.isVitrine,
      illustrative: e.illustrative,
      point: map && e.longitude != null && e.latitude != null ? map.project(e.longitude, e.latitude) : null,
    })),
  };
}
