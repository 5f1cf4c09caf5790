import { describe, expect, it } from "vitest";
import { mainTown } from "./graph-params";

const town = (inseeCode: string, name: string, essStructures: number, businesses: number) => ({
  inseeCode,
  name,
  essStructures,
  businesses,
});

describe("the town a first visit shows", () => {
  it("is the territory's town with the most ESS structures, whatever the territory", () => {
    expect(
      mainTown([town("01249", "Miribel", 3, 40), town("01262", "Neyron", 9, 2), town("01027", "Beynost", 1, 90)]),
    ).toBe("01262");
  });

  it("breaks ties by businesses, then by name", () => {
    expect(mainTown([town("2", "Bry", 4, 10), town("1", "Ablon", 4, 12)])).toBe("1");
    expect(mainTown([town("2", "Émerainville", 4, 10), town("1", "Zèbre", 4, 10)])).toBe("2");
  });

  it("is none for a territory without towns (the view then shows every town)", () => {
    expect(mainTown([])).toBeNull();
  });
});
