/** Choices that follow the interface's language (i18n.language), for what i18next's JSON files do not hold. */

/** A theme's label, as the API gives both (Theme.labelFr, Theme.labelEn). */
export function themeLabel(theme: { labelFr: string; labelEn: string }, language: string): string {
  return language === "en" ? theme.labelEn : theme.labelFr;
}

/** The locale dates are written in: British English puts the day first, as French does. */
export function dateLocale(language: string): string {
  return language === "en" ? "en-GB" : "fr-FR";
}
