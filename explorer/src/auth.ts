/**
 * Sign-in, for now: a coordinator pastes the access token (a JWT) the
 * administrator gave them; it lives in sessionStorage until the tab closes.
 * Before it is kept, the token is read here (subject, roles, expiry) and
 * shown to the API once, so that a mistyped, forged or expired token is
 * refused at once with a reason rather than at the first save. The API
 * checks it again on every request.
 */
import { useSyncExternalStore } from "react";

const KEY = "maillage.token";

export interface Session {
  subject: string;
  roles: string[];
  /** When the token expires, if it says. */
  expiresAt: Date | null;
}

export type SignInProblem = "unreadable" | "expired" | "rejected" | "unreachable";
export type SignInResult = { session: Session } | { problem: SignInProblem; detail?: string };

export function getToken(): string | null {
  return typeof sessionStorage === "undefined" ? null : sessionStorage.getItem(KEY);
}

export function decodeSession(token: string): Session | null {
  const part = token.split(".")[1];
  if (!part) return null;
  try {
    const json = JSON.parse(atob(part.replace(/-/g, "+").replace(/_/g, "/"))) as {
      sub?: string;
      roles?: unknown;
      exp?: unknown;
    };
    const roles = Array.isArray(json.roles) ? json.roles.filter((r): r is string => typeof r === "string") : [];
    return {
      subject: json.sub ?? "?",
      roles,
      expiresAt: typeof json.exp === "number" ? new Date(json.exp * 1000) : null,
    };
  } catch {
    return null;
  }
}

/** Asks the API whether it accepts the token (a request with a bad token is answered 401, with the reason). */
async function checkWithServer(token: string): Promise<SignInResult | null> {
  try {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "apollo-require-preflight": "true",
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    if (response.status !== 401) return null;
    const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] };
    return { problem: "rejected", detail: body.errors?.[0]?.message };
  } catch {
    return { problem: "unreachable" };
  }
}

const listeners = new Set<() => void>();
let snapshot: Session | null | undefined;

function changed(): void {
  snapshot = undefined;
  for (const listener of listeners) listener();
}

export async function signIn(raw: string, now = new Date()): Promise<SignInResult> {
  const token = raw.trim();
  const session = decodeSession(token);
  if (!session) return { problem: "unreadable" };
  if (session.expiresAt && session.expiresAt <= now)
    return { problem: "expired", detail: session.expiresAt.toISOString() };
  const refused = await checkWithServer(token);
  if (refused) return refused;
  sessionStorage.setItem(KEY, token);
  changed();
  return { session };
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  changed();
}

export function currentSession(): Session | null {
  if (snapshot === undefined) {
    const token = getToken();
    snapshot = token ? decodeSession(token) : null;
  }
  return snapshot;
}

/** The signed-in session, re-rendering on sign-in and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentSession,
    () => null,
  );
}

export const canEdit = (s: Session | null) => !!s && (s.roles.includes("coordinator") || s.roles.includes("admin"));
