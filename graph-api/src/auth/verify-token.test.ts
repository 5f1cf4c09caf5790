import { SignJWT } from "jose";
import { createTokenVerifier } from "./verify-token";
import { signToken } from "./sign-token";

const secret = new TextEncoder().encode("s".repeat(32));
const verify = createTokenVerifier({ kind: "secret", secret });

describe("verifyToken", () => {
  it("treats a request without Authorization as anonymous", async () => {
    await expect(verify(undefined)).resolves.toBeUndefined();
  });

  it("gives an admin the coordinator role as well, and drops unknown roles", async () => {
    const token = await signToken(secret, { sub: "ada", roles: ["admin"] });
    const claims = await verify(`Bearer ${token}`);
    expect(claims).toMatchObject({ sub: "ada", roles: ["admin", "coordinator"] });
    const odd = await new SignJWT({ roles: ["superuser", "researcher"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setExpirationTime("1h")
      .sign(secret);
    expect((await verify(`Bearer ${odd}`))!.roles).toEqual(["researcher"]);
  });

  it("refuses a token signed with another secret, an expired one, and a malformed header", async () => {
    const other = await signToken(new TextEncoder().encode("o".repeat(32)), { sub: "eve", roles: ["coordinator"] });
    await expect(verify(`Bearer ${other}`)).rejects.toThrow("not valid");
    const expired = await new SignJWT({ roles: ["coordinator"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret);
    await expect(verify(`Bearer ${expired}`)).rejects.toThrow("expired");
    await expect(verify("Basic abc")).rejects.toThrow("Bearer");
  });

  it("refuses an unsigned token (alg none)", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    const payload = Buffer.from(JSON.stringify({ sub: "eve", roles: ["admin"] })).toString("base64url");
    await expect(verify(`Bearer ${header}.${payload}.`)).rejects.toThrow("not valid");
  });
});
