import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import i18n from "../i18n";
import { VERSION } from "../queries";
import { VersionFooter } from "./VersionFooter";
import { mocked } from "../testing/mocked-response";

afterEach(cleanup);

const mocks = [
  mocked(VERSION, {
    result: { data: { version: { __typename: "ApiVersion", api: "0.2.0", schema: "0001" } } },
    maxUsageCount: Infinity,
  }),
];

describe("VersionFooter", () => {
  it("shows the server's release, in French by default and in English on request, the data model's version in its tooltip only", async () => {
    await i18n.changeLanguage("fr");
    render(
      <MockedProvider mocks={mocks}>
        <VersionFooter />
      </MockedProvider>,
    );
    const footer = await screen.findByText("Maillage, version 0.2.0");
    expect(footer.getAttribute("title")).toBe("Pour signaler un problème, indiquez la version 0.2.0 (données : 0001).");
    cleanup();
    await i18n.changeLanguage("en");
    render(
      <MockedProvider mocks={mocks}>
        <VersionFooter />
      </MockedProvider>,
    );
    expect((await screen.findByText("Maillage, version 0.2.0")).getAttribute("title")).toBe(
      "When reporting a problem, give version 0.2.0 (data: 0001).",
    );
    await i18n.changeLanguage("fr");
  });
});
