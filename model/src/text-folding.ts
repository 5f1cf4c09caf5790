/**
 * Accent folding, shared by searches (the widget's, the explorer's directory),
 * the matching of needs and offers, slugs and file names, and the importers'
 * name comparisons: canonical decomposition, then the combining marks dropped.
 */

/** The text without accents: "Épicerie à Créteil" → "Epicerie a Creteil". */
export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

/** Lower case without accents, for comparisons: "Épicerie" → "epicerie". */
export function fold(text: string): string {
  return stripAccents(text).toLowerCase();
}
