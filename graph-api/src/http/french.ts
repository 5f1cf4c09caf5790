/**
 * French before a town's name, for the pages the server writes. The widget's
 * bundle has its own twin (widget/src/strings.ts): it is built apart and must
 * not pull server code in.
 */

/** "de Créteil", "d'Alfortville", "du Plessis-Trévise": French elides before a vowel and contracts "de le". */
export const deTown = (town: string) => (town.startsWith("Le ") ? `du ${town.slice(3)}` : /^[aeiouyâéèêîôû]/i.test(town) ? `d'${town}` : `de ${town}`);
