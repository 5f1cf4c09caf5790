import { THEMES } from "@maillage/reference";
import { NAF_THEME_RULES, nafLabel, nafThemes, normaliseNaf } from "./naf";
import { essLegalForm, isNaturalPerson, legalFormOf, STAFF_RANGES } from "./registers";

describe("NAF codes", () => {
  it("normalises the forms registers use and labels them from the INSEE nomenclature", () => {
    expect(normaliseNaf("5610A")).toBe("56.10A");
    expect(normaliseNaf("56.10a")).toBe("56.10A");
    expect(normaliseNaf("56.1")).toBeNull();
    expect(nafLabel("56.10A")).toBe("Restauration traditionnelle");
    expect(nafLabel("88.99B")).toBe("Action sociale sans hébergement n.c.a.");
    expect(nafLabel("99.99Q")).toBeNull();
  });

  it("suggests themes by the most specific rule, only with themes the graph has", () => {
    expect(nafThemes("88.10C")).toEqual(["disability-inclusion", "work-integration"]);
    expect(nafThemes("87.10A")).toEqual(["elderly-home-care", "health-care"]);
    expect(nafThemes("62.01Z")).toEqual([]);
    const known = new Set(THEMES.map((t) => t.code));
    for (const rule of NAF_THEME_RULES)
      for (const t of rule.themes) expect(known.has(t) ? t : `${rule.prefix}: unknown theme ${t}`).toBe(t);
  });
});

describe("register codes", () => {
  it("labels all 16 INSEE staff ranges", () => {
    expect(Object.keys(STAFF_RANGES)).toHaveLength(16);
    expect(STAFF_RANGES["11"].fr).toBe("10 à 19 salariés");
  });

  it("classifies legal categories of the ESS families and natural persons", () => {
    expect(essLegalForm("9220")).toBe("ASSOCIATION");
    expect(essLegalForm("9300")).toBe("FOUNDATION");
    expect(essLegalForm("5710")).toBeNull();
    expect(isNaturalPerson("1000")).toBe(true);
    expect(isNaturalPerson("9220")).toBe(false);
  });

  it("keeps a cooperative's form when the ESS flag confirms it: SCOP where the category names it", () => {
    expect(legalFormOf("5458", true)).toBe("SCOP"); // SARL coopérative ouvrière de production
    expect(legalFormOf("5658", true)).toBe("SCOP");
    expect(legalFormOf("5460", true)).toBe("COOPERATIVE"); // autre SARL coopérative
    expect(legalFormOf("5551", true)).toBe("COOPERATIVE"); // SA coopérative de consommation
    expect(legalFormOf("5458", false)).toBeNull();
    // A SCIC is an SAS, SARL or SA: its category cannot say so.
    expect(legalFormOf("5710", true)).toBeNull();
    expect(legalFormOf("9220", false)).toBe("ASSOCIATION");
  });
});
