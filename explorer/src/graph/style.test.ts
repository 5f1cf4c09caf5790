import { describe, expect, it } from "vitest";
import cytoscape from "cytoscape";
import { DETAIL_ZOOM, detailed, graphStyle, labelSize, markLabelled, MIN_LABEL_PX, overviewStyle } from "./style";
import { WHEEL_SENSITIVITY } from "./layout";

type Rule = { selector: string; style: Record<string, unknown> };
const rule = (sheet: unknown, selector: string) => (sheet as Rule[]).find((r) => r.selector === selector);

describe("levels of detail", () => {
  it("draws a large view seen whole without labels or borders, and with them once zoomed in", () => {
    expect(detailed(true, DETAIL_ZOOM / 2)).toBe(false);
    expect(detailed(true, DETAIL_ZOOM)).toBe(true);
    expect(rule(overviewStyle, "node")?.style).not.toHaveProperty("label");
    expect(rule(overviewStyle, "node")?.style).not.toHaveProperty("border-width");
    expect(rule(graphStyle, "node.labelled")?.style.label).toBe("data(label)");
    expect(rule(overviewStyle, "node.labelled")).toBeUndefined();
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

describe("labels and zoom", () => {
  it("never draws a label below 11 px on screen, and keeps the labels of the largest nodes longest when zooming out", () => {
    const node = rule(graphStyle, "node")?.style;
    expect(node?.["min-zoomed-font-size"]).toBe(MIN_LABEL_PX);
    expect(MIN_LABEL_PX).toBe(11);
    expect(node?.["font-size"]).toBe("data(fontSize)");
    // Zoomed in, every label shows; at zoom 1 those of nodes with a few links; at 0.5 only the most linked ones'.
    expect(labelSize(18) * 1.25).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(labelSize(18)).toBeLessThan(MIN_LABEL_PX);
    expect(labelSize(30)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(labelSize(40) * 0.5).toBeLessThan(MIN_LABEL_PX);
    expect(labelSize(60) * 0.5).toBeGreaterThanOrEqual(MIN_LABEL_PX);
  });

  it("labels only the nodes whose label is at least 11 px on screen, the largest first", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [18, 30, 60].map((size) => ({ data: { id: `n${size}`, fontSize: labelSize(size) } })),
    });
    const labelled = () => cy.nodes(".labelled").map((n) => n.id());
    cy.zoom(1.3);
    markLabelled(cy);
    expect(labelled()).toEqual(["n18", "n30", "n60"]);
    cy.zoom(1);
    markLabelled(cy);
    expect(labelled()).toEqual(["n30", "n60"]);
    cy.zoom(0.6);
    markLabelled(cy);
    expect(labelled()).toEqual(["n60"]);
    cy.zoom(0.3);
    markLabelled(cy);
    expect(labelled()).toEqual([]);
    cy.destroy();
  });

  it("zooms about two to three times for ten notches of a mouse wheel", () => {
    // Cytoscape's wheel: each notch multiplies the zoom by 10^(3 / 250 × sensitivity).
    const tenNotches = Math.pow(10, ((10 * 3) / 250) * WHEEL_SENSITIVITY);
    expect(tenNotches).toBeGreaterThan(1.8);
    expect(tenNotches).toBeLessThan(3.2);
  });

  it("hides what is out of sight without removing it", () => {
    expect(rule(graphStyle, ".gone")?.style).toEqual({ display: "none" });
    expect(rule(overviewStyle, ".gone")?.style).toEqual({ display: "none" });
  });
});
