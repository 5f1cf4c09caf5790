/**
 * The explorer's graph: the cooperation network of a scope (a town, a theme,
 * some node types), or the neighbourhood of one node, as nodes and edges.
 * Public fields only; every query is bounded.
 */
import type { GraphReader } from "./ports";
import { inseeCodeProblem } from "./town-directory";
import { subgraph } from "../cypher/graph-view/subgraph.cypher";
import { neighbourhood } from "../cypher/graph-view/neighbourhood.cypher";
import {
  GRAPH_NODE_TYPES,
  type Columns,
  type GraphEdgeRow,
  type GraphNodeRow,
  type GraphNodeType,
} from "../cypher/graph-view/shape";
import { InvalidArgument } from "./errors";
import { relationshipIds } from "./export/relationship-id";

export { GRAPH_NODE_TYPES, type GraphNodeType };
export type GraphNode = GraphNodeRow;
export type GraphEdge = GraphEdgeRow;

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the scope holds more than `limit` nodes and only the best connected were kept. */
  truncated: boolean;
}

export const GRAPH_LIMIT_MAX = 5000;

export class InvalidGraphRequest extends InvalidArgument {}

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > GRAPH_LIMIT_MAX) {
    throw new InvalidGraphRequest(`limit must be between 1 and ${GRAPH_LIMIT_MAX} (got ${limit})`, "limit");
  }
}

export async function getCooperationGraph(
  reader: GraphReader,
  query: { inseeCode?: string | null; theme?: string | null; types?: readonly string[] | null; limit: number },
): Promise<GraphView> {
  checkLimit(query.limit);
  const badCode = query.inseeCode ? inseeCodeProblem(query.inseeCode) : null;
  if (badCode) throw new InvalidGraphRequest(badCode, "inseeCode");
  const types = query.types && query.types.length > 0 ? [...query.types] : [...GRAPH_NODE_TYPES];
  const unknown = types.filter((t) => !(GRAPH_NODE_TYPES as readonly string[]).includes(t));
  if (unknown.length)
    throw new InvalidGraphRequest(
      `Unknown node type(s) ${unknown.join(", ")}; known: ${GRAPH_NODE_TYPES.join(", ")}`,
      "types",
    );
  const [row] = await reader.read(subgraph, {
    inseeCode: query.inseeCode ?? null,
    theme: query.theme ?? null,
    types,
    limit: query.limit,
  });
  return row ? toView(row) : { nodes: [], edges: [], truncated: false };
}

/** Rows from the columns the queries return (see NODE_COLUMNS). */
function rows<Row extends object>(columns: Columns<Row>): Row[] {
  const keys = Object.keys(columns) as (keyof Row)[];
  const length = keys.length > 0 ? columns[keys[0]].length : 0;
  return Array.from({ length }, (_, i) => Object.fromEntries(keys.map((k) => [k, columns[k][i]])) as Row);
}

/** Edges get the stable ids every export gives the same relationships. */
function toView(row: { nodes: Columns<GraphNode>; edges: Columns<GraphEdge>; truncated: boolean }): GraphView {
  const edges = rows(row.edges);
  const ids = relationshipIds(
    edges.map((e) => ({ ...e, year: e.since })),
    () => "",
  );
  return { nodes: rows(row.nodes), edges: edges.map((e, i) => ({ ...e, id: ids[i] })), truncated: row.truncated };
}

/** Null when no node has this id. */
export async function getNeighbourhood(reader: GraphReader, id: string, limit: number): Promise<GraphView | null> {
  checkLimit(limit);
  const [row] = await reader.read(neighbourhood, { id, limit });
  return row ? toView(row) : null;
}
