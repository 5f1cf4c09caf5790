import { cypher } from "../query";

export type Params = {
  entries: {
    actor: string;
    role: string;
    operation: string;
    entityType: string;
    entityId: string | null;
    before: string | null;
    after: string | null;
  }[];
};
export type Row = { n: number };

/** One audit entry per entity a write touched; `before` and `after` are JSON. */
export const writeAuditEntries = cypher<Params, Row>(
  "write-audit-entries",
  /* cypher */ `
  UNWIND $entries AS e
  CREATE (a:AuditEntry {id: randomUUID(), at: datetime(), actor: e.actor, role: e.role, operation: e.operation,
    entityType: e.entityType, entityId: e.entityId, before: e.before, after: e.after})
  RETURN count(a) AS n`,
);
