/**
 * The accounts' HTTP routes (JSON, same origin as the explorer):
 *
 * - GET  /auth/session: who is signed in (or null), the session's CSRF token, the ways to sign in;
 * - POST /auth/sign-in {email, password}: opens a session (cookie); 401 wrong email or password, 403 disabled, 429 too many attempts;
 * - POST /auth/sign-out: ends the session on the server and clears the cookie;
 * - POST /auth/password-link {token}: whom a one-time link is for; POST /auth/password {token, password}: sets the password;
 * - GET  /auth/sso/start and /auth/sso/callback: single sign-on (when configured);
 * - /api/accounts…: the admins' page (list, create, change, delete, new link, end sessions).
 *
 * Bodies are read as JSON only: a form from another site cannot send one
 * without a CORS preflight, which other origins do not pass.
 */
import express, { Router, type Request, type Response } from "express";
import type { Logger } from "pino";
import { GraphQLError } from "graphql";
import type { GraphReader, GraphWriter } from "../domain/ports";
import { ErrorCode, fromDomainError } from "../errors";
import { sendHttpError } from "../errors/http";
import { clientOf } from "../security/rate-limit";
import { requireRole } from "../auth/require-role";
import type { AuthClaims } from "../auth/verify-token";
import {
  addAccount,
  changeAccount,
  issuePasswordLink,
  listAccounts,
  readPasswordLink,
  removeAccount,
  revokeSessions,
  setPasswordWithLink,
  type PasswordLink,
} from "../accounts/accounts";
import { DisabledAccount, TooManyAttempts, WrongCredentials, type PasswordSignIn } from "../accounts/password-sign-in";
import type { Sessions } from "../accounts/sessions";
import type { SingleSignOn, SsoAttempt } from "../accounts/single-sign-on";
import type { SendLink } from "../accounts/mailer";
import {
  checkOrigin,
  clearCookie,
  cookieOf,
  csrfOf,
  ownOrigin,
  SESSION_COOKIE,
  setCookie,
} from "../accounts/session-cookie";

const SSO_COOKIE = "maillage_sso";

export interface AccountRoutesDeps {
  reader: GraphReader;
  writer: GraphWriter;
  sessions: Sessions;
  signIn: PasswordSignIn;
  sso?: SingleSignOn;
  sendLink?: SendLink;
  logger: Logger;
  /** The address people open (PUBLIC_URL), for links and the provider's redirect; the request's own when unset. */
  publicUrl?: string;
  allowedOrigins: readonly string[];
  authenticate: (req: Request) => Promise<AuthClaims | undefined>;
}

/** A one-time link's address: the token travels in the fragment, which browsers never send to a server or a log. */
export const passwordLinkUrl = (base: string, token: string) => `${base.replace(/\/$/, "")}/#/password/${token}`;

/** An error as a JSON answer with its status: the domain's, a GraphQL error's with its status, else 500 (logged). */
function answerError(res: Response, logger: Logger, error: unknown): void {
  if (error instanceof TooManyAttempts) {
    res.setHeader("Retry-After", String(error.retryAfterSeconds));
    return sendHttpError(res, 429, ErrorCode.RATE_LIMITED, error.message);
  }
  if (error instanceof DisabledAccount) return sendHttpError(res, 403, ErrorCode.FORBIDDEN, error.message);
  const known = fromDomainError(error);
  if (known) return sendHttpError(res, known.status, known.code, known.message);
  if (error instanceof GraphQLError) {
    const code = (error.extensions.code as ErrorCode) ?? ErrorCode.BAD_REQUEST;
    const status =
      (error.extensions.http as { status?: number } | undefined)?.status ?? (code === ErrorCode.FORBIDDEN ? 403 : 401);
    return sendHttpError(res, status, code, error.message);
  }
  logger.error({ err: error }, "accounts route failed");
  sendHttpError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
}

