import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { GraphQLError } from "graphql";
import i18n from "../i18n";
import { adoptSession } from "../auth";
import { OPPORTUNITIES, OPPORTUNITY_COUNTS } from "../queries";
import { RECORD_CONTACT } from "../features/follow-up/queries";
import { OpportunitiesPanel } from "./OpportunitiesPanel";
import type { OpportunitiesQuery } from "../gql/graphql";
import { mocked } from "../testing/mocked-response";

type MockedResponse = MockLink.MockedResponse;

const OPPORTUNITY: OpportunitiesQuery["opportunities"][number] = {
  __typename: "Opportunity",
  id: "opp-1",
  kind: "PARTNERSHIP",
  // Among the best partnerships of the seed (score-words.ts: strong from 0.98 on the fitted scale).
  score: 0.99,
  status: "SUGGESTED",
  members: [
    {
      __typename: "OpportunityMember",
      id: "ess-a",
      name: "Atelier vélo solidaire",
      kind: "EssStructure",
      inseeCode: "94028",
      illustrative: true,
    },
    {
      __typename: "OpportunityMember",
      id: "ess-b",
      name: "Épicerie solidaire",
      kind: "EssStructure",
      inseeCode: "94028",
      illustrative: false,
    },
  ],
  explanation: ["Elles travaillent dans la même ville."],
};

const mocks: MockedResponse[] = [
  mocked(OPPORTUNITIES, {
    variables: {
      inseeCode: "94028",
      theme: "FOOD",
      organisationId: null,
      kind: null,
      language: "FR",
      limit: 5,
      offset: 0,
      order: "KINDS_IN_TURN",
    },
    result: { data: { opportunities: [OPPORTUNITY] } },
    maxUsageCount: Infinity,
  }),
  mocked(OPPORTUNITY_COUNTS, {
    variables: { inseeCode: "94028", theme: "FOOD", organisationId: null },
    result: {
      data: {
        opportunityCounts: [
          { __typename: "OpportunityKindCount", kind: "PARTNERSHIP", count: 1, atLeast: false },
          { __typename: "OpportunityKindCount", kind: "FUNDING", count: 0, atLeast: false },
        ],
      },
    },
    maxUsageCount: Infinity,
  }),
  mocked(RECORD_CONTACT, {
    variables: { id: "opp-1" },
    result: { errors: [new GraphQLError("Forbidden: only a coordinator may record opportunities' outcomes")] },
  }),
];

const panel = () =>
  render(
    <MockedProvider mocks={mocks}>
      <OpportunitiesPanel inseeCode="94028" theme="FOOD" organisationId={null} shownId={null} onShow={() => {}} />
    </MockedProvider>,
  );

beforeAll(async () => {
  await i18n.changeLanguage("fr");
});
afterEach(() => {
  cleanup();
  adoptSession(null);
  vi.unstubAllGlobals();
});

async function signInAsCoordinator() {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify({ data: { __typename: "Query" } }), { status: 200 })),
  );
  await act(async () => {
    adoptSession({ email: "claire@example.org", name: "Claire", roles: ["coordinator"] }, "csrf");
  });
}

describe("OpportunitiesPanel", () => {
  it("lists the suggestions of the network view's town and theme, the score in words and the counts per kind", async () => {
    panel();
    const card = (await screen.findByRole("link", { name: "Épicerie solidaire" })).closest("li")!;
    expect(card.textContent).toContain("Piste forte");
    expect(card.textContent).toContain("Elles travaillent dans la même ville.");
    expect(card.textContent).not.toMatch(/0[.,]8/);
    // The invented organisation is marked as such, the real one is not.
    expect(card.textContent).toContain("Atelier vélo solidaire (données fictives)");
    expect(card.textContent).not.toContain("Épicerie solidaire (données fictives)");
    expect(await screen.findByRole("button", { name: "Partenariat 1" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Financement 0" }).hasAttribute("disabled")).toBe(true);
    expect(
      screen.getByRole("link", { name: "Ouvrir toutes les opportunités avec ces filtres" }).getAttribute("href"),
    ).toBe("#/opportunities?town=94028&theme=FOOD");
  });

  it("offers a coordinator's actions as soon as they sign in, without another render of the view", async () => {
    panel();
    expect(await screen.findByRole("link", { name: "Atelier vélo solidaire" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Mise en relation faite" })).toBeNull();
    await signInAsCoordinator();
    expect(await screen.findByRole("button", { name: "Mise en relation faite" })).toBeTruthy();
  });

  it("says in the interface's language that an action was not recorded, with the server's reason", async () => {
    await signInAsCoordinator();
    panel();
    fireEvent.click(await screen.findByRole("button", { name: "Mise en relation faite" }));
    // Nothing is sent before the dialog's confirmation.
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    const alert = await screen.findByText(/^La suite n'a pas été enregistrée : /);
    expect(alert.textContent).toContain("only a coordinator may record");
  });
});
