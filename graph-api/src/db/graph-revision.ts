/**
 * The graph's revision: what changes whenever anything is written to the
 * database, whoever writes it (this process, another graph-api replica, an
 * import, the seed, a migration, cypher-shell).
 *
 * Neo4j gives it for free: the bookmark of a read transaction names the last
 * transaction committed when the read began. Answers kept in memory are keyed
 * by it, so a kept answer is served only while nothing has been written since
 * it was computed.
 *
 * `current()` never returns a revision observed before the caller asked: a
 * probe already running may have begun before a write the caller has seen
 * committed, so the caller waits for the next probe. Callers arriving while a
 * probe runs share the next one: at most two probes run back to back, however
 * many requests arrive, and each request waits about one or two trivial reads.
 */
import neo4j, { type Driver } from "neo4j-driver";

export interface GraphRevision {
  /** A revision observed after this call. Rejects when the database does not answer. */
  current(): Promise<string>;
}

export function createGraphRevision(driver: Driver, options: { database?: string }): GraphRevision {
  const probe = async (): Promise<string> => {
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
    try {
      // An auto-commit read: one round trip (the query and its result are pipelined), no BEGIN to wait for.
      await session.run("RETURN 1");
      return session.lastBookmarks().join(" ");
    } finally {
      await session.close();
    }
  };
  let running: Promise<string> | undefined;
  let next: Promise<string> | undefined;
  const start = (): Promise<string> => {
    const started = probe().finally(() => {
      if (running === started) running = undefined;
    });
    running = started;
    return started;
  };
  return {
    current() {
      if (!running) return start();
      const after = running.then(
        () => undefined,
        () => undefined,
      );
      next ??= after.then(() => {
        next = undefined;
        return running ?? start();
      });
      return next;
    },
  };
}
