/**
 * People's accounts: an admin (with `npm run user`, or the explorer's
 * accounts page) creates, lists, changes, disables and deletes them, and
 * hands a one-time link with which the person sets a password; the same kind
 * of link resets a forgotten one. Every change is written with its audit
 * entry in one transaction; a refused change writes nothing.
 *
 * An account is known by its email, which is also the subject (`sub`) its
 * sessions act as: the audit trail and the follow-up views name people by it.
 */
import type { GraphReader, GraphWriter, WriteRunner } from "../domain/ports";
import { Conflict, InvalidArgument, NotFound } from "../domain/errors";
import { isRole, type Role } from "../auth/roles";
import type { AccountRow } from "../cypher/accounts/account-row";
import { createAccount } from "../cypher/accounts/create-account.cypher";
import { listAccounts as listAccountsQuery } from "../cypher/accounts/list-accounts.cypher";
import { countAccounts } from "../cypher/accounts/count-accounts.cypher";
import { findAccount } from "../cypher/accounts/find-account.cypher";
import { updateAccount } from "../cypher/accounts/update-account.cypher";
import { deleteAccount } from "../cypher/accounts/delete-account.cypher";
import { createPasswordLink } from "../cypher/accounts/create-password-link.cypher";
import { findPasswordLink } from "../cypher/accounts/find-password-link.cypher";
import { usePasswordLink } from "../cypher/accounts/use-password-link.cypher";
import { deleteAccountSessions } from "../cypher/accounts/delete-account-sessions.cypher";
import { writeAuditEntries } from "../cypher/audit/write-audit-entries.cypher";
import { checkPasswordStrength, hashPassword } from "./passwords";
import { hashOf, looksLikeSecret, newSecret } from "./tokens";

export type Account = AccountRow;

/** Who makes a change, as the audit trail records it: an admin's subject, or `cli:<user>` for the command. */
export interface Actor {
  sub: string;
  role: string;
}

export type LinkPurpose = "set-password" | "reset-password";

/** How long a link works: a first link may wait for a few days; a reset is done at once. */
export const LINK_MINUTES: Record<LinkPurpose, number> = { "set-password": 72 * 60, "reset-password": 60 };

