import { afterEach, describe, expect, it, vi } from "vitest";
import { currentSession, signIn, signOut } from "./auth";

const token = (claims: Record<string, unknown>) => `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, "")}.c2ln`;
const answer = (status: number, body: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));

afterEach(() => {
  signOut();
  vi.unstubAllGlobals();
});

describe("signing in with a pasted token", () => {
  it("refuses text that is not a token, without asking the server", async () => {
    const fetch = answer(200, {});
    vi.stubGlobal("fetch", fetch);
    expect(await signIn("bonjour")).toEqual({ problem: "unreadable" });
    expect(fetch).not.toHaveBeenCalled();
    expect(currentSession()).toBeNull();
  });

  it("says when a token has expired", async () => {
    vi.stubGlobal("fetch", answer(200, {}));
    const result = await signIn(
      token({ sub: "claire", roles: ["coordinator"], exp: 1_700_000_000 }),
      new Date("2026-01-01T00:00:00Z"),
    );
    expect(result).toEqual({ problem: "expired", detail: "2023-11-14T22:13:20.000Z" });
    expect(currentSession()).toBeNull();
  });

  it("passes on the server's reason when it refuses the token", async () => {
    vi.stubGlobal("fetch", answer(401, { errors: [{ message: "Authentication failed: the token is not valid" }] }));
    expect(await signIn(token({ sub: "claire", roles: ["coordinator"] }))).toEqual({
      problem: "rejected",
      detail: "Authentication failed: the token is not valid",
    });
    expect(currentSession()).toBeNull();
  });

  it("keeps a token the server accepts, with who and which roles", async () => {
    vi.stubGlobal("fetch", answer(200, { data: { __typename: "Query" } }));
    const result = await signIn(`  ${token({ sub: "claire", roles: ["coordinator"], exp: 4_000_000_000 })}\n`);
    expect(result).toMatchObject({ session: { subject: "claire", roles: ["coordinator"] } });
    expect(currentSession()).toMatchObject({ subject: "claire", roles: ["coordinator"] });
  });
});
