import { describe, expect, it } from "vitest";
import { ISSUE_CODES } from "@maillage/model";
import en from "./en.json";
import fr from "./fr.json";

describe("the forms' messages for the shared validation rules", () => {
  it.each([
    ["fr", fr.validation],
    ["en", en.validation],
  ])("words every rule the API can break in %s", (_lang, messages) => {
    expect(ISSUE_CODES.filter((code) => !(code in messages))).toEqual([]);
  });

  it("shows which character is forbidden", () => {
    expect(fr.validation.forbiddenCharacter).toContain("{{character}}");
    expect(en.validation.forbiddenCharacter).toContain("{{character}}");
  });
});
