/**
 * Backups (docs/operations.md): `npm run backup` of the seeded test database, then
 * `npm run restore` into a second, empty Neo4j (NEO4J_BACKUP_TEST_PORT,
 * default 7690) gives an identical graph: every node, relationship and
 * property (provenance included) with its type, and the same constraints and
 * indexes. A truncated file and a non-empty database are refused.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Driver } from "neo4j-driver";
import { neo4jEnvSchema, toNeo4jConfig } from "@maillage/neo4j";
import { openBackupDriver } from "../../graph-api/src/backup/driver";
import { canonicalDump, canonicalSchema } from "../../graph-api/src/backup/canonical";
import { uniqueId } from "./harness";
import { ROOT, cli, startNeo4j } from "./processes";

const PORT = Number(process.env.NEO4J_BACKUP_TEST_PORT ?? 7690);
const DATA = process.env.NEO4J_BACKUP_TEST_DATA ?? join(ROOT, ".data", "neo4j-backup-test");

describe("backup and restore", () => {
  const sourceUri = process.env.NEO4J_URI!;
  const target = `bolt://127.0.0.1:${PORT}`;
  const probe = uniqueId("backup-probe");
  const dir = mkdtempSync(join(tmpdir(), "maillage-backup-"));
  const file = join(dir, "graph.jsonl.gz");
  let source: Driver;
  let restored: Driver;
  let targetNeo4j: { stop(): Promise<void> };

  beforeAll(async () => {
    rmSync(DATA, { recursive: true, force: true });
    const config = toNeo4jConfig(neo4jEnvSchema.parse(process.env));
    source = openBackupDriver(config);
    // Every property type the model uses, and more, on nodes and on a relationship.
    await source.executeQuery(
      /* cypher */ `
      CREATE (a:BackupProbe {id: $probe, integer: 42, big: 9007199254740993, float: 1.0, ints: [1, 2, 3], floats: [0.5, 2.0], strings: ['a', 'é'],
        empty: [], yes: true, wgs84: point({longitude: 2.4555, latitude: 48.7904}), cartesian3d: point({x: 1, y: 2, z: 3}),
        at: datetime('2024-05-17T09:30:00.123456789+02:00'), zoned: datetime({year: 2024, month: 3, day: 31, hour: 2, minute: 30, timezone: 'Europe/Paris'}),
        day: date('2019-01-31'), local: localdatetime('2019-01-31T23:59:59'), noon: localtime('12:00'), offsetNoon: time('12:00+01:00'),
        lasting: duration('P1Y2M3DT4H5M6.7S'), source: 'test:backup', sourceKind: 'ILLUSTRATIVE'})
      CREATE (b:BackupProbe:Second {id: $probe + '-b'})
      CREATE (a)-[:PROBES {weight: 2, share: 0.25, since: date('2020-01-01'), source: 'test:backup'}]->(b)
      CREATE (a)-[:PROBES]->(a)`,
      { probe },
    );
    targetNeo4j = await startNeo4j(PORT, DATA);
    restored = openBackupDriver({ uri: target });
  }, 240_000);

  afterAll(async () => {
    await source?.executeQuery("MATCH (p:BackupProbe) WHERE p.id STARTS WITH $probe DETACH DELETE p", { probe });
    await source?.close();
    await restored?.close();
    await targetNeo4j?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores an identical graph into an empty database, and refuses a truncated file or a non-empty database", async () => {
    const backup = cli("backup", ["--out", file], sourceUri);
    expect(backup.err).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/^backup: \d+ nodes, \d+ relationships, \d+ constraints and indexes written to /);
    const before = await canonicalDump(source);
    const schemaBefore = await canonicalSchema(source);

    // A truncated file changes nothing.
    const lines = gunzipSync(readFileSync(file)).toString("utf8").trimEnd().split("\n");
    const truncated = join(dir, "truncated.jsonl");
    writeFileSync(truncated, lines.slice(0, -1).join("\n") + "\n");
    const refusedTruncated = cli("restore", [truncated], target);
    expect(refusedTruncated.code).toBe(1);
    expect(refusedTruncated.err).toContain("truncated");
    expect(await canonicalDump(restored)).toEqual([]);

    const restore = cli("restore", [file], target);
    expect(restore.err).toBe("");
    expect(restore.code).toBe(0);
    const after = await canonicalDump(restored);
    // Compared as sets first, for a readable failure, then whole.
    expect(after.filter((l) => !before.includes(l)).slice(0, 5)).toEqual([]);
    expect(before.filter((l) => !after.includes(l)).slice(0, 5)).toEqual([]);
    expect(after).toEqual(before);
    expect(before.length).toBeGreaterThan(1000);
    expect(await canonicalSchema(restored)).toEqual(schemaBefore);

    // The types, spelled out for the probe.
    const { records } = await restored.executeQuery(
      `MATCH (p:BackupProbe {id: $probe}) RETURN [k IN ['integer', 'big', 'float', 'ints', 'floats', 'empty', 'wgs84', 'at', 'zoned', 'day', 'lasting'] | valueType(p[k])] AS types, toString(p.zoned) AS zoned, p.big AS big`,
      { probe },
    );
    expect(records[0].get("types")).toEqual([
      "INTEGER NOT NULL",
      "INTEGER NOT NULL",
      "FLOAT NOT NULL",
      "LIST<INTEGER NOT NULL> NOT NULL",
      "LIST<FLOAT NOT NULL> NOT NULL",
      expect.stringMatching(/^LIST<.*> NOT NULL$/),
      "POINT NOT NULL",
      "ZONED DATETIME NOT NULL",
      "ZONED DATETIME NOT NULL",
      "DATE NOT NULL",
      "DURATION NOT NULL",
    ]);
    expect(records[0].get("zoned")).toMatch(/\[Europe\/Paris\]$/);
    expect(records[0].get("big").toString()).toBe("9007199254740993");

    const again = cli("restore", [file], target);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/restore refused: the database is not empty \(\d+ nodes\)/);
  }, 600_000);
});
