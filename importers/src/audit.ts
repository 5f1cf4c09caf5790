/**
 * Imports leave one audit entry per batch, as the API's writes do, written in the
 * batch's own transaction: who (import:<source>, and the system user who ran
 * it), which files, and what the batch changed (counts and the first lines of
 * changes). The API's admins read them with auditLog (actor: "import:sirene"...).
 */
import { basename } from "node:path";
import { userInfo } from "node:os";
import type { ManagedTransaction } from "neo4j-driver";

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
  batch: { source: string; operation: "import" | "import-links"; files: Iterable<string>; created: number; updated: number; unchanged: number; changes: string[] },
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
  await tx.run(AUDIT_ENTRY, { actor: `import:${batch.source}`, operation: batch.operation, after: JSON.stringify(after) });
}
