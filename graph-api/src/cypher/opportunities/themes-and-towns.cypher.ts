import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  themes: { code: string; labelFr: string; labelEn: string }[];
  towns: { inseeCode: string; name: string; neighbours: string[] }[];
};

/** The theme vocabulary and the towns with their neighbours: what explanations name. */
export const themesAndTowns = cypher<Params, Row>(
  "themes-and-towns",
  /* cypher */ `
  RETURN
    COLLECT { MATCH (th:Theme) RETURN th { .code, .labelFr, .labelEn } ORDER BY th.code } AS themes,
    COLLECT {
      MATCH (t:Town)
      RETURN t { .inseeCode, .name, neighbours: COLLECT { MATCH (t)-[:NEIGHBOUR_OF]-(n:Town) RETURN n.inseeCode ORDER BY n.inseeCode } }
      ORDER BY t.inseeCode
    } AS towns`,
);
