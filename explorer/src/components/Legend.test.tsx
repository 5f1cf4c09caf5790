import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import i18n from "../i18n";
import { Legend } from "./Legend";
import fr from "../i18n/fr.json";
import en from "../i18n/en.json";

afterEach(cleanup);

describe("Legend", () => {
  it("names every node and relationship type, in French by default and in English on request", async () => {
    await i18n.changeLanguage("fr");
    render(<Legend />);
    expect(screen.getByText("Structure de l'ESS")).toBeTruthy();
    expect(screen.getByText("Rencontre suggérée")).toBeTruthy();
    cleanup();
    await i18n.changeLanguage("en");
    render(<Legend />);
    expect(screen.getByText("ESS structure")).toBeTruthy();
    expect(screen.getByText("Suggested introduction")).toBeTruthy();
  });

  it("has the same keys in both languages (no string missing in English)", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });
});
