import { describe, expect, it } from "vitest";
import { plainTextPhrase } from "./search-phrase";

describe("plainTextPhrase", () => {
  it("searches what was typed as words: Lucene's special characters and operators lose their meaning", () => {
    expect(plainTextPhrase("  Café (Créteil) ")).toBe("Café \\(Créteil\\)");
    expect(plainTextPhrase('Emmaüs / A&B "solidaire"')).toBe('Emmaüs \\/ A\\&B \\"solidaire\\"');
    expect(plainTextPhrase("vélo AND réparation OR NOT")).toBe("vélo and réparation or not");
    expect(plainTextPhrase("c:\\dossier*?")).toBe("c\\:\\\\dossier\\*\\?");
  });

  it("leaves plain words as they are", () => {
    expect(plainTextPhrase("épicerie solidaire")).toBe("épicerie solidaire");
    expect(plainTextPhrase("ANDRÉ ANDÉ NOT-A Notre-Dame")).toBe("ANDRÉ ANDÉ NOT\\-A Notre\\-Dame");
  });
});
