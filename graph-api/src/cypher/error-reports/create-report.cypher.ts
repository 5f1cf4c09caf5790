import { cypher } from "../query";

export type Params = {
  structureId: string;
  inseeCode: string;
  message: string;
  email: string | null;
  language: string;
};
export type Row = { id: string };

/**
 * A visitor's report about a structure of a town's public directory, kept apart from the structure:
 * nothing on the structure changes (a coordinator reads it and corrects the data themselves).
 */
export const createReport = cypher<Params, Row>(
  "create-error-report",
  /* cypher */ `
  MATCH (s:EssStructure {id: $structureId})-[:LOCATED_IN]->(:Town {inseeCode: $inseeCode})
  CREATE (r:ErrorReport {id: randomUUID(), message: $message, email: $email, language: $language, status: 'NEW', createdAt: datetime()})-[:ABOUT]->(s)
  RETURN r.id AS id`,
);
