import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import { DATA_STATUS } from "./queries";
import { mocked } from "./testing/mocked-response";
import { DataScopeProvider, useDataScope, withoutIllustrative } from "./data-scope";
import { IllustrativeSwitch } from "./components/IllustrativeSwitch";
import "./i18n";

const status = (hideIllustrativeByDefault: boolean, illustrativeOrganisations = 168) =>
  mocked(DATA_STATUS, {
    result: {
      data: {
        dataStatus: {
          __typename: "DataStatus",
          organisations: 200,
          illustrativeOrganisations,
          importedOrganisations: hideIllustrativeByDefault ? 30 : 0,
          hideIllustrativeByDefault,
          sourceKinds: [],
          lastImports: [],
        },
      },
    },
  });

function Shown() {
  const { hideIllustrative } = useDataScope();
  const view = withoutIllustrative(
    {
      nodes: [
        { id: "real", illustrative: false },
        { id: "demo", illustrative: true },
      ],
      edges: [{ source: "real", target: "demo" }],
    },
    hideIllustrative,
  );
  return <p data-testid="shown">{view.nodes.map((n) => n.id).join(",") + ` edges:${view.edges.length}`}</p>;
}

const renderWith = (mock: ReturnType<typeof status>) =>
  render(
    <MockedProvider mocks={[mock]}>
      <DataScopeProvider>
        <IllustrativeSwitch />
        <Shown />
      </DataScopeProvider>
    </MockedProvider>,
  );

afterEach(cleanup);

describe("hiding illustrative data", () => {
  beforeEach(() => localStorage.clear());

  it("shows demo organisations while the graph holds nothing real, and hides them (with their links) on request", async () => {
    renderWith(status(false));
    const box = await screen.findByRole("checkbox", { name: "Masquer les données fictives" });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(screen.getByTestId("shown").textContent).toBe("real,demo edges:1");
    fireEvent.click(box);
    expect(screen.getByTestId("shown").textContent).toBe("real edges:0");
    expect(localStorage.getItem("maillage.hideIllustrative")).toBe("1");
  });

  it("hides them by default once real organisations were imported, unless the user chose otherwise", async () => {
    renderWith(status(true));
    const box = await screen.findByRole("checkbox", { name: "Masquer les données fictives" });
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
    expect(screen.getByTestId("shown").textContent).toBe("real edges:0");
  });

  it("keeps the user's own choice over the default", async () => {
    localStorage.setItem("maillage.hideIllustrative", "0");
    renderWith(status(true));
    const box = await screen.findByRole("checkbox", { name: "Masquer les données fictives" });
    expect((box as HTMLInputElement).checked).toBe(false);
  });

  it("offers no switch when there is nothing illustrative", async () => {
    renderWith(status(true, 0));
    // Once the status has arrived (the default to hide applies), still no switch.
    await waitFor(() => expect(screen.getByTestId("shown").textContent).toBe("real edges:0"));
    expect(screen.queryByRole("checkbox")).toBeNull();
  });
});
