import { describe, expect, it } from "vitest";
import i18n from "../../i18n";
import { scoreWord } from "./score-words";

describe("a suggestion's score in words", () => {
  it("says strong, medium or weak at the thresholds", () => {
    expect([0.95, 0.78, 0.7].map(scoreWord)).toEqual(["strong", "strong", "strong"]);
    expect([0.69, 0.55, 0.5].map(scoreWord)).toEqual(["medium", "medium", "medium"]);
    expect([0.49, 0.2, 0].map(scoreWord)).toEqual(["weak", "weak", "weak"]);
  });

  it("reads as words in both languages, never a number", () => {
    const fr = i18n.getFixedT("fr");
    const en = i18n.getFixedT("en");
    expect(["strong", "medium", "weak"].map((w) => fr(`suggestions.score.${w}`))).toEqual([
      "Piste forte",
      "Piste moyenne",
      "Piste faible",
    ]);
    expect(["strong", "medium", "weak"].map((w) => en(`suggestions.score.${w}`))).toEqual([
      "Strong lead",
      "Fair lead",
      "Weak lead",
    ]);
  });
});
