import { loadComplementarity, parseComplementarity } from "./complementarity";

describe("complementarity table", () => {
  it("loads the shipped table", () => {
    const table = loadComplementarity();
    expect(table.csrRules.length).toBeGreaterThan(5);
    expect(table.activityRules.length).toBeGreaterThan(5);
  });

  it("names the rule and the field that are wrong", () => {
    const bad = {
      about: "",
      csrRules: [{ commitment: "achats locaux", themes: ["astrology"], fit: "COMMERCIAL", fr: "x x", en: "y y" }],
      activityRules: [{ nafPrefixes: ["5610"], fit: "GIFT", fr: "x x", en: "y y" }],
    };
    expect(() => parseComplementarity(bad, "table.json")).toThrow(
      /table\.json[\s\S]*csrRules\.0\.themes\.0: unknown theme "astrology"[\s\S]*activityRules\.0\.nafPrefixes\.0[\s\S]*activityRules\.0\.fit/,
    );
  });
});
