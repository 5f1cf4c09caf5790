/**
 * A town's opportunities are computed from the town's part of the graph
 * (graph-api/src/domain/opportunities/town-scope.ts) so that they answer on a
 * regional graph: on the seed, every kind's suggestions for every town must be
 * the ones the whole graph gives.
 */
import { loadComplementarity } from "@maillage/reference";
import { openDriver, neo4jEnvSchema, toNeo4jConfig } from "@maillage/neo4j";
import { createGraphReader } from "../../graph-api/src/db/graph-reader";
import { MAX_COUNT, SUGGESTERS } from "../../graph-api/src/domain/opportunities/finder";
import { loadOpportunityContext } from "../../graph-api/src/domain/opportunities/snapshot";
import { loadTownContext } from "../../graph-api/src/domain/opportunities/town-scope";
import { OPPORTUNITY_KINDS, type Opportunity } from "../../graph-api/src/domain/opportunities/opportunity";

/** Scores summed in another order differ in the last bits: compared to 1e-9. */
const comparable = (list: Opportunity[]) =>
  JSON.parse(JSON.stringify(list, (_k, v) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v)));

describe("opportunities of a town, from the town's part of the graph", () => {
  it("are the whole graph's for every town of the seed and every kind, and read a smaller graph", async () => {
    const config = toNeo4jConfig(neo4jEnvSchema.parse(process.env));
    const driver = openDriver(config);
    try {
      const reader = createGraphReader(driver, { database: config.database, timeoutMs: 60_000 });
      const complementarity = loadComplementarity();
      const whole = await loadOpportunityContext(reader, complementarity);
      const towns = [...whole.towns.keys()];
      expect(towns.length).toBeGreaterThanOrEqual(16);
      let suggestions = 0;
      for (const inseeCode of towns) {
        const part = await loadTownContext(reader, inseeCode, complementarity, async () => whole.model);
        expect(part.graph.ids.length).toBeLessThanOrEqual(whole.graph.ids.length);
        for (const kind of OPPORTUNITY_KINDS) {
          // As many as a count reads (the finder counts each kind up to MAX_COUNT, then says "at least").
          const expected = SUGGESTERS[kind](whole, { inseeCode }, MAX_COUNT + 1);
          suggestions += expected.length;
          expect([inseeCode, kind, comparable(SUGGESTERS[kind](part, { inseeCode }, MAX_COUNT + 1))]).toEqual([
            inseeCode,
            kind,
            comparable(expected),
          ]);
        }
      }
      expect(suggestions).toBeGreaterThan(100);
    } finally {
      await driver.close();
    }
  }, 180_000);
});
