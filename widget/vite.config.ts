/**
 * Two classic scripts (IIFE, so that document.currentScript tells where the
 * API is), built into dist/ and served by graph-api: `vite build` makes
 * widget.js, `vite build --mode embed` makes embed.js beside it.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig(({ mode }) => {
  const name = mode === "embed" ? "embed" : "widget";
  return {
    // @maillage/model is bundled from its TypeScript sources (no build of the package needed first).
    resolve: {
      alias: [
        { find: /^@maillage\/model(\/.*)?$/, replacement: fileURLToPath(new URL("../model/src$1", import.meta.url)) },
      ],
    },
    build: {
      outDir: "dist",
      emptyOutDir: name === "widget",
      target: "es2021",
      minify: true,
      sourcemap: false,
      lib: {
        entry: `src/${name}.ts`,
        formats: ["iife"],
        name: name === "embed" ? "maillageEmbed" : "maillageWidget",
        fileName: () => `${name}.js`,
      },
    },
  };
});
