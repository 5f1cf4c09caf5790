import { afterEach, describe, expect, it, vi } from "vitest";
import { adoptSession, authHeaders, currentSession, loadSession, sessionEnded, signIn, signOut } from "./auth";

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  vi.fn(
    async () =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } }),
  );
const claire = { email: "claire@example.org", name: "Claire Martin", roles: ["coordinator"] };

afterEach(() => {
  adoptSession(null);
  vi.unstubAllGlobals();
});

describe("signing in with email and password", () => {
  it("keeps the session the server opened, and sends its CSRF token with later requests", async () => {
    const fetch = answer(200, { account: claire, csrfToken: "jeton-csrf" });
    vi.stubGlobal("fetch", fetch);
    expect(await signIn("claire@example.org", "un mot de passe long")).toEqual({ session: claire });
    expect(JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string)).toEqual({
      email: "claire@example.org",
      password: "un mot de passe long",
    });
    expect(currentSession()).toEqual(claire);
    expect(authHeaders()).toEqual({ "x-csrf-token": "jeton-csrf" });
  });

  it("says why the server refused: wrong credentials, disabled account, too many attempts (with the minutes to wait)", async () => {
    vi.stubGlobal("fetch", answer(401, { errors: [{ message: "Wrong email or password" }] }));
    expect(await signIn("claire@example.org", "faux")).toEqual({ problem: "wrong" });
    vi.stubGlobal("fetch", answer(403, {}));
    expect(await signIn("claire@example.org", "juste")).toEqual({ problem: "disabled" });
    vi.stubGlobal("fetch", answer(429, {}, { "retry-after": "170" }));
    expect(await signIn("claire@example.org", "faux")).toEqual({ problem: "tooMany", minutes: 3 });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    expect(await signIn("claire@example.org", "faux")).toEqual({ problem: "unreachable" });
    expect(currentSession()).toBeNull();
    expect(authHeaders()).toEqual({});
  });

  it("asks the server who is signed in, and forgets the session when the API says it ended", async () => {
    vi.stubGlobal("fetch", answer(200, { account: claire, csrfToken: "t", ways: { password: true, sso: null } }));
    await loadSession();
    expect(currentSession()).toEqual(claire);
    sessionEnded();
    expect(currentSession()).toBeNull();
  });

  it("ends the session on the server when signing out, with the session's CSRF token", async () => {
    adoptSession(claire, "jeton-csrf");
    const fetch = answer(200, { signedOut: true });
    vi.stubGlobal("fetch", fetch);
    await signOut();
    expect(fetch).toHaveBeenCalledWith(
      "/auth/sign-out",
      expect.objectContaining({ method: "POST", headers: { "x-csrf-token": "jeton-csrf" } }),
    );
    expect(currentSession()).toBeNull();
  });
});
