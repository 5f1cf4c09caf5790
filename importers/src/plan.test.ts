import { planFields, type ExistingNode } from "./plan";

const node = (fields: ExistingNode["fields"], imported: ExistingNode["imported"] = {}): ExistingNode => ({
  id: "x",
  label: "EssStructure",
  fields,
  imported,
});

describe("planFields: a re-import never erases a coordinator's work", () => {
  it("writes every non-empty field of a new organisation", () => {
    expect(planFields(null, { name: "A", website: null }, "sirene")).toEqual({ set: { name: "A" }, kept: [] });
  });

  it("updates the fields this source wrote and nobody touched, and removes what the register no longer gives", () => {
    const existing = node(
      { name: "Old", staffRange: "01", website: "http://a" },
      { sirene: { name: "Old", staffRange: "01", website: "http://a" } },
    );
    expect(planFields(existing, { name: "New", staffRange: "01", website: null }, "sirene")).toEqual({
      set: { name: "New", website: null },
      kept: [],
    });
  });

  it("keeps a field edited by hand since the last import, and says so", () => {
    const existing = node(
      { name: "Nom corrigé", staffRange: "01" },
      { sirene: { name: "NOM REGISTRE", staffRange: "01" } },
    );
    const plan = planFields(existing, { name: "NOM REGISTRE 2", staffRange: "02" }, "sirene");
    expect(plan.set).toEqual({ staffRange: "02" });
    expect(plan.kept).toEqual([{ field: "name", theirs: "Nom corrigé", ours: "NOM REGISTRE 2" }]);
  });

  it("fills only the gaps of an organisation this source never wrote; a value another register gave stands silently", () => {
    const existing = node(
      { name: "EPICERIE (Sirene)", description: null, siret: "81234567600017" },
      { sirene: { name: "EPICERIE (Sirene)", siret: "81234567600017" } },
    );
    const plan = planFields(
      existing,
      { name: "ASSOCIATION (RNA)", description: "Objet", siret: "81234567600017" },
      "rna",
    );
    expect(plan).toEqual({ set: { description: "Objet" }, kept: [] });
    const handMade = node({ name: "Saisi à la main", description: null });
    expect(planFields(handMade, { name: "REGISTRE", description: "Objet" }, "sirene")).toEqual({
      set: { description: "Objet" },
      kept: [{ field: "name", theirs: "Saisi à la main", ours: "REGISTRE" }],
    });
  });

  it("compares locations to about a centimetre", () => {
    const here = { latitude: 48.77, longitude: 2.46 };
    const existing = node({ location: { latitude: 48.77 + 1e-9, longitude: 2.46 } }, { sirene: { location: here } });
    expect(planFields(existing, { location: here }, "sirene").set).toEqual({});
    expect(planFields(existing, { location: { latitude: 48.78, longitude: 2.46 } }, "sirene").set).toEqual({
      location: { latitude: 48.78, longitude: 2.46 },
    });
  });
});