export function accountRoutes(deps: AccountRoutesDeps): Router {
  const { reader, writer, sessions, logger } = deps;
  const router = Router();
  const json = express.json({ limit: "4kb" });
  const base = (req: Request) => deps.publicUrl ?? ownOrigin(req);
  const route =
    (handler: (req: Request, res: Response) => Promise<unknown>) =>
    async (req: Request, res: Response): Promise<void> => {
      res.setHeader("Cache-Control", "private, no-store");
      try {
        await handler(req, res);
      } catch (error) {
        answerError(res, logger, error);
      }
    };
  const admin = async (req: Request) => {
    const claims = await deps.authenticate(req);
    requireRole(claims, "admin", "manage accounts");
    return { sub: claims!.sub, role: "admin" };
  };
  const linkAnswer = async (email: string, link: PasswordLink, req: Request) => {
    const url = passwordLinkUrl(base(req), link.token);
    let mailed = false;
    if (deps.sendLink) {
      try {
        await deps.sendLink(email, url, link.purpose, link.expiresAt);
        mailed = true;
      } catch (error) {
        logger.warn({ err: error, to: email }, "password link not mailed");
      }
    }
    return { url, expiresAt: link.expiresAt, purpose: link.purpose, mailed };
  };

  router.get(
    "/auth/session",
    route(async (req, res) => {
      const ways = { password: true, sso: deps.sso ? { name: deps.sso.name } : null };
      const id = cookieOf(req, SESSION_COOKIE);
      const session = id ? await sessions.find(id) : null;
      if (id && !session) clearCookie(req, res, SESSION_COOKIE);
      res.json({
        account: session ? { email: session.email, name: session.name ?? session.email, roles: session.roles } : null,
        csrfToken: session && id ? csrfOf(id) : null,
        ways,
      });
    }),
  );

  router.post(
    "/auth/sign-in",
    json,
    route(async (req, res) => {
      checkOrigin(req, deps.allowedOrigins);
      const body = (req.body ?? {}) as { email?: unknown; password?: unknown };
      const address = clientOf(req.ip ?? req.socket.remoteAddress);
      try {
        const session = await deps.signIn(body.email, body.password, address);
        // A session this browser held before ends: one browser, one session.
        const previous = cookieOf(req, SESSION_COOKIE);
        if (previous) await sessions.end(previous);
        setCookie(req, res, SESSION_COOKIE, session.id, sessions.settings.maxMinutes * 60);
        const found = await sessions.find(session.id);
        res.json({
          account: found ? { email: found.email, name: found.name ?? found.email, roles: found.roles } : null,
          csrfToken: session.csrf,
        });
      } catch (error) {
        logger.warn({ address, reason: (error as Error).name }, "sign-in refused");
        if (error instanceof WrongCredentials)
          return sendHttpError(res, 401, ErrorCode.UNAUTHENTICATED, (error as Error).message);
        throw error;
      }
    }),
  );

  router.post(
    "/auth/sign-out",
    route(async (req, res) => {
      const id = cookieOf(req, SESSION_COOKIE);
      if (id) {
        checkOrigin(req, deps.allowedOrigins);
        // Only the page holding the session's CSRF token may end it (another site cannot sign people out).
        if (req.headers["x-csrf-token"] !== csrfOf(id))
          return sendHttpError(res, 403, ErrorCode.FORBIDDEN, "Forbidden: sign-out without the session's CSRF token");
        await sessions.end(id);
      }
      clearCookie(req, res, SESSION_COOKIE);
      res.json({ signedOut: true });
    }),
  );

  router.post(
    "/auth/password-link",
    json,
    route(async (req, res) => {
      res.json(await readPasswordLink(reader, (req.body as { token?: unknown } | undefined)?.token));
    }),
  );

  router.post(
    "/auth/password",
    json,
    route(async (req, res) => {
      checkOrigin(req, deps.allowedOrigins);
      const body = (req.body ?? {}) as { token?: unknown; password?: unknown };
      const email = await setPasswordWithLink(writer, body.token, body.password);
      res.json({ email });
    }),
  );

  if (deps.sso) {
    const sso = deps.sso;
    const redirectUri = (req: Request) => `${base(req)}/auth/sso/callback`;
    router.get(
      "/auth/sso/start",
      route(async (req, res) => {
        const { url, attempt } = await sso.start(redirectUri(req));
        setCookie(req, res, SSO_COOKIE, JSON.stringify(attempt), 10 * 60);
        res.redirect(303, url);
      }),
    );
    router.get("/auth/sso/callback", async (req, res) => {
      res.setHeader("Cache-Control", "private, no-store");
      clearCookie(req, res, SSO_COOKIE);
      const back = (outcome: string) => res.redirect(303, `${base(req)}/#/sign-in?sso=${outcome}`);
      let attempt: SsoAttempt;
      try {
        attempt = JSON.parse(cookieOf(req, SSO_COOKIE) ?? "") as SsoAttempt;
      } catch {
        return back("expired");
      }
      if (typeof req.query.error === "string") return back("refused");
      try {
        const url = new URL(req.originalUrl, redirectUri(req));
        const account = await sso.finish(url, attempt);
        const session = await sessions.open(account.email, "sso");
        if (!session) return back("disabled");
        setCookie(req, res, SESSION_COOKIE, session.id, sessions.settings.maxMinutes * 60);
        res.redirect(303, `${base(req)}/#/`);
      } catch (error) {
        logger.warn({ err: error }, "single sign-on refused");
        back((error as Error).message.includes("disabled") ? "disabled" : "failed");
      }
    });
  }

  router.get(
    "/api/accounts",
    route(async (req, res) => {
      await admin(req);
      res.json({ accounts: await listAccounts(reader) });
    }),
  );

  router.post(
    "/api/accounts",
    json,
    route(async (req, res) => {
      const actor = await admin(req);
      const body = (req.body ?? {}) as { email?: unknown; name?: unknown; role?: unknown };
      const { account, link } = await addAccount(writer, body, actor);
      res.status(201).json({ account, link: await linkAnswer(account.email, link, req) });
    }),
  );

  router.patch(
    "/api/accounts/:email",
    json,
    route(async (req, res) => {
      const actor = await admin(req);
      const body = (req.body ?? {}) as { role?: unknown; disabled?: unknown; name?: unknown };
      res.json({ account: await changeAccount(writer, req.params.email, body, actor) });
    }),
  );

  router.delete(
    "/api/accounts/:email",
    route(async (req, res) => {
      const actor = await admin(req);
      await removeAccount(writer, req.params.email, actor);
      res.json({ deleted: true });
    }),
  );

  router.post(
    "/api/accounts/:email/link",
    route(async (req, res) => {
      const actor = await admin(req);
      const email = String(req.params.email);
      res.json({ link: await linkAnswer(email.toLowerCase(), await issuePasswordLink(writer, email, actor), req) });
    }),
  );

  router.post(
    "/api/accounts/:email/end-sessions",
    route(async (req, res) => {
      const actor = await admin(req);
      res.json({ ended: await revokeSessions(writer, req.params.email, actor) });
    }),
  );

  return router;
}
