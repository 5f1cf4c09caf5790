/** Reading the audit trail (audit/audit-mutations.ts writes it): newest first, filtered, in pages. */
import { auditLog, type Row } from "../cypher/audit/audit-log.cypher";
import type { GraphReader } from "./ports";
import { InvalidArgument } from "./errors";

export const MAX_AUDIT_PAGE = 200;

export class InvalidAuditLogRequest extends InvalidArgument {
  override name = "InvalidAuditLogRequest";
}

export interface AuditLogFilter {
  first: number;
  after?: string;
  actor?: string;
  entityId?: string;
  entityType?: string;
  since?: string;
}

export interface AuditLogPage {
  entries: Row[];
  endCursor: string | null;
  hasMore: boolean;
}

const encodeCursor = (row: Row) => Buffer.from(JSON.stringify([row.at, row.id])).toString("base64url");

function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof at === "string" && typeof id === "string" && !Number.isNaN(Date.parse(at))) return { at, id };
  } catch {
    // reported below
  }
  throw new InvalidAuditLogRequest("after: not a cursor of this log (use endCursor from the previous page)", "after");
}

export async function readAuditLog(reader: GraphReader, filter: AuditLogFilter): Promise<AuditLogPage> {
  if (!Number.isInteger(filter.first) || filter.first < 1 || filter.first > MAX_AUDIT_PAGE) {
    throw new InvalidAuditLogRequest(`first: between 1 and ${MAX_AUDIT_PAGE}, got ${filter.first}`, "first");
  }
  if (filter.since !== undefined && Number.isNaN(Date.parse(filter.since))) {
    throw new InvalidAuditLogRequest(
      `since: an ISO 8601 date or datetime (e.g. 2025-01-31T00:00:00Z), got "${filter.since}"`,
      "since",
    );
  }
  const cursor = filter.after ? decodeCursor(filter.after) : undefined;
  const rows = await reader.read(auditLog, {
    actor: filter.actor ?? null,
    entityId: filter.entityId ?? null,
    entityType: filter.entityType ?? null,
    since: filter.since ?? null,
    afterAt: cursor?.at ?? null,
    afterId: cursor?.id ?? null,
    first: filter.first,
  });
  const entries = rows.slice(0, filter.first);
  return {
    entries,
    hasMore: rows.length > filter.first,
    endCursor: entries.length > 0 ? encodeCursor(entries[entries.length - 1]) : null,
  };
}
