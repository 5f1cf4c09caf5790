/**
 * Imports leave one audit entry per batch, as the API's writes do, written in the
 * batch's own transaction: who (import:<source>, and the system user who ran
 * it), which files, and what the batch changed (counts and the first lines of
 * changes). The API's admins read them with auditLog (actor: "import:sirene"...).
 */
import { basename } from "node:path";
import { userInfo } from "node:os";
import type { Driver, ManagedTransaction } from "neo4j-driver";

const MAX_LINES = 50;

const AUDIT_ENTRY = /* cypher */ `
  CREATE (:AuditEntry {id: randomUUID(), at: datetime(), actor: $actor, role: 'import', operation: $operation,
    entityType: 'ImportBatch', entityId: null, before: null, after: $after})`;

function systemUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}

export async function recordImportBatch(
  tx: ManagedTransaction,
  batch: {
    source: string;
    operation: "import" | "import-links";
    files: Iterable<string>;
    created: number;
    updated: number;
    unchanged: number;
    changes: string[];
  },
): Promise<void> {
  if (batch.created + batch.updated === 0) return; // nothing written, nothing to record
  const after = {
    user: systemUser(),
    files: [...new Set([...batch.files].map((f) => basename(f)))].sort(),
    created: batch.created,
    updated: batch.updated,
    unchanged: batch.unchanged,
    changes: batch.changes.slice(0, MAX_LINES),
    more: Math.max(0, batch.changes.length - MAX_LINES),
  };
  await tx.run(AUDIT_ENTRY, {
    actor: `import:${batch.source}`,
    operation: batch.operation,
    after: JSON.stringify(after),
  });
}

/** What one complete run of a source changed, for `--since-last` and the dashboard: counts and the first lines. */
export interface ImportRunSummary {
  source: string;
  startedAt: string;
  new: string[];
  closed: string[];
  moved: string[];
}

const RUN_ENTRY = /* cypher */ `
  CREATE (:AuditEntry {id: randomUUID(), at: datetime(), actor: $actor, role: 'import', operation: 'import-run',
    entityType: 'ImportRun', entityId: null, before: null, after: $after})`;

const LAST_RUN = /* cypher */ `
  MATCH (a:AuditEntry {entityType: 'ImportRun', actor: $actor})
  RETURN toString(a.at) AS at ORDER BY a.at DESC LIMIT 1`;

/** When the last complete run of this source ended (null before the first). */
export async function lastImportRun(
  driver: Driver,
  database: string | undefined,
  source: string,
): Promise<string | null> {
  const { records } = await driver.executeQuery(LAST_RUN, { actor: `import:${source}` }, { database, routing: "READ" });
  return records.length ? (records[0].get("at") as string) : null;
}

/** Records the end of a complete run with what it changed. */
export async function recordImportRun(
  driver: Driver,
  database: string | undefined,
  run: ImportRunSummary,
): Promise<void> {
  const after = {
    user: systemUser(),
    startedAt: run.startedAt,
    new: run.new.length,
    closed: run.closed.length,
    moved: run.moved.length,
    lines: [
      ...run.new.map((l) => `+ ${l}`),
      ...run.closed.map((l) => `× ${l}`),
      ...run.moved.map((l) => `→ ${l}`),
    ].slice(0, MAX_LINES),
  };
  await driver.executeQuery(RUN_ENTRY, { actor: `import:${run.source}`, after: JSON.stringify(after) }, { database });
}
