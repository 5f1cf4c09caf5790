/**
 * npm run apikey -- create <name> [--rate <requests per minute>]
 * npm run apikey -- list
 * npm run apikey -- revoke <id>
 *
 * Researchers' API keys, for admins with access to the server. The key is
 * printed once; only its hash is stored.
 */
import { formatEnvError, neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/neo4j";
import { createGraphReader } from "../db/graph-reader";
import { createGraphWriter } from "../db/graph-writer";
import { DEFAULT_RATE_PER_MINUTE, issueApiKey, listKeys, revokeKey } from "../auth/api-keys";
import { userInfo } from "node:os";

const USAGE = "usage: npm run apikey -- create <name> [--rate <per minute>] | list | revoke <id>";

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) {
    console.error(`apikey: ${formatEnvError(env.error)}`);
    process.exit(2);
  }
  const config = toNeo4jConfig(env.data);
  const driver = openDriver(config);
  const options = { database: config.database, timeoutMs: 30_000 };
  try {
    if (command === "create" && rest.length >= 1) {
      const rateAt = rest.indexOf("--rate");
      const rate = rateAt >= 0 ? Number(rest[rateAt + 1]) : DEFAULT_RATE_PER_MINUTE;
      const name = rest.filter((_, i) => rateAt < 0 || (i !== rateAt && i !== rateAt + 1)).join(" ");
      const created = await issueApiKey(createGraphWriter(driver, options), {
        name,
        ratePerMinute: rate,
        createdBy: `cli:${userInfo().username}`,
      });
      console.error(
        `API key ${created.id} for "${name}" (${rate} requests a minute). Shown once; send it as x-api-key:`,
      );
      console.log(created.key);
    } else if (command === "list") {
      for (const k of await listKeys(createGraphReader(driver, options))) {
        console.log(
          `${k.id}  ${k.revokedAt ? `revoked ${k.revokedAt}` : "valid"}  ${k.ratePerMinute}/min  ${k.name}  (by ${k.createdBy}, ${k.createdAt})`,
        );
      }
    } else if (command === "revoke" && rest.length === 1) {
      const done = await revokeKey(createGraphWriter(driver, options), rest[0]);
      if (!done) {
        console.error(`apikey: no key has id ${rest[0]}`);
        process.exit(1);
      }
      console.log(`revoked ${done.id} at ${done.revokedAt}`);
    } else {
      console.error(USAGE);
      process.exit(2);
    }
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error("apikey: failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
