/** i18next with French first and English; the choice is remembered in localStorage. */
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { labelsIn, type LabelLanguage } from "@maillage/model";
import fr from "./fr.json";
import en from "./en.json";

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The interface's words plus the schema's enum labels, which come from the one table in @maillage/model. */
function withEnumLabels(words: typeof fr, language: LabelLanguage) {
  return {
    ...words,
    legalForms: labelsIn("LegalForm", language),
    editing: {
      ...words.editing,
      resourceKinds: labelsIn("ResourceKind", language),
      partnershipKinds: labelsIn("PartnershipKind", language),
    },
    dashboard: { ...words.dashboard, stages: labelsIn("Stage", language) },
  };
}

const stored = typeof localStorage !== "undefined" ? localStorage.getItem("maillage.language") : null;

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: withEnumLabels(fr, "fr") }, en: { translation: withEnumLabels(en, "en") } },
  lng: stored === "en" ? "en" : "fr",
  fallbackLng: "fr",
  interpolation: { escapeValue: false },
});

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  localStorage.setItem("maillage.language", language);
  document.documentElement.lang = language;
}

document.documentElement.lang = i18n.language;
export default i18n;
