import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildSchema, validate } from "graphql";
import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { of } from "rxjs";
import i18n from "../i18n";
import { DASHBOARD } from "../queries";
import DashboardView from "./DashboardView";
import type { DashboardQuery } from "../gql/graphql";

const DATA: DashboardQuery = {
  territory: {
    __typename: "TerritoryOverview",
    name: "Grand Paris Sud Est Avenir",
    population: 318000,
    programme: {
      __typename: "ProgrammeFigures",
      id: "programme-ess-gpsea",
      name: "Programme ESS de GPSEA",
      annualBudgetEur: 92900,
      budgetNote: "hors masse salariale",
      essJobsSharePct: 6.5,
      essPrivateJobsSharePct: 11,
      essEnterprisesSharePct: 8.6,
      source: "programme-ess-gpsea.fr.txt",
      sourceRef: null,
    },
    counts: {
      __typename: "TerritoryCounts",
      towns: 16,
      essStructures: 41,
      illustrativeEssStructures: 30,
      businesses: 77,
      financers: 5,
      supportProviders: 6,
      researchUnits: 3,
      openNeeds: 9,
      openOffers: 8,
      sharedResources: 4,
      events: 7,
      callEditions: 4,
    },
    towns: [
      {
        __typename: "TownCount",
        inseeCode: "94028",
        name: "Créteil",
        essStructures: 23,
        illustrativeEssStructures: 20,
        businesses: 31,
      },
      {
        __typename: "TownCount",
        inseeCode: "94002",
        name: "Alfortville",
        essStructures: 5,
        illustrativeEssStructures: 5,
        businesses: 0,
      },
    ],
    legalForms: [
      { __typename: "LegalFormCount", legalForm: "ASSOCIATION", count: 29 },
      { __typename: "LegalFormCount", legalForm: null, count: 2 },
    ],
  },
  programmes: [
    {
      __typename: "Programme",
      id: "programme-ess-gpsea",
      axes: [
        {
          __typename: "ProgrammeAxis",
          id: "axis-2",
          number: 2,
          title: "Accompagner et financer",
          titleEn: "Support and fund",
          description: null,
          actions: [
            {
              __typename: "ProgrammeAction",
              id: "a3",
              title: "Appel à projets",
              titleEn: "Call for projects",
              description: null,
              sinceYear: 2016,
              facts: ["17 structures"],
            },
          ],
        },
        {
          __typename: "ProgrammeAxis",
          id: "axis-1",
          number: 1,
          title: "Mutualiser et coopérer",
          titleEn: "Pool and cooperate",
          description: null,
          actions: [],
        },
      ],
    },
  ],
  callsForProjects: [
    {
      __typename: "CallForProjects",
      id: "aap-2016",
      year: 2016,
      title: "AAP 2016",
      envelopeEur: null,
      patShareEur: null,
      laureateCount: null,
      ceremonyDate: null,
      ceremonyPlace: null,
      source: "s",
      laureatesConnection: { __typename: "CallForProjectsLaureatesConnection", edges: [] },
    },
    {
      __typename: "CallForProjects",
      id: "aap-2023",
      year: 2023,
      title: "AAP 2023",
      envelopeEur: 60000,
      patShareEur: 10000,
      laureateCount: 7,
      ceremonyDate: "2023-11-28",
      ceremonyPlace: "UPEC",
      source: "s",
      laureatesConnection: {
        __typename: "CallForProjectsLaureatesConnection",
        edges: [
          {
            __typename: "CallForProjectsLaureatesRelationship",
            properties: { __typename: "Laureate", amountEur: 8000 },
            node: { __typename: "EssStructure", id: "ess-m", name: "Matrimoine", sourceKind: "PUBLIC_PAGE" },
          },
        ],
      },
    },
  ],
  events: [
    {
      __typename: "Event",
      id: "event-top10",
      title: "Top 10",
      year: null,
      date: null,
      place: null,
      description: "Convention d'affaires",
      essParticipantCount: 10,
      businessParticipantCount: 50,
      source: "programme",
    },
  ],
  supportProviders: [
    {
      __typename: "SupportProvider",
      id: "sp1",
      stagesServed: ["IDEA", "LAUNCH"],
      supportedConnection: {
        __typename: "SupportProviderSupportedConnection",
        edges: [
          {
            __typename: "SupportProviderSupportedRelationship",
            properties: { __typename: "Support", stage: "IDEA", until: null },
          },
          {
            __typename: "SupportProviderSupportedRelationship",
            properties: { __typename: "Support", stage: "IDEA", until: 2022 },
          },
          {
            __typename: "SupportProviderSupportedRelationship",
            properties: { __typename: "Support", stage: "EARLY", until: null },
          },
        ],
      },
    },
  ],
  opportunityOutcomes: {
    __typename: "OpportunityOutcomes",
    recorded: 3,
    contacted: 1,
    accepted: 1,
    declined: 1,
    byKind: [
      { __typename: "KindOutcomes", kind: "PARTNERSHIP", contacted: 1, accepted: 0, declined: 1, recorded: 2 },
      { __typename: "KindOutcomes", kind: "FUNDING", contacted: 0, accepted: 1, declined: 0, recorded: 1 },
    ],
  },
};

