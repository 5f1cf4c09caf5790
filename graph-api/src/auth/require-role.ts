import type { ApolloServerPlugin } from "@apollo/server";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import type { AuthClaims } from "./verify-token";
import type { Role } from "./roles";

const withArticle = (role: Role) => (/^[aeiou]/.test(role) ? `an ${role}` : `a ${role}`);

/**
 * The caller's subject when it holds `role`; UNAUTHENTICATED without credentials, FORBIDDEN with another role.
 * `what` is a verb phrase: "create API keys" gives "Forbidden: only an admin may create API keys".
 */
export function requireRole(jwt: AuthClaims | undefined, role: Role, what: string): string {
  if (!jwt)
    throw new UnauthenticatedError(`Authentication required: to ${what}, send ${withArticle(role)}'s token or API key`);
  if (!jwt.roles.includes(role)) throw new ForbiddenError(`Forbidden: only ${withArticle(role)} may ${what}`);
  return jwt.sub;
}

export function hasRole(jwt: AuthClaims | undefined, role: Role): boolean {
  return !!jwt?.roles.includes(role);
}

/**
 * Every mutation is for coordinators (admins are coordinators too): one
 * asked by anyone else is refused as soon as its operation is known, before
 * @neo4j/graphql opens a write transaction and runs its `where` (a deep
 * filter cost an anonymous caller 186 ms of the database's time before the
 * refusal). Same codes as the resolvers' own checks, with their HTTP status.
 */
export function mutationsForCoordinators<C extends { jwt?: AuthClaims }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== "mutation") return;
          try {
            requireRole(contextValue.jwt, "coordinator", "change the graph");
          } catch (error) {
            // Refused before execution: with the status of its code (UnauthenticatedError has its 401 already).
            if (error instanceof ForbiddenError) throw new ForbiddenError(error.message, { withStatus: true });
            throw error;
          }
        },
      };
    },
  };
}
