/** Random secrets handed to a browser or a person (session ids, one-time links), and the hash that is stored instead. */
import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe. */
export const newSecret = () => randomBytes(32).toString("base64url");

/** The stored form of a secret: SHA-256 (the secrets are random: a slow hash adds nothing). */
export const hashOf = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

/** Whether a string has the shape of one of our secrets (checked before any database read). */
export const looksLikeSecret = (value: unknown): value is string =>
  typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
