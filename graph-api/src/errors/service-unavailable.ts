import type { ApolloServerPlugin } from "@apollo/server";
import { classify } from "./classify";
import { ErrorCode } from "./error-codes";

/** Seconds a client is told to wait (Retry-After) while the database is unavailable; /readyz says the same. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * While Neo4j is unreachable (stopped, killed, restarting), a GraphQL request
 * that needed it is answered 503 with Retry-After, not 200 with an error in
 * the body: clients and proxies retry on the status. Nothing was written by
 * such a request (its transaction never committed), so retrying is safe.
 * @see docs/operations.md (faults)
 */
export function serviceUnavailableStatus<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let unavailable = false;
      return {
        async didEncounterErrors({ errors }) {
          unavailable ||= errors.some((error) => classify(error).code === ErrorCode.SERVICE_UNAVAILABLE);
        },
        async willSendResponse({ response }) {
          if (!unavailable) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
