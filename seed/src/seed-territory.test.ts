import { loadTerritory, territorySetting } from "@maillage/reference";
import { seedSpec, SeedRefused } from "./seed-database";

describe("the seed of a territory other than GPSEA", () => {
  const other = loadTerritory(territorySetting({ TERRITORY: "240100800" }));

  it("writes the territory, its towns and the themes, and nothing of GPSEA (programme, calls for projects, demo)", () => {
    const spec = seedSpec({ territory: other, demo: false });
    const labels = new Set(spec.nodes.map((n) => n.label));
    expect([...labels].sort()).toEqual(["Territory", "Theme", "Town"]);
    expect(spec.nodes.filter((n) => n.label === "Town").map((n) => n.props.inseeCode)).toEqual(
      other.towns.map((t) => t.inseeCode),
    );
    expect(JSON.stringify(spec)).not.toMatch(/Créteil|Grand Paris Sud Est Avenir|200058006/);
  });

  it("refuses the illustrative demo, which is drawn on GPSEA's towns, saying how to seed without it", () => {
    expect(() => seedSpec({ territory: other, demo: true })).toThrow(SeedRefused);
    expect(() => seedSpec({ territory: other, demo: true })).toThrow(/--no-demo/);
  });

  it("GPSEA keeps its programme and its demo by default", () => {
    const labels = new Set(seedSpec({ territory: loadTerritory(territorySetting({})) }).nodes.map((n) => n.label));
    expect(labels).toContain("Programme");
    expect(labels).toContain("EssStructure");
  });
});
