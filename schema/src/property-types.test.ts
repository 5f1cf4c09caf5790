import { intProperties } from "./property-types";

describe("intProperties", () => {
  const ints = intProperties();

  it("finds Int fields by node label, including types with several labels", () => {
    expect(ints.nodes.get("Town")?.has("population")).toBe(true);
    expect(ints.nodes.get("EssStructure")?.has("foundedYear")).toBe(true);
    expect(ints.nodes.get("Programme")?.has("annualBudgetEur")).toBe(false);
  });

  it("finds Int fields of relationship properties by relationship type", () => {
    expect([...(ints.relationships.get("FUNDS") ?? [])].sort()).toEqual(["year"]);
    expect(ints.relationships.get("PARTNERS_WITH")?.has("since")).toBe(true);
  });
});
