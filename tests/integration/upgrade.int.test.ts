/**
 * Upgrades lose nothing. The database of a previous release (a backup kept in
 * tests/fixtures/upgrade/, see its README) is restored into an empty Neo4j of
 * this test's own (NEO4J_UPGRADE_TEST_PORT, default 7692), then this
 * release's compiled server starts on it: the migrations run, every node and
 * relationship that was there is still there with every property (audit
 * trail included), the API answers, and a second start changes nothing. A
 * database migrated by a newer release, or whose applied migration was
 * edited, is refused in one line and left untouched. On an empty database the
 * migrations build the schema the previous release's seed built, and the one
 * this release's seed builds; a failing migration stops at the last completed one.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import {
  loadMigrations,
  migrate,
  MigrationFailed,
  MigrationLocked,
  readAppliedMigrations,
  readMigration,
} from "@maillage/schema";
import { neo4jEnvSchema, toNeo4jConfig } from "@maillage/neo4j";
import { openBackupDriver } from "../../graph-api/src/backup/driver";
import { canonicalDump, canonicalSchema } from "../../graph-api/src/backup/canonical";
import { signToken } from "../../graph-api/src/auth/sign-token";
import { ROOT, cli, freePort, spawnApi, startNeo4j } from "./processes";

const PORT = Number(process.env.NEO4J_UPGRADE_TEST_PORT ?? 7692);
const DATA = process.env.NEO4J_UPGRADE_TEST_DATA ?? join(ROOT, ".data", "neo4j-upgrade-test");
const FIXTURES = join(ROOT, "tests", "fixtures", "upgrade");
const FIXTURE_FILES = readdirSync(FIXTURES).filter((f) => /^maillage-.*\.jsonl$/.test(f));
const RELEASE = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const LATEST = loadMigrations().at(-1)!;
const JWT_SECRET = "upgrade-test-secret-of-at-least-32-characters";

const uri = `bolt://127.0.0.1:${PORT}`;
const fingerprint = (lines: string[]) => createHash("sha256").update(lines.join("\n")).digest("hex");
/** Lines of a canonical dump about the migrations' own records (__Neo4jMigration, __Neo4jMigrationsLock), nodes or relationships. */
const isMigrationRecord = (line: string) => line.includes("__Neo4jMigration");

function fixture(file: string) {
  const lines = readFileSync(join(FIXTURES, file), "utf8").trimEnd().split("\n");
  const header = JSON.parse(lines[0]) as { schema: string[] };
  const end = (JSON.parse(lines.at(-1)!) as { end: { nodes: number; relationships: number } }).end;
  return { schema: header.schema, ...end };
}

/** The schema of the integration tests' database, seeded by this release (tests/global-setup.mjs): a fresh install's. */
async function freshInstallSchema(): Promise<string[]> {
  const seeded = openBackupDriver(toNeo4jConfig(neo4jEnvSchema.parse(process.env)));
  try {
    return await canonicalSchema(seeded);
  } finally {
    await seeded.close();
  }
}

async function emptyDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n"); // a few thousand nodes: one transaction will do
  for (const kind of ["CONSTRAINTS", "INDEXES"]) {
    const { records } = await driver.executeQuery(`SHOW ${kind} YIELD name, type WHERE type <> 'LOOKUP' RETURN name`);
    for (const r of records)
      await driver.executeQuery(
        `DROP ${kind === "CONSTRAINTS" ? "CONSTRAINT" : "INDEX"} \`${r.get("name")}\` IF EXISTS`,
      );
  }
}

/** Starts this release's compiled server on the test database, runs `check` against it, stops it. */
async function withServer(check: (url: string) => Promise<void>): Promise<void> {
  const port = await freePort();
  const api = spawnApi(port, { NEO4J_URI: uri, JWT_SECRET });
  try {
    await api.ready;
    await check(`http://127.0.0.1:${port}`);
  } finally {
    api.child.kill("SIGTERM");
    expect(await api.exited).toBe(0);
  }
}

