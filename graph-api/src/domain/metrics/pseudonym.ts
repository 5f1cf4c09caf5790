/**
 * Stable pseudonymous ids for exports: an HMAC-SHA-256 of the
 * node id under a server secret, so that the same organisation gets the same
 * pseudonym in every export and every year, and nobody without the secret can
 * go back to the id (ids are guessable: SIRETs, RNA numbers).
 */
import { createHmac } from "node:crypto";

export type Pseudonymise = (id: string) => string;

export function createPseudonymiser(secret: Uint8Array | string): Pseudonymise {
  const memo = new Map<string, string>();
  return (id) => {
    let p = memo.get(id);
    if (p === undefined) {
      p = "p-" + createHmac("sha256", secret).update(id, "utf8").digest("base64url").slice(0, 16);
      memo.set(id, p);
    }
    return p;
  };
}

/** The secret when none is configured: derived from the JWT secret (HMAC with a fixed label), so that it is stable too. */
export function derivePseudonymSecret(jwtSecret: Uint8Array): Buffer {
  return createHmac("sha256", jwtSecret).update("maillage:pseudonymous-ids:v1").digest();
}
