import type { GraphReader } from "./ports";
import {
  getWidgetDirectory,
  InvalidWidgetLanguage,
  parseWidgetLanguage,
  projector,
  safeWebsite,
  shorten,
} from "./widget-directory";

const TOWN = { inseeCode: "94028", name: "Créteil", population: 1, postalCodes: ["94000"] };
const entry = (over: Record<string, unknown>) => ({
  id: "x",
  name: "X",
  legalForm: "SCOP",
  activity: null,
  projectKind: null,
  description: null,
  address: null,
  postalCode: null,
  website: null,
  isVitrine: false,
  latitude: null,
  longitude: null,
  sourceKind: "ILLUSTRATIVE",
  source: "demo",
  themes: [],
  ...over,
});
const readerReturning = (row: unknown): GraphReader => ({ read: async () => [row] as never });

describe("widget directory", () => {
  it("accepts fr (the default) and en, and names the bad value otherwise", () => {
    expect(parseWidgetLanguage(undefined)).toBe("fr");
    expect(parseWidgetLanguage("en")).toBe("en");
    expect(() => parseWidgetLanguage("de")).toThrow(new InvalidWidgetLanguage('lang must be one of fr, en; got "de"'));
  });

  it("shortens long descriptions at a word, with an ellipsis", () => {
    const long = "mot ".repeat(100);
    const short = shorten(long, 50)!;
    expect(short.length).toBeLessThanOrEqual(50);
    expect(short.endsWith("mot…")).toBe(true);
    expect(shorten("  court  ")).toBe("court");
  });

  it("keeps only http(s) websites", () => {
    expect(safeWebsite("https://a.example/x")).toBe("https://a.example/x");
    expect(safeWebsite("javascript:alert(1)")).toBeNull();
    expect(safeWebsite("not a url")).toBeNull();
  });

  it("projects the outline into a 200-unit-wide box, north up", () => {
    const { project, outline } = projector([
      [2.4, 48.8],
      [2.5, 48.8],
      [2.5, 48.75],
      [2.4, 48.8],
    ]);
    expect(outline.viewBox).toMatch(/^0 0 200 \d+$/);
    expect(project(2.4, 48.8)).toEqual([0, 0]);
    expect(project(2.5, 48.75)[0]).toBe(200);
    expect(project(2.5, 48.75)[1]).toBeGreaterThan(0);
  });

  it("gives labels in the asked language, counts themes and kinds, and places entries on the mini-map", async () => {
    const themes = [{ code: "culture", labelFr: "Culture et arts", labelEn: "Culture and the arts" }];
    const row = {
      town: TOWN,
      entries: [
        entry({
          id: "v",
          name: "Vitrine",
          isVitrine: true,
          themes,
          latitude: 48.78,
          longitude: 2.46,
          website: "javascript:x",
        }),
        entry({ id: "a", name: "Asso", legalForm: "ASSOCIATION", themes }),
      ],
    };
    const en = await getWidgetDirectory(readerReturning(row), "94028", "en");
    expect(en.count).toBe(2);
    expect(en.themes).toEqual([{ code: "culture", label: "Culture and the arts", count: 2 }]);
    expect(en.kinds.map((k) => k.label)).toEqual(["Association", "Worker cooperative (SCOP)"]);
    expect(en.entries[0]).toMatchObject({ vitrine: true, website: null, illustrative: true, themes: ["culture"] });
    expect(en.entries[0].point).toHaveLength(2);
    expect(en.entries[1].point).toBeNull();
    expect(en.outline?.path).toMatch(/^M[\d. L]+Z$/);
    expect(en.directoryPath).toBe("/annuaire/94028?lang=en");
    const fr = await getWidgetDirectory(readerReturning(row), "94028", "fr");
    expect(fr.themes[0].label).toBe("Culture et arts");
    expect(fr.directoryPath).toBe("/annuaire/94028");
  });
});
