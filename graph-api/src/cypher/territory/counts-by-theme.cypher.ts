import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = { code: string; labelFr: string; labelEn: string; essStructures: number; businesses: number };

export const countsByTheme = cypher<Params, Row>(
  "counts-by-theme",
  /* cypher */ `
  MATCH (th:Theme)
  RETURN th.code AS code, th.labelFr AS labelFr, th.labelEn AS labelEn,
    COUNT { (th)<-[:HAS_THEME]-(:EssStructure) } AS essStructures,
    COUNT { (th)<-[:HAS_THEME]-(:Business) } AS businesses
  ORDER BY essStructures DESC, code`,
);
