import pino, { type DestinationStream, type Logger } from "pino";

/** Request headers that carry a credential: never written to the logs. */
export const CREDENTIAL_HEADERS = ["authorization", "cookie", "x-api-key", "proxy-authorization", "x-csrf-token"];

/**
 * Structured logs. Request bodies, query variables, credential headers and
 * cookies set by the server are never logged: they may hold personal data or
 * credentials.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: "maillage-graph-api" },
      redact: {
        paths: [
          ...CREDENTIAL_HEADERS.map((h) => `req.headers["${h}"]`),
          'res.headers["set-cookie"]',
          // Names the credential headers (a public answer varies with them): kept out, so that a search of
          // the logs for credentials finds none at all.
          "res.headers.vary",
          "variables",
          "*.variables",
        ],
        remove: true,
      },
    },
    destination,
  );
}
