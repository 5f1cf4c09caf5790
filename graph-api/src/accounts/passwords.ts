/**
 * Passwords: hashed with scrypt (memory-hard, in Node's crypto: nothing to
 * build), checked in constant time, and refused when too short or among the
 * common passwords people and cracking dictionaries try first (the 49,000 of
 * @zxcvbn-ts/language-common). A password is never logged, stored or returned.
 *
 * Stored form: `scrypt$<N>$<r>$<p>$<salt>$<hash>` (base64url), so that the
 * cost can be raised later without locking anyone out.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { dictionary } from "@zxcvbn-ts/language-common";
import { InvalidArgument } from "../domain/errors";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** 2^15 × 8 × 128 bytes = 32 MiB a hash, about 0.1 s. */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

const scrypt = (password: string, salt: Buffer, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(
      password.normalize("NFC"),
      salt,
      KEY_LENGTH,
      { ...options, maxmem: 128 * options.N! * options.r! * 2 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );

export class WeakPassword extends InvalidArgument {}

let common: Set<string> | undefined;
const commonPasswords = () =>
  (common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase())));

/** Refuses a password too short, too long or common, with the reason (never the password). */
export function checkPasswordStrength(password: string, email?: string): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    throw new WeakPassword(`The password must have at least ${MIN_PASSWORD_LENGTH} characters`, "password");
  if (length > MAX_PASSWORD_LENGTH)
    throw new WeakPassword(`The password must have at most ${MAX_PASSWORD_LENGTH} characters`, "password");
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower) || /^(.)\1+$/.test(password))
    throw new WeakPassword("This password is among the most common ones: choose another", "password");
  if (email && lower.includes(email.toLowerCase().split("@")[0]) && email.split("@")[0].length >= 4)
    throw new WeakPassword("The password must not contain the email address", "password");
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, COST);
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Whether `password` matches `stored` (false for anything not in the stored form). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, N, r, p, salt, hash] = stored.split("$");
  if (kind !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await scrypt(password, Buffer.from(salt, "base64url"), { N: Number(N), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

let dummy: Promise<string> | undefined;
/**
 * Spends the time of a password check when there is no hash to check (an
 * unknown email, an account without password), so that the answer's delay
 * does not tell which emails have accounts.
 */
export async function spendPasswordCheck(password: string): Promise<false> {
  await verifyPassword(password, await (dummy ??= hashPassword(randomBytes(16).toString("hex"))));
  return false;
}
