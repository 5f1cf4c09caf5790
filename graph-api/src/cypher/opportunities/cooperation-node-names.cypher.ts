import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = { id: string; name: string };

/** Names of the shared nodes of the cooperation graph, with the ids cooperation-edges gives them. */
export const cooperationNodeNames = cypher<Params, Row>(
  "cooperation-node-names",
  /* cypher */ `
  MATCH (e:Event) RETURN 'event:' + e.id AS id, e.title AS name
  UNION ALL
  MATCH (r:SharedResource) RETURN 'resource:' + r.id AS id, r.name AS name`,
);
