import { describe, expect, it } from "vitest";
import { DETAIL_ZOOM, detailed, graphStyle, overviewStyle } from "./style";

type Rule = { selector: string; style: Record<string, unknown> };
const rule = (sheet: unknown, selector: string) => (sheet as Rule[]).find((r) => r.selector === selector);

describe("levels of detail", () => {
  it("draws a large view seen whole without labels or borders, and with them once zoomed in", () => {
    expect(detailed(true, DETAIL_ZOOM / 2)).toBe(false);
    expect(detailed(true, DETAIL_ZOOM)).toBe(true);
    expect(rule(overviewStyle, "node")?.style).not.toHaveProperty("label");
    expect(rule(overviewStyle, "node")?.style).not.toHaveProperty("border-width");
    expect(rule(graphStyle, "node")?.style.label).toBe("data(label)");
    expect(rule(graphStyle, "node[?illustrative]")?.style["border-style"]).toBe("dashed");
  });

  it("always draws a view of ordinary size in full, however far out", () => {
    expect(detailed(false, 0.05)).toBe(true);
  });

  it("keeps colours, shapes, sizes and the selection, path and suggestion marks in the overview", () => {
    const node = rule(overviewStyle, "node")?.style;
    expect(node).toMatchObject({
      "background-color": "data(color)",
      shape: "data(shape)",
      width: "data(size)",
      height: "data(size)",
    });
    for (const selector of [
      "node.selected",
      "node.highlighted",
      "edge.highlighted",
      ".faded",
      "edge.suggested",
      "edge",
    ]) {
      expect(rule(overviewStyle, selector)).toEqual(rule(graphStyle, selector));
    }
  });
});
