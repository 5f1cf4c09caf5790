import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import i18n from "../i18n";
import { VERSION } from "../queries";
import { VersionFooter } from "./VersionFooter";

afterEach(cleanup);

const mocks = [{ request: { query: VERSION }, result: { data: { version: { __typename: "ApiVersion", api: "0.2.0", schema: "0001" } } }, maxUsageCount: Infinity }];

describe("VersionFooter", () => {
  it("shows the server's release and data model version, in French by default and in English on request", async () => {
    await i18n.changeLanguage("fr");
    render(<MockedProvider mocks={mocks}><VersionFooter /></MockedProvider>);
    expect(await screen.findByText("Maillage version 0.2.0 — modèle de données 0001")).toBeTruthy();
    cleanup();
    await i18n.changeLanguage("en");
    render(<MockedProvider mocks={mocks}><VersionFooter /></MockedProvider>);
    expect(await screen.findByText("Maillage version 0.2.0 — data model 0001")).toBeTruthy();
    await i18n.changeLanguage("fr");
  });
});
