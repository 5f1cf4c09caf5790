/**
 * Prints a signed HS256 token for local use: node graph-api/dist/cli/token.js <role> [subject] [--ttl 8h]
 * Reads the secret as the server does (JWT_SECRET or JWT_SECRET_FILE).
 */
import { readFileSync } from "node:fs";
import { ROLES, isRole } from "../auth/roles";
import { signToken } from "../auth/sign-token";

async function main(argv: string[]): Promise<number> {
  const ttlIndex = argv.indexOf("--ttl");
  const ttl = ttlIndex >= 0 ? argv[ttlIndex + 1] : "8h";
  const positional = ttlIndex >= 0 ? argv.filter((_, i) => i !== ttlIndex && i !== ttlIndex + 1) : argv;
  const [role, subject] = positional;
  if (!role || !isRole(role)) {
    console.error(
      `usage: npm run token -- <role> [subject] [--ttl 8h]\n  role: one of ${ROLES.join(", ")}${role ? ` (got "${role}")` : ""}`,
    );
    return 2;
  }
  if (!ttl || !/^\d+[smhd]$/.test(ttl)) {
    console.error(`token: --ttl takes a duration such as 30m, 8h or 7d (got "${ttl ?? ""}")`);
    return 2;
  }
  const secret =
    process.env.JWT_SECRET ??
    (process.env.JWT_SECRET_FILE ? readFileSync(process.env.JWT_SECRET_FILE, "utf8").trim() : undefined);
  if (!secret || secret.length < 32) {
    console.error(
      "token: set JWT_SECRET (32+ characters) or JWT_SECRET_FILE; with JWT_JWKS_URL, tokens come from your identity provider",
    );
    return 2;
  }
  const token = await signToken(
    new TextEncoder().encode(secret),
    { sub: subject ?? `local-${role}`, roles: [role] },
    {
      expiresIn: ttl,
      issuer: process.env.JWT_ISSUER,
      audience: process.env.JWT_AUDIENCE,
    },
  );
  process.stdout.write(`${token}\n`);
  return 0;
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
