/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

// Built into dist/ and served by graph-api at /; in development, Vite proxies the API.
// No source maps unless SOURCEMAPS=true at build time: whatever dist/ holds is public, and the
// maps would publish the whole source (1.9 MB) from every production server.
export default defineConfig({
  plugins: [react()],
  // @maillage/model is bundled from its TypeScript sources (no build of the package needed first).
  resolve: {
    alias: [
      { find: /^@maillage\/model(\/.*)?$/, replacement: fileURLToPath(new URL("../model/src$1", import.meta.url)) },
    ],
  },
  base: "/",
  build: { outDir: "dist", sourcemap: process.env.SOURCEMAPS === "true", chunkSizeWarningLimit: 700 },
  server: {
    proxy: {
      "/graphql": "http://127.0.0.1:4000",
      "/widget.js": "http://127.0.0.1:4000",
      "/embed": "http://127.0.0.1:4000",
      "/api/widget": "http://127.0.0.1:4000",
      "/api/export": "http://127.0.0.1:4000",
      "/api/territory": "http://127.0.0.1:4000",
    },
  },
  test: { environment: "jsdom", include: ["src/**/*.test.tsx", "src/**/*.test.ts"] },
});
