/**
 * Checks of the identifiers official registers use, shared by the importers,
 * the API's input validation and the explorer's forms.
 * - SIREN (9 digits) and SIRET (14 digits) carry a Luhn check digit; La Poste's
 *   establishments (SIREN 356000000) are the documented exception: their
 *   SIRET's digits sum to a multiple of 5 instead.
 * - RNA identifiers: W followed by 9 digits.
 * @see https://www.insee.fr/fr/metadonnees/definition/c1841 (SIRET)
 */

/** Luhn checksum over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const LA_POSTE_SIREN = "356000000";

export type SirenIssue = "sirenFormat" | "sirenChecksum";
export type SiretIssue = "siretFormat" | "siretSirenChecksum" | "siretLaPosteChecksum" | "siretChecksum";

/** null when valid, else what is wrong. */
export function sirenIssue(siren: string): SirenIssue | null {
  if (!/^\d{9}$/.test(siren)) return "sirenFormat";
  return luhnValid(siren) ? null : "sirenChecksum";
}

/** null when valid, else what is wrong. */
export function siretIssue(siret: string): SiretIssue | null {
  if (!/^\d{14}$/.test(siret)) return "siretFormat";
  if (sirenIssue(siret.slice(0, 9))) return "siretSirenChecksum";
  if (siret.startsWith(LA_POSTE_SIREN))
    return [...siret].reduce((s, c) => s + Number(c), 0) % 5 === 0 ? null : "siretLaPosteChecksum";
  return luhnValid(siret) ? null : "siretChecksum";
}

export const RNA_ID_PATTERN = /^W\d{9}$/;
