/**
 * Exports of the graph view: CSV (nodes, edges) for spreadsheets, GraphML and
 * GEXF for Gephi and other network tools, and a PNG of the drawing. The
 * writers are pure functions of the data shown (tested); `download` hands a
 * file to the browser.
 */
import type { Core } from "cytoscape";
import type { GraphData, GraphEdge, GraphNode } from "./model";
import { nodeColor, EDGE_COLOR } from "./palette";

// CSV and XML text, shared with the API's exports.
import { BOM, csvCell, present, toCsv, xmlEscape, type Cell } from "@maillage/model";

export { BOM, csvCell, toCsv, xmlEscape };

export const NODE_COLUMNS = ["id", "type", "name", "inseeCode", "legalForm", "degree", "illustrative", "latitude", "longitude"] as const;
export const EDGE_COLUMNS = ["id", "source", "target", "type", "kind", "since", "sourceName", "targetName"] as const;

export function nodesCsv(data: GraphData, separator = ","): string {
  return toCsv([...NODE_COLUMNS], data.nodes.map((n) => NODE_COLUMNS.map((c) => n[c])), separator);
}

export function edgesCsv(data: GraphData, separator = ","): string {
  const names = new Map(data.nodes.map((n) => [n.id, n.name]));
  return toCsv(
    [...EDGE_COLUMNS],
    data.edges.map((e) => [e.id, e.source, e.target, e.type, e.kind, e.since, names.get(e.source), names.get(e.target)]),
    separator,
  );
}

interface Attribute<T> {
  name: string;
  type: "string" | "int" | "double" | "boolean";
  value: (item: T) => Cell;
}

const NODE_ATTRIBUTES: Attribute<GraphNode>[] = [
  { name: "type", type: "string", value: (n) => n.type },
  { name: "name", type: "string", value: (n) => n.name },
  { name: "inseeCode", type: "string", value: (n) => n.inseeCode },
  { name: "legalForm", type: "string", value: (n) => n.legalForm },
  { name: "degree", type: "int", value: (n) => n.degree },
  { name: "illustrative", type: "boolean", value: (n) => n.illustrative },
  { name: "latitude", type: "double", value: (n) => n.latitude },
  { name: "longitude", type: "double", value: (n) => n.longitude },
];

const EDGE_ATTRIBUTES: Attribute<GraphEdge>[] = [
  { name: "type", type: "string", value: (e) => e.type },
  { name: "kind", type: "string", value: (e) => e.kind },
  { name: "since", type: "int", value: (e) => e.since },
];

/** GraphML (graphml.graphdrawing.org), directed as in the database; `label` is the name, for Gephi. */
export function toGraphML(data: GraphData): string {
  const keys = [
    `  <key id="label" for="node" attr.name="label" attr.type="string"/>`,
    ...NODE_ATTRIBUTES.map((a) => `  <key id="n_${a.name}" for="node" attr.name="${a.name}" attr.type="${a.type}"/>`),
    ...EDGE_ATTRIBUTES.map((a) => `  <key id="e_${a.name}" for="edge" attr.name="${a.name}" attr.type="${a.type}"/>`),
  ];
  const datum = (key: string, v: Cell) => (present(v) ? `<data key="${key}">${xmlEscape(v)}</data>` : "");
  const nodes = data.nodes.map(
    (n) => `    <node id="${xmlEscape(n.id)}">${datum("label", n.name)}${NODE_ATTRIBUTES.map((a) => datum(`n_${a.name}`, a.value(n))).join("")}</node>`,
  );
  const edges = data.edges.map(
    (e) =>
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${EDGE_ATTRIBUTES.map((a) => datum(`e_${a.name}`, a.value(e))).join("")}</edge>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keys,
    `  <graph id="maillage" edgedefault="directed">`,
    ...nodes,
    ...edges,
    `  </graph>`,
    `</graphml>`,
    "",
  ].join("\n");
}

const GEXF_TYPES: Record<Attribute<unknown>["type"], string> = { string: "string", int: "integer", double: "double", boolean: "boolean" };

function rgb(hex: string): string {
  const n = parseInt(hex.replace("#", ""), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

/**
 * GEXF 1.2 (Gephi's own format): the same attributes, the explorer's colours
 * and, when given, the positions of the drawing.
 */
export function toGEXF(data: GraphData, options: { positions?: Map<string, { x: number; y: number }>; description?: string; date?: Date } = {}): string {
  const attributes = <T,>(kind: "node" | "edge", list: Attribute<T>[]) => [
    `    <attributes class="${kind}">`,
    ...list.map((a) => `      <attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPES[a.type]}"/>`),
    `    </attributes>`,
  ];
  const values = <T,>(list: Attribute<T>[], item: T) => {
    const set = list.filter((a) => present(a.value(item)));
    return set.length ? `<attvalues>${set.map((a) => `<attvalue for="${a.name}" value="${xmlEscape(a.value(item))}"/>`).join("")}</attvalues>` : "";
  };
  const nodes = data.nodes.map((n) => {
    const at = options.positions?.get(n.id);
    const position = at && Number.isFinite(at.x) && Number.isFinite(at.y) ? `<viz:position x="${at.x.toFixed(2)}" y="${(-at.y).toFixed(2)}" z="0"/>` : "";
    return `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.name)}">${values(NODE_ATTRIBUTES, n)}<viz:color ${rgb(nodeColor(n.type, n.legalForm))}/>${position}</node>`;
  });
  const edges = data.edges.map(
    (e) =>
      `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.type)}">${values(EDGE_ATTRIBUTES, e)}<viz:color ${rgb(EDGE_COLOR[e.type] ?? "#888888")}/></edge>`,
  );
  const date = (options.date ?? new Date()).toISOString().slice(0, 10);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">`,
    `  <meta lastmodifieddate="${date}"><creator>Maillage</creator>${options.description ? `<description>${xmlEscape(options.description)}</description>` : ""}</meta>`,
    `  <graph mode="static" defaultedgetype="directed">`,
    ...attributes("node", NODE_ATTRIBUTES),
    ...attributes("edge", EDGE_ATTRIBUTES),
    `    <nodes>`,
    ...nodes,
    `    </nodes>`,
    `    <edges>`,
    ...edges,
    `    </edges>`,
    `  </graph>`,
    `</gexf>`,
    "",
  ].join("\n");
}

/** Positions of the nodes as drawn, for GEXF. */
export function positionsOf(cy: Core): Map<string, { x: number; y: number }> {
  return new Map(cy.nodes().map((n) => [n.id(), n.position()] as const));
}

/** PNG of the whole drawing (not only the visible part), twice the screen resolution, white background. */
export function graphPng(cy: Core): Blob {
  return cy.png({ full: true, scale: 2, bg: "#fff", output: "blob" }) as unknown as Blob;
}

/** A file name such as `maillage-graph-94028-2025-03-14.csv` (letters, digits and dashes only). */
export function exportFileName(parts: (string | null | undefined)[], extension: string, date = new Date()): string {
  const slug = ["maillage", ...parts.filter((p): p is string => !!p), date.toISOString().slice(0, 10)]
    .map((p) => p.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase())
    .filter(Boolean)
    .join("-");
  return `${slug}.${extension}`;
}

export const MIME = {
  csv: "text/csv;charset=utf-8",
  graphml: "application/graphml+xml;charset=utf-8",
  gexf: "application/gexf+xml;charset=utf-8",
  png: "image/png",
} as const;

/** Hands a file to the browser as a download. */
export function download(fileName: string, content: Blob | string, type: string): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
