import { cypher } from "../query";

export type Params = { id: string; organisationId: string; by: string };
export type Row = { organisationId: string };

/** Takes a participant off a convention, with its meetings and the wishes others stated to meet it. */
export const removeParticipant = cypher<Params, Row>(
  "remove-participant",
  /* cypher */ `
  MATCH (c:Convention {id: $id})-[p:INVITES]->(o:Organisation {id: $organisationId})
  CALL (c, o) {
    MATCH (c)-[:SCHEDULES]->(m:ConventionMeeting) WHERE o.id IN m.memberIds
    DETACH DELETE m
  }
  CALL (c, o) {
    MATCH (c)-[other:INVITES]->()
    WITH other, apoc.convert.fromJsonMap(coalesce(other.wishes, '{}')) AS wishes
    WHERE wishes[o.id] IS NOT NULL
    SET other.wishes = apoc.convert.toJson(apoc.map.removeKey(wishes, o.id))
  }
  DELETE p
  SET c.updatedAt = datetime(), c.updatedBy = $by
  RETURN o.id AS organisationId`,
);
