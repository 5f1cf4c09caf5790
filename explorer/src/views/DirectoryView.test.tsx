import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import i18n from "../i18n";
import { DETAILS, ORGANISATION_NODES, TERRITORY } from "../queries";
import DirectoryView from "./DirectoryView";
import type { GraphNode } from "../graph/model";
import type { TerritoryQuery } from "../gql/graphql";
import { mocked } from "../testing/mocked-response";

afterEach(cleanup);
beforeAll(async () => {
  await i18n.changeLanguage("fr");
});

const TOWNS: TerritoryQuery["territory"]["towns"] = [
  { __typename: "TownCount", inseeCode: "94028", name: "Créteil", essStructures: 20, businesses: 5 },
  { __typename: "TownCount", inseeCode: "94071", name: "Sucy-en-Brie", essStructures: 8, businesses: 2 },
];
const territory = mocked(TERRITORY, {
  result: {
    data: {
      territory: {
        __typename: "TerritoryOverview",
        name: "GPSEA",
        towns: TOWNS,
        themes: [
          { __typename: "ThemeCount", code: "FOOD", labelFr: "Alimentation", labelEn: "Food", essStructures: 3 },
        ],
      },
    },
  },
  maxUsageCount: Infinity,
});

const node = (i: number, over: Partial<GraphNode> = {}): GraphNode => ({
  __typename: "GraphNode",
  id: `org-${i}`,
  type: i % 3 === 0 ? "Business" : "EssStructure",
  name: `Organisation ${String(i).padStart(2, "0")}`,
  inseeCode: i % 2 === 0 ? "94028" : "94071",
  legalForm: i % 3 === 0 ? null : "ASSOCIATION",
  latitude: 48.78,
  longitude: 2.46,
  geoPrecision: null,
  illustrative: false,
  degree: i,
  ...over,
});
// 30 organisations, "Organisation 01" … "Organisation 30", degree = number; one with an accented name.
const NODES = [...Array.from({ length: 29 }, (_, k) => node(k + 1)), node(30, { name: "Épicerie solidaire" })];

const scope = (nodes = NODES) =>
  mocked(ORGANISATION_NODES, {
    variables: () => true,
    result: { data: { cooperationGraph: { __typename: "GraphView", nodes, truncated: false } } },
    maxUsageCount: Infinity,
  });
const details = mocked(DETAILS, {
  variables: () => true,
  result: {
    data: {
      essStructures: [],
      businesses: [],
      financers: [],
      supportProviders: [],
      researchUnits: [],
      events: [],
      sharedResources: [],
      callsForProjects: [],
    },
  },
  maxUsageCount: Infinity,
});

const renderView = () =>
  render(
    <MockedProvider mocks={[territory, scope(), details]}>
      <DirectoryView />
    </MockedProvider>,
  );

/** Names in the table's body, top to bottom (each row header also links to the organisation's suggestions and profile). */
const names = () =>
  within(screen.getByRole("table"))
    .getAllByRole("rowheader")
    .map((cell) => cell.querySelector("button")?.textContent?.trim());

