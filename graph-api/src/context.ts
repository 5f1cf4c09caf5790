import type { AuthClaims } from "./auth/verify-token";
import type { GraphReader } from "./db/graph-reader";
import type { GraphWriter } from "./db/graph-writer";
import type { OpportunityFinder } from "./domain/opportunities/finder";
import type { MetricsService } from "./domain/metrics/service";
import type { Pseudonymise } from "./domain/metrics/pseudonym";
import type { PublicReadMark } from "./http/public-reads";

/**
 * The per-request context. `jwt` is what @neo4j/graphql's @authentication and
 * @authorization rules read (already verified with jose); `reader` is what our
 * own resolvers' domain functions use.
 */
export interface AppContext {
  jwt?: AuthClaims;
  reader: GraphReader;
  writer: GraphWriter;
  /** Where @neo4j/graphql opens its sessions (NEO4J_DATABASE; the server's default when unset). */
  sessionConfig: { database?: string };
  /** Transaction config of @neo4j/graphql's queries: the Neo4j timeout (NEO4J_QUERY_TIMEOUT_MS). */
  transaction: { timeout: number };
  opportunities: OpportunityFinder;
  /** Network metrics of the cooperation graph (stored snapshots, computed again when the graph changed). */
  metrics: MetricsService;
  /** Stable pseudonymous id of a node, for exports. */
  pseudonymise: Pseudonymise;
  /** For an anonymous request: whether its answer may be kept for the next visitors (http/public-reads.ts). */
  publicRead?: PublicReadMark;
  /**
   * What the answer's headers say: the resolvers that read the cooperation
   * graph's figures set the dataset version (the X-Dataset-Version header).
   * An object, so that it is shared with the copies of the context the
   * generated resolvers make.
   */
  answer: { datasetVersion?: string };
}
