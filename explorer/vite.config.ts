/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

/**
 * Brotli and gzip copies of each built asset (`name.js.br`, `name.js.gz`), compressed once at build
 * time at the highest levels; graph-api sends the one the browser accepts (graph-api/src/http/static-files.ts).
 */
function precompress(): Plugin {
  return {
    name: "maillage-precompress",
    apply: "build",
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|svg|json|html)$/.test(fileName) || !fileName.startsWith("assets/")) continue;
        const path = join(options.dir!, fileName);
        const content = readFileSync(path);
        if (content.length < 1024) continue;
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

// Built into dist/ and served by graph-api at /; in development, Vite proxies the API.
// No source maps unless SOURCEMAPS=true at build time: whatever dist/ holds is public, and the
// maps would publish the whole source (1.9 MB) from every production server.
export default defineConfig({
  plugins: [react(), precompress()],
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
