import { relationshipIds, relationshipKey } from "./relationship-id";
import { typedText } from "./formats";

const funding = { type: "FUNDS", source: "fin-1", target: "ess-1", kind: "GRANT", year: 2021 };

describe("relationship ids", () => {
  it("come from what identifies a relationship, not from where the database keeps it", () => {
    expect(relationshipKey(funding)).toMatch(/^r-[0-9a-f]{16}$/);
    expect(relationshipKey({ ...funding })).toBe(relationshipKey(funding));
    expect(relationshipKey({ ...funding, year: 2022 })).not.toBe(relationshipKey(funding));
    expect(relationshipKey({ ...funding, kind: "LOAN" })).not.toBe(relationshipKey(funding));
  });

  it("tell identical relationships apart the same way whatever order they come in", () => {
    const a = { ...funding, amount: 1000 };
    const b = { ...funding, amount: 5000 };
    const tie = (r: { amount: number }) => String(r.amount);
    const forward = relationshipIds([a, b], tie);
    const backward = relationshipIds([b, a], tie);
    expect(new Set(forward).size).toBe(2);
    expect(forward).toEqual([backward[1], backward[0]]);
    expect(forward[1]).toBe(`${forward[0]}-2`);
  });
});

describe("typed values in files", () => {
  it("writes floats with a decimal point and integers without", () => {
    expect(typedText("double", 0)).toBe("0.0");
    expect(typedText("double", 3)).toBe("3.0");
    expect(typedText("double", 0.25)).toBe("0.25");
    expect(typedText("int", 12)).toBe("12");
    expect(typedText("string", "94028")).toBe("94028");
    expect(typedText("int", null)).toBeNull();
  });
});
