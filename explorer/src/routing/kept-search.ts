/**
 * The address each view had when it was last shown (`graph` → `?town=94028&select=…`):
 * its tab leads back there, so that changing tab keeps each view as it was left.
 */
const kept = new Map<string, string>();

export function keepSearch(view: string, search: string): void {
  kept.set(view, search);
}

export function keptSearch(view: string): string {
  return kept.get(view) ?? "";
}
