import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// jsdom has no SVG geometry: Leaflet checks for createSVGRect when it is
// imported to choose its SVG renderer, so the stub comes before the imports.
vi.hoisted(() => {
  const proto = globalThis.SVGSVGElement?.prototype as unknown as Record<string, unknown> | undefined;
  if (proto && !proto.createSVGRect) proto.createSVGRect = () => ({});
  // Nor layout: the map is given a screen's size, so that it has a view to group points in and list.
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 600 });
});

import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import i18n from "../i18n";
import { DETAILS, ORGANISATION_NODES, TERRITORY } from "../queries";
import MapView from "./MapView";
import type { GraphNode } from "../graph/model";
import { mocked } from "../testing/mocked-response";
import communesText from "@maillage/reference/data/gpsea-communes.geojson?raw";

/** The API's outlines route: the GPSEA file, or a 404 for a territory configured without outlines. */
let outlinesStatus = 200;
const fetched: string[] = [];
beforeEach(() => {
  outlinesStatus = 200;
  fetched.length = 0;
  vi.stubGlobal(
    "fetch",
    vi.fn((url: string) => {
      fetched.push(url);
      if (url === "/api/map/basemap.json") return Promise.resolve(new Response(JSON.stringify({ tiles: null })));
      return Promise.resolve(
        outlinesStatus === 200
          ? new Response(communesText, { status: 200, headers: { "Content-Type": "application/geo+json" } })
          : new Response(JSON.stringify({ errors: [{ message: "No town outlines are configured" }] }), { status: 404 }),
      );
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
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
          { __typename: "TownCount", inseeCode: "94028", name: "Créteil", essStructures: 2, businesses: 1 },
          { __typename: "TownCount", inseeCode: "94071", name: "Sucy-en-Brie", essStructures: 1, businesses: 0 },
        ],
        themes: [],
      },
    },
  },
  maxUsageCount: Infinity,
});
const node = (
  id: string,
  type: string,
  name: string,
  inseeCode: string,
  latitude: number | null,
  longitude: number | null,
  legalForm: string | null = null,
): GraphNode => ({
  __typename: "GraphNode",
  id,
  type,
  name,
  inseeCode,
  legalForm,
  latitude,
  longitude,
  geoPrecision: latitude == null ? null : "address",
  illustrative: false,
  degree: 3,
});
const NODES = [
  node("a", "EssStructure", "Épicerie solidaire", "94028", 48.79, 2.455, "ASSOCIATION"),
  node("b", "Business", "Boulangerie du Port", "94028", 48.74, 2.47),
  { ...node("c", "Financer", "Fondation locale", "94071", 48.77, 2.53), illustrative: true },
  node("d", "EssStructure", "Sans adresse", "94071", null, null, "SCOP"),
];
const asked: Record<string, unknown>[] = [];
const scope = mocked(ORGANISATION_NODES, {
  variables: (v) => {
    asked.push(v);
    return true;
  },
  result: (v) => ({
    data: {
      cooperationGraph: {
        __typename: "GraphView",
        nodes: v.inseeCode ? NODES.filter((n) => n.inseeCode === v.inseeCode) : NODES,
        truncated: false,
      },
    },
  }),
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
    <MockedProvider mocks={[territory, scope, details]}>
      <MapView />
    </MockedProvider>,
  );
const map = () => screen.getByTestId("map");
const points = () => map().querySelectorAll("path.organisation-point");

describe("MapView", () => {
  it("draws the 16 commune outlines the API serves, without any background tiles", async () => {
    renderView();
    await waitFor(() => expect(map().querySelectorAll("path.commune-outline")).toHaveLength(16));
    expect(fetched.sort()).toEqual(["/api/map/basemap.json", "/api/territory/outlines.geojson"]);
    expect(map().querySelectorAll("img")).toHaveLength(0);
    expect(map().querySelector(".leaflet-tile-pane")?.children).toHaveLength(0);
    expect(screen.queryByTestId("map-no-outlines")).toBeNull();
  });

  it("without outlines for the territory, says so in words and still places and lists the organisations", async () => {
    outlinesStatus = 404;
    renderView();
    await waitFor(() => expect(points()).toHaveLength(3));
    await waitFor(() =>
      expect(screen.getByTestId("map-no-outlines").textContent).toMatch(
        /limites des communes de ce territoire ne sont pas disponibles/,
      ),
    );
    expect(map().querySelectorAll("path.commune-outline")).toHaveLength(0);
    expect(screen.getByRole("button", { name: /Fondation locale/ })).toBeTruthy();
  });

  it("places the organisations that have coordinates, coloured by type, and lists them", async () => {
    renderView();
    await waitFor(() => expect(points()).toHaveLength(3));
    const fills = [...points()].map((p) => p.getAttribute("fill"));
    expect(fills).toEqual(expect.arrayContaining(["#1b7f4c", "#2f5fb3", "#a35200"]));
    expect(screen.getByText(/3 organisations sur la carte ; 1 sans localisation/)).toBeTruthy();
    expect(screen.getByRole("button", { name: /Fondation locale/ })).toBeTruthy();
  });

  it("marks invented organisations: a paler, dashed point, a legend entry and a word in the list", async () => {
    renderView();
    await waitFor(() => expect(points()).toHaveLength(3));
    const dashed = [...points()].filter((p) => p.getAttribute("stroke-dasharray"));
    expect(dashed.map((p) => p.getAttribute("fill"))).toEqual(["#a35200"]);
    expect(screen.getByText("Données inventées pour la démonstration (pâle, contour en pointillés)")).toBeTruthy();
    expect(screen.getByRole("button", { name: /Fondation locale \(Financeur, .*, données fictives\)/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /Boulangerie du Port \(Entreprise, [^)]*\)/ }).textContent).not.toContain(
      "fictive",
    );
  });

  it("a legend entry hides a type of organisation", async () => {
    renderView();
    await waitFor(() => expect(points()).toHaveLength(3));
    const legend = screen.getByRole("group", { name: /Légende/ });
    fireEvent.click(within(legend).getByRole("checkbox", { name: /Entreprise/ }));
    expect(points()).toHaveLength(2);
    expect([...points()].map((p) => p.getAttribute("fill"))).not.toContain("#2f5fb3");
  });

  it("the town filter narrows the points to that town", async () => {
    renderView();
    await waitFor(() => expect(points()).toHaveLength(3));
    fireEvent.change(screen.getByRole("combobox", { name: "Commune" }), { target: { value: "94071" } });
    await waitFor(() => expect(points()).toHaveLength(1));
    expect(asked).toContainEqual(expect.objectContaining({ inseeCode: "94071" }));
  });

  it("clicking a point opens its details", async () => {
    renderView();
    await waitFor(() => expect(points()).toHaveLength(3));
    const financer = [...points()].find((p) => p.getAttribute("fill") === "#a35200")!;
    fireEvent.click(financer);
    await waitFor(() => expect(screen.getByTestId("details-name").textContent).toBe("Fondation locale"));
    expect(financer.getAttribute("stroke")).toBe("#000");
    // Choosing another organisation from the list moves the outline.
    fireEvent.click(screen.getByRole("button", { name: /Boulangerie du Port/ }));
    expect(screen.getByTestId("details-name").textContent).toBe("Boulangerie du Port");
    // Back to its own outline: dashed grey, as an invented organisation.
    expect(financer.getAttribute("stroke")).toBe("#374151");
  });

  it("writes each town's name on its outline", async () => {
    renderView();
    await waitFor(() => expect(map().querySelectorAll(".town-label")).toHaveLength(16));
    const names = [...map().querySelectorAll(".town-label")].map((l) => l.textContent);
    expect(names).toEqual(expect.arrayContaining(["Créteil", "Sucy-en-Brie"]));
  });

  it("counts the organisations without a location and lists them apart", async () => {
    renderView();
    await waitFor(() => expect(points()).toHaveLength(3));
    const unlocated = screen.getByTestId("map-unlocated");
    expect(unlocated.textContent).toMatch(/1 organisation sans localisation/);
    expect(within(unlocated).getByRole("button", { name: /Sans adresse/ })).toBeTruthy();
    // The list beside the map has the three placed ones, not the one without a location.
    const list = screen.getByTestId("map-list").querySelector("ol")!;
    expect(
      within(list)
        .getAllByRole("button", { pressed: false })
        .map((b) => b.textContent),
    ).toEqual([
      expect.stringMatching(/^Boulangerie du Port/),
      expect.stringMatching(/^Épicerie solidaire/),
      expect.stringMatching(/^Fondation locale/),
    ]);
  });
});
