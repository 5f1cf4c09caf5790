/**
 * Cytoscape stylesheet: node colour and shape by type (legal form for ESS
 * structures), size by degree, edge colour by relationship — computed into
 * each element's data by useCytoscape, mapped here with `data(...)`.
 */
import type { StylesheetJson } from "cytoscape";
import { EDGE_COLOR } from "./palette";

export const graphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      shape: "data(shape)",
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      "font-size": 9,
      "min-zoomed-font-size": 8,
      "text-valign": "bottom",
      "text-margin-y": 3,
      color: "#1f2328",
      "text-outline-color": "#fff",
      "text-outline-width": 2,
      "border-width": 1,
      "border-color": "#fff",
    } as never,
  },
  { selector: "node[?illustrative]", style: { "border-style": "dashed", "border-color": "#6b7280", "border-width": 1 } },
  {
    selector: "edge",
    style: {
      width: 1.2,
      "line-color": "data(color)",
      "curve-style": "haystack",
    } as never,
  },
  { selector: "edge.suggested", style: { "line-style": "dashed", width: 3, opacity: 1, "curve-style": "bezier", "line-color": EDGE_COLOR.SUGGESTED } },
  { selector: "node.selected", style: { "border-width": 4, "border-color": "#111", "z-index": 10 } },
  { selector: ".faded", style: { opacity: 0.15 } },
  { selector: "node.highlighted", style: { "border-width": 3, "border-color": "#d62828", "z-index": 9 } },
  { selector: "edge.highlighted", style: { width: 4, opacity: 1, "line-color": "#d62828" } },
];
