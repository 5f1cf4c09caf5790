import { seedSpec } from "./seed-database";

describe("placeAtTowns", () => {
  const spec = seedSpec();
  const units = spec.nodes.filter((n) => n.label === "ResearchUnit");

  it("places the university, its laboratories in the territory and their projects at their town's centre", () => {
    expect(units).toHaveLength(11);
    const placed = units.filter((n) => n.props.location);
    expect(placed.map((n) => n.props.id).sort()).toEqual([
      "res-erudite",
      "res-irg",
      "res-lirtes",
      "res-proj-cooperations",
      "res-proj-finance",
      "res-proj-mutualisation",
      "res-proj-parcours",
      "res-upec",
    ]);
    const creteil = spec.nodes.find((n) => n.label === "Town" && n.props.inseeCode === "94028")!;
    for (const n of placed)
      expect(n.props).toMatchObject({ location: creteil.props.location, geoPrecision: "commune" });
  });

  it("leaves a laboratory based outside the territory, and its projects, without a place", () => {
    const unplaced = units.filter((n) => !n.props.location).map((n) => n.props.id);
    expect(unplaced.sort()).toEqual(["res-laburba", "res-proj-alimentation", "res-proj-tiers-lieux"]);
  });

  it("keeps the coordinates an organisation has, and marks none of them as a town's", () => {
    const ess = spec.nodes.filter((n) => n.label === "EssStructure" && n.props.sourceKind === "ILLUSTRATIVE");
    expect(ess.length).toBeGreaterThan(100);
    expect(ess.every((n) => n.props.location && n.props.geoPrecision === undefined)).toBe(true);
  });

  it("places the programme's laureates, whose data give their town only, at its centre", () => {
    const laureates = spec.rels.filter((r) => r.type === "LAUREATE_OF").map((r) => r.from.key);
    const located = new Set(spec.rels.filter((r) => r.type === "LOCATED_IN").map((r) => r.from.key));
    const withTown = spec.nodes.filter(
      (n) => laureates.includes(n.props.id as string) && located.has(n.props.id as string),
    );
    expect(withTown.length).toBeGreaterThan(0);
    for (const n of withTown) expect(n.props.geoPrecision ?? "address").toMatch(/commune|address/);
    expect(withTown.some((n) => n.props.geoPrecision === "commune")).toBe(true);
  });
});
