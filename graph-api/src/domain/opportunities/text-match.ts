/**
 * Whether a need and an offer speak of the same thing: the resource kind is
 * too coarse ("equipment" holds both folding tables and computers), so titles
 * must share a meaningful word as well.
 */
import { fold } from "@maillage/model";

const STOPWORDS = new Set(
  "les des une un pour par sur avec dans aux du de la le et en au ou sans son ses leur leurs nos vos tout tous toute toutes pret prete partage partager mise disposition besoin offre".split(
    " ",
  ),
);

/** Lowercase, accents folded, stopwords and short words dropped, a plural "s"/"x" removed. */
export function keywords(text: string): Set<string> {
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => (w.length >= 3 || /^\d+$/.test(w)) && !STOPWORDS.has(w))
    .map((w) => (w.length > 4 && /[sx]$/.test(w) ? w.slice(0, -1) : w));
  return new Set(words);
}

/** Jaccard similarity of the keyword sets of two texts. */
export function keywordOverlap(a: string, b: string): number {
  const x = keywords(a);
  const y = keywords(b);
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  const union = x.size + y.size - common;
  return union === 0 ? 0 : common / union;
}
