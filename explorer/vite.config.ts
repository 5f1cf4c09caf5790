/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Built into dist/ and served by graph-api at /; in development, Vite proxies the API.
export default defineConfig({
  plugins: [react()],
  base: "/",
  build: { outDir: "dist", sourcemap: true, chunkSizeWarningLimit: 700 },
  server: { proxy: { "/graphql": "http://127.0.0.1:4000", "/widget.js": "http://127.0.0.1:4000", "/embed": "http://127.0.0.1:4000", "/api/widget": "http://127.0.0.1:4000", "/api/export": "http://127.0.0.1:4000" } },
  test: { environment: "jsdom", include: ["src/**/*.test.tsx", "src/**/*.test.ts"] },
});