export class InvalidAccountRequest extends InvalidArgument {}
export class UnknownAccount extends NotFound {}
export class AccountConflict extends Conflict {}
/** A password link that does not exist, was used already, or is past its time. */
export class UnusableLink extends Conflict {
  constructor(readonly reason: "unknown" | "expired") {
    super(
      reason === "expired"
        ? "This link has expired: ask an administrator for a new one"
        : "This link is not valid or was already used: ask an administrator for a new one",
    );
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email as accounts store it (trimmed, lower case), or a refusal naming the field. */
export function normaliseEmail(raw: unknown): string {
  const email = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  if (!EMAIL.test(email) || email.length > 254)
    throw new InvalidAccountRequest(`email: an email address such as name@example.org`, "email");
  return email;
}

function checkedRoles(raw: unknown): Role[] {
  const list = raw === null || raw === undefined || raw === "" ? [] : Array.isArray(raw) ? raw : [raw];
  for (const role of list)
    if (typeof role !== "string" || !isRole(role))
      throw new InvalidAccountRequest(`role: coordinator, researcher or admin (got ${JSON.stringify(role)})`, "role");
  return [...new Set(list as Role[])].sort();
}

function checkedName(raw: unknown): string | null {
  if (raw === undefined || raw === null) return null;
  const name = typeof raw === "string" ? raw.trim() : "";
  if (name.length > 100 || (typeof raw === "string" && raw.trim() === "" && raw !== ""))
    throw new InvalidAccountRequest("name: at most 100 characters", "name");
  return name === "" ? null : name;
}

/** The audit record of an account as it is shown: never a password hash, a session or a link. */
const auditView = (a: AccountRow | null) =>
  a ? JSON.stringify({ email: a.email, name: a.name, roles: a.roles, disabled: a.disabled }) : null;

async function audit(
  run: WriteRunner,
  actor: Actor,
  operation: string,
  email: string,
  before: AccountRow | null,
  after: AccountRow | null,
) {
  await run(writeAuditEntries, {
    entries: [
      {
        actor: actor.sub,
        role: actor.role,
        operation,
        entityType: "Account",
        entityId: email,
        before: auditView(before),
        after: auditView(after),
      },
    ],
  });
}

async function existing(run: WriteRunner, email: string): Promise<AccountRow> {
  const [account] = await run(findAccount, { email });
  if (!account) throw new UnknownAccount(`No account has the email ${email}`);
  return account;
}

export async function listAccounts(reader: GraphReader): Promise<Account[]> {
  return reader.read(listAccountsQuery, {});
}

/** Whether any account exists, and how many enabled admins. */
export async function accountCounts(reader: GraphReader): Promise<{ accounts: number; admins: number }> {
  const [row] = await reader.read(countAccounts, {});
  return row;
}

export interface PasswordLink {
  token: string;
  expiresAt: string;
  purpose: LinkPurpose;
}

/** Creates an account and its first password link (the only copy of the link's token). */
export async function addAccount(
  writer: GraphWriter,
  input: { email?: unknown; name?: unknown; role?: unknown },
  actor: Actor,
): Promise<{ account: Account; link: PasswordLink }> {
  const email = normaliseEmail(input.email);
  const roles = checkedRoles(input.role);
  const name = checkedName(input.name);
  return writer.transaction(async (run) => {
    if ((await run(findAccount, { email })).length > 0)
      throw new AccountConflict(`An account with the email ${email} exists already`);
    const [account] = await run(createAccount, { email, name, roles, ssoSubject: null });
    await audit(run, actor, "createAccount", email, null, account);
    const link = await linkFor(run, email, "set-password");
    return { account, link };
  });
}

async function linkFor(run: WriteRunner, email: string, purpose: LinkPurpose): Promise<PasswordLink> {
  const token = newSecret();
  const [row] = await run(createPasswordLink, {
    email,
    hash: hashOf(token),
    purpose,
    validMinutes: LINK_MINUTES[purpose],
  });
  return { token, expiresAt: row.expiresAt, purpose };
}

/** A new one-time link for an account (its earlier links stop working). */
export async function issuePasswordLink(writer: GraphWriter, rawEmail: unknown, actor: Actor): Promise<PasswordLink> {
  const email = normaliseEmail(rawEmail);
  return writer.transaction(async (run) => {
    const account = await existing(run, email);
    if (account.disabled) throw new AccountConflict(`The account ${email} is disabled: enable it first`);
    const link = await linkFor(run, email, account.hasPassword ? "reset-password" : "set-password");
    await audit(run, actor, "issuePasswordLink", email, account, account);
    return link;
  });
}

/** Refuses a change that would leave no enabled admin (nobody could manage accounts from the explorer). */
async function keepAnAdmin(run: WriteRunner, before: AccountRow, stillAdmin: boolean) {
  if (!before.roles.includes("admin") || before.disabled || stillAdmin) return;
  const [{ admins }] = await run(countAccounts, {});
  if (admins <= 1)
    throw new AccountConflict(`${before.email} is the last enabled administrator: make another one first`);
}

/** Changes an account's role, name or state; a role change or a disabling ends its sessions. */
export async function changeAccount(
  writer: GraphWriter,
  rawEmail: unknown,
  change: { role?: unknown; disabled?: unknown; name?: unknown },
  actor: Actor,
): Promise<Account> {
  const email = normaliseEmail(rawEmail);
  const roles = change.role === undefined ? null : checkedRoles(change.role);
  if (change.disabled !== undefined && typeof change.disabled !== "boolean")
    throw new InvalidAccountRequest("disabled: true or false", "disabled");
  const disabled = (change.disabled as boolean | undefined) ?? null;
  const name = change.name === undefined ? null : checkedName(change.name);
  return writer.transaction(async (run) => {
    const before = await existing(run, email);
    await keepAnAdmin(run, before, disabled !== true && (roles ?? before.roles).includes("admin"));
    const [after] = await run(updateAccount, { email, roles, disabled, name, ssoSubject: null });
    const operation = disabled === true ? "disableAccount" : disabled === false ? "enableAccount" : "updateAccount";
    await audit(run, actor, operation, email, before, after);
    return after;
  });
}

export async function removeAccount(writer: GraphWriter, rawEmail: unknown, actor: Actor): Promise<void> {
  const email = normaliseEmail(rawEmail);
  await writer.transaction(async (run) => {
    const before = await existing(run, email);
    await keepAnAdmin(run, before, false);
    await run(deleteAccount, { email });
    await audit(run, actor, "deleteAccount", email, before, null);
  });
}

/** Ends every session of an account; the number ended. */
export async function revokeSessions(writer: GraphWriter, rawEmail: unknown, actor: Actor): Promise<number> {
  const email = normaliseEmail(rawEmail);
  return writer.transaction(async (run) => {
    const before = await existing(run, email);
    const [{ ended }] = await run(deleteAccountSessions, { email });
    await audit(run, actor, "revokeSessions", email, before, { ...before, activeSessions: 0 });
    return ended;
  });
}

/** Whom a link is for, to greet them on the page where they choose a password. */
export async function readPasswordLink(
  reader: GraphReader,
  token: unknown,
): Promise<{ email: string; name: string | null; purpose: LinkPurpose }> {
  if (!looksLikeSecret(token)) throw new UnusableLink("unknown");
  const [link] = await reader.read(findPasswordLink, { hash: hashOf(token) });
  if (!link || link.disabled) throw new UnusableLink("unknown");
  if (link.expired) throw new UnusableLink("expired");
  return { email: link.email, name: link.name, purpose: link.purpose as LinkPurpose };
}

/** Sets the password of a link's account and consumes the link (a second use is refused). */
export async function setPasswordWithLink(writer: GraphWriter, token: unknown, password: unknown): Promise<string> {
  if (!looksLikeSecret(token)) throw new UnusableLink("unknown");
  if (typeof password !== "string") throw new InvalidAccountRequest("password: a text", "password");
  const hash = hashOf(token);
  return writer.transaction(async (run) => {
    const [link] = await run(findPasswordLink, { hash });
    if (!link || link.disabled) throw new UnusableLink("unknown");
    if (link.expired) throw new UnusableLink("expired");
    checkPasswordStrength(password, link.email);
    const [done] = await run(usePasswordLink, { hash, passwordHash: await hashPassword(password) });
    if (!done) throw new UnusableLink("unknown");
    const account = await existing(run, done.email);
    await audit(
      run,
      { sub: done.email, role: "self" },
      link.purpose === "reset-password" ? "resetPassword" : "setPassword",
      done.email,
      account,
      account,
    );
    return done.email;
  });
}
