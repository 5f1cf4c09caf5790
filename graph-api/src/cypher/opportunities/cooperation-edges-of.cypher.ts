import { cypher } from "../query";
import { cooperationNeighbours, graphId } from "./town-neighbourhood-edges.cypher";

/** The nodes by id, sorted by kind (the cooperation graph prefixes events' and pooled resources' ids). */
export type Params = { organisations: string[]; events: string[]; resources: string[] };
export type Row = { source: string; target: string };

/**
 * Every cooperation edge (as cooperation-edges defines it) of these nodes,
 * from each of them: what a town's neighbourhood holds for a node whose
 * relationships changed, or that came into it.
 */
export const cooperationEdgesOf = cypher<Params, Row>(
  "cooperation-edges-of",
  /* cypher */ `
  CALL () {
    UNWIND $organisations AS id MATCH (x:Organisation {id: id}) RETURN x
    UNION
    UNWIND $events AS id MATCH (x:Event {id: id}) RETURN x
    UNION
    UNWIND $resources AS id MATCH (x:SharedResource {id: id}) RETURN x
  }
  CALL (x) {${cooperationNeighbours("x", "y")}
  }
  RETURN ${graphId("x")} AS source, ${graphId("y")} AS target`,
);
