/**
 * GraphiQL for Maillage's API, bundled from the npm package (no CDN), served
 * by graph-api at /graphiql. Monaco's workers come from graphiql's Vite setup.
 */
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { EXAMPLES } from "./examples";

const fetcher = createGraphiQLFetcher({ url: new URL("/graphql", window.location.href).href });

createRoot(document.getElementById("graphiql")!).render(
  createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultTabs: EXAMPLES,
  }),
);
