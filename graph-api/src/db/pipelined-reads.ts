import neo4j, { type Driver, type ManagedTransaction, type Session, type SessionConfig } from "neo4j-driver";

type TransactionConfig = Parameters<Session["executeRead"]>[1];

/**
 * The driver @neo4j/graphql is given: its generated reads run through
 * `driver.executeQuery`, like ours (db/graph-reader.ts).
 *
 * @neo4j/graphql opens a session for each statement and runs it in
 * `session.executeRead`, which sends BEGIN and waits for Neo4j's answer before
 * sending the query; `executeQuery` sends BEGIN, RUN and PULL at once. So every
 * generated read paid one more round trip to Neo4j (two more socket writes and
 * wake-ups of both processes) than the same Cypher run by the driver directly
 * (bench/run.mjs, docs/benchmarks.md).
 *
 * Same database, bookmark manager (@neo4j/graphql passes the driver's
 * executeQuery one), transaction timeout and metadata, retries of transient
 * errors. @neo4j/graphql runs exactly one statement per transaction; a second
 * `run` in the same read would get a transaction of its own, so it is refused.
 * Writes keep a real session (the audited mutations pass their own transaction
 * anyway: audit/audit-mutations.ts).
 */
export function pipelinedReads(driver: Driver): Driver {
  const facade: Pick<Driver, "session" | "executeQueryBookmarkManager"> = {
    get executeQueryBookmarkManager() {
      return driver.executeQueryBookmarkManager;
    },
    session(config: SessionConfig = {}) {
      let session: Session | undefined;
      const real = () => (session ??= driver.session(config));
      return {
        executeRead<T>(work: (tx: ManagedTransaction) => Promise<T> | T, transactionConfig?: TransactionConfig) {
          let ran = false;
          const tx = {
            run(query: string, parameters?: Record<string, unknown>) {
              if (ran) throw new Error("pipelinedReads: one statement per read transaction");
              ran = true;
              return driver.executeQuery(query, parameters, {
                database: config.database,
                // null: none (executeQuery would otherwise take its default one).
                bookmarkManager: config.bookmarkManager ?? null,
                impersonatedUser: config.impersonatedUser,
                routing: neo4j.routing.READ,
                transactionConfig,
              });
            },
          };
          return Promise.resolve(work(tx as unknown as ManagedTransaction));
        },
        executeWrite: (...args: Parameters<Session["executeWrite"]>) => real().executeWrite(...args),
        close: async () => session?.close(),
      } as unknown as Session;
    },
  };
  return facade as Driver;
}
