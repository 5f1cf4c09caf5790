/**
 * Cytoscape stylesheets: node colour and shape by type (legal form for ESS
 * structures), size by degree, edge colour by relationship — computed into
 * each element's data by useCytoscape, mapped here with `data(...)`.
 *
 * Labels are never drawn smaller than MIN_LABEL_PX on screen: a label's size
 * grows with its node's (labelSize), so that when zooming out the labels of
 * the smallest nodes go first and those of the largest (most linked) stay.
 *
 * Two levels of detail. Labels and the
 * 1 px borders only show when the view is zoomed in; a large view seen whole
 * is drawn with the overview stylesheet, which leaves them out: Cytoscape
 * styles every element property by property, and on 5,000 nodes each property
 * costs tens of milliseconds. useCytoscape switches to the detailed one when
 * the zoom reaches DETAIL_ZOOM.
 */
import type { Core, StylesheetJson } from "cytoscape";
import { EDGE_COLOR } from "./palette";

/** From this zoom on, labels and borders are drawn (below it: borders under half a pixel, labels not drawn anyway). */
export const DETAIL_ZOOM = 0.5;

/** The smallest label drawn, in pixels on screen. */
export const MIN_LABEL_PX = 11;

/**
 * A label's size in the graph's units, from its node's diameter (18 to 60):
 * 9 to about 26, so that at zoom 1 only the labels of nodes with a few links
 * show (those of the smallest from zoom 1.25 on), and a whole town seen at
 * zoom 0.5 still names its most linked organisations.
 */
export const labelSize = (nodeSize: number): number => 9 + (Math.max(18, nodeSize) - 18) * 0.4;

/**
 * Marks the nodes whose label is at least MIN_LABEL_PX on screen at the
 * current zoom (class `labelled`, the one that draws labels). Cytoscape's own
 * `min-zoomed-font-size` compares with the zoom rounded up to a power of two
 * (its texture levels), which lets labels down to half that size through.
 */
export function markLabelled(cy: Core): void {
  const smallest = MIN_LABEL_PX / cy.zoom();
  cy.batch(() =>
    cy.nodes().forEach((n) => {
      const wanted = (n.data("fontSize") as number) >= smallest;
      if (wanted !== n.hasClass("labelled")) n.toggleClass("labelled", wanted);
    }),
  );
}

/** Whether a view is drawn with every detail (graphStyle) or as an overview (overviewStyle). */
export const detailed = (large: boolean, zoom: number): boolean => !large || zoom >= DETAIL_ZOOM;

const NODE_DETAIL = {
  "font-size": "data(fontSize)",
  "min-zoomed-font-size": MIN_LABEL_PX,
  "text-valign": "bottom",
  "text-margin-y": 3,
  color: "#1f2328",
  "text-outline-color": "#fff",
  "text-outline-width": 2,
  "border-width": 1,
  "border-color": "#fff",
};

function stylesheet(detailed: boolean): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        "background-color": "data(color)",
        shape: "data(shape)",
        width: "data(size)",
        height: "data(size)",
        ...(detailed ? NODE_DETAIL : {}),
      } as never,
    },
    ...(detailed
      ? [
          { selector: "node.labelled", style: { label: "data(label)" } },
          {
            selector: "node[?illustrative]",
            style: { "border-style": "dashed", "border-color": "#374151", "border-width": 2 } as never,
          },
        ]
      : []),
    {
      selector: "edge",
      style: {
        width: 1.2,
        "line-color": "data(color)",
        "curve-style": "haystack",
      } as never,
    },
    {
      selector: "edge.suggested",
      style: {
        "line-style": "dashed",
        width: 3,
        opacity: 1,
        "curve-style": "bezier",
        "line-color": EDGE_COLOR.SUGGESTED,
      },
    },
    // Out of sight but kept in place (focus, hidden nodes, the year slider).
    { selector: ".gone", style: { display: "none" } },
    { selector: "node.selected", style: { "border-width": 4, "border-color": "#111", "z-index": 10 } },
    { selector: ".faded", style: { opacity: 0.15 } },
    { selector: "node.highlighted", style: { "border-width": 3, "border-color": "#d62828", "z-index": 9 } },
    { selector: "edge.highlighted", style: { width: 4, opacity: 1, "line-color": "#d62828" } },
  ];
}

/** Every detail: views of up to LARGE_GRAPH nodes, and large views zoomed in. */
export const graphStyle = stylesheet(true);
/** A large view seen from afar: what shows at that zoom, at a fraction of the styling cost. */
export const overviewStyle = stylesheet(false);
