import { cypher } from "../query";

export type Params = { id: string; organisationIds: string[]; by: string };
export type Row = { invited: string };

/**
 * Invites ESS structures and businesses to a convention (others are left
 * out); an organisation already invited keeps what was set for it.
 */
export const inviteParticipants = cypher<Params, Row>(
  "invite-participants",
  /* cypher */ `
  MATCH (c:Convention {id: $id})
  UNWIND $organisationIds AS organisationId
  MATCH (o:Organisation {id: organisationId}) WHERE o:EssStructure OR o:Business
  MERGE (c)-[p:INVITES]->(o)
  ON CREATE SET p.invitedAt = datetime(), p.invitedBy = $by, p.unavailable = [], p.wishes = '{}',
    p.source = 'coordinator:' + $by, p.sourceKind = 'COORDINATOR'
  SET c.updatedAt = datetime(), c.updatedBy = $by
  RETURN o.id AS invited`,
);
