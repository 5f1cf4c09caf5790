/**
 * Writers of a network dataset (nodes and edges with typed attributes) in the
 * formats researchers load: CSV (one file of nodes, one of edges), GraphML,
 * GEXF 1.2 (Gephi) and JSON in NetworkX's node-link shape. Pure functions
 * (CSV text and the GraphML/GEXF writers from @maillage/model, shared with the explorer);
 * checked by reading the files back with NetworkX
 * (tests/integration/network-export.int.test.ts).
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

/** A dataset attribute always says what it holds (each file carries the description). */
export interface Attribute extends GraphAttribute {
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
  return toCsv(
    ["id", ...names],
    d.nodes.map((n) => [n.id, ...names.map((a) => n.values[a])]),
  );
}

export function edgesCsv(d: Dataset): string {
  const names = d.edgeAttributes.map((a) => a.name);
  return toCsv(
    ["id", "source", "target", ...names],
    d.edges.map((e) => [e.id, e.source, e.target, ...names.map((a) => e.values[a])]),
  );
}

/** The dataset as the shared writers take it: undirected (the network the metrics describe), with its metadata as the description. */
function graphDocument(d: Dataset): GraphDocument {
  return {
    directed: false,
    description: JSON.stringify(d.meta),
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

/** GraphML, undirected; one edge per relationship. Numbers are written in their shortest round-trip form, so they read back exactly. */
export function toGraphML(d: Dataset): string {
  return writeGraphML(graphDocument(d));
}

/** GEXF 1.2 (Gephi's format), undirected; the node label is the name when there is one, else the id. */
export function toGEXF(d: Dataset, date = new Date()): string {
  return writeGEXF(graphDocument(d), { date });
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
