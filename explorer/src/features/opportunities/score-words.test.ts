import { describe, expect, it } from "vitest";
import i18n from "../../i18n";
import { scoreWord } from "./score-words";

describe("a suggestion's score in words", () => {
  it("says strong, medium or weak at each kind's thresholds", () => {
    const funding = (s: number) => scoreWord(s, "FUNDING");
    expect([0.97, 0.78].map(funding)).toEqual(["strong", "strong"]);
    expect([0.77, 0.75].map(funding)).toEqual(["medium", "medium"]);
    expect([0.74, 0.2].map(funding)).toEqual(["weak", "weak"]);
  });

  it("judges a score against its own kind: the same score can be strong for one kind and weak for another", () => {
    expect(scoreWord(0.6, "RESEARCH")).toBe("strong");
    expect(scoreWord(0.6, "ESS_BUSINESS")).toBe("weak");
    expect(scoreWord(0.97, "PARTNERSHIP")).toBe("medium");
    expect(scoreWord(0.6, "AN_UNKNOWN_KIND")).toBe("medium");
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
