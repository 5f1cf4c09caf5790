import { describe, expect, it } from "vitest";
import { drawnNodeColor, nodeColor } from "./palette";

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe("a node's colour as drawn", () => {
  it("is its type's colour for a real organisation", () => {
    expect(drawnNodeColor(nodeColor("Financer"), false)).toBe(nodeColor("Financer"));
  });

  it("is paler for an invented one, at every zoom (baked into the colour, not a style that an overview drops)", () => {
    for (const [type, legalForm] of [
      ["EssStructure", "SCOP"],
      ["Business", null],
      ["Financer", null],
    ] as const) {
      const real = channels(nodeColor(type, legalForm));
      const invented = channels(drawnNodeColor(nodeColor(type, legalForm), true));
      invented.forEach((c, i) => expect(c).toBe(Math.round(0.55 * real[i] + 0.45 * 255)));
    }
  });
});
