import { cypher } from "../query";

export type Params = { email: string; hash: string; csrfHash: string; method: string };
export type Row = { email: string };

/** A browser session of an enabled account (its id's hash only); the account's last sign-in time. */
export const createSession = cypher<Params, Row>(
  "accounts/create-session",
  /* cypher */ `
  MATCH (a:Account {email: $email}) WHERE NOT coalesce(a.disabled, false)
  SET a.lastSignInAt = datetime()
  CREATE (a)-[:HAS_SESSION]->(:Session {hash: $hash, csrfHash: $csrfHash, method: $method, createdAt: datetime(), lastSeenAt: datetime()})
  RETURN a.email AS email`,
);
