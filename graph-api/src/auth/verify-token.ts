import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { JwtConfig } from "../config";
import { UnauthenticatedError } from "../errors";
import { effectiveRoles, type Role } from "./roles";

/** What @neo4j/graphql's rules and our resolvers read from a verified token. */
export interface AuthClaims extends JWTPayload {
  sub: string;
  roles: Role[];
}

export type TokenVerifier = (authorization: string | undefined) => Promise<AuthClaims | undefined>;

/**
 * Verifies `Authorization: Bearer <jwt>`. No header: anonymous (undefined).
 * A header that is not a valid token is refused rather than silently treated
 * as anonymous, so a client learns at once that its token expired.
 */
export function createTokenVerifier(config: JwtConfig): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = config.kind === "secret" ? config.secret : createRemoteJWKSet(config.url);
  const options = {
    issuer: config.issuer,
    audience: config.audience,
    algorithms: config.kind === "secret" ? ["HS256", "HS384", "HS512"] : undefined,
  };
  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === "") return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError("The Authorization header must be 'Bearer <token>'");
    let payload: JWTPayload;
    try {
      ({ payload } =
        typeof key === "function" ? await jwtVerify(match[1], key, options) : await jwtVerify(match[1], key, options));
    } catch (error) {
      const reason =
        (error as { code?: string }).code === "ERR_JWT_EXPIRED" ? "the token has expired" : "the token is not valid";
      throw new UnauthenticatedError(`Authentication failed: ${reason}`);
    }
    if (typeof payload.sub !== "string" || payload.sub === "")
      throw new UnauthenticatedError("Authentication failed: the token has no subject (sub)");
    const claimed = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === "string") : [];
    return { ...payload, sub: payload.sub, roles: effectiveRoles(claimed) };
  };
}
