/**
 * The opportunity finder's quality bar (docs/opportunity-evaluation.md),
 * kept in CI: hiding 20 % of partnerships, the
 * app's ranking (the partnership model fitted on what is left) ranks them
 * better (AUC) than every single heuristic, preferential attachment and
 * random, on the seed graph and on a generated territory. `npm run eval:opportunities` writes the full table to docs/.
 */
import { openDriver, neo4jEnvSchema, toNeo4jConfig } from "@maillage/neo4j";
import { createGraphReader } from "../../graph-api/src/db/graph-reader";
import { cooperationEdges } from "../../graph-api/src/cypher/opportunities/cooperation-edges.cypher";
import { organisationProfiles } from "../../graph-api/src/cypher/opportunities/organisation-profiles.cypher";
import { partnershipEdges } from "../../graph-api/src/cypher/opportunities/partnership-edges.cypher";
import { evaluatePartnershipSuggestions, type EvaluationReport } from "@maillage/tools";
import { generateTerritory } from "@maillage/tools";

function expectLearntBest(report: EvaluationReport) {
  const auc = Object.fromEntries(report.methods.map((m) => [m.method, m.auc]));
  const baselines = Object.entries(auc).filter(([method]) => method !== "learnt");
  for (const [method, value] of baselines) {
    expect([method, auc.learnt > value]).toEqual([method, true]);
  }
  expect(report.hidden).toBeGreaterThan(0);
}

describe("quality of partnership suggestions", () => {
  it("the fitted model beats every baseline on AUC on the seed graph, for several hiding seeds", async () => {
    const config = toNeo4jConfig(neo4jEnvSchema.parse(process.env));
    const driver = openDriver(config);
    try {
      const reader = createGraphReader(driver, { database: config.database, timeoutMs: 60_000 });
      const [edges, profiles, partnerships] = await Promise.all([
        reader.read(cooperationEdges, {}),
        reader.read(organisationProfiles, {}),
        reader.read(partnershipEdges, {}),
      ]);
      expect(partnerships.length).toBeGreaterThan(100);
      for (const seed of [42, 43, 44])
        expectLearntBest(evaluatePartnershipSuggestions({ edges, profiles, partnerships }, { seed }));
    } finally {
      await driver.close();
    }
  }, 120_000);

  it("the fitted model beats every baseline on AUC on a generated territory of 20,000 organisations", () => {
    const territory = generateTerritory({ organisations: 20_000, seed: 42 });
    const report = evaluatePartnershipSuggestions(
      {
        edges: territory.edges,
        profiles: territory.profiles,
        partnerships: territory.edges.filter((e) => e.kind === "PARTNERSHIP"),
      },
      { seed: 42 },
    );
    expect(report.organisations).toBe(20_000);
    expectLearntBest(report);
  }, 180_000);
});
