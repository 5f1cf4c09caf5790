import { defineConfig } from "vite";

/** Builds GraphiQL into graph-api/graphiql/dist, served at /graphiql with relative asset paths. */
export default defineConfig({
  root: __dirname,
  base: "./",
  logLevel: "warn",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 6000 },
  worker: { format: "es" },
});
