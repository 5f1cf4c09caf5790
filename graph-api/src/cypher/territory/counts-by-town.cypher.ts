import { cypher } from "../query";

export type Params = { territoryCode: string };
export type Row = {
  inseeCode: string;
  name: string;
  population: number | null;
  essStructures: number;
  illustrativeEssStructures: number;
  businesses: number;
  vitrine: string | null;
};

export const countsByTown = cypher<Params, Row>(
  "counts-by-town",
  /* cypher */ `
  MATCH (:Territory {code: $territoryCode})<-[:PART_OF]-(town:Town)
  RETURN town.inseeCode AS inseeCode, town.name AS name, town.population AS population,
    COUNT { (town)<-[:LOCATED_IN]-(:EssStructure) } AS essStructures,
    COUNT { (town)<-[:LOCATED_IN]-(s:EssStructure) WHERE s.sourceKind = 'ILLUSTRATIVE' } AS illustrativeEssStructures,
    COUNT { (town)<-[:LOCATED_IN]-(:Business) } AS businesses,
    head(COLLECT { MATCH (town)<-[:LOCATED_IN]-(v:EssStructure {isVitrine: true}) RETURN v.name ORDER BY v.name }) AS vitrine
  ORDER BY town.name`,
);
