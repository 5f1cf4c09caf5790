import { cypher } from "../query";
import { graphId, organisationNeighbours } from "./town-neighbourhood-edges.cypher";

export type Params = { ids: string[]; ends: string[] };
export type Row = { source: string; target: string };

/**
 * The cooperation edges between the organisations `ids` (a town's
 * partnership candidates whose edges are not all read) and the nodes `ends`
 * (those two hops from the town, by cooperation-graph id): with the town's
 * neighbourhood, every path of three between a town's organisation and a
 * candidate.
 */
export const townCandidateEdges = cypher<Params, Row>(
  "town-candidate-edges",
  /* cypher */ `
  UNWIND $ids AS id
  MATCH (x:Organisation {id: id})
  CALL (x) {${organisationNeighbours("x", "y")}
  }
  WITH x, ${graphId("y")} AS target
  WHERE target IN $ends
  RETURN x.id AS source, target`,
);
