import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApolloProvider } from "@apollo/client/react";
import "./i18n";
import "./styles.css";
import { client } from "./apollo";
import { App } from "./App";
import { DataScopeProvider } from "./data-scope";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <DataScopeProvider>
        <App />
      </DataScopeProvider>
    </ApolloProvider>
  </StrictMode>,
);
