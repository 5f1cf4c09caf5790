/**
 * What `npm run user -- …` does (cli/user.ts runs it against the configured Neo4j):
 *
 *   add <email> --role coordinator|researcher|admin [--name "First Last"]   creates an account, prints its one-time link
 *   list                                                                     lists the accounts
 *   disable <email> | enable <email> | delete <email>
 *   role <email> <coordinator|researcher|admin|none>                         changes the role (ends the sessions)
 *   reset <email>                                                            prints a new one-time link to set the password
 *   end-sessions <email>                                                     signs the account out everywhere
 *   first-admin [email]                                                      when no administrator can sign in yet, creates one (or a new link for it)
 *
 * The link is mailed too when SMTP_URL is set.
 */
import type { GraphReader, GraphWriter } from "../domain/ports";
import { DomainError } from "../domain/errors";
import {
  addAccount,
  changeAccount,
  issuePasswordLink,
  listAccounts,
  removeAccount,
  revokeSessions,
  type Actor,
  type PasswordLink,
} from "./accounts";
import type { SendLink } from "./mailer";
import { passwordLinkUrl } from "../http/accounts";

export const USER_USAGE = `usage: npm run user -- <command>
  add <email> --role coordinator|researcher|admin [--name "First Last"]
  list
  disable <email> | enable <email> | delete <email>
  role <email> coordinator|researcher|admin|none
  reset <email>            a new one-time link to set the password
  end-sessions <email>     signs the account out everywhere
  first-admin [email]      the first administrator, when none can sign in yet`;

/** Where the first administrator's account is created when no email is given (a reserved name: it receives no mail). */
export const FIRST_ADMIN_EMAIL = "admin@maillage.localhost";

export interface UserCommandDeps {
  reader: GraphReader;
  writer: GraphWriter;
  /** The address people open, for the links. */
  publicUrl: string;
  actor: Actor;
  sendLink?: SendLink;
  out: (line: string) => void;
}

function option(args: string[], name: string): { value: string | undefined; rest: string[] } {
  const at = args.indexOf(name);
  if (at < 0) return { value: undefined, rest: args };
  return { value: args[at + 1], rest: args.filter((_, i) => i !== at && i !== at + 1) };
}

/** Runs one command; the exit code (0 done, 1 refused, 2 wrong usage). */
export async function runUserCommand(argv: string[], deps: UserCommandDeps): Promise<number> {
  const [command, ...args] = argv;
  const { reader, writer, actor, out } = deps;
  const printLink = async (email: string, link: PasswordLink) => {
    const url = passwordLinkUrl(deps.publicUrl, link.token);
    const until = new Date(link.expiresAt).toLocaleString("fr-FR", { timeZone: "Europe/Paris" });
    out(
      `One-time link for ${email} to ${link.purpose === "reset-password" ? "choose a new" : "set the"} password (valid until ${until}, Paris time):`,
    );
    out(url);
    if (deps.sendLink) {
      try {
        await deps.sendLink(email, url, link.purpose, link.expiresAt);
        out(`(also sent by mail to ${email})`);
      } catch (error) {
        out(`(not sent by mail: ${(error as Error).message})`);
      }
    }
  };
  try {
    switch (command) {
      case "add": {
        const role = option(args, "--role");
        const name = option(role.rest, "--name");
        if (name.rest.length !== 1 || !role.value) break;
        const { account, link } = await addAccount(
          writer,
          { email: name.rest[0], role: role.value, name: name.value },
          actor,
        );
        out(`Account ${account.email} created (${account.roles.join(", ")}).`);
        await printLink(account.email, link);
        return 0;
      }
      case "list": {
        if (args.length !== 0) break;
        const accounts = await listAccounts(reader);
        if (accounts.length === 0) out("No account yet: npm run user -- add <email> --role admin");
        for (const a of accounts)
          out(
            [
              a.email,
              a.roles.length ? a.roles.join(",") : "no role (pending)",
              a.disabled ? "disabled" : a.hasPassword || a.sso ? "active" : "waiting for its password",
              a.sso ? "single sign-on" : "",
              a.name ?? "",
              `${a.activeSessions} session(s)`,
            ]
              .filter(Boolean)
              .join("  "),
          );
        return 0;
      }
      case "disable":
      case "enable": {
        if (args.length !== 1) break;
        const account = await changeAccount(writer, args[0], { disabled: command === "disable" }, actor);
        out(`${account.email} ${command}d${command === "disable" ? " (its sessions ended)" : ""}.`);
        return 0;
      }
      case "delete": {
        if (args.length !== 1) break;
        await removeAccount(writer, args[0], actor);
        out(`${args[0]} deleted.`);
        return 0;
      }
      case "role": {
        if (args.length !== 2) break;
        const account = await changeAccount(writer, args[0], { role: args[1] === "none" ? null : args[1] }, actor);
        out(`${account.email}: ${account.roles.join(", ") || "no role"} (its sessions ended).`);
        return 0;
      }
      case "reset": {
        if (args.length !== 1) break;
        await printLink(args[0].toLowerCase(), await issuePasswordLink(writer, args[0], actor));
        return 0;
      }
      case "end-sessions": {
        if (args.length !== 1) break;
        out(`${await revokeSessions(writer, args[0], actor)} session(s) of ${args[0]} ended.`);
        return 0;
      }
      case "first-admin": {
        if (args.length > 1) break;
        const accounts = await listAccounts(reader);
        const admins = accounts.filter((a) => a.roles.includes("admin") && !a.disabled);
        if (admins.some((a) => a.hasPassword || a.sso)) return 0;
        const email = (args[0] ?? admins[0]?.email ?? FIRST_ADMIN_EMAIL).toLowerCase();
        if (!accounts.some((a) => a.email === email)) {
          const { link } = await addAccount(writer, { email, role: "admin", name: "Administrateur" }, actor);
          out(`No administrator can sign in yet: account ${email} created.`);
          await printLink(email, link);
        } else {
          out(`The administrator ${email} has no password yet.`);
          await printLink(email, await issuePasswordLink(writer, email, actor));
        }
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof DomainError) {
      out(`user: ${error.message}`);
      return 1;
    }
    throw error;
  }
  out(USER_USAGE);
  return 2;
}
