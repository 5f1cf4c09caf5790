import { EXPECTED_INDEX_NAMES } from "../database-schema";
import { checksum, loadMigrations, parseMigrationName, readMigration, splitStatements } from "./migration-files";
import { MigrationMismatch, planMigrations } from "./migrate";

const withoutComments = (statement: string) => statement.replace(/^(\s*(\/\/.*)?\n)+/, "");

describe("migration files (neo4j-migrations' format)", () => {
  it("reads the version and description from the name as the tool does", () => {
    expect(parseMigrationName("V0002__saved_views.cypher")).toEqual({ version: "0002", description: "saved views" });
    expect(parseMigrationName("V1_2__Add_accounts.cypher")).toEqual({ version: "1.2", description: "Add accounts" });
    expect(() => parseMigrationName("0002_saved_views.cypher")).toThrow(/V<version>__<description>\.cypher/);
  });

  it("splits statements at a ';' that ends a line only, and does not run comment-only ones", () => {
    const text = "// header\nCREATE (:A {x: 'a;b'});\nMATCH (a:A)\nSET a.y = 1;\r\n// nothing else to do;\n";
    expect(splitStatements(text)).toEqual([
      "// header\nCREATE (:A {x: 'a;b'})",
      "MATCH (a:A)\nSET a.y = 1",
      "// nothing else to do",
    ]);
    expect(readMigration("V0009__x.cypher", text).statements).toEqual([
      "// header\nCREATE (:A {x: 'a;b'})",
      "MATCH (a:A)\nSET a.y = 1",
    ]);
  });

  it("computes Java's CRC32 of the statements in a row, unsigned, as the tool records it", () => {
    expect(checksum(["123", "456789"])).toBe("3421780262"); // CRC32("123456789") = 0xCBF43926
    expect(checksum(["abc"])).toBe("891568578");
    // A comment is part of the released text: editing it changes the checksum.
    expect(readMigration("V0001__a.cypher", "// one\nRETURN 1;\n").checksum).not.toBe(
      readMigration("V0001__a.cypher", "// two\nRETURN 1;\n").checksum,
    );
  });

  it("ships zero-padded four-digit versions, the first one idempotent", () => {
    const migrations = loadMigrations();
    expect(migrations[0]).toMatchObject({
      version: "0001",
      description: "initial model",
      source: "V0001__initial_model.cypher",
    });
    for (const m of migrations) expect(m.source).toMatch(/^V\d{4}__[a-z0-9_]+\.cypher$/);
    for (const s of migrations[0].statements.map(withoutComments))
      expect(s).toMatch(/^CREATE (CONSTRAINT|FULLTEXT INDEX|POINT INDEX|RANGE INDEX) \w+ IF NOT EXISTS /);
  });

  it("creates, all of them together, exactly the constraints and indexes /readyz waits for", () => {
    const names = new Set<string>();
    for (const statement of loadMigrations().flatMap((m) => m.statements.map(withoutComments))) {
      const created = /^CREATE (?:CONSTRAINT|(?:FULLTEXT |POINT |RANGE |TEXT |VECTOR )?INDEX) (\w+)/.exec(statement);
      const dropped = /^DROP (?:CONSTRAINT|INDEX) (\w+)/.exec(statement);
      if (created) names.add(created[1]);
      if (dropped) names.delete(dropped[1]);
    }
    expect([...names].sort()).toEqual([...EXPECTED_INDEX_NAMES].sort());
  });
});

describe("planMigrations", () => {
  const known = [
    readMigration("V0001__initial_model.cypher", "RETURN 1;\n"),
    readMigration("V0002__saved_views.cypher", "RETURN 2;\n"),
  ];
  const applied = (n: number) =>
    known.slice(0, n).map(({ version, description, checksum: c }) => ({ version, description, checksum: c }));

  it("runs every migration on a new database and only the missing ones on an older one", () => {
    expect(planMigrations(known, []).map((m) => m.version)).toEqual(["0001", "0002"]);
    expect(planMigrations(known, applied(1)).map((m) => m.version)).toEqual(["0002"]);
    expect(planMigrations(known, applied(2))).toEqual([]);
  });

  it("refuses a database migrated by a newer release, naming the version found and the one expected", () => {
    const newer = [...applied(2), { version: "0003", description: "accounts", checksum: "1" }];
    expect(() => planMigrations(known, newer)).toThrow(MigrationMismatch);
    expect(() => planMigrations(known, newer)).toThrow(
      "the database is at migration 0003 (accounts), this version of Maillage expects at most 0002 (saved views): it was upgraded by a newer release; start that release, or restore the backup taken before the upgrade",
    );
  });

  it("refuses a database whose applied migration differs from this release's file", () => {
    const edited = [{ ...applied(1)[0], checksum: "42" }];
    expect(() => planMigrations(known, edited)).toThrow(
      `migration 0001 (initial model) was applied with checksum 42, this version's V0001__initial_model.cypher has checksum ${known[0].checksum}`,
    );
    // The tool records no checksum for some kinds of migration: nothing to compare then.
    expect(planMigrations(known, [{ ...applied(1)[0], checksum: null }])).toHaveLength(1);
  });

  it("refuses a chain from another line of releases", () => {
    expect(() =>
      planMigrations(known, [
        { version: "0001", description: "initial model", checksum: known[0].checksum },
        { version: "0001.5", description: "hotfix", checksum: "7" },
      ]),
    ).toThrow(
      /migration 2 is 0001\.5 \(hotfix\) where this version of Maillage expects at most 0002 \(saved views\) and has 0002 \(saved views\) there/,
    );
  });
});
