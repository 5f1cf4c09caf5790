/**
 * npm run gdpr -- export <person id>     JSON of everything held about one person, on stdout
 * npm run gdpr -- erase <person id>      removes the person and their links; keeps a tombstone
 * npm run gdpr -- export-email <email>   JSON of what is held under an email: contacts, convention attendees
 * npm run gdpr -- erase-email <email>    removes the attendee (name and email) from convention invitations
 *
 * For admins with access to the server (GDPR art. 15 and 17). A person is a
 * Contact; its id is what the API's `contacts { id }` shows to coordinators.
 * A business convention's attendee has no id: they are found by their email.
 */
import { userInfo } from "node:os";
import { formatEnvError, neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/neo4j";
import { createGraphReader } from "../db/graph-reader";
import { createGraphWriter } from "../db/graph-writer";
import { eraseAttendeeData, erasePersonData, exportEmailData, exportPersonData } from "../domain/gdpr";

const USAGE =
  "usage: npm run gdpr -- export <person id> | erase <person id> | export-email <email> | erase-email <email>";
const COMMANDS = ["export", "erase", "export-email", "erase-email"];
/** Enough to refuse a person id given where an email is expected (and the reverse is refused by the lookup). */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

async function main(): Promise<void> {
  const [command, id, ...extra] = process.argv.slice(2);
  if (!COMMANDS.includes(command) || !id || extra.length > 0) {
    console.error(USAGE);
    process.exit(2);
  }
  if (command.endsWith("-email") && !EMAIL.test(id.trim())) {
    console.error(`gdpr: "${id}" is not an email address (${command} takes one, e.g. prenom.nom@exemple.fr)`);
    process.exit(2);
  }
  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) {
    console.error(`gdpr: ${formatEnvError(env.error)}`);
    process.exit(2);
  }
  const config = toNeo4jConfig(env.data);
  const driver = openDriver(config);
  const options = { database: config.database, timeoutMs: 30_000 };
  try {
    if (command === "export-email") {
      console.log(JSON.stringify(await exportEmailData(createGraphReader(driver, options), id), null, 2));
    } else if (command === "erase-email") {
      const done = await eraseAttendeeData(createGraphWriter(driver, options), id, `cli:${userInfo().username}`);
      console.error(
        `gdpr: removed the attendee ${id} from ${done.invitations} convention invitation(s)` +
          (done.contactIds.length
            ? `; contacts with this email are erased by id: ${done.contactIds.map((c) => `npm run gdpr -- erase ${c}`).join(", ")}`
            : "; no contact has this email"),
      );
    } else if (command === "export") {
      const data = await exportPersonData(createGraphReader(driver, options), id);
      if (!data) {
        console.error(`gdpr: no person has id ${id}`);
        process.exitCode = 1;
        return;
      }
      console.log(JSON.stringify(data, null, 2));
    } else {
      const done = await erasePersonData(createGraphWriter(driver, options), id, `cli:${userInfo().username}`);
      if (!done) {
        console.error(`gdpr: no person has id ${id} (nothing erased)`);
        process.exitCode = 1;
        return;
      }
      console.error(
        `gdpr: erased person ${done.id} and ${done.relationships} relationship(s) at ${done.erasedAt}; a tombstone without personal data remains`,
      );
    }
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error("gdpr: failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
