/**
 * Who is signed in: the server's browser session (an HttpOnly cookie the page
 * never reads), asked of /auth/session when the explorer opens. Signing in
 * with email and password (or through the single sign-on provider, by a
 * plain link to /auth/sso/start), signing out, and the session's CSRF token
 * that every request that writes carries (`x-csrf-token`, see authHeaders).
 * When the API answers 401 the session has ended (expired, revoked): the
 * explorer shows the visitor's view again.
 */
import { useSyncExternalStore } from "react";

export interface Session {
  email: string;
  /** The name to show (the email when the account has none). */
  name: string;
  roles: string[];
}

/** How one may sign in here: always with a password; with single sign-on when the server names a provider. */
export interface SignInWays {
  password: boolean;
  sso: { name: string } | null;
}

export type SignInProblem = "wrong" | "disabled" | "tooMany" | "unreachable" | "failed";
export type SignInResult = { session: Session } | { problem: SignInProblem; minutes?: number };

interface State {
  session: Session | null;
  csrf: string | null;
  ways: SignInWays;
  /** Whether /auth/session has answered (until then, nothing is known). */
  known: boolean;
}

let state: State = { session: null, csrf: null, ways: { password: true, sso: null }, known: false };
const listeners = new Set<() => void>();

let markKnown: () => void = () => undefined;
const known = new Promise<void>((resolve) => (markKnown = resolve));

function update(next: Partial<State>): void {
  state = { ...state, ...next };
  if (state.known) markKnown();
  for (const listener of listeners) listener();
}

/** Resolves once the server has said who is signed in: requests wait for it, so that a signed-in page's first ones carry the CSRF token. */
export const sessionKnown = (): Promise<void> => known;

/** Takes a session as the server described it (sign-in, /auth/session); also what tests use to sign in. */
export function adoptSession(session: Session | null, csrf: string | null = null): void {
  update({ session, csrf: session ? csrf : null, known: true });
}

interface SessionAnswer {
  account: Session | null;
  csrfToken: string | null;
  ways?: SignInWays;
}

/** Asks the server who is signed in (at start, and after coming back from the single sign-on provider). */
export async function loadSession(): Promise<void> {
  try {
    const response = await fetch("/auth/session", { credentials: "same-origin" });
    if (!response.ok) return update({ known: true });
    const body = (await response.json()) as SessionAnswer;
    update({ ways: body.ways ?? state.ways });
    adoptSession(body.account, body.csrfToken);
  } catch {
    update({ known: true });
  }
}

/** The headers a request needs to act as the signed-in person (the CSRF token; the cookie goes by itself). */
export function authHeaders(): Record<string, string> {
  return state.csrf ? { "x-csrf-token": state.csrf } : {};
}

/** Called when the API answers 401: the session has ended on the server. */
export function sessionEnded(): void {
  if (state.session) adoptSession(null);
}

export async function signIn(email: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch("/auth/sign-in", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
  } catch {
    return { problem: "unreachable" };
  }
  const body = (await response.json().catch(() => ({}))) as Partial<SessionAnswer>;
  if (response.ok && body.account) {
    adoptSession(body.account, body.csrfToken ?? null);
    return { session: body.account };
  }
  if (response.status === 401) return { problem: "wrong" };
  if (response.status === 403) return { problem: "disabled" };
  if (response.status === 429)
    return {
      problem: "tooMany",
      minutes: Math.max(1, Math.ceil(Number(response.headers.get("retry-after") ?? 60) / 60)),
    };
  return { problem: response.status >= 500 ? "unreachable" : "failed" };
}

/** Ends the session on the server, then forgets it here (even when the server cannot be reached: it will expire there). */
export async function signOut(): Promise<void> {
  try {
    const response = await fetch("/auth/sign-out", {
      method: "POST",
      credentials: "same-origin",
      headers: authHeaders(),
    });
    await response.body?.cancel(); // the answer says nothing more; an unread body would keep the request open
  } catch {
    // Forgotten here all the same; the server ends it when its time is up.
  } finally {
    adoptSession(null);
  }
}

export const currentSession = (): Session | null => state.session;
const currentState = (): State => state;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in person, re-rendering on sign-in and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, currentSession, () => null);
}

/** The whole sign-in state: the session, the ways to sign in, whether the server has answered yet. */
export function useAuthState(): State {
  return useSyncExternalStore(subscribe, currentState, currentState);
}

export const canEdit = (s: Session | null) => !!s && (s.roles.includes("coordinator") || s.roles.includes("admin"));
export const isAdmin = (s: Session | null) => !!s && s.roles.includes("admin");
/** The role to show a person: admin, coordinator, researcher, or none (an account waiting for a role). */
export const roleOf = (s: Session): "admin" | "coordinator" | "researcher" | "none" =>
  s.roles.includes("admin")
    ? "admin"
    : s.roles.includes("coordinator")
      ? "coordinator"
      : s.roles.includes("researcher")
        ? "researcher"
        : "none";
