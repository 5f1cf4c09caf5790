/**
 * npm run user -- add <email> --role coordinator|researcher|admin | list | disable | enable | delete | role | reset | end-sessions | first-admin
 *
 * People's accounts, for admins with access to the server (accounts/user-command.ts says what each command does).
 * One-time links are printed (and mailed when SMTP_URL is set); passwords are never asked or shown here.
 */
import { userInfo } from "node:os";
import { formatEnvError, neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/neo4j";
import { createGraphReader } from "../db/graph-reader";
import { createGraphWriter } from "../db/graph-writer";
import { runUserCommand } from "../accounts/user-command";
import { createLinkMailer } from "../accounts/mailer";

async function main(): Promise<number> {
  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) {
    console.error(`user: ${formatEnvError(env.error)}`);
    return 2;
  }
  const config = toNeo4jConfig(env.data);
  const driver = openDriver(config);
  const options = { database: config.database, timeoutMs: 30_000 };
  const publicUrl = (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 4000}`).replace(/\/$/, "");
  try {
    return await runUserCommand(process.argv.slice(2), {
      reader: createGraphReader(driver, options),
      writer: createGraphWriter(driver, options),
      publicUrl,
      actor: { sub: `cli:${userInfo().username}`, role: "admin" },
      sendLink: process.env.SMTP_URL
        ? createLinkMailer({
            url: process.env.SMTP_URL,
            from: process.env.SMTP_FROM ?? "Maillage <no-reply@localhost>",
          })
        : undefined,
      out: (line) => console.log(line),
    });
  } finally {
    await driver.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("user: failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
