import { cypher } from "../query";
import type { Params as Written } from "./write-audit-entries.cypher";

type WrittenEntry = Written["entries"][number];

export type Params = {
  actor: string | null;
  entityId: string | null;
  entityType: string | null;
  since: string | null;
  /** The cursor: entries strictly older than (at, id). */
  afterAt: string | null;
  afterId: string | null;
  first: number;
};
/** An entry as written (write-audit-entries), with its id and time. */
export type Row = { id: string; at: string } & WrittenEntry;

/** Audit entries, newest first, filtered, one page (first + 1 rows, to tell whether more follow). */
export const auditLog = cypher<Params, Row>(
  "audit-log",
  /* cypher */ `
  MATCH (a:AuditEntry)
  WHERE ($actor IS NULL OR a.actor = $actor)
    AND ($entityId IS NULL OR a.entityId = $entityId)
    AND ($entityType IS NULL OR a.entityType = $entityType)
    AND ($since IS NULL OR a.at >= datetime($since))
    AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id < $afterId))
  RETURN a.id AS id, toString(a.at) AS at, a.actor AS actor, a.role AS role, a.operation AS operation,
    a.entityType AS entityType, a.entityId AS entityId, a.before AS before, a.after AS after
  ORDER BY a.at DESC, a.id DESC
  LIMIT toInteger($first) + 1`,
);
