import { GraphQLError } from "graphql";
import { ErrorCode, UnauthenticatedError } from "../errors";
import type { AuthClaims } from "./verify-token";
import type { Role } from "./roles";

const withArticle = (role: Role) => (/^[aeiou]/.test(role) ? `an ${role}` : `a ${role}`);

/**
 * The caller's subject when it holds `role`; UNAUTHENTICATED without credentials, FORBIDDEN with another role.
 * `what` is a verb phrase: "create API keys" gives "Forbidden: only an admin may create API keys".
 */
export function requireRole(jwt: AuthClaims | undefined, role: Role, what: string): string {
  if (!jwt) throw new UnauthenticatedError(`Authentication required: to ${what}, send ${withArticle(role)}'s token or API key`);
  if (!jwt.roles.includes(role)) throw new GraphQLError(`Forbidden: only ${withArticle(role)} may ${what}`, { extensions: { code: ErrorCode.FORBIDDEN } });
  return jwt.sub;
}

export function hasRole(jwt: AuthClaims | undefined, role: Role): boolean {
  return !!jwt?.roles.includes(role);
}
