import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import i18n from "../i18n";
import { ApiExport, apiExportUrl } from "./ApiExport";
import { adoptSession } from "../auth";

/** Signs in without asking a server: the session as /auth/session describes it, with its CSRF token. */
function signedInAs(roles: string[]) {
  adoptSession({ email: "someone@example.org", name: "someone", roles }, "csrf-of-the-session");
}

const fetchMock = vi.fn();

beforeEach(async () => {
  await i18n.changeLanguage("fr");
  adoptSession(null);
  fetchMock.mockReset();
  vi.stubGlobal("fetch", fetchMock);
  URL.createObjectURL = vi.fn(() => "blob:x");
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("ApiExport", () => {
  it("asks the API for a pseudonymised export unless complete is asked for", () => {
    expect(apiExportUrl("graph.gexf", false)).toBe("/api/export/graph.gexf");
    expect(apiExportUrl("nodes.csv", true)).toBe("/api/export/nodes.csv?pseudonymised=false");
  });

  it("downloads the pseudonymised file without offering the complete one when nobody is signed in", async () => {
    fetchMock.mockResolvedValue(
      new Response("<gexf/>", {
        headers: {
          "content-type": "application/gexf+xml",
          "content-disposition": 'attachment; filename="maillage-all-pseudonymised-graph.gexf"',
        },
      }),
    );
    render(<ApiExport />);
    expect(screen.queryByRole("checkbox")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Télécharger tout le réseau" }));
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toContain("maillage-all-pseudonymised-graph.gexf"),
    );
    expect(fetchMock).toHaveBeenCalledWith("/api/export/graph.gexf", { headers: {} });
  });

  it("lets a signed-in coordinator download the complete file, with their session's CSRF token", async () => {
    signedInAs(["coordinator"]);
    fetchMock.mockResolvedValue(new Response("id\r\n", { headers: { "content-type": "text/csv" } }));
    render(<ApiExport />);
    fireEvent.change(screen.getByLabelText("Format du fichier"), { target: { value: "nodes.csv" } });
    fireEvent.click(screen.getByRole("checkbox", { name: /Complet/ }));
    fireEvent.click(screen.getByRole("button", { name: "Télécharger tout le réseau" }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe("/api/export/nodes.csv?pseudonymised=false");
    expect(init.headers["x-csrf-token"]).toBe("csrf-of-the-session");
  });

  it("does not offer complete files to a researcher", () => {
    signedInAs(["researcher"]);
    render(<ApiExport />);
    expect(screen.queryByRole("checkbox")).toBeNull();
  });

  it("shows the API's refusal", async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ errors: [{ message: "Too many requests: retry in 3 s" }] }), { status: 429 }),
    );
    render(<ApiExport />);
    fireEvent.click(screen.getByRole("button", { name: "Télécharger tout le réseau" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Le téléchargement a échoué : Too many requests: retry in 3 s",
    );
  });
});
