/**
 * npm run snapshot [-- <folder>]
 *
 * Writes the current dataset version of the graph in Neo4j (NEO4J_URI) into
 * a dated folder, `<folder>/<YYYY-MM-DD>-<version>` (folder: DATASETS_DIR, or
 * `datasets`): README.md (what it holds, how to cite it, its licence),
 * datapackage.json (Frictionless Data: every column's type, unit and
 * meaning), nodes.csv, edges.csv, communities.csv, graph.graphml, graph.gexf
 * and graph.json. The API serves the versions kept there at
 * /api/datasets/<version>/<file>. A version already kept is left as it is.
 */
import { resolve } from "node:path";
import { formatEnvError, neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/neo4j";
import { createGraphReader } from "../db/graph-reader";
import { createGraphWriter } from "../db/graph-writer";
import { createMetricsService } from "../domain/metrics/service";
import { buildDataset } from "../domain/export/dataset";
import { datasetFiles } from "../domain/export/package";
import { defaultDatasetsDir, keepVersion } from "../domain/export/kept";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length > 1 || args[0]?.startsWith("-")) {
    console.error("snapshot: usage: npm run snapshot [-- <folder>]");
    process.exit(2);
  }
  const dir = args[0] ? resolve(args[0]) : defaultDatasetsDir();
  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) {
    console.error(`snapshot: ${formatEnvError(env.error)}`);
    process.exit(2);
  }
  const config = toNeo4jConfig(env.data);
  const driver = openDriver(config);
  try {
    const options = { database: config.database, timeoutMs: 600_000 };
    const service = createMetricsService(createGraphReader(driver, options), createGraphWriter(driver, options));
    const { graph, metrics, version } = await service.withGraph(null);
    const dataset = buildDataset(graph, metrics, {
      asOf: null,
      pseudonymised: false,
      pseudonymise: (id) => id,
      version,
    });
    const folder = keepVersion(dir, version, datasetFiles(dataset), new Date());
    console.log(
      `dataset version ${version}: ${dataset.nodes.length} nodes, ${dataset.edges.length} relationships, in ${folder}`,
    );
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error("snapshot: failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
