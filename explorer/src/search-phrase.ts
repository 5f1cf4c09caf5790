/**
 * The explorer's search boxes take plain text: what a coordinator types is
 * searched for as words, never read as Lucene syntax (the API's full-text
 * searches take that syntax, for researchers: "Café (Créteil)" or "A/B" would
 * be refused as a query). Lucene's special characters get a backslash, and
 * its operator words (AND, OR, NOT standing alone) are lowercased into
 * ordinary words.
 */
export function plainTextPhrase(input: string): string {
  return input
    .trim()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`)
    .replace(/(?<=^|\s)(AND|OR|NOT)(?=\s|$)/g, (word) => word.toLowerCase());
}
