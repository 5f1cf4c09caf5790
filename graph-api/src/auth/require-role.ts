import { GraphQLError } from "graphql";
import { ErrorCode, UnauthenticatedError } from "../errors";
import type { AuthClaims } from "./verify-token";
import type { Role } from "./roles";

/** The caller's subject when it holds `role`; UNAUTHENTICATED without credentials, FORBIDDEN with another role. */
export function requireRole(jwt: AuthClaims | undefined, role: Role, what: string): string {
  if (!jwt) throw new UnauthenticatedError(`Authentication required: ${what} needs a ${role}'s token or API key`);
  if (!jwt.roles.includes(role)) throw new GraphQLError(`Forbidden: only a ${role} may ${what}`, { extensions: { code: ErrorCode.FORBIDDEN } });
  return jwt.sub;
}

export function hasRole(jwt: AuthClaims | undefined, role: Role): boolean {
  return !!jwt?.roles.includes(role);
}
