/**
 * The registers' identifiers, with the importer's report messages. The checks
 * themselves (Luhn, La Poste's exception, RNA ids) are shared with the API and
 * the explorer: model/src/validation/identifiers.ts.
 */
import { luhnValid, RNA_ID_PATTERN, sirenIssue, siretIssue } from "@maillage/model";

export { luhnValid };

/** null when valid, else what is wrong. */
export function sirenProblem(siren: string): string | null {
  const issue = sirenIssue(siren);
  if (!issue) return null;
  return issue === "sirenFormat" ? `SIREN "${siren}" is not 9 digits` : `SIREN ${siren} fails its check digit (Luhn)`;
}

/** null when valid, else what is wrong. */
export function siretProblem(siret: string): string | null {
  switch (siretIssue(siret)) {
    case null:
      return null;
    case "siretFormat":
      return `SIRET "${siret}" is not 14 digits`;
    case "siretSirenChecksum":
      return `SIRET ${siret}: ${sirenProblem(siret.slice(0, 9))}`;
    case "siretLaPosteChecksum":
      return `SIRET ${siret} fails La Poste's check (digit sum not a multiple of 5)`;
    case "siretChecksum":
      return `SIRET ${siret} fails its check digit (Luhn)`;
  }
}

/** null when valid, else what is wrong. */
export function rnaProblem(id: string): string | null {
  return RNA_ID_PATTERN.test(id) ? null : `RNA id "${id}" is not W followed by 9 digits`;
}
