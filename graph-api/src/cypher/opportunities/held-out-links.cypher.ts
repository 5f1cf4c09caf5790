import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  relationship: string;
  structureId: string;
  otherId: string;
  /** The stages of the structure recorded on the relationships when they began (SUPPORTS), none for the others. */
  stages: string[];
};

/**
 * The links that show a suggestion of another kind than partnership was
 * right, each pair once: fundings (FUNDS, financer and ESS structure),
 * support (SUPPORTS, support provider and ESS structure), research links
 * (STUDIES, research unit and ESS structure) and purchases (PURCHASES_FROM,
 * ESS structure and business), with the stage the structure was at when a
 * support began. The offline evaluation hides some and checks that the
 * suggestions find them again.
 */
export const heldOutLinks = cypher<Params, Row>(
  "held-out-links",
  /* cypher */ `
  MATCH (s:EssStructure)-[r:FUNDS|SUPPORTS|STUDIES|PURCHASES_FROM]-(o:Organisation)
  WHERE (type(r) = 'FUNDS' AND o:Financer) OR (type(r) = 'SUPPORTS' AND o:SupportProvider)
    OR (type(r) = 'STUDIES' AND o:ResearchUnit) OR (type(r) = 'PURCHASES_FROM' AND o:Business)
  WITH type(r) AS relationship, s.id AS structureId, o.id AS otherId, collect(DISTINCT r.stage) AS stages
  RETURN relationship, structureId, otherId,
    CASE relationship WHEN 'SUPPORTS' THEN stages ELSE [] END AS stages
  ORDER BY relationship, structureId, otherId`,
);
