import { cypher } from "../query";

export type Params = Record<string, never>;
export type Row = {
  needs: { id: string; title: string; kind: string; frequency: string | null; structureId: string }[];
  offers: { id: string; title: string; kind: string; availability: string | null; holderId: string }[];
};

/** What is read of an open need `n` of structure `s`, and of an open offer `f` of organisation `o`. */
export const NEED = /* cypher */ `{ id: n.id, title: n.title, kind: n.kind, frequency: n.frequency, structureId: s.id } AS need ORDER BY n.id`;
export const OFFER = /* cypher */ `{ id: f.id, title: f.title, kind: f.kind, availability: f.availability, holderId: o.id } AS offer ORDER BY f.id`;

/** Open needs of ESS structures and open offers of any organisation. */
export const openResources = cypher<Params, Row>(
  "open-resources",
  /* cypher */ `
  RETURN
    COLLECT { MATCH (s:EssStructure)-[:HAS_NEED]->(n:ResourceNeed {status: 'OPEN'}) RETURN ${NEED} } AS needs,
    COLLECT { MATCH (o:Organisation)-[:OFFERS]->(f:ResourceOffer {status: 'OPEN'}) RETURN ${OFFER} } AS offers`,
);
