/**
 * The widget's text search. Visitors type the start of words ("velo",
 * "épicer"), so a query word matches where a word of the structure begins,
 * accents and case aside: "vélo" finds "Vélos solidaires" and "atelier vélo",
 * not "développe". Structures whose name holds the words come first; among
 * equals the server's order (the vitrine first) is kept.
 * Pure (no DOM): unit-tested in search.test.ts.
 */
import { fold } from "@maillage/model/text-folding";

/** Lower case without accents: "Épicerie" becomes "epicerie". */
export { fold };

/** The folded words of a text: letters and digits, split at spaces, apostrophes, hyphens and other punctuation ("l'épicerie" → l, epicerie). */
export const words = (s: string): string[] =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** What a structure can be found by: its name apart, the rest (activity, description, kind and theme labels) together. */
export interface Searchable {
  name: string;
  other: (string | null | undefined)[];
}

const startsAny = (tokens: string[], word: string) => tokens.some((t) => t.startsWith(word));

/**
 * The items whose words start with every word of the query, names first:
 * all words in the name, then some of them, then none. An empty query keeps every item in its order.
 */
export function search<T>(items: T[], query: string, fields: (item: T) => Searchable): T[] {
  const wanted = words(query);
  if (!wanted.length) return items;
  const ranked: [T, number, number][] = [];
  items.forEach((item, index) => {
    const { name, other } = fields(item);
    const inName = words(name);
    const inOther = words(other.filter(Boolean).join(" "));
    let named = 0;
    for (const w of wanted) {
      if (startsAny(inName, w)) named++;
      else if (!startsAny(inOther, w)) return;
    }
    ranked.push([item, named === wanted.length ? 0 : named ? 1 : 2, index]);
  });
  return ranked.sort((a, b) => a[1] - b[1] || a[2] - b[2]).map(([item]) => item);
}
