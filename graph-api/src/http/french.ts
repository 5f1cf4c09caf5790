/**
 * French before a town's name, and the directory's title, for the pages the server writes. The widget's
 * bundle has its own twin (widget/src/strings.ts): it is built apart and must
 * not pull server code in.
 */

/** "de Créteil", "d'Alfortville", "du Plessis-Trévise": French elides before a vowel and contracts "de le". */
export const deTown = (town: string) =>
  town.startsWith("Le ") ? `du ${town.slice(3)}` : /^[aeiouyâéèêîôû]/i.test(town) ? `d'${town}` : `de ${town}`;

/** "à Créteil", "au Plessis-Trévise": "à le" contracts. */
export const aTown = (town: string) => (town.startsWith("Le ") ? `au ${town.slice(3)}` : `à ${town}`);

/** "Annuaire de l'ESS de Créteil", "ESS directory of Créteil"; without a name for a code of no town of the territory. */
export function directoryTitle(town: string | null, lang: "fr" | "en"): string {
  if (lang === "en") return town ? `ESS directory of ${town}` : "ESS directory";
  return town ? `Annuaire de l'ESS ${deTown(town)}` : "Annuaire de l'ESS";
}
