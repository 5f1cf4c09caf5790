import { openDriver, neo4jEnvSchema, toNeo4jConfig } from "@maillage/neo4j";
import { seedDatabase } from "@maillage/seed";
import type { Driver } from "neo4j-driver";
import { RECORD_LABELS } from "@maillage/schema";

/** What the seed owns: other tests' records (written through the API as a coordinator) are left out. */
const counts = async (driver: Driver) => {
  const { records } = await driver.executeQuery(`
    CALL { MATCH (n) WHERE n.sourceKind <> 'COORDINATOR' UNWIND labels(n) AS label RETURN label AS key, count(*) AS n
           UNION ALL MATCH ()-[r]->() WHERE r.sourceKind <> 'COORDINATOR' RETURN type(r) AS key, count(*) AS n }
    RETURN key, n ORDER BY key`);
  return Object.fromEntries(records.map((r) => [r.get("key"), r.get("n")]));
};

describe("npm run seed", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = openDriver(toNeo4jConfig(neo4jEnvSchema.parse(process.env)));
  });
  afterAll(() => driver.close());

  it("changes nothing when run twice: same node and relationship counts, no property rewritten", async () => {
    const before = await counts(driver);
    const { records: stamps } = await driver.executeQuery(
      "MATCH (n:Town) RETURN n.inseeCode AS code, toString(n.updatedAt) AS at ORDER BY code",
    );

    const summary = await seedDatabase(driver);

    expect(await counts(driver)).toEqual(before);
    expect(summary.nodesCreated).toBe(0);
    expect(summary.nodesUpdated).toBe(0);
    expect(summary.relationshipsCreated).toBe(0);
    expect(summary.relationshipsUpdated).toBe(0);
    const { records: after } = await driver.executeQuery(
      "MATCH (n:Town) RETURN n.inseeCode AS code, toString(n.updatedAt) AS at ORDER BY code",
    );
    expect(after.map((r) => r.toObject())).toEqual(stamps.map((r) => r.toObject()));
  }, 120_000);

  it("loads the demo population the foundation promises, all flagged illustrative", async () => {
    const c = await counts(driver);
    expect(c.EssStructure).toBeGreaterThanOrEqual(150);
    expect(c.Business).toBeGreaterThanOrEqual(250);
    expect(c.Financer).toBeGreaterThanOrEqual(12);
    expect(c.SupportProvider).toBeGreaterThanOrEqual(6);
    expect(c.ResearchUnit).toBeGreaterThanOrEqual(8);
    expect((c.ResourceNeed ?? 0) + (c.ResourceOffer ?? 0)).toBeGreaterThanOrEqual(80);

    const { records } = await driver.executeQuery(`
      MATCH (s:EssStructure) WHERE s.id STARTS WITH 'demo-'
      RETURN count(*) AS demo, count(CASE WHEN s.sourceKind <> 'ILLUSTRATIVE' OR s.source <> 'illustrative' THEN 1 END) AS unflagged`);
    expect(records[0].get("demo")).toBeGreaterThanOrEqual(150);
    expect(records[0].get("unflagged")).toBe(0);
  });

  // Other suites write to the same database: the territory's data they add must carry provenance too;
  // Maillage's own records (audit trail, API keys...) say who and when in their own fields.
  it("puts provenance on every node and relationship of the territory's data", async () => {
    const { records } = await driver.executeQuery(
      `
      CALL { MATCH (n) WHERE none(l IN labels(n) WHERE l IN $records) AND (n.source IS NULL OR n.sourceKind IS NULL OR n.updatedAt IS NULL) RETURN count(n) AS missing
             UNION ALL MATCH (a)-[r]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l IN $records) AND (r.source IS NULL OR r.sourceKind IS NULL OR r.updatedAt IS NULL) RETURN count(r) AS missing }
      RETURN sum(missing) AS missing`,
      { records: RECORD_LABELS },
    );
    expect(records[0].get("missing")).toBe(0);
  });
});
