/**
 * NODE_ENV as the configuration reads it (config.ts: production unless told
 * otherwise), set before any library loads: graphql-js and Express read it
 * once, when they load, and take "unset" for development (graphql-js then
 * runs its slower development checks on every request).
 */
process.env.NODE_ENV ??= "production";
