import { cypher } from "../query";

export type Params = { id: string };
export type Row = { id: string };

/** Deletes a convention with its meetings (the opportunities its outcomes recorded stay). */
export const deleteConvention = cypher<Params, Row>(
  "delete-convention",
  /* cypher */ `
  MATCH (c:Convention {id: $id})
  OPTIONAL MATCH (c)-[:SCHEDULES]->(m:ConventionMeeting)
  WITH c, c.id AS id, collect(m) AS meetings
  FOREACH (m IN meetings | DETACH DELETE m)
  DETACH DELETE c
  RETURN id`,
);
