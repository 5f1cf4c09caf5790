import { cypher } from "../query";

export type Params = { inseeCode: string; territoryCode: string };
export type Row = {
  town: { inseeCode: string; name: string; population: number | null; postalCodes: string[] } | null;
  entries: {
    id: string;
    name: string;
    legalForm: string | null;
    activity: string | null;
    projectKind: string | null;
    description: string | null;
    address: string | null;
    postalCode: string | null;
    website: string | null;
    isVitrine: boolean | null;
    latitude: number | null;
    longitude: number | null;
    sourceKind: string;
    source: string;
    themes: { code: string; labelFr: string; labelEn: string }[];
  }[];
};

/** Public fields only: a partner's website shows this; never a contact. */
export const townDirectory = cypher<Params, Row>(
  "town-directory",
  /* cypher */ `
  OPTIONAL MATCH (town:Town {inseeCode: $inseeCode})-[:PART_OF]->(:Territory {code: $territoryCode})
  RETURN
    CASE WHEN town IS NULL THEN null ELSE town { .inseeCode, .name, .population, .postalCodes } END AS town,
    COLLECT {
      MATCH (town)<-[:LOCATED_IN]-(s:EssStructure)
      RETURN s {
        .id, .name, .legalForm, .activity, .projectKind, .description, .address, .postalCode, .website,
        .isVitrine, .sourceKind, .source,
        latitude: s.location.latitude, longitude: s.location.longitude,
        themes: COLLECT { MATCH (s)-[:HAS_THEME]->(th:Theme) RETURN th { .code, .labelFr, .labelEn } ORDER BY th.code }
      } ORDER BY coalesce(s.isVitrine, false) DESC, s.name
    } AS entries`,
);
