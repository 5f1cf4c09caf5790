/**
 * The JSON answer of GET /api/widget/communes/:inseeCode?lang= : what the partners' widget shows for one
 * town. graph-api builds it (domain/widget-directory.ts) and the widget reads it (widget/src/data.ts);
 * both take the shape from here. Types only, with no import, so that the browser bundle can use it.
 * @see docs/widget.md
 */

/** The languages the widget and the public pages speak. */
export type WidgetLanguage = "fr" | "en";

export interface WidgetEntry {
  id: string;
  name: string;
  /** Legal form code (a `kinds` entry), null when unknown. */
  kind: string | null;
  activity: string | null;
  /** At most 240 characters (DESCRIPTION_MAX in graph-api). */
  description: string | null;
  address: string | null;
  postalCode: string | null;
  /** http(s) only. */
  website: string | null;
  /** Theme codes (`themes` entries). */
  themes: string[];
  vitrine: boolean;
  /** Invented demo data. */
  illustrative: boolean;
  /** Position on the mini-map, in the outline's viewBox units. */
  point: [number, number] | null;
}

export interface WidgetDirectory {
  language: WidgetLanguage;
  town: { inseeCode: string; name: string };
  count: number;
  /** The town's public directory page, in the widget's language, relative to the API's origin (e.g. /annuaire/94028). */
  directoryPath: string;
  themes: { code: string; label: string; count: number }[];
  kinds: { code: string; label: string; count: number }[];
  /** The commune outline; null when the reference data has none. */
  outline: { viewBox: string; path: string } | null;
  entries: WidgetEntry[];
}
