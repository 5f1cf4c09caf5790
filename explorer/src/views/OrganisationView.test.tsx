import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import i18n from "../i18n";
import { ORGANISATION_PROFILE } from "../queries";
import type { OrganisationProfileQuery } from "../gql/graphql";
import { mocked } from "../testing/mocked-response";
import OrganisationView from "./OrganisationView";
import { REAL_INSTITUTION } from "@maillage/model";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("fr");
});

const fact = (field: string, sourceKind: "COORDINATOR" | "OPEN_DATA_IMPORT", source: string, at: string) => ({
  __typename: "FactSource" as const,
  field,
  sourceKind,
  source,
  at,
});

const ess: OrganisationProfileQuery["essStructures"][number] = {
  __typename: "EssStructure",
  id: "ess-1",
  name: "Ressourcerie du Morbras",
  legalForm: "ASSOCIATION",
  activity: null,
  projectKind: null,
  stage: "EARLY",
  staffRangeLabel: null,
  foundedYear: 2012,
  address: null,
  postalCode: null,
  website: "https://ressourcerie.example.org",
  description: null,
  isVitrine: false,
  source: "StockEtablissement.csv",
  sourceKind: "OPEN_DATA_IMPORT",
  sourceRef: null,
  updatedAt: "2026-12-03T10:00:00Z",
  importedAt: "2026-12-01T09:00:00Z",
  factSources: [
    fact("name", "OPEN_DATA_IMPORT", "sirene", "2026-12-01T09:00:00Z"),
    fact("legalForm", "OPEN_DATA_IMPORT", "sirene", "2026-12-01T09:00:00Z"),
    fact("stage", "COORDINATOR", "coordinator", "2026-12-03T10:00:00Z"),
    fact("foundedYear", "OPEN_DATA_IMPORT", "rna", "2026-12-01T09:00:00Z"),
    fact("website", "OPEN_DATA_IMPORT", "sirene", "2026-12-01T09:00:00Z"),
  ],
  town: [],
  themes: [],
  needs: [],
  offers: [],
  essPartners: [],
  businessPartners: [],
  customers: [],
  funders: [],
  supporters: [],
  researchLinks: [],
  memberOf: [],
  events: [],
  sharedResources: [],
};

const profile = mocked(ORGANISATION_PROFILE, {
  variables: { id: "ess-1" },
  result: { data: { essStructures: [ess], businesses: [], financers: [], supportProviders: [], researchUnits: [] } },
  maxUsageCount: Infinity,
});

/** The provenance line under the value of the fact labelled `label`. */
const sourceOf = (label: string) =>
  screen.getByText(label, { selector: "dt" }).closest(".fact")!.querySelector("[data-testid=fact-source]")?.textContent;

const renderView = (mock = profile) =>
  render(
    <MockedProvider mocks={[mock]}>
      <OrganisationView id="ess-1" />
    </MockedProvider>,
  );

const demoProfile = (sourceRef: string | null) =>
  mocked(ORGANISATION_PROFILE, {
    variables: { id: "ess-1" },
    result: {
      data: {
        essStructures: [{ ...ess, sourceKind: "ILLUSTRATIVE", source: "illustrative", sourceRef }],
        businesses: [],
        financers: [],
        supportProviders: [],
        researchUnits: [],
      },
    },
  });

describe("an organisation of the demonstration", () => {
  it("is said to be invented, or, for a real institution named in the demo, to have invented links and figures", async () => {
    renderView(demoProfile(null));
    expect((await screen.findByRole("note")).textContent).toContain("Organisation inventée pour la démonstration");
    cleanup();
    renderView(demoProfile(REAL_INSTITUTION.sourceRef!));
    const note = (await screen.findByRole("note")).textContent;
    expect(note).toContain("Institution réelle nommée pour la démonstration");
    expect(note).not.toContain("inventée pour la démonstration : ni elle");
  });
});

describe("a profile's facts and where each comes from", () => {
  it("says in French who wrote each fact and when, under its value", async () => {
    await i18n.changeLanguage("fr");
    renderView();
    await screen.findByTestId("profile-name");
    expect(sourceOf("Stade de développement")).toBe("Saisi par un·e chargé·e de mission le 3 déc. 2026");
    expect(sourceOf("Forme juridique")).toBe("Registre Sirene, import du 1 déc. 2026");
    expect(sourceOf("Année de création")).toBe("Répertoire national des associations, import du 1 déc. 2026");
    // The record's own provenance stays, in one sentence.
    expect(screen.getByTestId("profile-provenance").textContent).toContain("Dernier import le 01/12/2026");
  });

  it("says it in English too", async () => {
    await i18n.changeLanguage("en");
    renderView();
    await screen.findByTestId("profile-name");
    expect(sourceOf("Stage of development")).toBe("Entered by a coordinator on 3 Dec 2026");
    expect(sourceOf("Website")).toBe("Sirene business register, imported on 1 Dec 2026");
  });
});
