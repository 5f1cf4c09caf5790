import { DEFAULTS, isUnknownOption, parseOptions } from "./options";

function parse(input: Record<string, string | null>, isColour?: (v: string) => boolean) {
  const warnings: string[] = [];
  const options = parseOptions(input, (m) => warnings.push(m), isColour);
  return { options, warnings };
}

describe("widget options", () => {
  it("needs only the commune: everything else has a default, and nothing is warned", () => {
    const { options, warnings } = parse({ commune: "94028" });
    expect(options).toEqual({ ...DEFAULTS, commune: "94028" });
    expect(warnings).toEqual([]);
  });

  it("reads every option", () => {
    const { options, warnings } = parse({
      commune: " 2a004 ",
      lang: "en-GB",
      layout: "Compact",
      "max-items": "12",
      themes: "food-aid, mobility-cycling",
      map: "",
      accent: "#8a1538",
      background: "rgb(250 250 250)",
      text: "black",
      "heading-level": "3",
    });
    expect(warnings).toEqual([]);
    expect(options).toEqual({
      commune: "2A004",
      lang: "en",
      layout: "compact",
      maxItems: 12,
      themes: ["food-aid", "mobility-cycling"],
      map: true,
      accent: "#8a1538",
      background: "rgb(250 250 250)",
      text: "black",
      headingLevel: 3,
    });
  });

  it("ignores unknown options with a console warning that lists the known ones", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const options = parseOptions({
        commune: "94028",
        colour: "red",
        "data-x": "1",
        "aria-label": "x",
        class: "a",
        id: "b",
      });
      expect(options.commune).toBe("94028");
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0][0]).toMatch(/unknown option "colour" ignored; known options: commune, lang, layout/);
    } finally {
      warn.mockRestore();
    }
    expect(isUnknownOption("max-items")).toBe(false);
    expect(isUnknownOption("maxitems")).toBe(true);
  });

  it("falls back to the default for each invalid value, naming the option", () => {
    const { options, warnings } = parse({
      commune: "94028",
      lang: "de",
      layout: "grid",
      "max-items": "0",
      map: "maybe",
      accent: "red;}body{display:none",
      "heading-level": "6",
    });
    expect(options).toEqual({ ...DEFAULTS, commune: "94028" });
    expect(warnings).toEqual([
      'invalid lang="de" (expected fr or en); using "fr"',
      'invalid layout="grid" (expected list or compact); using "list"',
      'invalid max-items="0" (expected a whole number from 1 to 200); using 50',
      'invalid heading-level="6" (expected a whole number from 1 to 5); using 2',
      'invalid map="maybe" (expected true or false); using false',
      'invalid accent="red;}body{display:none" (expected a CSS colour such as #1b5e9c); using null',
    ]);
  });

  it.each(["1.5", "201", "-3", "ten"])("refuses max-items=%s", (value) => {
    expect(parse({ commune: "94028", "max-items": value }).options.maxItems).toBe(DEFAULTS.maxItems);
  });

  it("lets the browser refuse a colour that only looks like one", () => {
    const { options, warnings } = parse({ commune: "94028", accent: "notacolour" }, () => false);
    expect(options.accent).toBeNull();
    expect(warnings[0]).toContain('invalid accent="notacolour"');
  });

  it("drops malformed theme codes and keeps the others", () => {
    const { options, warnings } = parse({ commune: "94028", themes: "food-aid,<b>,culture" });
    expect(options.themes).toEqual(["food-aid", "culture"]);
    expect(warnings).toEqual(['invalid theme code "<b>" in themes ignored (expected codes such as food-aid)']);
  });

  it("says when the commune is missing or malformed, and keeps it null", () => {
    expect(parse({}).warnings).toEqual(['the "commune" option is missing: give an INSEE code such as 94028']);
    const bad = parse({ commune: "Créteil" });
    expect(bad.options.commune).toBeNull();
    expect(bad.warnings[0]).toContain('invalid commune="Créteil"');
  });
});
