/**
 * The pieces of Cypher the graph-view queries share: what a node and an edge
 * of the explorer's graph look like, and which relationships are shown.
 */

/** Cooperation relationships shown in the graph (never contacts, themes or programme structure). */
export const GRAPH_RELATIONSHIPS = "PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|STUDIES|MEMBER_OF|ATTENDED|POOLS|LAUREATE_OF|LOCATED_IN";

/** Node labels the graph shows. */
export const GRAPH_NODE_TYPES = ["EssStructure", "Business", "Financer", "SupportProvider", "ResearchUnit", "Event", "SharedResource", "CallForProjects", "Town"] as const;
export type GraphNodeType = (typeof GRAPH_NODE_TYPES)[number];

/** A node as a map, `n` being bound; public fields only. */
export const NODE_MAP = /* cypher */ `{
  id: CASE WHEN n:Town THEN 'town:' + n.inseeCode ELSE n.id END,
  type: [l IN labels(n) WHERE l IN ${JSON.stringify(GRAPH_NODE_TYPES).replace(/"/g, "'")}][0],
  name: coalesce(n.name, n.title, n.id),
  inseeCode: CASE WHEN n:Town THEN n.inseeCode ELSE COLLECT { MATCH (n)-[:LOCATED_IN|HELD_IN]->(t:Town) RETURN t.inseeCode LIMIT 1 }[0] END,
  legalForm: n.legalForm,
  latitude: n.location.latitude,
  longitude: n.location.longitude,
  illustrative: n.sourceKind = 'ILLUSTRATIVE',
  degree: COUNT { (n)-[:${GRAPH_RELATIONSHIPS}]-() }
}`;

export interface GraphNodeRow {
  id: string;
  type: GraphNodeType;
  name: string;
  inseeCode: string | null;
  legalForm: string | null;
  latitude: number | null;
  longitude: number | null;
  illustrative: boolean;
  degree: number;
}

export interface GraphEdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Partnership kind, funding instrument…, when the relationship has one. */
  kind: string | null;
  since: number | null;
}

/**
 * The outgoing cooperation relationships of `nodes` (a list of nodes), as a
 * list `edges`, with the target's id: the domain keeps those whose target is
 * among the nodes (a hash set there; a list membership test here would cost
 * nodes × relationships).
 */
export const EDGES_FROM = /* cypher */ `
  CALL (nodes) {
    UNWIND nodes AS a
    MATCH (a)-[r:${GRAPH_RELATIONSHIPS}]->(b)
    RETURN collect({
      id: elementId(r),
      source: CASE WHEN a:Town THEN 'town:' + a.inseeCode ELSE a.id END,
      target: CASE WHEN b:Town THEN 'town:' + b.inseeCode ELSE b.id END,
      type: type(r),
      kind: coalesce(r.kind, r.instrument, r.role),
      since: coalesce(r.since, r.year)
    }) AS edges
  }`;
