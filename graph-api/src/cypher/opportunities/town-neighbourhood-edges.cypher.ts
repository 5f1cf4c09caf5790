import { cypher } from "../query";

export type Params = { inseeCode: string };
export type Row = { source: string; target: string };

/** A node's id in the cooperation graph (cooperation-edges gives events and pooled resources a prefix). */
export const graphId = (x: string) =>
  `CASE WHEN ${x}:Event THEN 'event:' + ${x}.id WHEN ${x}:SharedResource THEN 'resource:' + ${x}.id ELSE ${x}.id END`;

/** The union branches giving `y` for each neighbour of organisation `x` in the cooperation graph. */
export const organisationNeighbours = (x: string, y: string) => `
    MATCH (${x}:Organisation)-[:PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|MEMBER_OF|STUDIES]-(${y}:Organisation) WHERE ${y} <> ${x} RETURN ${y}
    UNION
    MATCH (${x}:Organisation)-[:ATTENDED]->(${y}:Event) RETURN ${y}
    UNION
    MATCH (${x}:Organisation)-[:POOLS]->(${y}:SharedResource) RETURN ${y}`;

/** The union branches giving `y` for each neighbour of `x` (an organisation, event or pooled resource) in the cooperation graph. */
export const cooperationNeighbours = (x: string, y: string) => `${organisationNeighbours(x, y)}
    UNION
    MATCH (${x}:Event)<-[:ATTENDED]-(${y}:Organisation) RETURN ${y}
    UNION
    MATCH (${x}:SharedResource)<-[:POOLS]-(${y}:Organisation) RETURN ${y}`;

/**
 * Every edge of the cooperation graph (as cooperation-edges defines it) that
 * touches a town's organisations or their neighbours: what link prediction
 * around the town reads. Each edge may come twice (once from each end).
 */
export const townNeighbourhoodEdges = cypher<Params, Row>(
  "town-neighbourhood-edges",
  /* cypher */ `
  MATCH (:Town {inseeCode: $inseeCode})<-[:LOCATED_IN]-(s:Organisation)
  WITH collect(DISTINCT s) AS town
  CALL (town) {
    UNWIND town AS s
    CALL (s) {${organisationNeighbours("s", "n")}
    }
    RETURN collect(DISTINCT n) AS around
  }
  UNWIND town + [n IN around WHERE NOT n IN town] AS x
  CALL (x) {${cooperationNeighbours("x", "y")}
  }
  RETURN ${graphId("x")} AS source, ${graphId("y")} AS target`,
);