describe("DirectoryView", () => {
  it("lists a page of organisations in an accessible table, sorted by name", async () => {
    renderView();
    await waitFor(() => expect(names()).toHaveLength(25));
    const table = screen.getByRole("table");
    expect(table.querySelector("caption")?.textContent).toContain("Organisations du périmètre (30)");
    expect(names()[0]).toBe("Épicerie solidaire");
    expect(names()[1]).toBe("Organisation 01");
    expect(
      within(screen.getAllByRole("rowheader")[0])
        .getAllByRole("link")
        .map((a) => [a.getAttribute("aria-label"), a.getAttribute("href")]),
    ).toEqual([
      ["Opportunités pour Épicerie solidaire", `#/opportunities?organisation=${NODES[29].id}`],
      ["Fiche de l'organisation Épicerie solidaire", `#/organisations/${NODES[29].id}`],
    ]);
    const nameHeader = screen.getByRole("columnheader", { name: /Nom/ });
    expect(nameHeader.getAttribute("aria-sort")).toBe("ascending");
    expect(nameHeader.getAttribute("scope")).toBe("col");
    expect(screen.getByRole("columnheader", { name: /Liens de coopération/ }).getAttribute("aria-sort")).toBe("none");
  });

  it("sorting by a header changes the order, and again reverses it", async () => {
    renderView();
    await waitFor(() => expect(names()).toHaveLength(25));
    fireEvent.click(screen.getByRole("button", { name: /Liens de coopération/ }));
    expect(names().slice(0, 3)).toEqual(["Épicerie solidaire", "Organisation 29", "Organisation 28"]);
    expect(screen.getByRole("columnheader", { name: /Liens de coopération/ }).getAttribute("aria-sort")).toBe(
      "descending",
    );
    expect(screen.getByRole("columnheader", { name: /Nom/ }).getAttribute("aria-sort")).toBe("none");
    fireEvent.click(screen.getByRole("button", { name: /Liens de coopération/ }));
    expect(names().slice(0, 3)).toEqual(["Organisation 01", "Organisation 02", "Organisation 03"]);

    fireEvent.click(screen.getByRole("button", { name: /^Nom/ }));
    fireEvent.click(screen.getByRole("button", { name: /^Nom/ }));
    expect(screen.getByRole("columnheader", { name: /Nom/ }).getAttribute("aria-sort")).toBe("descending");
    expect(names()[0]).toBe("Organisation 29");
  });

  it("the name filter narrows the rows, ignoring case and accents", async () => {
    renderView();
    await waitFor(() => expect(names()).toHaveLength(25));
    fireEvent.change(screen.getByRole("searchbox", { name: /Nom contenant/ }), { target: { value: "epicerie" } });
    expect(names()).toEqual(["Épicerie solidaire"]);
    fireEvent.change(screen.getByRole("searchbox", { name: /Nom contenant/ }), { target: { value: "organisation 1" } });
    expect(names()).toHaveLength(10);
    fireEvent.change(screen.getByRole("searchbox", { name: /Nom contenant/ }), {
      target: { value: "nothing like it" },
    });
    expect(screen.queryAllByRole("rowheader")).toHaveLength(0);
    expect(screen.getByText("Aucune organisation ne correspond.")).toBeTruthy();
  });

  it("the town filter asks the API for that town's organisations", async () => {
    const asked: unknown[] = [];
    const creteil = NODES.filter((n) => n.inseeCode === "94028");
    const byTown = {
      request: {
        query: ORGANISATION_NODES,
        variables: (v: Record<string, unknown>) => {
          asked.push(v);
          return true;
        },
      },
      result: (v: Record<string, unknown>) => ({
        data: {
          cooperationGraph: {
            __typename: "GraphView",
            nodes: v.inseeCode === "94028" ? creteil : NODES,
            truncated: false,
          },
        },
      }),
      maxUsageCount: Infinity,
    };
    render(
      <MockedProvider mocks={[territory, byTown, details]}>
        <DirectoryView />
      </MockedProvider>,
    );
    await waitFor(() => expect(names()).toHaveLength(25));
    await waitFor(() => expect(screen.getByRole("option", { name: "Créteil" })).toBeTruthy());
    fireEvent.change(screen.getByRole("combobox", { name: "Commune" }), { target: { value: "94028" } });
    await waitFor(() => expect(names()).toHaveLength(15));
    expect(asked).toContainEqual(expect.objectContaining({ inseeCode: "94028" }));
    expect(
      within(screen.getByRole("table"))
        .getAllByRole("cell")
        .filter((c) => c.textContent === "Sucy-en-Brie"),
    ).toHaveLength(0);
  });

  it("pagination buttons move between pages", async () => {
    renderView();
    await waitFor(() => expect(names()).toHaveLength(25));
    const previous = screen.getByRole("button", { name: "Page précédente" }) as HTMLButtonElement;
    const next = screen.getByRole("button", { name: "Page suivante" }) as HTMLButtonElement;
    expect(previous.disabled).toBe(true);
    expect(screen.getByText("Page 1 sur 2")).toBeTruthy();
    fireEvent.click(next);
    expect(screen.getByText("Page 2 sur 2")).toBeTruthy();
    expect(names()).toEqual([
      "Organisation 25",
      "Organisation 26",
      "Organisation 27",
      "Organisation 28",
      "Organisation 29",
    ]);
    expect(next.disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Première page" }));
    expect(names()[0]).toBe("Épicerie solidaire");
  });

  it("choosing a row opens its details", async () => {
    renderView();
    await waitFor(() => expect(names()).toHaveLength(25));
    fireEvent.click(screen.getByRole("button", { name: "Organisation 04" }));
    expect(screen.getByTestId("details-name").textContent).toBe("Organisation 04");
    expect(screen.getByRole("button", { name: "Organisation 04" }).getAttribute("aria-pressed")).toBe("true");
  });
});
