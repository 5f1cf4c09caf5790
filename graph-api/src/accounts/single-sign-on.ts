/**
 * Single sign-on with an OpenID Connect provider (authorization code with
 * PKCE, state and nonce), through openid-client, a certified relying party.
 * The provider is set by its issuer URL, a client id and secret
 * (config.ts: OIDC_*). Its user gets the account holding their subject, else
 * the account an admin created with their email, else a new account: with
 * the roles read from a claim when one is configured (OIDC_ROLES_CLAIM,
 * renamed through OIDC_ROLE_MAP), or none until an admin grants one.
 */
import * as oidc from "openid-client";
import type { GraphWriter } from "../domain/ports";
import { isRole, type Role } from "../auth/roles";
import { createAccount } from "../cypher/accounts/create-account.cypher";
import { findSsoAccount } from "../cypher/accounts/find-sso-account.cypher";
import { updateAccount } from "../cypher/accounts/update-account.cypher";
import { writeAuditEntries } from "../cypher/audit/write-audit-entries.cypher";
import { Conflict } from "../domain/errors";
import { normaliseEmail } from "./accounts";

export interface SsoConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The provider's name on the sign-in button ("Se connecter avec …"). */
  name: string;
  /** The ID token or userinfo claim that lists the user's groups or roles, if the provider sends one. */
  rolesClaim?: string;
  /** Claim values to Maillage roles ("agents-ess" -> coordinator); a value that is already a role name maps to itself. */
  roleMap: Record<string, Role>;
}

/** What the browser keeps (in an HttpOnly cookie) between leaving for the provider and coming back. */
export interface SsoAttempt {
  verifier: string;
  state: string;
  nonce: string;
}

export class SsoRefused extends Conflict {}

export interface SingleSignOn {
  readonly name: string;
  /** Where to send the browser, and what to keep until it returns. */
  start(redirectUri: string): Promise<{ url: string; attempt: SsoAttempt }>;
  /** Checks the provider's answer (the callback URL) and returns the account's email, creating or updating the account. */
  finish(callbackUrl: URL, attempt: SsoAttempt): Promise<{ email: string; roles: string[] }>;
}

/** The roles a provider's claim grants, or null when no claim is configured, sent or mapped (the account's roles stay). */
export function rolesFromClaims(
  config: Pick<SsoConfig, "rolesClaim" | "roleMap">,
  claims: Record<string, unknown>,
): Role[] | null {
  if (!config.rolesClaim) return null;
  const raw = claims[config.rolesClaim];
  if (raw === undefined) return null;
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === "string");
  const roles = values.map((v) => config.roleMap[v] ?? (isRole(v) ? v : null)).filter((r): r is Role => r !== null);
  // No mapped value: the roles stay as an admin set them (a first-time user waits for one).
  return roles.length > 0 ? [...new Set(roles)].sort() : null;
}

export function createSingleSignOn(config: SsoConfig, writer: GraphWriter): SingleSignOn {
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = () => {
    discovered ??= oidc
      .discovery(
        config.issuer,
        config.clientId,
        config.clientSecret,
        undefined,
        // Plain http only for a provider on this machine (tests, development), as config.ts allows.
        config.issuer.protocol === "http:" ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw new SsoRefused(
          `The identity provider ${config.issuer.origin} cannot be reached: ${(error as Error).message}`,
        );
      });
    return discovered;
  };
  return {
    name: config.name,
    async start(redirectUri) {
      const attempt = { verifier: oidc.randomPKCECodeVerifier(), state: oidc.randomState(), nonce: oidc.randomNonce() };
      const url = oidc.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri,
        scope: "openid email profile",
        code_challenge: await oidc.calculatePKCECodeChallenge(attempt.verifier),
        code_challenge_method: "S256",
        state: attempt.state,
        nonce: attempt.nonce,
      });
      return { url: url.href, attempt };
    },
    async finish(callbackUrl, attempt) {
      const client = await configuration();
      let claims: Record<string, unknown>;
      try {
        const tokens = await oidc.authorizationCodeGrant(client, callbackUrl, {
          pkceCodeVerifier: attempt.verifier,
          expectedState: attempt.state,
          expectedNonce: attempt.nonce,
          idTokenExpected: true,
        });
        claims = { ...tokens.claims() };
        if (typeof claims.email !== "string" || (config.rolesClaim && claims[config.rolesClaim] === undefined))
          claims = { ...(await oidc.fetchUserInfo(client, tokens.access_token, String(claims.sub))), ...claims };
      } catch (error) {
        throw new SsoRefused(`The identity provider's answer was refused: ${(error as Error).message}`);
      }
      const subject = `${config.issuer.href}#${String(claims.sub)}`;
      if (typeof claims.email !== "string" || claims.email_verified === false)
        throw new SsoRefused("The identity provider did not give a verified email address for this person");
      const email = normaliseEmail(claims.email);
      const name = typeof claims.name === "string" ? claims.name.slice(0, 100) : null;
      const roles = rolesFromClaims(config, claims);
      return writer.transaction(async (run) => {
        const [known] = await run(findSsoAccount, { ssoSubject: subject, email });
        if (known && known.ssoSubject && known.ssoSubject !== subject)
          throw new SsoRefused(`The account ${email} is tied to another identity at the provider`);
        if (known?.disabled) throw new SsoRefused("This account is disabled: ask an administrator");
        const actor = { actor: email, role: "sso" };
        if (!known) {
          const [created] = await run(createAccount, { email, name, roles: roles ?? [], ssoSubject: subject });
          await run(writeAuditEntries, {
            entries: [
              {
                ...actor,
                operation: "createAccount",
                entityType: "Account",
                entityId: email,
                before: null,
                after: JSON.stringify({ email, name, roles: created.roles, disabled: false }),
              },
            ],
          });
          return { email, roles: created.roles };
        }
        const [updated] = await run(updateAccount, {
          email: known.email,
          roles,
          disabled: null,
          name: known.name ? null : name,
          ssoSubject: subject,
        });
        return { email: updated.email, roles: updated.roles };
      });
    },
  };
}
