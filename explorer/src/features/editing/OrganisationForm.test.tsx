import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";

type MockedResponse = MockLink.MockedResponse;
import { GraphQLError } from "graphql";
import i18n from "../../i18n";
import { TERRITORY } from "../../queries";
import { OrganisationForm } from "./OrganisationForm";
import { ResourcesEditor } from "./ResourcesEditor";
import { THEMES } from "./operations";
import { UpdateEssStructureDocument } from "../../gql/graphql";
import type { EditableRecord } from "./operations";
import { mocked } from "../../testing/mocked-response";

afterEach(cleanup);
beforeAll(async () => {
  await i18n.changeLanguage("fr");
});

const territory = mocked(TERRITORY, {
  result: {
    data: {
      territory: {
        __typename: "TerritoryOverview",
        name: "GPSEA",
        towns: [
          { __typename: "TownCount", inseeCode: "94028", name: "Créteil", essStructures: 20, businesses: 5 },
          { __typename: "TownCount", inseeCode: "94071", name: "Sucy-en-Brie", essStructures: 8, businesses: 2 },
        ],
        themes: [],
      },
    },
  },
  maxUsageCount: Infinity,
});
const themes = mocked(THEMES, {
  result: {
    data: {
      themes: [
        { __typename: "Theme", code: "sustainable-food", labelFr: "Alimentation durable", labelEn: "Sustainable food" },
      ],
    },
  },
  maxUsageCount: Infinity,
});

const RECORD: EditableRecord = {
  __typename: "EssStructure",
  id: "ess-1",
  name: "Épicerie solidaire du Mont-Mesly",
  legalForm: "ASSOCIATION",
  siret: null,
  website: null,
  description: "Une épicerie.",
  town: [{ __typename: "Town", inseeCode: "94028" }],
  themes: [{ __typename: "Theme", code: "sustainable-food" }],
  location: { __typename: "Point", latitude: 48.771, longitude: 2.4858 },
  updatedBy: null,
  updatedAt: "2026-11-28T12:00:00.000Z",
};

const renderForm = (mocks: MockedResponse[] = [], onSaved = vi.fn(), record: EditableRecord | null = RECORD) => {
  render(
    <MockedProvider mocks={[territory, themes, ...mocks]}>
      <OrganisationForm type="EssStructure" record={record} onSaved={onSaved} onCancel={() => undefined} />
    </MockedProvider>,
  );
  return onSaved;
};

/** The message shown under a field, found the way assistive technologies find it. */
const messageOf = (field: HTMLElement) => {
  expect(field.getAttribute("aria-invalid")).toBe("true");
  const ids = field.getAttribute("aria-describedby")!.split(" ");
  return ids.map((id) => document.getElementById(id)!.textContent).join(" ");
};

describe("the organisation form", () => {
  it("shows each broken rule next to its field, sends nothing, and clears a message once fixed", async () => {
    const onSaved = renderForm();
    fireEvent.change(screen.getByLabelText("SIRET"), { target: { value: "81234567600018" } });
    fireEvent.change(screen.getByLabelText("Site web"), { target: { value: "epicerie.example" } });
    fireEvent.change(screen.getByLabelText("Latitude"), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));

    expect(await screen.findByRole("alert")).toHaveProperty(
      "textContent",
      "3 champs à corriger : voir les messages sous les champs.",
    );
    expect(messageOf(screen.getByLabelText("SIRET"))).toContain("Ce SIRET ne passe pas le contrôle de clé (Luhn)");
    expect(messageOf(screen.getByLabelText("Site web"))).toContain("Adresse web complète attendue");
    expect(messageOf(screen.getByLabelText("Latitude"))).toContain(
      "Donnez la latitude et la longitude, ou aucune des deux.",
    );
    expect(screen.getByLabelText(/^Nom/).hasAttribute("aria-invalid")).toBe(false);
    // The first wrong field gets the focus.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("SIRET")));

    fireEvent.change(screen.getByLabelText("SIRET"), { target: { value: "81234567600017" } });
    expect(screen.getByLabelText("SIRET").hasAttribute("aria-invalid")).toBe(false);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("sends only the fields the coordinator changed", async () => {
    const update = mocked(UpdateEssStructureDocument, {
      variables: { id: "ess-1", update: { website: { set: "https://epicerie.example" } } },
      result: {
        data: { updateEssStructures: { __typename: "UpdateEssStructuresMutationResponse", essStructures: [] } },
      },
    });
    const onSaved = renderForm([update]);
    fireEvent.change(screen.getByLabelText("Site web"), { target: { value: " https://epicerie.example " } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith({ id: "ess-1", name: "Épicerie solidaire du Mont-Mesly" }),
    );
  });

  it("puts the API's refusal next to the field it names", async () => {
    const update = mocked(UpdateEssStructureDocument, {
      variables: { id: "ess-1", update: { siret: { set: "81234567600017" }, siren: { set: "812345676" } } },
      result: {
        errors: [
          new GraphQLError("siret: another record already has this value (it must be unique)", {
            extensions: { code: "CONSTRAINT_VIOLATION", field: "siret" },
          }),
        ],
      },
    });
    const onSaved = renderForm([update]);
    fireEvent.change(screen.getByLabelText("SIRET"), { target: { value: "81234567600017" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    await waitFor(() =>
      expect(messageOf(screen.getByLabelText("SIRET"))).toContain("Une autre organisation a déjà cette valeur"),
    );
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("asks a name of a new organisation", async () => {
    renderForm([], vi.fn(), null);
    expect(screen.getByRole("heading", { name: "Nouvelle organisation" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Créer l'organisation" }));
    expect(messageOf(await screen.findByLabelText(/^Nom/))).toContain("Champ obligatoire.");
  });

  it("words the messages in English too", async () => {
    await i18n.changeLanguage("en");
    try {
      renderForm();
      fireEvent.change(screen.getByLabelText("Postal code"), { target: { value: "9400" } });
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
      expect(messageOf(await screen.findByLabelText("Postal code"))).toContain("A postal code is expected: 5 digits.");
    } finally {
      await i18n.changeLanguage("fr");
    }
  });
});

describe("needs and offers", () => {
  it("lists them and refuses a need without a title, next to the field", async () => {
    render(
      <MockedProvider mocks={[]}>
        <ResourcesEditor
          type="EssStructure"
          id="ess-1"
          side="need"
          editor
          resources={[
            {
              __typename: "ResourceNeed",
              id: "n1",
              title: "Camionnette 2 jours par semaine",
              kind: "VEHICLE",
              description: null,
              frequency: null,
              status: "OPEN",
            },
          ]}
        />
      </MockedProvider>,
    );
    expect(screen.getByRole("heading", { name: "Besoins (ouverts : 1)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Clore le besoin « Camionnette 2 jours par semaine »" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Ajouter un besoin" }));
    fireEvent.click(screen.getByRole("button", { name: "Ajouter" }));
    expect(messageOf(await screen.findByLabelText(/^Intitulé/))).toContain("Champ obligatoire.");
  });
});
