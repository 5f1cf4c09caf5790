import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadTerritory, ringCentroid, shareBorder, territorySpec } from "./territory";

describe("territory", () => {
  const territory = loadTerritory();

  it("has the 16 GPSEA towns, with the official names (articles included)", () => {
    expect(territory.name).toBe("Grand Paris Sud Est Avenir");
    expect(territory.towns).toHaveLength(16);
    const names = territory.towns.map((t) => t.name);
    expect(names).toContain("Le Plessis-Trévise");
    expect(names).toContain("La Queue-en-Brie");
    expect(territory.towns.find((t) => t.inseeCode === "94028")).toMatchObject({
      name: "Créteil",
      postalCodes: ["94000"],
    });
  });

  it("places each centroid inside its town", () => {
    for (const town of territory.towns) {
      const xs = town.ring.map((p) => p[0]);
      const ys = town.ring.map((p) => p[1]);
      expect(town.centroid.longitude).toBeGreaterThan(Math.min(...xs));
      expect(town.centroid.longitude).toBeLessThan(Math.max(...xs));
      expect(town.centroid.latitude).toBeGreaterThan(Math.min(...ys));
      expect(town.centroid.latitude).toBeLessThan(Math.max(...ys));
    }
  });

  it("computes the area centroid of a polygon, not the mean of its vertices", () => {
    // An L-shaped ring whose vertex mean differs from its centroid.
    const l: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ];
    const c = ringCentroid(l);
    expect(c.longitude).toBeCloseTo(0.75, 6);
    expect(c.latitude).toBeCloseTo(1.25, 6);
  });

  it("counts a shared border, not a shared corner", () => {
    const a: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const side: [number, number][] = [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0],
    ];
    const corner: [number, number][] = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 2],
      [1, 1],
    ];
    expect(shareBorder(a, side)).toBe(true);
    expect(shareBorder(a, corner)).toBe(false);
  });

  it("links neighbours once per pair, Créteil with Alfortville, Bonneuil and Limeil", () => {
    const spec = territorySpec(territory);
    const pairs = spec.rels.filter((r) => r.type === "NEIGHBOUR_OF").map((r) => [r.from.key, r.to.key].join("-"));
    expect(new Set(pairs).size).toBe(pairs.length);
    const creteil = pairs.filter((p) => p.includes("94028")).sort();
    expect(creteil).toEqual(["94002-94028", "94011-94028", "94028-94044"]);
  });

  it("uses a copy of the shared boundaries that is identical to ../shared/data when it is there", () => {
    const shared = join(__dirname, "..", "..", "..", "shared", "data", "gpsea-communes.geojson");
    let original: string;
    try {
      original = readFileSync(shared, "utf8");
    } catch {
      return; // deployments have no ../shared; the copy is what they use
    }
    expect(readFileSync(join(__dirname, "..", "data", "gpsea-communes.geojson"), "utf8")).toBe(original);
  });
});
