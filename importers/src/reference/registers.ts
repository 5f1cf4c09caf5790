/**
 * Codes of the Sirene register that the importer turns into readable values:
 * staff ranges (tranches d'effectifs salariés) and the legal categories
 * (catégories juridiques, level I and II) that belong to the ESS families of
 * the law of 31 July 2014.
 * @see https://www.sirene.fr/sirene/public/variable/tefen
 * @see https://www.insee.fr/fr/information/2028129 (catégories juridiques)
 */

/** INSEE staff ranges, in French as the register words them. */
export const STAFF_RANGES: Record<string, { fr: string; en: string }> = {
  NN: { fr: "Unité non employeuse", en: "No employees (non-employer unit)" },
  "00": { fr: "0 salarié", en: "0 employees" },
  "01": { fr: "1 ou 2 salariés", en: "1 or 2 employees" },
  "02": { fr: "3 à 5 salariés", en: "3 to 5 employees" },
  "03": { fr: "6 à 9 salariés", en: "6 to 9 employees" },
  "11": { fr: "10 à 19 salariés", en: "10 to 19 employees" },
  "12": { fr: "20 à 49 salariés", en: "20 to 49 employees" },
  "21": { fr: "50 à 99 salariés", en: "50 to 99 employees" },
  "22": { fr: "100 à 199 salariés", en: "100 to 199 employees" },
  "31": { fr: "200 à 249 salariés", en: "200 to 249 employees" },
  "32": { fr: "250 à 499 salariés", en: "250 to 499 employees" },
  "41": { fr: "500 à 999 salariés", en: "500 to 999 employees" },
  "42": { fr: "1 000 à 1 999 salariés", en: "1,000 to 1,999 employees" },
  "51": { fr: "2 000 à 4 999 salariés", en: "2,000 to 4,999 employees" },
  "52": { fr: "5 000 à 9 999 salariés", en: "5,000 to 9,999 employees" },
  "53": { fr: "10 000 salariés et plus", en: "10,000 employees or more" },
};

/**
 * ESS families by legal category: level II (two first digits) for the
 * families that are ESS by their form. Cooperatives and ESUS companies in
 * commercial forms (SA, SAS, SARL…) are recognised by the register's ESS flag
 * (`economieSocialeSolidaireUniteLegale` = O), not by their category.
 */
const ESS_FAMILIES: Record<string, "ASSOCIATION" | "FOUNDATION" | "MUTUAL" | "COOPERATIVE"> = {
  "92": "ASSOCIATION", // Association loi 1901 ou assimilé
  "93": "FOUNDATION", // Fondation
  "82": "MUTUAL", // Organisme mutualiste
  "63": "COOPERATIVE", // Société coopérative agricole
};

/** The ESS legal form of a category (4 digits), or null when its form does not make it ESS. */
export function essLegalForm(category: string): string | null {
  return ESS_FAMILIES[category.slice(0, 2)] ?? null;
}

/**
 * Cooperatives in commercial forms: INSEE gives them categories of their own
 * (SARL 54xx, SA à conseil d'administration 55xx, SA à directoire 56xx), and
 * names the worker cooperatives (SCOP: 5458, 5558, 5658). SCIC and CAE have
 * no category of their own (they are SA, SARL or SAS): a coordinator sets
 * those forms by hand, and imports keep such an edit.
 */
const COOPERATIVE_CATEGORIES: Record<string, "SCOP" | "COOPERATIVE"> = Object.fromEntries([
  ...["5458", "5558", "5658"].map((c) => [c, "SCOP"] as const),
  // construction, HLM production, consumers, retailers, craftsmen, maritime, transport, unions, other
  ...["5443", "5451", "5453", "5454", "5455", "5459", "5460"].map((c) => [c, "COOPERATIVE"] as const),
  ...["43", "47", "51", "52", "53", "54", "55", "59", "60"]
    .flatMap((end) => [`55${end}`, `56${end}`])
    .map((c) => [c, "COOPERATIVE"] as const),
]);

/**
 * The legal form the importers give an organisation, from the register's
 * legal category and ESS flag: an ESS family by its form (associations,
 * foundations, mutuals, agricultural cooperatives), or a cooperative in a
 * commercial form when the ESS flag confirms it; else null (ESUS companies,
 * or a form the register cannot tell).
 */
export function legalFormOf(category: string, essFlag: boolean): string | null {
  return essLegalForm(category) ?? (essFlag ? (COOPERATIVE_CATEGORIES[category] ?? null) : null);
}

/** Category 1000: entrepreneur individuel, a natural person whose name is personal data. */
export function isNaturalPerson(category: string): boolean {
  return category.startsWith("1");
}
