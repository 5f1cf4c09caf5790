import { cypher } from "../query";

export type Params = { hash: string; idleMinutes: number; maxMinutes: number };
export type Row = {
  email: string;
  name: string | null;
  roles: string[];
  csrfHash: string;
  /** Seconds since the session was last seen (to refresh lastSeenAt now and then, not on every request). */
  idleSeconds: number;
};

/** A session still within its idle and absolute time, of an enabled account. */
export const findSession = cypher<Params, Row>(
  "accounts/find-session",
  /* cypher */ `
  MATCH (a:Account)-[:HAS_SESSION]->(s:Session {hash: $hash})
  WHERE NOT coalesce(a.disabled, false)
    AND s.lastSeenAt + duration({minutes: $idleMinutes}) > datetime()
    AND s.createdAt + duration({minutes: $maxMinutes}) > datetime()
  RETURN a.email AS email, a.name AS name, coalesce(a.roles, []) AS roles, s.csrfHash AS csrfHash,
    duration.inSeconds(s.lastSeenAt, datetime()).seconds AS idleSeconds`,
);
