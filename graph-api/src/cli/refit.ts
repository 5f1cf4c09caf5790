/**
 * npm run refit
 *
 * Fits the partnership model on the graph in Neo4j (NEO4J_URI) now and
 * stores it (partnership-model.ts): run it after a large import so that the
 * suggestions learn from the new links at once. The API also refits it
 * itself when the graph's links moved by more than 5 % since the last fit,
 * and coordinators can ask for it (the refitPartnershipModel mutation).
 */
import { formatEnvError, neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/neo4j";
import { createGraphReader } from "../db/graph-reader";
import { createGraphWriter } from "../db/graph-writer";
import { refitPartnershipModel } from "../domain/opportunities/model-store";
import { describeModel } from "../domain/opportunities/partnership-model";

async function main(): Promise<void> {
  if (process.argv.length > 2) {
    console.error(`refit: takes no option (got ${process.argv.slice(2).join(" ")}); usage: npm run refit`);
    process.exit(2);
  }
  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) {
    console.error(`refit: ${formatEnvError(env.error)}`);
    process.exit(2);
  }
  const config = toNeo4jConfig(env.data);
  const driver = openDriver(config);
  try {
    const options = { database: config.database, timeoutMs: 600_000 };
    const started = Date.now();
    const model = await refitPartnershipModel(createGraphReader(driver, options), createGraphWriter(driver, options));
    console.log(`partnership model version ${model.version}: ${describeModel(model, "en")}`);
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error("refit: failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
