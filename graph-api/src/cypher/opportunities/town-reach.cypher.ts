import { cypher } from "../query";

export type Params = { inseeCode: string; marginKm: number };
export type Row = {
  members: string[];
  nearby: string[];
  neighbourTowns: string[];
  matchers: string[];
  structures: string[];
};

/**
 * Beyond a town's neighbourhood in the graph, the organisations its
 * opportunities can pair it with:
 * - members: the town's organisations;
 * - nearby: every organisation in the town's box (its organisations' extent)
 *   widened by `marginKm` (point index), a superset of those within marginKm;
 * - neighbourTowns: organisations of neighbouring towns with an open need or
 *   offer (pooling also pairs by town);
 * - matchers: every financer, support provider and research unit (matched by
 *   stage and theme, wherever they are);
 * - structures: every ESS structure, only when the town has such a matcher.
 */
export const townReach = cypher<Params, Row>(
  "town-reach",
  /* cypher */ `
  MATCH (t:Town {inseeCode: $inseeCode})
  OPTIONAL MATCH (t)<-[:LOCATED_IN]-(s:Organisation) WHERE s.location IS NOT NULL
  WITH t, min(s.location.latitude) AS south, max(s.location.latitude) AS north, min(s.location.longitude) AS west, max(s.location.longitude) AS east
  WITH t, CASE WHEN south IS NULL THEN null ELSE point({latitude: south - $marginKm / 111.0, longitude: west - $marginKm / (111.0 * cos(radians(north + 1)))}) END AS lowerLeft,
    CASE WHEN south IS NULL THEN null ELSE point({latitude: north + $marginKm / 111.0, longitude: east + $marginKm / (111.0 * cos(radians(north + 1)))}) END AS upperRight
  RETURN
    COLLECT { MATCH (t)<-[:LOCATED_IN]-(o:Organisation) RETURN o.id } AS members,
    COLLECT { MATCH (o:Organisation) WHERE lowerLeft IS NOT NULL AND point.withinBBox(o.location, lowerLeft, upperRight) RETURN o.id } AS nearby,
    COLLECT {
      MATCH (t)-[:NEIGHBOUR_OF]-(:Town)<-[:LOCATED_IN]-(o:Organisation)
      WHERE EXISTS { (o)-[:HAS_NEED]->(:ResourceNeed {status: 'OPEN'}) } OR EXISTS { (o)-[:OFFERS]->(:ResourceOffer {status: 'OPEN'}) }
      RETURN DISTINCT o.id
    } AS neighbourTowns,
    COLLECT { MATCH (o:Financer) RETURN o.id UNION MATCH (o:SupportProvider) RETURN o.id UNION MATCH (o:ResearchUnit) RETURN o.id } AS matchers,
    CASE WHEN EXISTS { MATCH (t)<-[:LOCATED_IN]-(o) WHERE o:Financer OR o:SupportProvider OR o:ResearchUnit }
      THEN COLLECT { MATCH (o:EssStructure) RETURN o.id } ELSE [] END AS structures`,
);
