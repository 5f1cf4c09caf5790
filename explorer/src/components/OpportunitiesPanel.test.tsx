import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { GraphQLError } from "graphql";
import i18n from "../i18n";
import { signIn, signOut } from "../auth";
import { OPPORTUNITIES } from "../queries";
import { RECORD_CONTACT, UNDO_STEP } from "../features/follow-up/queries";
import { OpportunitiesPanel } from "./OpportunitiesPanel";
import type { OpportunitiesQuery } from "../gql/graphql";
import { mocked } from "../testing/mocked-response";

type MockedResponse = MockLink.MockedResponse;

const token = (claims: Record<string, unknown>) => `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, "")}.c2ln`;

const OPPORTUNITY: OpportunitiesQuery["opportunities"][number] = {
  __typename: "Opportunity",
  id: "opp-1",
  kind: "PARTNERSHIP",
  score: 0.8,
  status: "SUGGESTED",
  members: [
    {
      __typename: "OpportunityMember",
      id: "ess-a",
      name: "Atelier vélo solidaire",
      kind: "EssStructure",
      inseeCode: "94028",
    },
    {
      __typename: "OpportunityMember",
      id: "ess-b",
      name: "Épicerie solidaire",
      kind: "EssStructure",
      inseeCode: "94028",
    },
  ],
  explanation: ["Elles travaillent dans la même ville."],
};

const mocks: MockedResponse[] = [
  mocked(OPPORTUNITIES, {
    variables: { inseeCode: "94028", organisationId: null, language: "FR", limit: 20 },
    result: { data: { opportunities: [OPPORTUNITY] } },
    maxUsageCount: Infinity,
  }),
  mocked(RECORD_CONTACT, {
    variables: { id: "opp-1" },
    result: { errors: [new GraphQLError("Forbidden: only a coordinator may record opportunities' outcomes")] },
  }),
];

const recordAndUndo: MockedResponse[] = [
  mocks[0],
  mocked(RECORD_CONTACT, {
    variables: { id: "opp-1", note: "Présentées au forum", nextFollowUp: "2099-01-15" },
    result: { data: { markOpportunityContacted: { __typename: "Opportunity", id: "opp-1", status: "CONTACTED" } } },
  }),
  mocked(UNDO_STEP, {
    variables: { id: "opp-1" },
    result: {
      data: {
        undoOpportunityStep: {
          __typename: "UndoneStep",
          id: "opp-1",
          opportunity: { __typename: "Opportunity", id: "opp-1", status: "SUGGESTED" },
        },
      },
    },
  }),
];

const panel = (withMocks = mocks) =>
  render(
    <MockedProvider mocks={withMocks}>
      <OpportunitiesPanel inseeCode="94028" organisationId={null} shownId={null} onShow={() => {}} />
    </MockedProvider>,
  );

beforeAll(async () => {
  await i18n.changeLanguage("fr");
});
afterEach(() => {
  cleanup();
  signOut();
  vi.unstubAllGlobals();
});

async function signInAsCoordinator() {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify({ data: { __typename: "Query" } }), { status: 200 })),
  );
  await act(async () => {
    await signIn(token({ sub: "claire", roles: ["coordinator"], exp: 4_000_000_000 }));
  });
}

describe("OpportunitiesPanel", () => {
  it("offers a coordinator's actions as soon as they sign in, without another render of the view", async () => {
    panel();
    expect(await screen.findByText("Atelier vélo solidaire · Épicerie solidaire")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Mise en relation faite" })).toBeNull();
    await signInAsCoordinator();
    expect(await screen.findByRole("button", { name: "Mise en relation faite" })).toBeTruthy();
  });

  it("says in the interface's language that an action was not recorded, with the server's reason", async () => {
    await signInAsCoordinator();
    panel();
    fireEvent.click(await screen.findByRole("button", { name: "Mise en relation faite" }));
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    const alert = await screen.findByText(/^La suite n'a pas été enregistrée : /);
    expect(alert.textContent).toContain("only a coordinator may record");
  });

  it("records an introduction with its note and follow-up date, then offers to undo it", async () => {
    await signInAsCoordinator();
    panel(recordAndUndo);
    fireEvent.click(await screen.findByRole("button", { name: "Mise en relation faite" }));
    // Nothing is written before the dialog's confirmation; the decline field is not on the card.
    expect(screen.queryByLabelText("Raison du refus")).toBeNull();
    const dialog = screen.getByRole("dialog", { name: "Enregistrer une mise en relation" });
    expect(dialog.textContent).toContain(
      "La mise en relation entre Atelier vélo solidaire et Épicerie solidaire sera enregistrée à votre nom",
    );
    fireEvent.change(screen.getByLabelText("Note pour les collègues (facultative)"), {
      target: { value: "Présentées au forum" },
    });
    fireEvent.change(screen.getByLabelText("Date de relance (facultative)"), { target: { value: "2099-01-15" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(
      await screen.findByText("Mise en relation enregistrée entre Atelier vélo solidaire et Épicerie solidaire."),
    ).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    expect(
      await screen.findByText("La dernière étape entre Atelier vélo solidaire et Épicerie solidaire a été annulée."),
    ).toBeTruthy();
  });
});
