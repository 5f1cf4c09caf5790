import { cypher } from "../query";
import {
  EDGES_AMONG,
  GRAPH_RELATIONSHIPS,
  NODE_COLUMNS,
  type Columns,
  type GraphEdgeRow,
  type GraphNodeRow,
} from "./shape";

export type Params = { inseeCode: string | null; theme: string | null; types: string[]; limit: number };
export type Row = { nodes: Columns<GraphNodeRow>; edges: Columns<GraphEdgeRow>; truncated: boolean };

/**
 * The organisations in scope (town, theme, types), at most $limit, with the
 * events, shared resources, calls and towns they are linked to (when those
 * types are asked for), and the cooperation relationships among them all.
 * When the scope is a town or a theme, the financers, support providers and
 * research units that fund, support, study or gather its organisations join
 * it wherever they are based: they are the links a coordinator is asked to
 * make, and most of them sit outside the town.
 */
export const subgraph = cypher<Params, Row>(
  "graph-view/subgraph",
  /* cypher */ `
  CALL () {
    MATCH (o:Organisation)
    WHERE ($inseeCode IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:Town {inseeCode: $inseeCode}) })
      AND ($theme IS NULL OR EXISTS { (o)-[:HAS_THEME]->(:Theme {code: $theme}) })
      AND any(l IN labels(o) WHERE l IN $types)
    WITH o ORDER BY COUNT { (o)-[:${GRAPH_RELATIONSHIPS}]-() } DESC, o.id LIMIT toInteger($limit) + 1
    RETURN collect(o) AS found
  }
  WITH found[..toInteger($limit)] AS orgs, size(found) > toInteger($limit) AS truncated
  CALL (orgs) {
    UNWIND orgs AS o
    MATCH (o)-[:ATTENDED|POOLS|LAUREATE_OF|LOCATED_IN]->(x)
    WHERE any(l IN labels(x) WHERE l IN $types AND l IN ['Event', 'SharedResource', 'CallForProjects', 'Town'])
    RETURN collect(DISTINCT x) AS around
  }
  CALL (orgs) {
    UNWIND orgs AS o
    MATCH (o)-[:FUNDS|SUPPORTS|STUDIES|MEMBER_OF]-(x)
    WHERE ($inseeCode IS NOT NULL OR $theme IS NOT NULL) AND NOT x IN orgs
      AND any(l IN labels(x) WHERE l IN $types AND l IN ['Financer', 'SupportProvider', 'ResearchUnit'])
    RETURN collect(DISTINCT x) AS linked
  }
  WITH orgs + linked[..toInteger($limit)] + around[..toInteger($limit)] AS nodes, truncated
  ${EDGES_AMONG}
  RETURN ${NODE_COLUMNS} AS nodes, edges, truncated`,
);
