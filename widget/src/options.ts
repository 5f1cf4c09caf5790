/**
 * The widget's options: attributes of <maillage-annuaire>, or query
 * parameters of the iframe page (which become those attributes). One parser
 * for both: an unknown option is ignored with a console warning, an invalid
 * value falls back to its default with a warning that names the option.
 * Pure (no DOM): unit-tested in options.test.ts.
 */

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const LAYOUTS = ["list", "compact"] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface WidgetOptions {
  /** INSEE code of the town; null when missing or malformed (the widget says so). */
  commune: string | null;
  lang: Language;
  layout: Layout;
  /** Most entries listed at once. */
  maxItems: number;
  /** Theme codes the partner keeps (empty: all). */
  themes: string[];
  /** Draw the commune outline with the structures. */
  map: boolean;
  /** Colours; null keeps the CSS custom property or the default. */
  accent: string | null;
  background: string | null;
  text: string | null;
  /** Level of the directory's heading (the structures' headings are one below), to fit the partner's page outline. */
  headingLevel: number;
}

/** The defaults, one comment each (what a partner gets with only `commune`). */
export const DEFAULTS: Readonly<WidgetOptions> = {
  commune: null, // required
  lang: "fr", // French first; "en" for international pages
  layout: "list", // "compact": one short card per structure, no description
  maxItems: 50, // 1 to MAX_ITEMS
  themes: [], // e.g. "food-aid,mobility-cycling"
  map: false, // "true" (or the bare attribute) adds the mini-map
  accent: null, // e.g. "#8a1538" → --maillage-accent
  background: null, // → --maillage-background
  text: null, // → --maillage-text
  headingLevel: 2, // 1 to 5: the widget's title is an h2, each structure an h3
};

export const MAX_ITEMS = 200;

/** Attribute (and query parameter) names, in the order the docs list them. */
export const OPTION_NAMES = [
  "commune",
  "lang",
  "layout",
  "max-items",
  "themes",
  "map",
  "accent",
  "background",
  "text",
  "heading-level",
] as const;

/** HTML attributes any element may carry: never warned about. */
const GLOBAL_ATTRIBUTES = new Set([
  "id",
  "class",
  "style",
  "hidden",
  "title",
  "dir",
  "slot",
  "part",
  "tabindex",
  "role",
  "nonce",
  "translate",
  "inert",
]);

const INSEE_CODE = /^(\d{2}|2A|2B)\d{3}$/;
const THEME_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Hex, a colour name, or a colour function with plain arguments: nothing that could leave the declaration. */
const COLOUR = /^(#[0-9a-f]{3,8}|[a-z]{3,30}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([a-z0-9.,%\s/+-]{1,80}\))$/i;

export type Warn = (message: string) => void;
const defaultWarn: Warn = (message) => console.warn(`<maillage-annuaire>: ${message}`);

/** True for a name the widget does not know and that is not a global, data-* or aria-* attribute. */
export function isUnknownOption(name: string): boolean {
  const n = name.toLowerCase();
  return (
    !(OPTION_NAMES as readonly string[]).includes(n) &&
    n !== "lang" &&
    !GLOBAL_ATTRIBUTES.has(n) &&
    !/^(data|aria)-/.test(n) &&
    !n.startsWith("on")
  );
}

/**
 * Reads options from attribute-like pairs (null: absent). Never throws.
 * `isColour` lets the browser confirm a colour (CSS.supports); the pattern alone decides elsewhere.
 */
export function parseOptions(
  input: Record<string, string | null | undefined>,
  warn: Warn = defaultWarn,
  isColour: (v: string) => boolean = () => true,
): WidgetOptions {
  const options: WidgetOptions = { ...DEFAULTS, themes: [] };
  for (const name of Object.keys(input)) {
    if (isUnknownOption(name)) warn(`unknown option "${name}" ignored; known options: ${OPTION_NAMES.join(", ")}`);
  }
  const value = (name: string) => {
    const v = input[name];
    return v == null ? null : v.trim();
  };
  const invalid = (name: string, got: string, expected: string, fallback: unknown) =>
    warn(`invalid ${name}="${got}" (expected ${expected}); using ${JSON.stringify(fallback)}`);

  const commune = value("commune");
  if (commune === null || commune === "") warn('the "commune" option is missing: give an INSEE code such as 94028');
  else if (INSEE_CODE.test(commune.toUpperCase())) options.commune = commune.toUpperCase();
  else warn(`invalid commune="${commune}" (expected an INSEE code of 5 characters such as 94028)`);

  const lang = value("lang");
  if (lang !== null) {
    const short = lang.toLowerCase().split("-")[0];
    if ((LANGUAGES as readonly string[]).includes(short)) options.lang = short as Language;
    else invalid("lang", lang, LANGUAGES.join(" or "), DEFAULTS.lang);
  }

  const layout = value("layout");
  if (layout !== null) {
    if ((LAYOUTS as readonly string[]).includes(layout.toLowerCase())) options.layout = layout.toLowerCase() as Layout;
    else invalid("layout", layout, LAYOUTS.join(" or "), DEFAULTS.layout);
  }

  const maxItems = value("max-items");
  if (maxItems !== null) {
    const n = Number(maxItems);
    if (/^\d+$/.test(maxItems) && n >= 1 && n <= MAX_ITEMS) options.maxItems = n;
    else invalid("max-items", maxItems, `a whole number from 1 to ${MAX_ITEMS}`, DEFAULTS.maxItems);
  }

  const level = value("heading-level");
  if (level !== null) {
    if (/^[1-5]$/.test(level)) options.headingLevel = Number(level);
    else invalid("heading-level", level, "a whole number from 1 to 5", DEFAULTS.headingLevel);
  }

  const themes = value("themes");
  if (themes !== null) {
    for (const code of themes.split(/[\s,]+/).filter(Boolean)) {
      if (THEME_CODE.test(code.toLowerCase())) options.themes.push(code.toLowerCase());
      else warn(`invalid theme code "${code}" in themes ignored (expected codes such as food-aid)`);
    }
  }

  const map = value("map");
  if (map !== null) {
    if (["", "true", "on", "yes", "1"].includes(map.toLowerCase())) options.map = true;
    else if (["false", "off", "no", "0"].includes(map.toLowerCase())) options.map = false;
    else invalid("map", map, "true or false", DEFAULTS.map);
  }

  for (const name of ["accent", "background", "text"] as const) {
    const colour = value(name);
    if (colour === null || colour === "") continue;
    if (COLOUR.test(colour) && isColour(colour)) options[name] = colour;
    else invalid(name, colour, "a CSS colour such as #1b5e9c", DEFAULTS[name]);
  }
  return options;
}
