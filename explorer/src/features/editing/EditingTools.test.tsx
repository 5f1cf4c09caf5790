import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { useState } from "react";
import i18n from "../../i18n";
import { TERRITORY } from "../../queries";
import type { GraphNode } from "../../graph/model";
import EditingTools from "./EditingTools";
import { THEMES } from "./operations";
import { CreateEssStructureDocument, EditableEssStructureDocument } from "../../gql/graphql";
import { mocked } from "../../testing/mocked-response";

type MockedResponse = MockLink.MockedResponse;

afterEach(cleanup);
beforeAll(async () => {
  await i18n.changeLanguage("fr");
});

const node = (id: string, type: string, name: string): GraphNode => ({
  __typename: "GraphNode",
  id,
  type,
  name,
  inseeCode: "94028",
  legalForm: null,
  latitude: null,
  longitude: null,
  geoPrecision: null,
  illustrative: false,
  degree: 1,
});
const CRETEIL = node("town:94028", "Town", "Créteil");
const CREATED = node("ess-new", "EssStructure", "Atelier vélo solidaire");
const OTHER = node("ess-other", "EssStructure", "Épicerie solidaire");

const always = { maxUsageCount: Infinity };
const mocks: MockedResponse[] = [
  mocked(TERRITORY, {
    result: {
      data: {
        territory: {
          __typename: "TerritoryOverview",
          name: "GPSEA",
          towns: [{ __typename: "TownCount", inseeCode: "94028", name: "Créteil", essStructures: 20, businesses: 5 }],
          themes: [],
        },
      },
    },
    ...always,
  }),
  mocked(THEMES, { result: { data: { themes: [] } }, ...always }),
  mocked(CreateEssStructureDocument, {
    variables: (v) => JSON.stringify(v).includes(CREATED.name),
    result: {
      data: {
        created: {
          __typename: "CreateEssStructuresMutationResponse",
          organisations: [{ __typename: "EssStructure", id: CREATED.id, name: CREATED.name }],
        },
      },
    },
  }),
  ...[CREATED, OTHER].map((n) =>
    mocked(EditableEssStructureDocument, {
      variables: { id: n.id },
      result: {
        data: {
          essStructures: [
            {
              __typename: "EssStructure",
              id: n.id,
              name: n.name,
              description: null,
              website: null,
              location: null,
              themes: [],
              updatedBy: "e2e-editor",
              updatedAt: "2026-11-28T12:00:00.000Z",
              legalForm: null,
              stage: null,
              activity: null,
              siret: null,
              rnaId: null,
              address: null,
              postalCode: null,
              foundedYear: null,
              town: [],
              essPartnersConnection: { __typename: "EssStructureEssPartnersConnection", edges: [] },
              businessPartnersConnection: { __typename: "EssStructureBusinessPartnersConnection", edges: [] },
              memberOfConnection: { __typename: "EssStructureMemberOfConnection", edges: [] },
              needs: [],
              offers: [],
            },
          ],
        },
      },
      ...always,
    }),
  ),
];

/**
 * The graph view around the tools, as GraphView does it: after a creation it
 * reads the new organisation's neighbourhood (later), then selects it.
 */
function GraphAround() {
  const [selected, setSelected] = useState<GraphNode>(CRETEIL);
  return (
    <>
      <EditingTools
        node={selected}
        onCreated={(id) => setTimeout(() => setSelected(id === CREATED.id ? CREATED : OTHER), 10)}
      />
      <button type="button" onClick={() => setSelected(OTHER)}>
        select another
      </button>
    </>
  );
}

const createOne = async () => {
  render(
    <MockedProvider mocks={mocks}>
      <GraphAround />
    </MockedProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Nouvelle organisation" }));
  fireEvent.change(await screen.findByLabelText(/^Nom/), { target: { value: CREATED.name } });
  fireEvent.click(screen.getByRole("button", { name: "Créer l'organisation" }));
  // The new organisation is selected: its tools show.
  await screen.findByRole("button", { name: `Modifier ${CREATED.name}` });
  await act(() => new Promise((r) => setTimeout(r, 20)));
};

describe("the editing tools", () => {
  it("keeps saying the organisation was created once the graph selects it", async () => {
    await createOne();
    expect(screen.getByRole("status").textContent).toBe(`Organisation créée : ${CREATED.name}.`);
  });

  it("drops that message when another node is selected", async () => {
    await createOne();
    fireEvent.click(screen.getByRole("button", { name: "select another" }));
    await screen.findByRole("button", { name: `Modifier ${OTHER.name}` });
    expect(screen.queryByRole("status")).toBeNull();
  });
});
