/**
 * Browser sessions, stored in Neo4j (so that every graph-api process sees a
 * sign-out or a revocation at once): the browser holds a random id in an
 * HttpOnly cookie, the database its SHA-256 hash. A session ends on sign-out,
 * when an admin revokes it, disables the account or changes its role, after
 * `idleMinutes` unused and `maxMinutes` after sign-in, whichever comes first.
 *
 * Each session has a CSRF token, derived from its id and stored hashed as
 * well, that the explorer sends back in a header; see session-cookie.ts.
 */
import type { GraphReader, GraphWriter } from "../domain/ports";
import { effectiveRoles, type Role } from "../auth/roles";
import { createSession } from "../cypher/accounts/create-session.cypher";
import { findSession } from "../cypher/accounts/find-session.cypher";
import { touchSession } from "../cypher/accounts/touch-session.cypher";
import { deleteSession } from "../cypher/accounts/delete-session.cypher";
import { deleteExpiredSessions } from "../cypher/accounts/delete-expired-sessions.cypher";
import { writeAuditEntries } from "../cypher/audit/write-audit-entries.cypher";
import { hashOf, looksLikeSecret, newSecret } from "./tokens";
import { csrfOf } from "./session-cookie";

export interface SessionSettings {
  /** Minutes without a request after which a session ends. */
  idleMinutes: number;
  /** Minutes after sign-in after which a session ends, used or not. */
  maxMinutes: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = { idleMinutes: 120, maxMinutes: 12 * 60 };

/** Who a session is. */
export interface SessionIdentity {
  email: string;
  name: string | null;
  roles: Role[];
  csrfHash: string;
}

export interface Sessions {
  readonly settings: SessionSettings;
  /** Opens a session for an enabled account; null when the account is gone or disabled meanwhile. */
  open(email: string, method: "password" | "sso"): Promise<{ id: string; csrf: string } | null>;
  /** The session's account while the session is valid; null for anything else. */
  find(id: unknown): Promise<SessionIdentity | null>;
  /** Ends a session; the account's email when there was one. */
  end(id: unknown): Promise<string | null>;
}

/** lastSeenAt is written again once a minute at most, not on every request. */
const TOUCH_AFTER_SECONDS = 60;

export function createSessions(
  reader: GraphReader,
  writer: GraphWriter,
  settings = DEFAULT_SESSION_SETTINGS,
): Sessions {
  return {
    settings,
    async open(email, method) {
      const id = newSecret();
      const csrf = csrfOf(id);
      const opened = await writer.transaction(async (run) => {
        await run(deleteExpiredSessions, { idleMinutes: settings.idleMinutes, maxMinutes: settings.maxMinutes });
        const [row] = await run(createSession, { email, hash: hashOf(id), csrfHash: hashOf(csrf), method });
        if (!row) return false;
        await run(writeAuditEntries, {
          entries: [
            {
              actor: email,
              role: "self",
              operation: method === "sso" ? "signInSso" : "signIn",
              entityType: "Account",
              entityId: email,
              before: null,
              after: null,
            },
          ],
        });
        return true;
      });
      return opened ? { id, csrf } : null;
    },
    async find(id) {
      if (!looksLikeSecret(id)) return null;
      const hash = hashOf(id);
      const [row] = await reader.read(findSession, {
        hash,
        idleMinutes: settings.idleMinutes,
        maxMinutes: settings.maxMinutes,
      });
      if (!row) return null;
      if (row.idleSeconds >= TOUCH_AFTER_SECONDS) await writer.transaction((run) => run(touchSession, { hash }));
      return { email: row.email, name: row.name, roles: effectiveRoles(row.roles), csrfHash: row.csrfHash };
    },
    async end(id) {
      if (!looksLikeSecret(id)) return null;
      return writer.transaction(async (run) => {
        const [row] = await run(deleteSession, { hash: hashOf(id) });
        if (!row) return null;
        await run(writeAuditEntries, {
          entries: [
            {
              actor: row.email,
              role: "self",
              operation: "signOut",
              entityType: "Account",
              entityId: row.email,
              before: null,
              after: null,
            },
          ],
        });
        return row.email;
      });
    },
  };
}
