import { cypher } from "../query";

export type Params = { ids: string[] };
export type Row = { id: string; degree: number };

/** Degree in the whole cooperation graph (distinct neighbours, as cooperation-edges defines the edges) of these organisations. */
export const organisationDegrees = cypher<Params, Row>(
  "organisation-degrees",
  /* cypher */ `
  UNWIND $ids AS id
  MATCH (o:Organisation {id: id})
  RETURN id,
    size(COLLECT { MATCH (o)-[:PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|MEMBER_OF|STUDIES]-(b:Organisation) WHERE b <> o RETURN DISTINCT b.id })
      + size(COLLECT { MATCH (o)-[:ATTENDED]->(e:Event) RETURN DISTINCT e.id })
      + size(COLLECT { MATCH (o)-[:POOLS]->(r:SharedResource) RETURN DISTINCT r.id }) AS degree`,
);