async function gql(url: string, query: string, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe("upgrades", () => {
  let neo4j: { stop(): Promise<void> };
  let driver: Driver;

  beforeAll(async () => {
    rmSync(DATA, { recursive: true, force: true });
    neo4j = await startNeo4j(PORT, DATA);
    driver = openBackupDriver({ uri });
  }, 240_000);

  afterAll(async () => {
    await driver?.close();
    await neo4j?.stop();
  });

  it("has a database of the previous release to upgrade", () => {
    expect(FIXTURE_FILES).toContain("maillage-0.1.0.jsonl");
  });

  describe.each(FIXTURE_FILES)("from %s", (file) => {
    const expected = fixture(file);
    let restored: string[];

    beforeAll(async () => {
      await emptyDatabase(driver);
      const restore = cli("restore", [join(FIXTURES, file)], uri);
      expect(restore.err).toBe("");
      expect(restore.code).toBe(0);
      restored = await canonicalDump(driver);
    }, 300_000);

    it("restores the previous release's graph whole (the baseline the upgrade is compared with)", () => {
      expect(restored.filter((l) => l.startsWith("N ")).length).toBe(expected.nodes);
      expect(restored.filter((l) => l.startsWith("R ")).length).toBe(expected.relationships);
      expect(restored.filter((l) => l.includes('"AuditEntry"')).length).toBeGreaterThanOrEqual(8);
    });

    it("starts this release on it: migrations run, every node and relationship is kept with every property, the API answers", async () => {
      const auditBefore = restored.filter((l) => l.startsWith("N ") && l.includes('"AuditEntry"'));
      await withServer(async (url) => {
        const health = await (await fetch(`${url}/healthz`)).json();
        expect(health).toEqual({ status: "ok", version: RELEASE, schema: LATEST.version });
        expect((await fetch(`${url}/readyz`)).status).toBe(200);
        expect(await gql(url, "{ version { api schema } }")).toEqual({
          version: { api: RELEASE, schema: LATEST.version },
        });

        // What coordinators did before the upgrade reads the same through the API.
        const directory = await gql(url, '{ townDirectory(inseeCode: "94028") { entries { name } } }');
        expect(directory.townDirectory.entries.map((e: { name: string }) => e.name)).toContain("Recyclerie du Plateau");
        const admin = await signToken(new TextEncoder().encode(JWT_SECRET), { sub: "upgrade-admin", roles: ["admin"] });
        const log = await gql(
          url,
          "{ auditLog(first: 200) { entries { operation actor entityType } hasMore } }",
          admin,
        );
        expect(log.auditLog.entries).toHaveLength(auditBefore.length);
        expect(log.auditLog.entries.map((e: { operation: string }) => e.operation)).toEqual(
          expect.arrayContaining([
            "updateEssStructures",
            "createEssStructures",
            "acceptOpportunity",
            "declineOpportunity",
            "markOpportunityContacted",
            "createApiKey",
          ]),
        );
      });

      const upgraded = await canonicalDump(driver);
      const kept = upgraded.filter((l) => !isMigrationRecord(l));
      // Compared as sets first, for a readable failure (the start of the first lines that differ), then whole.
      expect(
        restored
          .filter((l) => !kept.includes(l))
          .slice(0, 5)
          .map((l) => l.slice(0, 400)),
      ).toEqual([]);
      expect(
        kept
          .filter((l) => !restored.includes(l))
          .slice(0, 5)
          .map((l) => l.slice(0, 400)),
      ).toEqual([]);
      expect(fingerprint(kept)).toBe(fingerprint(restored));
      expect(await readAppliedMigrations(driver)).toEqual(
        loadMigrations().map(({ version, description, checksum }) => ({ version, description, checksum })),
      );
      // None of the previous release's constraints and indexes was dropped, and the schema is a fresh install's.
      const schema = await canonicalSchema(driver);
      expect(expected.schema.filter((s) => !schema.includes(s))).toEqual([]);
      expect(schema).toEqual(await freshInstallSchema());
    }, 300_000);

    it("changes nothing on a second start", async () => {
      const before = await canonicalDump(driver);
      const schemaBefore = await canonicalSchema(driver);
      await withServer(async (url) => {
        expect((await fetch(`${url}/readyz`)).status).toBe(200);
      });
      expect(fingerprint(await canonicalDump(driver))).toBe(fingerprint(before));
      expect(await canonicalSchema(driver)).toEqual(schemaBefore);
    }, 300_000);

    it("refuses, in one line naming both versions and writing nothing, a database migrated by a newer release", async () => {
      await driver.executeQuery(
        `MATCH (last:__Neo4jMigration {version: $latest})
         CREATE (last)-[:MIGRATED_TO {at: datetime()}]->(:__Neo4jMigration {version: '9999', description: 'from the future', type: 'CYPHER', checksum: '1'})`,
        { latest: LATEST.version },
      );
      const before = await canonicalDump(driver);
      const api = spawnApi(await freePort(), { NEO4J_URI: uri, JWT_SECRET });
      expect(await api.exited).toBe(1);
      expect(api.stderr).toEqual([
        `graph-api: not starting: the database is at migration 9999 (from the future), this version of Maillage expects at most ${LATEST.version} (${LATEST.description}): it was upgraded by a newer release; start that release, or restore the backup taken before the upgrade`,
      ]);
      const dryRun = cli("migrate", ["--dry-run"], uri);
      expect(dryRun.code).toBe(1);
      expect(dryRun.err.trim()).toMatch(
        /^migrate: the database is at migration 9999 \(from the future\), this version of Maillage expects at most/,
      );
      expect(fingerprint(await canonicalDump(driver))).toBe(fingerprint(before));
      await driver.executeQuery("MATCH (m:__Neo4jMigration {version: '9999'}) DETACH DELETE m");
    }, 120_000);

    it("refuses a database whose applied migration differs from this release's file", async () => {
      await driver.executeQuery("MATCH (m:__Neo4jMigration {version: $v}) SET m.checksum = '12345'", {
        v: LATEST.version,
      });
      const api = spawnApi(await freePort(), { NEO4J_URI: uri, JWT_SECRET });
      expect(await api.exited).toBe(1);
      expect(api.stderr).toEqual([
        `graph-api: not starting: migration ${LATEST.version} (${LATEST.description}) was applied with checksum 12345, this version's ${LATEST.source} has checksum ${LATEST.checksum}: a released migration was edited; restore it as released`,
      ]);
      await driver.executeQuery("MATCH (m:__Neo4jMigration {version: $v}) SET m.checksum = $checksum", {
        v: LATEST.version,
        checksum: LATEST.checksum,
      });
    }, 120_000);
  });

  describe("on an empty database", () => {
    beforeEach(() => emptyDatabase(driver), 120_000);

    it("builds the schema this release's seed builds, writing nothing on a dry run", async () => {
      const dryRun = cli("migrate", ["--dry-run"], uri);
      expect(dryRun.code).toBe(0);
      expect(dryRun.out).toContain(
        `would apply ${loadMigrations()
          .map((m) => m.source)
          .join(", ")} (dry run: nothing written)`,
      );
      expect(await canonicalSchema(driver)).toEqual([]);

      const migrated = cli("migrate", [], uri);
      expect(migrated.err).toBe("");
      expect(migrated.code).toBe(0);
      expect(await canonicalSchema(driver)).toEqual(await freshInstallSchema());
      expect(cli("migrate", [], uri).out).toContain("nothing to apply");
    }, 300_000);

    it("builds with migration 0001 alone the schema 0.1.0's seed built (the model it adopts)", async () => {
      await migrate(driver, { migrations: loadMigrations().slice(0, 1) });
      const schema = await canonicalSchema(driver);
      expect(schema.filter((s) => !s.includes("__Neo4jMigration"))).toEqual(
        [...fixture("maillage-0.1.0.jsonl").schema].sort(),
      );
    }, 120_000);

    it("applies each migration once when two runners start together: the one that finds the lock taken is refused, or finds nothing left to do", async () => {
      const results = await Promise.allSettled([migrate(driver), migrate(driver)]);
      expect(results.some((r) => r.status === "fulfilled")).toBe(true);
      for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(MigrationLocked);
      const { records } = await driver.executeQuery(
        "MATCH (m:__Neo4jMigration) RETURN m.version AS version ORDER BY version",
      );
      expect(records.map((r) => r.get("version"))).toEqual([...loadMigrations().map((m) => m.version), "BASELINE"]);
      const locks = await driver.executeQuery("MATCH (l:__Neo4jMigrationsLock) RETURN count(l) AS n");
      expect(Number(locks.records[0].get("n"))).toBe(0);
    }, 120_000);

    it("stops at the last completed migration when one fails, and keeps nothing of the failed one", async () => {
      const migrations = [
        ...loadMigrations(),
        readMigration("V9001__probe.cypher", "CREATE (:UpgradeProbe {step: 1});\n"),
        readMigration("V9002__fails.cypher", "CREATE (:UpgradeProbe {step: 2});\nRETURN 1 / 0;\n"),
        readMigration("V9003__never.cypher", "CREATE (:UpgradeProbe {step: 3});\n"),
      ];
      await expect(migrate(driver, { migrations })).rejects.toThrow(MigrationFailed);
      await expect(migrate(driver, { migrations })).rejects.toThrow(
        /^migration 9002 \(fails\) failed, the database stays at the previous one: /,
      );
      expect((await readAppliedMigrations(driver)).map((m) => m.version)).toEqual([
        ...loadMigrations().map((m) => m.version),
        "9001",
      ]);
      const { records } = await driver.executeQuery("MATCH (p:UpgradeProbe) RETURN collect(p.step) AS steps");
      expect(records[0].get("steps").map(Number)).toEqual([1]);
      const locks = await driver.executeQuery("MATCH (l:__Neo4jMigrationsLock) RETURN count(l) AS n");
      expect(Number(locks.records[0].get("n"))).toBe(0);
    }, 120_000);
  });
});
