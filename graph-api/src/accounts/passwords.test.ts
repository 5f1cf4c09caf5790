import { checkPasswordStrength, hashPassword, spendPasswordCheck, verifyPassword } from "./passwords";

describe("passwords", () => {
  it("stores a salted scrypt hash that verifies the password and nothing else", async () => {
    const stored = await hashPassword("un vélo, deux ateliers");
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored).not.toContain("vélo");
    expect(await hashPassword("un vélo, deux ateliers")).not.toBe(stored);
    expect(await verifyPassword("un vélo, deux ateliers", stored)).toBe(true);
    expect(await verifyPassword("un vélo, deux ateliers ", stored)).toBe(false);
    expect(await verifyPassword("un vélo, deux ateliers", "md5$abc")).toBe(false);
    expect(await spendPasswordCheck("quoi que ce soit")).toBe(false);
  });

  it("refuses short, common and email-like passwords with the reason", () => {
    expect(() => checkPasswordStrength("court")).toThrow("at least 12 characters");
    expect(() => checkPasswordStrength("password1234")).toThrow("among the most common");
    expect(() => checkPasswordStrength("QWERTYUIOP123")).toThrow("among the most common");
    expect(() => checkPasswordStrength("aaaaaaaaaaaaaaa")).toThrow("among the most common");
    expect(() => checkPasswordStrength("claire.martin-2026", "claire.martin@example.org")).toThrow("email");
    expect(() => checkPasswordStrength("un vélo, deux ateliers", "claire@example.org")).not.toThrow();
  });
});
