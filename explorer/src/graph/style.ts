/** Cytoscape stylesheet: node colour and shape by type (legal form for ESS structures), size by degree, edge colour by relationship. */
import type { StylesheetJson } from "cytoscape";
import { EDGE_COLOR, NODE_STYLE, nodeColor } from "./palette";

export const graphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": (n: { data: (k: string) => string }) => nodeColor(n.data("type"), n.data("legalForm")),
      shape: (n: { data: (k: string) => string }) => (NODE_STYLE[n.data("type")]?.shape ?? "ellipse") as never,
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
      "line-color": (e: { data: (k: string) => string }) => EDGE_COLOR[e.data("type")] ?? "#999",
      "curve-style": "haystack",
      opacity: 0.7,
    } as never,
  },
  { selector: "edge.suggested", style: { "line-style": "dashed", width: 3, opacity: 1, "curve-style": "bezier", "line-color": EDGE_COLOR.SUGGESTED } },
  { selector: "node.selected", style: { "border-width": 4, "border-color": "#111", "z-index": 10 } },
  { selector: ".faded", style: { opacity: 0.15 } },
  { selector: "node.highlighted", style: { "border-width": 3, "border-color": "#d62828", "z-index": 9 } },
  { selector: "edge.highlighted", style: { width: 4, opacity: 1, "line-color": "#d62828" } },
];
