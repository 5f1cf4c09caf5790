/**
 * What the domain needs from the database, as interfaces: the domain runs
 * named Cypher queries through these and never sees the driver
 * (db/graph-reader.ts and db/graph-writer.ts implement them).
 */
import type { CypherQuery } from "../cypher/query";

/** Runs a named read query. */
export interface GraphReader {
  read<P extends Record<string, unknown>, R>(query: CypherQuery<P, R>, params: P): Promise<R[]>;
}

/** Runs named queries inside one write transaction. */
export type WriteRunner = <P extends Record<string, unknown>, R>(query: CypherQuery<P, R>, params: P) => Promise<R[]>;

/** A write transaction in which the domain runs named queries; all or nothing. */
export interface GraphWriter {
  transaction<T>(work: (run: WriteRunner) => Promise<T>): Promise<T>;
}
