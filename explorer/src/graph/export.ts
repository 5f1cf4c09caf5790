/**
 * Exports of the graph view: CSV (nodes, edges) for spreadsheets, GraphML and
 * GEXF for Gephi and other network tools, and a PNG of the drawing. The
 * writers are pure functions of the data shown (tested); `download` hands a
 * file to the browser.
 */
import type { Core } from "cytoscape";
import type { TFunction } from "i18next";
import type { GraphData, GraphEdge, GraphNode } from "./model";
import { nodeColor, EDGE_COLOR } from "./palette";

// CSV text and the GraphML/GEXF writers, shared with the API's exports.
import {
  BOM,
  csvCell,
  stripAccents,
  toCsv,
  toGEXF as writeGEXF,
  toGraphML as writeGraphML,
  xmlEscape,
  type Cell,
  type GraphAttribute,
  type GraphDocument,
} from "@maillage/model";

export { BOM, csvCell, toCsv, xmlEscape };

export const NODE_COLUMNS = [
  "id",
  "type",
  "name",
  "inseeCode",
  "legalForm",
  "degree",
  "illustrative",
  "latitude",
  "longitude",
] as const;
export const EDGE_COLUMNS = ["id", "source", "target", "type", "kind", "since", "sourceName", "targetName"] as const;

/**
 * How a CSV download is written. By default for French spreadsheet software:
 * semicolons, headers in the interface's words and values as labels; with
 * `codes`, the raw codes (node types, legal forms, link types, kinds) instead
 * of labels and the column names as the API's (for scripts).
 */
export interface CsvOptions {
  /** Words for headers and labels (i18next's t); without it, codes and column names. */
  t?: TFunction;
  /** Keep the codes and the API's column names. */
  codes?: boolean;
  /** Cell separator; a semicolon, as French spreadsheet software expects, unless told. */
  separator?: string;
}

/** The key of a column's header in the interface's words (export.columns.*). */
const header = (column: string, options: CsvOptions): string =>
  options.t && !options.codes ? options.t(`export.columns.${column}`) : column;

/** A code as its label (i18next key prefix + code), the code itself when asked or unknown. */
function label(prefix: string, code: string | null | undefined, options: CsvOptions): Cell {
  if (code === null || code === undefined || code === "") return code;
  if (!options.t || options.codes) return code;
  return options.t(`${prefix}.${code}`, { defaultValue: code });
}

/** A yes/no cell: « oui » / « non » in words, true / false as codes. */
const yesNo = (value: boolean | null | undefined, options: CsvOptions): Cell =>
  value === null || value === undefined || !options.t || options.codes
    ? value
    : options.t(value ? "export.yes" : "export.no");

/** A decimal with a comma in words (French spreadsheets read 48,79 as a number, 48.79 as text); a point as codes. */
const decimal = (value: number | null | undefined, options: CsvOptions): Cell =>
  value === null || value === undefined || !options.t || options.codes || Number.isInteger(value)
    ? value
    : String(value).replace(".", ",");

export function nodesCsv(data: GraphData, options: CsvOptions = {}): string {
  return toCsv(
    NODE_COLUMNS.map((c) => header(c, options)),
    data.nodes.map((n) => [
      n.id,
      label("types", n.type, options),
      n.name,
      n.inseeCode,
      label("legalForms", n.legalForm, options),
      n.degree,
      yesNo(n.illustrative, options),
      decimal(n.latitude, options),
      decimal(n.longitude, options),
    ]),
    options.separator ?? ";",
  );
}

export function edgesCsv(data: GraphData, options: CsvOptions = {}): string {
  const names = new Map(data.nodes.map((n) => [n.id, n.name]));
  return toCsv(
    EDGE_COLUMNS.map((c) => header(c, options)),
    data.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      label("edges", e.type, options),
      label("editing.partnershipKinds", e.kind, options),
      e.since,
      names.get(e.source),
      names.get(e.target),
    ]),
    options.separator ?? ";",
  );
}

const NODE_ATTRIBUTES: GraphAttribute[] = [
  { name: "type", type: "string" },
  { name: "name", type: "string" },
  { name: "inseeCode", type: "string" },
  { name: "legalForm", type: "string" },
  { name: "degree", type: "int" },
  { name: "illustrative", type: "boolean" },
  { name: "latitude", type: "double" },
  { name: "longitude", type: "double" },
];

const EDGE_ATTRIBUTES: GraphAttribute[] = [
  { name: "type", type: "string" },
  { name: "kind", type: "string" },
  { name: "since", type: "int" },
];

type GexfOptions = { positions?: Map<string, { x: number; y: number }>; description?: string; date?: Date };

/** The graph view as the shared writers take it: directed as in the database, with the explorer's colours. */
function graphDocument(data: GraphData, options: GexfOptions = {}): GraphDocument {
  const valuesOf = (item: GraphNode | GraphEdge, attributes: GraphAttribute[]): Record<string, Cell> =>
    Object.fromEntries(attributes.map((a) => [a.name, (item as unknown as Record<string, Cell>)[a.name]]));
  return {
    directed: true,
    description: options.description,
    nodeAttributes: NODE_ATTRIBUTES,
    edgeAttributes: EDGE_ATTRIBUTES,
    nodes: data.nodes.map((n) => {
      const at = options.positions?.get(n.id);
      return {
        id: n.id,
        label: n.name,
        values: valuesOf(n, NODE_ATTRIBUTES),
        color: nodeColor(n.type, n.legalForm),
        position: at && { x: at.x, y: -at.y },
      };
    }),
    edges: data.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      label: e.type,
      values: valuesOf(e, EDGE_ATTRIBUTES),
      color: EDGE_COLOR[e.type] ?? "#888888",
    })),
  };
}

/** GraphML (graphml.graphdrawing.org), directed as in the database; `label` is the name, for Gephi. */
export function toGraphML(data: GraphData): string {
  return writeGraphML(graphDocument(data), { nodeLabels: true });
}

/**
 * GEXF 1.2 (Gephi's own format): the same attributes, the explorer's colours
 * and, when given, the positions of the drawing (Gephi's y axis points up, the screen's down).
 */
export function toGEXF(data: GraphData, options: GexfOptions = {}): string {
  return writeGEXF(graphDocument(data, options), { date: options.date, viz: true });
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
    .map((p) =>
      stripAccents(p)
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .toLowerCase(),
    )
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