/** What this year's business convention gave, as the planner recorded it. */
const CONVENTION_YEAR = {
  __typename: "ConventionYearOutcomes",
  year: new Date().getFullYear(),
  held: 38,
  followUps: 12,
  partnerships: 5,
  purchases: 3,
};

const ZERO = { __typename: "OpportunityOutcomes", recorded: 0, contacted: 0, accepted: 0, declined: 0 };

/** The dashboard's answer, and the period's outcomes: those of the dashboard this year, none the year before unless told. */
function renderWith(data: DashboardQuery, previous: Record<string, unknown> = ZERO) {
  const client = new ApolloClient({
    link: new ApolloLink((operation) =>
      of({
        data:
          operation.operationName === "OutcomesByPeriod"
            ? {
                current: data.opportunityOutcomes,
                previous,
                conventionsCurrent: [CONVENTION_YEAR],
                conventionsPrevious: [],
              }
            : (data as unknown as Record<string, unknown>),
      }),
    ),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: "no-cache" }, query: { fetchPolicy: "no-cache" } },
  });
  return render(
    <ApolloProvider client={client}>
      <DashboardView />
    </ApolloProvider>,
  );
}

afterEach(cleanup);
beforeAll(async () => {
  await i18n.changeLanguage("fr");
});

describe("DashboardView", () => {
  it("asks only for fields the API has", () => {
    const sdl = readFileSync(resolve(process.cwd(), "../schema/schema.graphql"), "utf8");
    expect(validate(buildSchema(sdl), DASHBOARD)).toEqual([]);
  });

  it("shows the programme's figures, the calls, the Top 10, support by stage, towns and outcomes from the API", async () => {
    renderWith(DATA);
    expect(await screen.findByRole("heading", { name: /Tableau de bord du programme ESS/ })).toBeTruthy();
    const text = document.body.textContent!.replace(/\u202f|\u00a0/g, " ");
    expect(text).toContain("92 900 €");
    // The year's business convention, from the planner's recorded outcomes.
    const held = await screen.findByRole("rowheader", { name: /Rendez-vous tenus en convention d'affaires/ });
    expect(held.closest("tr")!.textContent).toContain("38");
    expect(text).toContain("6,5 %");
    expect(text).toContain("11 %");
    expect(text).toContain("8,6 %");
    expect(text).toContain("60 000 €");
    expect(text).toContain("Matrimoine (8 000 €)");
    expect(text).toContain("28 novembre 2023");
    expect(text).toContain("non publié");
    // Axes in their order.
    const axes = screen.getAllByRole("group").filter((d) => d.tagName === "DETAILS");
    expect(axes.map((a) => a.querySelector("summary")!.textContent)).toEqual([
      "Mutualiser et coopérer — actions : 0",
      "Accompagner et financer — actions : 1",
    ]);
    expect(screen.getByRole("heading", { name: "Convention d'affaires « Top 10 »" })).toBeTruthy();

    // Each chart has a title, a text alternative and a table toggle.
    const support = screen.getByRole("figure", { name: "Accompagnements selon l'étape du projet à leur début" });
    const svg = within(support).getByRole("img");
    expect(svg.querySelector("desc")!.textContent).toContain("Idée : 2");
    expect(svg.querySelector("desc")!.textContent).toContain("Premières années : 1");
    const toggle = within(support).getByRole("button", { name: "Afficher le tableau des données" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const rows = within(support)
      .getAllByRole("row")
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[0]).toEqual(["Étape", "En cours", "Terminés", "Total"]);
    expect(rows[1]).toEqual(["Idée", "1", "1", "2"]);

    const towns = screen.getByRole("figure", { name: "Organisations par commune" });
    expect(within(towns).getByRole("img").querySelector("desc")!.textContent).toContain("Créteil : 54");
    const outcomes = screen.getByRole("figure", { name: "Suites données par type d'opportunité" });
    expect(within(outcomes).getByRole("img").querySelector("desc")!.textContent).toContain("Partenariat : 2");
  });

  it("speaks English and says when there is nothing recorded yet", async () => {
    await i18n.changeLanguage("en");
    try {
      renderWith({
        ...DATA,
        events: [],
        opportunityOutcomes: {
          __typename: "OpportunityOutcomes",
          recorded: 0,
          contacted: 0,
          accepted: 0,
          declined: 0,
          byKind: [],
        },
      });
      expect(await screen.findByRole("heading", { name: /ESS programme dashboard/ })).toBeTruthy();
      expect(screen.getByText("No opportunity has been followed up by a coordinator yet.")).toBeTruthy();
      expect(screen.queryByRole("heading", { name: /Top 10/ })).toBeNull();
      expect(document.body.textContent).toContain("€92,900");
    } finally {
      await i18n.changeLanguage("fr");
    }
  });

  it("compares this year with the last, says each source in French, and prints without the buttons", async () => {
    const year = new Date().getFullYear();
    renderWith(DATA, { ...ZERO, recorded: 1, accepted: 1 });
    const period = await screen.findByRole("heading", { name: `${year} comparée à ${year - 1}` });
    const table = period.closest("section")!.querySelector("table")!;
    const rows = [...table.querySelectorAll("tbody tr")].map((r) =>
      [...r.querySelectorAll("th, td")].map((c) => c.textContent),
    );
    expect(rows.find((r) => r[0]!.startsWith("Mises en relation suivies"))!.slice(1, 4)).toEqual(["3", "1", "+2"]);
    expect(rows.find((r) => r[0]!.startsWith("… dont abouties"))!.slice(1, 4)).toEqual(["1", "1", "="]);
    // Each figure says where it comes from.
    expect(rows[0][0]).toContain("Source : Éditions des appels à projets");
    expect((screen.getByLabelText("Année") as HTMLSelectElement).value).toBe(String(year));
    // Sources in words: no file name, no English.
    const sources = screen.getByRole("heading", { name: "Sources" }).closest("section")!.textContent!;
    expect(sources).toContain("Texte du programme ESS du territoire");
    expect(document.body.textContent).not.toMatch(/\.txt|\.json|programme text/);
    // The print button and the line only paper shows (the print stylesheet hides .no-print and shows .print-only).
    const print = screen.getByRole("button", { name: "Imprimer / PDF" });
    expect(print.closest(".no-print")).toBeTruthy();
    expect(document.querySelector(".print-only")!.textContent).toContain(`l'année ${year}, comparée à ${year - 1}`);
  });
});
