/**
 * Writers of a network dataset (nodes and edges with typed attributes) in the
 * formats researchers load: CSV (one file of nodes, one of edges), GraphML,
 * GEXF 1.2 (Gephi) and JSON in NetworkX's node-link shape. Pure functions
 * (CSV and XML text from model/src/text-formats.ts, shared with the explorer);
 * checked by reading the files back with NetworkX
 * (tests/integration/network-export.int.test.ts).
 */

import { present, toCsv, xmlEscape as xml, type Cell } from "@maillage/model";

export type { Cell };
export type AttributeType = "string" | "int" | "double" | "boolean";

export interface Attribute {
  name: string;
  type: AttributeType;
  description: string;
}

export interface Dataset {
  /** Name, what it holds, when: written into each file's header. */
  meta: Record<string, Cell>;
  nodeAttributes: readonly Attribute[];
  edgeAttributes: readonly Attribute[];
  nodes: { id: string; values: Record<string, Cell> }[];
  edges: { id: string; source: string; target: string; values: Record<string, Cell> }[];
}

export function nodesCsv(d: Dataset): string {
  const names = d.nodeAttributes.map((a) => a.name);
  return toCsv(["id", ...names], d.nodes.map((n) => [n.id, ...names.map((a) => n.values[a])]));
}

export function edgesCsv(d: Dataset): string {
  const names = d.edgeAttributes.map((a) => a.name);
  return toCsv(["id", "source", "target", ...names], d.edges.map((e) => [e.id, e.source, e.target, ...names.map((a) => e.values[a])]));
}

/** Numbers written so that they read back exactly (shortest round-trip form). */
const text = (v: Cell) => (typeof v === "number" ? String(v) : v);

/** GraphML, undirected (the network the metrics describe); one edge per relationship. */
export function toGraphML(d: Dataset): string {
  const key = (kind: "node" | "edge", a: Attribute) => `  <key id="${kind[0]}_${a.name}" for="${kind}" attr.name="${a.name}" attr.type="${a.type}"><desc>${xml(a.description)}</desc></key>`;
  const data = (kind: "node" | "edge", attrs: readonly Attribute[], values: Record<string, Cell>) =>
    attrs.map((a) => (present(values[a.name]) ? `<data key="${kind[0]}_${a.name}">${xml(text(values[a.name]))}</data>` : "")).join("");
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    `  <desc>${xml(JSON.stringify(d.meta))}</desc>`,
    ...d.nodeAttributes.map((a) => key("node", a)),
    ...d.edgeAttributes.map((a) => key("edge", a)),
    `  <graph id="maillage" edgedefault="undirected">`,
    ...d.nodes.map((n) => `    <node id="${xml(n.id)}">${data("node", d.nodeAttributes, n.values)}</node>`),
    ...d.edges.map((e) => `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${data("edge", d.edgeAttributes, e.values)}</edge>`),
    `  </graph>`,
    `</graphml>`,
    "",
  ].join("\n");
}

const GEXF_TYPES: Record<AttributeType, string> = { string: "string", int: "integer", double: "double", boolean: "boolean" };

/** GEXF 1.2 (Gephi's format), undirected; the node label is the name when there is one, else the id. */
export function toGEXF(d: Dataset, date = new Date()): string {
  const declare = (kind: "node" | "edge", attrs: readonly Attribute[]) => [
    `    <attributes class="${kind}">`,
    ...attrs.map((a) => `      <attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPES[a.type]}"/>`),
    `    </attributes>`,
  ];
  const values = (attrs: readonly Attribute[], v: Record<string, Cell>) => {
    const set = attrs.filter((a) => present(v[a.name]));
    return set.length ? `<attvalues>${set.map((a) => `<attvalue for="${a.name}" value="${xml(text(v[a.name]))}"/>`).join("")}</attvalues>` : "";
  };
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">`,
    `  <meta lastmodifieddate="${date.toISOString().slice(0, 10)}"><creator>Maillage</creator><description>${xml(JSON.stringify(d.meta))}</description></meta>`,
    `  <graph mode="static" defaultedgetype="undirected">`,
    ...declare("node", d.nodeAttributes),
    ...declare("edge", d.edgeAttributes),
    `    <nodes>`,
    ...d.nodes.map((n) => `      <node id="${xml(n.id)}" label="${xml(present(n.values.name) ? n.values.name : n.id)}">${values(d.nodeAttributes, n.values)}</node>`),
    `    </nodes>`,
    `    <edges>`,
    ...d.edges.map((e) => `      <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${values(d.edgeAttributes, e.values)}</edge>`),
    `    </edges>`,
    `  </graph>`,
    `</gexf>`,
    "",
  ].join("\n");
}

/** NetworkX's node-link JSON (`nx.node_link_graph(data, edges="edges")`), undirected multigraph, with the attribute descriptions. */
export function toJson(d: Dataset): string {
  const clean = (v: Record<string, Cell>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));
  return JSON.stringify({
    directed: false,
    multigraph: true,
    graph: { ...d.meta, nodeAttributes: d.nodeAttributes, edgeAttributes: d.edgeAttributes },
    nodes: d.nodes.map((n) => ({ id: n.id, ...clean(n.values) })),
    edges: d.edges.map((e) => ({ source: e.source, target: e.target, key: e.id, ...clean(e.values) })),
  });
}
