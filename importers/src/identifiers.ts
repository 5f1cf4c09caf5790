/**
 * Checks of the identifiers official registers use.
 * - SIREN (9 digits) and SIRET (14 digits) carry a Luhn check digit; La Poste's
 *   establishments (SIREN 356000000) are the documented exception: their
 *   SIRET's digits sum to a multiple of 5 instead.
 * - RNA identifiers: W followed by 9 digits.
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

/** null when valid, else what is wrong. */
export function sirenProblem(siren: string): string | null {
  if (!/^\d{9}$/.test(siren)) return `SIREN "${siren}" is not 9 digits`;
  return luhnValid(siren) ? null : `SIREN ${siren} fails its check digit (Luhn)`;
}

/** null when valid, else what is wrong. */
export function siretProblem(siret: string): string | null {
  if (!/^\d{14}$/.test(siret)) return `SIRET "${siret}" is not 14 digits`;
  const sirenIssue = sirenProblem(siret.slice(0, 9));
  if (sirenIssue) return `SIRET ${siret}: ${sirenIssue}`;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const sum = [...siret].reduce((s, c) => s + Number(c), 0);
    return sum % 5 === 0 ? null : `SIRET ${siret} fails La Poste's check (digit sum not a multiple of 5)`;
  }
  return luhnValid(siret) ? null : `SIRET ${siret} fails its check digit (Luhn)`;
}

/** null when valid, else what is wrong. */
export function rnaProblem(id: string): string | null {
  return /^W\d{9}$/.test(id) ? null : `RNA id "${id}" is not W followed by 9 digits`;
}
