import { describe, expect, it } from "vitest";
import { LEGAL_FORMS, PARTNERSHIP_KINDS, RESOURCE_KINDS, STAGES, enumLabel, type LabelledEnum } from "@maillage/model";
import i18n from "./index";

// The explorer shows the schema's enum values with the labels of @maillage/model's one table,
// in whichever language the interface is in.
const KEYS: [LabelledEnum, readonly string[], string][] = [
  ["LegalForm", LEGAL_FORMS, "legalForms"],
  ["Stage", STAGES, "dashboard.stages"],
  ["ResourceKind", RESOURCE_KINDS, "editing.resourceKinds"],
  ["PartnershipKind", PARTNERSHIP_KINDS, "editing.partnershipKinds"],
];

describe("enum labels in the explorer", () => {
  it.each(["fr", "en"] as const)("come from the shared table in %s", (language) => {
    const t = i18n.getFixedT(language);
    for (const [name, values, key] of KEYS)
      for (const value of values) expect(t(`${key}.${value}`)).toBe(enumLabel(name, value, language));
  });

  it("spell out the temporary work integration agency in French", () => {
    expect(i18n.getFixedT("fr")("legalForms.SIAE_ETTI")).toBe("Entreprise de travail temporaire d'insertion");
  });
});
