import { cypher } from "../query";

export type Params = { idleMinutes: number; maxMinutes: number };
export type Row = { deleted: number };

/** Removes sessions past their idle or absolute time, and password links past theirs. */
export const deleteExpiredSessions = cypher<Params, Row>(
  "accounts/delete-expired-sessions",
  /* cypher */ `
  OPTIONAL MATCH (s:Session)
  WHERE s.lastSeenAt + duration({minutes: $idleMinutes}) <= datetime()
    OR s.createdAt + duration({minutes: $maxMinutes}) <= datetime()
  DETACH DELETE s
  WITH count(s) AS sessions
  OPTIONAL MATCH (l:PasswordLink) WHERE l.expiresAt < datetime() - duration({days: 30})
  DETACH DELETE l
  WITH sessions, count(l) AS links
  RETURN sessions + links AS deleted`,
);
