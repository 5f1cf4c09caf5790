/**
 * Writers of a network dataset (nodes and edges with typed attributes) in the
 * formats researchers load: CSV (one file of nodes, one of edges), GraphML,
 * GEXF 1.2 (Gephi) and JSON in NetworkX's node-link shape. Pure functions
 * (CSV text and the GraphML/GEXF writers from @maillage/model, shared with the explorer);
 * checked by reading the files back with NetworkX
 * (tests/integration/research-api.int.test.ts, dataset-round-trip.int.test.ts).
 *
 * Types hold in every format: a `double` attribute is always written with a
 * decimal point (0.0, not 0), so that JSON readers and CSV readers see floats
 * for every row; integers never have one.
 */

import {
  present,
  toCsv,
  toGEXF as writeGEXF,
  toGraphML as writeGraphML,
  type AttributeType,
  type Cell,
  type GraphAttribute,
  type GraphDocument,
} from "@maillage/model";

export type { Cell };
export type { AttributeType };

/** A dataset attribute always says what it holds (each file carries the description), and its unit when it has one. */
export interface Attribute extends GraphAttribute {
  description: string;
  unit?: string;
}

export interface Dataset {
  /** Name, what it holds, its version and licence: written into each file's header. */
  meta: Record<string, Cell>;
  nodeAttributes: readonly Attribute[];
  edgeAttributes: readonly Attribute[];
  nodes: { id: string; values: Record<string, Cell> }[];
  edges: { id: string; source: string; target: string; values: Record<string, Cell> }[];
}

/** A value as text of its declared type: doubles keep a decimal point (1.0), integers have none. */
export function typedText(type: AttributeType, value: Cell): Cell {
  if (typeof value !== "number") return value;
  if (type === "double") return Number.isInteger(value) ? value.toFixed(1) : String(value);
  if (type === "int") return String(Math.round(value));
  return value;
}

const typedRow = (attrs: readonly Attribute[], values: Record<string, Cell>) =>
  attrs.map((a) => typedText(a.type, values[a.name]));

export function nodesCsv(d: Dataset): string {
  return toCsv(
    ["id", ...d.nodeAttributes.map((a) => a.name)],
    d.nodes.map((n) => [n.id, ...typedRow(d.nodeAttributes, n.values)]),
  );
}

export function edgesCsv(d: Dataset): string {
  return toCsv(
    ["id", "source", "target", ...d.edgeAttributes.map((a) => a.name)],
    d.edges.map((e) => [e.id, e.source, e.target, ...typedRow(d.edgeAttributes, e.values)]),
  );
}

/** The metadata as typed graph attributes (GraphML `for="graph"` keys, which NetworkX reads into `G.graph`). */
function graphAttributes(meta: Record<string, Cell>): GraphAttribute[] {
  return Object.entries(meta)
    .filter(([, v]) => present(v))
    .map(([name, v]) => ({
      name,
      type:
        typeof v === "boolean"
          ? "boolean"
          : typeof v === "number"
            ? Number.isInteger(v)
              ? "int"
              : "double"
            : "string",
    }));
}

/** The metadata as readable lines (GEXF's description, which Gephi shows). */
const metaText = (meta: Record<string, Cell>) =>
  Object.entries(meta)
    .filter(([, v]) => present(v))
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join("\n");

/** The dataset as the shared writers take it: undirected (the network the metrics describe). */
function graphDocument(d: Dataset): GraphDocument {
  return {
    directed: false,
    description: metaText(d.meta),
    graphAttributes: graphAttributes(d.meta),
    graphValues: d.meta,
    nodeAttributes: d.nodeAttributes,
    edgeAttributes: d.edgeAttributes,
    nodes: d.nodes.map((n) => ({
      id: n.id,
      label: present(n.values.name) ? String(n.values.name) : n.id,
      values: n.values,
    })),
    edges: d.edges,
  };
}

/** GraphML, undirected; one edge per relationship; metadata as typed graph attributes. Numbers are written in their shortest round-trip form, so they read back exactly. */
export function toGraphML(d: Dataset): string {
  return writeGraphML(graphDocument(d));
}

/** GEXF 1.2 (Gephi's format), undirected; the node label is the name when there is one, else the id. No date: the dataset version says which graph it is. */
export function toGEXF(d: Dataset): string {
  return writeGEXF(graphDocument(d), { date: null });
}

/** JSON text of one attribute value, in its declared type. */
function jsonValue(type: AttributeType, value: Cell): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(typedText(type, value));
  return JSON.stringify(value);
}

function jsonObject(head: Record<string, string>, attrs: readonly Attribute[], values: Record<string, Cell>): string {
  const parts = Object.entries(head).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  for (const a of attrs) {
    const v = values[a.name];
    if (v !== undefined && v !== null) parts.push(`${JSON.stringify(a.name)}:${jsonValue(a.type, v)}`);
  }
  return `{${parts.join(",")}}`;
}

/** NetworkX's node-link JSON (`nx.node_link_graph(data, edges="edges")`, NetworkX 3.4 or later), undirected multigraph, with the attribute descriptions. */
export function toJson(d: Dataset): string {
  const graph = JSON.stringify({ ...d.meta, nodeAttributes: d.nodeAttributes, edgeAttributes: d.edgeAttributes });
  const nodes = d.nodes.map((n) => jsonObject({ id: n.id }, d.nodeAttributes, n.values));
  const edges = d.edges.map((e) =>
    jsonObject({ source: e.source, target: e.target, key: e.id }, d.edgeAttributes, e.values),
  );
  return `{"directed":false,"multigraph":true,"graph":${graph},"nodes":[${nodes.join(",")}],"edges":[${edges.join(",")}]}`;
}
