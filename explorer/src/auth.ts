/**
 * Sign-in, for now: a coordinator pastes the access token (a JWT) the
 * administrator gave them; it lives in sessionStorage until the tab closes.
 * The API checks it on every request; here it is only read to show who is
 * signed in and whether editing controls apply.
 */
const KEY = "maillage.token";

export interface Session {
  subject: string;
  roles: string[];
}

export function getToken(): string | null {
  return typeof sessionStorage === "undefined" ? null : sessionStorage.getItem(KEY);
}

export function decodeSession(token: string): Session | null {
  const part = token.split(".")[1];
  if (!part) return null;
  try {
    const json = JSON.parse(atob(part.replace(/-/g, "+").replace(/_/g, "/"))) as { sub?: string; roles?: unknown };
    const roles = Array.isArray(json.roles) ? json.roles.filter((r): r is string => typeof r === "string") : [];
    return { subject: json.sub ?? "?", roles };
  } catch {
    return null;
  }
}

export function signIn(token: string): Session | null {
  const session = decodeSession(token.trim());
  if (session) sessionStorage.setItem(KEY, token.trim());
  return session;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

export function currentSession(): Session | null {
  const token = getToken();
  return token ? decodeSession(token) : null;
}

export const canEdit = (s: Session | null) => !!s && (s.roles.includes("coordinator") || s.roles.includes("admin"));
