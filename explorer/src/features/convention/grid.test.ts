import { describe, expect, it } from "vitest";
import i18n from "i18next";
import fr from "../../i18n/fr.json";
import en from "../../i18n/en.json";
import { dayOf, fileName, gridRows, receptionList, solveInWords } from "./grid";

const m = (id: string, name: string) => ({ id, name, kind: "Business", illustrative: false });
const slots = [
  { index: 0, start: "09:00", end: "09:20" },
  { index: 1, start: "09:20", end: "09:40" },
];
const meetings = [
  { id: "x", slot: 1, table: 2, pinned: false, members: [m("s", "Régie"), m("b", "Boulangerie")] },
  { id: "y", slot: 0, table: 1, pinned: true, members: [m("s", "Régie"), m("c", "Atelier")] },
];

describe("the convention planner's grid", () => {
  it("says the solver's status and gap in the interface's language", async () => {
    const t = await i18n
      .createInstance()
      .init({ lng: "fr", resources: { fr: { translation: fr }, en: { translation: en } } });
    expect(solveInWords({ status: "WITHIN_GAP", gap: 0.0042 }, t, "fr")?.replace(/\s/g, " ")).toBe(
      "Grille à 0,42 % au plus de la meilleure possible.",
    );
    expect(solveInWords({ status: "OPTIMAL", gap: 0 }, t, "fr")).toBe("Grille optimale : aucune autre ne vaut plus.");
    const tEn = i18n.createInstance();
    await tEn.init({ lng: "en", resources: { en: { translation: en } } });
    expect(solveInWords({ status: "WITHIN_GAP", gap: 0.0042 }, tEn.t, "en")).toBe(
      "Grid within 0.42% of the best possible.",
    );
  });

  it("lays meetings out by slot and table, free tables empty", () => {
    expect(gridRows(slots, meetings, 2).map((r) => r.cells.map((c) => c?.id ?? null))).toEqual([
      ["y", null],
      [null, "x"],
    ]);
  });

  it("gives a participant's day and the reception desk's list by name", () => {
    expect(dayOf(slots, meetings, "b").map((l) => l.other?.name ?? null)).toEqual([null, "Régie"]);
    const desk = receptionList(
      [
        { organisation: m("s", "Régie"), attendee: "Claire" },
        { organisation: m("c", "Atelier"), attendee: null },
      ],
      slots,
      meetings,
      "fr",
    );
    expect(desk.map((p) => [p.organisation.name, p.meetings, p.firstSlot?.start])).toEqual([
      ["Atelier", 1, "09:00"],
      ["Régie", 2, "09:00"],
    ]);
  });

  it("names a downloaded agenda with plain letters", () => {
    expect(fileName("Top 10 — Régie de quartier", "ics")).toBe("top-10-regie-de-quartier.ics");
  });
});
