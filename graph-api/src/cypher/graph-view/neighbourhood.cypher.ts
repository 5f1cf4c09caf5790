import { cypher } from "../query";
import {
  EDGES_AMONG,
  NODE_COLUMNS,
  type Columns,
  GRAPH_RELATIONSHIPS,
  type GraphEdgeRow,
  type GraphNodeRow,
} from "./shape";

export type Params = { id: string; limit: number };
export type Row = { nodes: Columns<GraphNodeRow>; edges: Columns<GraphEdgeRow>; truncated: boolean };

/** One node (by id, or `town:<INSEE code>`) and its direct neighbours in the cooperation graph, at most $limit. */
export const neighbourhood = cypher<Params, Row>(
  "graph-view/neighbourhood",
  /* cypher */ `
  MATCH (c) WHERE (c.id = $id AND (c:Organisation OR c:Event OR c:SharedResource OR c:CallForProjects))
     OR (c:Town AND 'town:' + c.inseeCode = $id)
  CALL (c) {
    MATCH (c)-[:${GRAPH_RELATIONSHIPS}]-(x)
    WITH DISTINCT x ORDER BY COUNT { (x)-[:${GRAPH_RELATIONSHIPS}]-() } DESC, x.id LIMIT toInteger($limit) + 1
    RETURN collect(x) AS found
  }
  WITH [c] + found[..toInteger($limit)] AS nodes, size(found) > toInteger($limit) AS truncated
  ${EDGES_AMONG}
  RETURN ${NODE_COLUMNS} AS nodes, edges, truncated`,
);
