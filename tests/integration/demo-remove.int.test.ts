/**
 * `npm run demo -- remove` on a Neo4j of its own (the shared test database
 * keeps its demo population for the other suites): every illustrative node
 * and relationship goes, nothing else does.
 */
import { neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/neo4j";
import { seedDatabase } from "@maillage/seed";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { ROOT, freePort, startNeo4j } from "./processes";

jest.setTimeout(240_000);

const demo = (args: string[], uri: string) => {
  const r = spawnSync(process.execPath, [join(ROOT, "seed", "dist", "demo-cli.js"), ...args], {
    env: { ...process.env, NEO4J_URI: uri },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, err: r.stderr };
};

describe("npm run demo -- remove", () => {
  let server: { stop(): Promise<void> };
  let driver: Driver;
  let uri: string;
  const data = join(ROOT, ".data", "neo4j-demo-test");
  const cypher = async (q: string, p: Record<string, unknown> = {}) =>
    (await driver.executeQuery(q, p)).records.map((r) => r.toObject() as Record<string, any>);
  // Everything that is not illustrative, as text: it must be the same before and after.
  const realGraph = async () =>
    JSON.stringify([
      await cypher(
        "MATCH (n) WHERE coalesce(n.sourceKind, '') <> 'ILLUSTRATIVE' AND NOT n:AuditEntry AND NOT (n:ErrorReport AND EXISTS { (n)-[:ABOUT]->({sourceKind: 'ILLUSTRATIVE'}) }) RETURN labels(n) AS l, properties(n) AS p ORDER BY elementId(n)",
      ),
      await cypher(
        "MATCH (a)-[r]->(b) WHERE coalesce(r.sourceKind, '') <> 'ILLUSTRATIVE' AND coalesce(a.sourceKind, '') <> 'ILLUSTRATIVE' AND coalesce(b.sourceKind, '') <> 'ILLUSTRATIVE' RETURN type(r) AS t, properties(r) AS p, elementId(a) AS a, elementId(b) AS b ORDER BY elementId(r)",
      ),
    ]);

  beforeAll(async () => {
    rmSync(data, { recursive: true, force: true });
    const port = await freePort();
    server = await startNeo4j(port, data);
    uri = `bolt://127.0.0.1:${port}`;
    const seeding = openDriver(toNeo4jConfig(neo4jEnvSchema.parse({ ...process.env, NEO4J_URI: uri })));
    await seedDatabase(seeding, {});
    await seeding.close();
    driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.stop();
  });

  it("lists what it would delete with --dry-run and deletes nothing", async () => {
    const before = await cypher("MATCH (n) RETURN count(n) AS n");
    const run = demo(["remove", "--dry-run"], uri);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/would delete \d{3,} illustrative nodes and \d{3,} illustrative relationships/);
    expect(await cypher("MATCH (n) RETURN count(n) AS n")).toEqual(before);
  });

  it("deletes every illustrative node and relationship and nothing else; a link recorded by hand to one goes with it, listed", async () => {
    // A real organisation a coordinator added, linked by hand to a demo one and to a town.
    await cypher(
      `CREATE (o:Organisation:EssStructure {id: 'real-org-1', name: 'Régie réelle', source: 'coordinator:claire', sourceKind: 'COORDINATOR', updatedAt: datetime()})
       WITH o MATCH (t:Town {inseeCode: '94028'}) CREATE (o)-[:LOCATED_IN {source: 'coordinator:claire', sourceKind: 'COORDINATOR', updatedAt: datetime()}]->(t)
       WITH o MATCH (d:EssStructure {sourceKind: 'ILLUSTRATIVE'}) WITH o, d ORDER BY d.id LIMIT 1
       CREATE (o)-[:PARTNERS_WITH {source: 'coordinator:claire', sourceKind: 'COORDINATOR', updatedAt: datetime()}]->(d)
       CREATE (:ErrorReport {id: 'report-1', message: 'Le site a changé.', email: 'visiteur@example.org', status: 'NEW', createdAt: datetime()})-[:ABOUT]->(d)
       CREATE (:ErrorReport {id: 'report-2', message: 'Adresse fausse.', status: 'NEW', createdAt: datetime()})-[:ABOUT]->(o)`,
    );
    const real = await realGraph();
    const illustrative = await cypher("MATCH (n) WHERE n.sourceKind = 'ILLUSTRATIVE' RETURN count(n) AS n");
    expect(illustrative[0].n).toBeGreaterThan(400);

    const run = demo(["remove"], uri);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/deleted \d+ illustrative nodes/);
    expect(run.err).toMatch(
      /also removed 1 relationship\(s\) recorded by hand[\s\S]*PARTNERS_WITH Régie réelle — .* \(coordinator:claire\)/,
    );
    expect(run.err).toMatch(/also deleted 1 visitors' error report\(s\) about illustrative structures/);
    // The report about an invented structure went, with its email; the one about the real organisation stays.
    expect(await cypher("MATCH (e:ErrorReport) RETURN e.id AS id")).toEqual([{ id: "report-2" }]);

    expect(await cypher("MATCH (n) WHERE n.sourceKind = 'ILLUSTRATIVE' RETURN count(n) AS n")).toEqual([{ n: 0 }]);
    expect(await cypher("MATCH ()-[r]->() WHERE r.sourceKind = 'ILLUSTRATIVE' RETURN count(r) AS n")).toEqual([
      { n: 0 },
    ]);
    expect(await realGraph()).toBe(real);
    expect(await cypher("MATCH (t:Town) RETURN count(t) AS n")).toEqual([{ n: 16 }]);
    const [audit] = await cypher("MATCH (a:AuditEntry {operation: 'demo-remove'}) RETURN a.after AS after");
    expect(JSON.parse(audit.after)).toMatchObject({ nodes: illustrative[0].n, attached: 1 });

    const again = demo(["remove"], uri);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/holds no illustrative data; nothing to do/);
  });

  it("refuses an unknown command or option, saying how it is used", () => {
    for (const args of [[], ["delete"], ["remove", "--force"]]) {
      const run = demo(args, uri);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/Usage: npm run demo -- remove \[--dry-run\]/);
    }
  });
});
