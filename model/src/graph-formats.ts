/**
 * GraphML and GEXF 1.2 writers for a graph with typed attributes, shared by
 * the API's network dataset exports and the explorer's exports of the graph
 * view. Pure functions of the data (no Node or browser API).
 * @see http://graphml.graphdrawing.org/primer/graphml-primer.html
 * @see https://gexf.net/schema.html
 */
import { present, xmlEscape as xml, type Cell } from "./text-formats";

export type AttributeType = "string" | "int" | "double" | "boolean";

export interface GraphAttribute {
  name: string;
  type: AttributeType;
  /** Written as the GraphML key's <desc> when given. */
  description?: string;
}

export interface GraphNodeRecord {
  id: string;
  /** GEXF's label (the id when absent); also GraphML's `label` datum when the writer is asked for one. */
  label?: string;
  values: Record<string, Cell>;
  /** "#rrggbb", written as GEXF's viz:color. */
  color?: string;
  /** GEXF's viz:position (y grows upwards, as in Gephi). */
  position?: { x: number; y: number };
}

export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  /** GEXF's edge label, when given. */
  label?: string;
  values: Record<string, Cell>;
  color?: string;
}

export interface GraphDocument {
  directed: boolean;
  nodeAttributes: readonly GraphAttribute[];
  edgeAttributes: readonly GraphAttribute[];
  nodes: readonly GraphNodeRecord[];
  edges: readonly GraphEdgeRecord[];
  /** What the file holds: GraphML's top <desc> and GEXF's meta <description>, when given. */
  description?: string;
  /** Typed attributes of the graph itself (GraphML `for="graph"` keys), with their values. */
  graphAttributes?: readonly GraphAttribute[];
  graphValues?: Record<string, Cell>;
}

/** GraphML. With `nodeLabels`, a `label` key holds each node's label first (the attribute Gephi shows). */
export function toGraphML(d: GraphDocument, options: { nodeLabels?: boolean } = {}): string {
  const key = (kind: "graph" | "node" | "edge", a: GraphAttribute) => {
    const head = `  <key id="${kind[0]}_${a.name}" for="${kind}" attr.name="${a.name}" attr.type="${a.type}"`;
    return a.description === undefined ? `${head}/>` : `${head}><desc>${xml(a.description)}</desc></key>`;
  };
  const datum = (id: string, v: Cell) => (present(v) ? `<data key="${id}">${xml(v)}</data>` : "");
  const data = (kind: "node" | "edge", attrs: readonly GraphAttribute[], values: Record<string, Cell>) =>
    attrs.map((a) => datum(`${kind[0]}_${a.name}`, values[a.name])).join("");
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...(d.description === undefined ? [] : [`  <desc>${xml(d.description)}</desc>`]),
    ...(options.nodeLabels ? [`  <key id="label" for="node" attr.name="label" attr.type="string"/>`] : []),
    ...(d.graphAttributes ?? []).map((a) => key("graph", a)),
    ...d.nodeAttributes.map((a) => key("node", a)),
    ...d.edgeAttributes.map((a) => key("edge", a)),
    `  <graph id="maillage" edgedefault="${d.directed ? "directed" : "undirected"}">`,
    ...(d.graphAttributes ?? []).map((a) => `    ${datum(`g_${a.name}`, d.graphValues?.[a.name])}`),
    ...d.nodes.map(
      (n) =>
        `    <node id="${xml(n.id)}">${options.nodeLabels ? datum("label", n.label) : ""}${data("node", d.nodeAttributes, n.values)}</node>`,
    ),
    ...d.edges.map(
      (e) =>
        `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${data("edge", d.edgeAttributes, e.values)}</edge>`,
    ),
    `  </graph>`,
    `</graphml>`,
    "",
  ].join("\n");
}

const GEXF_TYPES: Record<AttributeType, string> = {
  string: "string",
  int: "integer",
  double: "double",
  boolean: "boolean",
};

function rgb(hex: string): string {
  const n = parseInt(hex.replace("#", ""), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

/**
 * GEXF 1.2 (Gephi's own format). With `viz`, the file declares the viz
 * namespace and writes the nodes' and edges' colours and positions. The
 * date is today's unless given; `date: null` writes none (byte-stable files).
 */
export function toGEXF(d: GraphDocument, options: { date?: Date | null; viz?: boolean } = {}): string {
  const viz = options.viz === true;
  const declare = (kind: "node" | "edge", attrs: readonly GraphAttribute[]) => [
    `    <attributes class="${kind}">`,
    ...attrs.map((a) => `      <attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPES[a.type]}"/>`),
    `    </attributes>`,
  ];
  const values = (attrs: readonly GraphAttribute[], v: Record<string, Cell>) => {
    const set = attrs.filter((a) => present(v[a.name]));
    return set.length
      ? `<attvalues>${set.map((a) => `<attvalue for="${a.name}" value="${xml(v[a.name])}"/>`).join("")}</attvalues>`
      : "";
  };
  const color = (hex: string | undefined) => (viz && hex !== undefined ? `<viz:color ${rgb(hex)}/>` : "");
  const position = (at: GraphNodeRecord["position"]) =>
    viz && at && Number.isFinite(at.x) && Number.isFinite(at.y)
      ? `<viz:position x="${at.x.toFixed(2)}" y="${at.y.toFixed(2)}" z="0"/>`
      : "";
  const date = options.date === null ? null : (options.date ?? new Date()).toISOString().slice(0, 10);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://www.gexf.net/1.2draft"${viz ? ` xmlns:viz="http://www.gexf.net/1.2draft/viz"` : ""} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">`,
    `  <meta${date === null ? "" : ` lastmodifieddate="${date}"`}><creator>Maillage</creator>${d.description === undefined ? "" : `<description>${xml(d.description)}</description>`}</meta>`,
    `  <graph mode="static" defaultedgetype="${d.directed ? "directed" : "undirected"}">`,
    ...declare("node", d.nodeAttributes),
    ...declare("edge", d.edgeAttributes),
    `    <nodes>`,
    ...d.nodes.map(
      (n) =>
        `      <node id="${xml(n.id)}" label="${xml(n.label ?? n.id)}">${values(d.nodeAttributes, n.values)}${color(n.color)}${position(n.position)}</node>`,
    ),
    `    </nodes>`,
    `    <edges>`,
    ...d.edges.map(
      (e) =>
        `      <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"${e.label === undefined ? "" : ` label="${xml(e.label)}"`}>${values(d.edgeAttributes, e.values)}${color(e.color)}</edge>`,
    ),
    `    </edges>`,
    `  </graph>`,
    `</gexf>`,
    "",
  ].join("\n");
}
