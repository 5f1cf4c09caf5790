/**
 * npm run metrics [-- [--without-illustrative] 2019 2024 …]
 *
 * Computes and stores the network metrics of the graph in Neo4j (NEO4J_URI):
 * the whole graph and each year given, illustrative (demo) data included or,
 * with --without-illustrative, left out. Run it after a large import, so that
 * the API serves fresh metrics at once (it also recomputes them itself when it
 * sees the graph changed, on the next request).
 */
import { formatEnvError, neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/neo4j";
import { createGraphReader } from "../db/graph-reader";
import { createGraphWriter } from "../db/graph-writer";
import { createMetricsService } from "../domain/metrics/service";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const illustrative = args.includes("--without-illustrative") ? "EXCLUDE" : "INCLUDE";
  const years = args
    .filter((a) => a !== "--without-illustrative")
    .map((a) => {
      if (!/^\d{4}$/.test(a)) {
        console.error(
          `metrics: "${a}" is not a year; usage: npm run metrics [-- [--without-illustrative] 2019 2024 ...]`,
        );
        process.exit(2);
      }
      return Number(a);
    });
  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) {
    console.error(`metrics: ${formatEnvError(env.error)}`);
    process.exit(2);
  }
  const config = toNeo4jConfig(env.data);
  const driver = openDriver(config);
  try {
    const options = { database: config.database, timeoutMs: 600_000 };
    const service = createMetricsService(createGraphReader(driver, options), createGraphWriter(driver, options));
    const started = Date.now();
    for (const s of await service.refresh([null, ...years], illustrative)) {
      const demo =
        s.illustrative === "EXCLUDE"
          ? `${s.illustrativeNodesLeftOut} illustrative nodes left out`
          : `${s.illustrativeNodeCount} of them illustrative`;
      console.log(
        `${s.asOf ?? "all years"}: ${s.nodeCount} nodes (${demo}), ${s.edgeCount} edges, ${s.communityCount} communities (modularity ${s.modularity.toFixed(3)}), ` +
          `${s.exact ? "exact" : `betweenness and closeness from ${s.pathSources} sampled sources`}; computed at ${s.computedAt}`,
      );
    }
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error("metrics: failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
