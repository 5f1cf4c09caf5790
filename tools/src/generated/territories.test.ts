import { GENERATED_SIZES, generatedReplica, generatedTownCode } from "./territories";

const communes = new Set(
  (require("@etalab/decoupage-administratif/data/communes.json") as { code: string }[]).map((c) => c.code),
);

describe("generated territories", () => {
  it("gives towns codes that no real commune has, in the format the API accepts", () => {
    for (let n = 0; n < 2000; n++) {
      const code = generatedTownCode(n);
      expect(code).toMatch(/^(\d{2}|2A|2B)\d{3}$/);
      expect(communes.has(code)).toBe(false);
    }
    expect(() => generatedTownCode(2000)).toThrow(RangeError);
  });

  it("is deterministic, flags everything it makes as illustrative and keeps replicas apart", () => {
    const a = generatedReplica(GENERATED_SIZES.x10, 0);
    const again = generatedReplica(GENERATED_SIZES.x10, 0);
    const b = generatedReplica(GENERATED_SIZES.x10, 1);
    expect(JSON.stringify(again)).toBe(JSON.stringify(a));
    for (const spec of [a.territory, a.population]) {
      for (const n of spec.nodes) expect(n.props.sourceKind).toBe("ILLUSTRATIVE");
      for (const r of spec.rels) expect(r.props.sourceKind).toBe("ILLUSTRATIVE");
    }
    for (const t of a.territory.nodes.filter((n) => n.label === "Town"))
      expect(t.props.name).toMatch(/\(ville fictive 1\)$/);
    const ids = (r: typeof a) =>
      r.population.nodes.filter((n) => n.label === "EssStructure" || n.label === "Business").map((n) => n.props.id);
    const shared = new Set(ids(a));
    expect(ids(b).filter((id) => shared.has(id))).toEqual([]);
    expect(a.population.nodes.filter((n) => n.label === "EssStructure")).toHaveLength(168);
  });
});
