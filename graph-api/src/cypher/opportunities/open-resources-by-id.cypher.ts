import { cypher } from "../query";
import { NEED, OFFER, type Row as ResourcesRow } from "./open-resources.cypher";

export type Params = { ids: string[] };
export type Row = ResourcesRow;

/** Open needs and offers of the organisations with these ids (the ones a town's opportunities can involve). */
export const openResourcesById = cypher<Params, Row>(
  "open-resources-by-id",
  /* cypher */ `
  RETURN
    COLLECT { UNWIND $ids AS id MATCH (s:EssStructure {id: id})-[:HAS_NEED]->(n:ResourceNeed {status: 'OPEN'}) RETURN ${NEED} } AS needs,
    COLLECT { UNWIND $ids AS id MATCH (o:Organisation {id: id})-[:OFFERS]->(f:ResourceOffer {status: 'OPEN'}) RETURN ${OFFER} } AS offers`,
);
