import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import i18n from "../i18n";
import { adoptSession } from "../auth";
import ReportsView, { type ErrorReport } from "./ReportsView";

const fetchMock = vi.fn();
const report = (over: Partial<ErrorReport> = {}): ErrorReport => ({
  id: "r1",
  status: "NEW",
  message: "L'adresse a changé.",
  email: "visiteur@example.org",
  createdAt: "2026-12-06T10:00:00Z",
  structure: { id: "s1", name: "Le Panier" },
  town: { inseeCode: "94028", name: "Créteil" },
  ...over,
});
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });

beforeEach(async () => {
  await i18n.changeLanguage("fr");
  adoptSession(null);
  fetchMock.mockReset();
  vi.stubGlobal("fetch", fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("ReportsView", () => {
  it("asks to sign in, and asks the API nothing, when nobody with a coordinator's access is signed in", () => {
    render(<ReportsView />);
    expect(screen.getByText("Connectez-vous avec un accès de coordination pour voir les signalements.")).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("lists the reports to a coordinator, and records a decision without touching the organisation", async () => {
    adoptSession({ email: "someone@example.org", name: "someone", roles: ["coordinator"] }, "csrf-of-the-session");
    fetchMock.mockResolvedValueOnce(
      json({ reports: [report(), report({ id: "r2", status: "ACCEPTED", email: null })] }),
    );
    render(<ReportsView />);
    await screen.findByText("1 signalement à traiter");
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Le Panier (Créteil)",
      "Le Panier (Créteil)",
    ]);
    expect(screen.getByRole("link", { name: "Écrire à visiteur@example.org" }).getAttribute("href")).toBe(
      "mailto:visiteur@example.org",
    );
    expect(screen.getByText("Sans adresse e-mail")).toBeTruthy();
    // Only the report still to handle has buttons.
    expect(screen.getAllByRole("button", { name: /^Accepter/ })).toHaveLength(1);
    fetchMock
      .mockResolvedValueOnce(json({ id: "r1", status: "REJECTED" }))
      .mockResolvedValueOnce(json({ reports: [report({ status: "REJECTED" })] }));
    fireEvent.click(screen.getByRole("button", { name: "Écarter sur Le Panier" }));
    await screen.findByText("Signalement écarté.");
    const [url, init] = fetchMock.mock.calls[1];
    expect(url).toBe("/api/error-reports/r1/decision");
    expect(JSON.parse(init.body)).toEqual({ status: "REJECTED" });
    expect(init.headers["x-csrf-token"]).toBe("csrf-of-the-session");
    expect(fetchMock.mock.calls.every(([u]) => String(u).startsWith("/api/error-reports"))).toBe(true);
  });
});
