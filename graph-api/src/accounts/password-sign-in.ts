/**
 * Signing in with email and password. A wrong password and an unknown email
 * get the same answer after the same work (a password check is spent on a
 * dummy hash), so that the answer does not tell which emails have accounts;
 * only the holder of the right password learns that an account is disabled.
 * Failed attempts are counted per account and per client address; over
 * either limit the next attempts are refused (429) before any check, until
 * the window has passed. The counts live in the process (a restart forgets
 * them; with several processes each counts its own).
 */
import type { GraphReader } from "../domain/ports";
import { Conflict } from "../domain/errors";
import { findAccountForSignIn } from "../cypher/accounts/find-account-for-sign-in.cypher";
import { createRateLimiter } from "../security/rate-limit";
import { spendPasswordCheck, verifyPassword } from "./passwords";
import type { Sessions } from "./sessions";

export interface SignInLimits {
  /** Failed attempts allowed for one account in `windowMinutes`. */
  perAccount: number;
  /** Failed attempts allowed from one address in `windowMinutes`. */
  perAddress: number;
  windowMinutes: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 20, windowMinutes: 15 };

export class WrongCredentials extends Conflict {
  constructor() {
    super("Wrong email or password");
  }
}
export class DisabledAccount extends Conflict {
  constructor() {
    super("This account is disabled: ask an administrator");
  }
}
export class TooManyAttempts extends Error {
  override name = "TooManyAttempts";
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-in attempts: try again in ${Math.ceil(retryAfterSeconds / 60)} min`);
  }
}

export type PasswordSignIn = (
  email: unknown,
  password: unknown,
  address: string,
) => Promise<{ id: string; csrf: string; email: string }>;

export function createPasswordSignIn(
  reader: GraphReader,
  sessions: Sessions,
  limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
): PasswordSignIn {
  const failures = createRateLimiter({ maxClients: 50_000 });
  const periodMs = limits.windowMinutes * 60_000;
  return async (rawEmail, rawPassword, address) => {
    const email = typeof rawEmail === "string" ? rawEmail.trim().toLowerCase().slice(0, 254) : "";
    const password = typeof rawPassword === "string" ? rawPassword.slice(0, 1024) : "";
    const keys = [
      { key: `account:${email}`, limit: limits.perAccount },
      { key: `address:${address}`, limit: limits.perAddress },
    ];
    for (const { key, limit } of keys) {
      const state = failures.peek(key, limit, periodMs);
      if (!state.allowed) throw new TooManyAttempts(state.retryAfterSeconds);
    }
    const [account] = email && password ? await reader.read(findAccountForSignIn, { email }) : [];
    const matches = account?.passwordHash
      ? await verifyPassword(password, account.passwordHash)
      : await spendPasswordCheck(password);
    if (!account || !matches) {
      for (const { key, limit } of keys) failures.take(key, limit, periodMs);
      throw new WrongCredentials();
    }
    if (account.disabled) throw new DisabledAccount();
    const session = await sessions.open(account.email, "password");
    if (!session) throw new DisabledAccount();
    return { ...session, email: account.email };
  };
}
