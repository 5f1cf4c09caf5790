import { beforeAll, describe, expect, it } from "vitest";
import i18n from "../../i18n";
import { change, compareYears, sourceInWords, yearDates } from "./report";

const calls = [
  { year: 2024, envelopeEur: 100_000, laureateCount: 7 },
  { year: 2025, envelopeEur: 120_000, laureateCount: 8 },
];
const outcomes = {
  current: { recorded: 5, contacted: 2, accepted: 2, declined: 1 },
  previous: { recorded: 3, contacted: 3, accepted: 0, declined: 0 },
};

beforeAll(async () => {
  await i18n.changeLanguage("fr");
});

describe("the dashboard's period", () => {
  it("compares a year with the one before", () => {
    const figures = compareYears({ calls, events: [{ year: 2025 }, { year: 2023 }], outcomes }, 2025);
    const by = Object.fromEntries(figures.map((f) => [f.key, [f.current, f.previous]]));
    expect(by.callEnvelope).toEqual([120_000, 100_000]);
    expect(by.callLaureates).toEqual([8, 7]);
    expect(by.conventions).toEqual([1, 0]);
    expect(by["introductions.recorded"]).toEqual([5, 3]);
    expect(by["introductions.accepted"]).toEqual([2, 0]);
  });

  it("says there is no figure for a year without a call, rather than zero", () => {
    const figures = compareYears({ calls, events: [], outcomes: null }, 2026);
    expect(figures.find((f) => f.key === "callEnvelope")).toMatchObject({ current: null, previous: 120_000 });
    expect(figures.some((f) => f.key.startsWith("introductions"))).toBe(false);
    expect(change({ current: null, previous: 120_000 }, String)).toBeNull();
  });

  it("writes the change signed", () => {
    expect(change({ current: 8, previous: 7 }, String)).toBe("+1");
    expect(change({ current: 0, previous: 3 }, String)).toBe("−3");
    expect(change({ current: 4, previous: 4 }, String)).toBe("=");
  });

  it("asks the API for a calendar year", () => {
    expect(yearDates(2026)).toEqual({ from: "2026-01-01", to: "2027-01-01" });
  });
});

describe("sources in words", () => {
  const t = i18n.getFixedT("fr");
  it("names the programme's text and its passage, not the file", () => {
    const words = sourceInWords("programme text", "programme-ess-gpsea.fr.txt: axe 2", t);
    expect(words).toBe("Texte du programme ESS du territoire (passage : axe 2)");
    expect(sourceInWords("programme-ess-gpsea.fr.txt (shared/docs)", null, t)).not.toMatch(/\.txt|shared/);
  });
  it("names the site of a public page", () => {
    expect(sourceInWords("sudestavenir.fr/economie-sociale-et-solidaire-huit-projets-recompenses", null, t)).toBe(
      "Page publique du site sudestavenir.fr",
    );
  });
});
