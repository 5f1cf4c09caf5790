import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Structured logs. Request bodies, query variables and Authorization headers
 * are never logged: they may hold personal data or credentials.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
    level,
    base: { app: "maillage-graph-api" },
    redact: { paths: ["req.headers.authorization", "req.headers.cookie", "variables", "*.variables"], remove: true },
    },
    destination,
  );
}
