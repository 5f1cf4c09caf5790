/**
 * Every hand-written query of graph-api (graph-api/src/cypher/**) and of the
 * importers' batches is EXPLAINed on the seed graph: none may scan all nodes,
 * nor scan a label and filter on a property that label has an index for
 * (figures on the Île-de-France-sized graph in docs/query-plans.md).
 */
import neo4j, { type Driver } from "neo4j-driver";
import { openDriver, neo4jEnvSchema, toNeo4jConfig } from "@maillage/neo4j";
import {
  handWrittenQueries,
  SHOW_INDEXES,
  summarisePlan,
  type IndexDef,
  type PlanNode,
} from "../../graph-api/src/db/query-plans";
import { IMPORT_STATEMENTS } from "../../importers/src/write";

jest.setTimeout(60_000);

describe("query plans of the hand-written queries", () => {
  let driver: Driver;
  let indexes: IndexDef[];
  beforeAll(async () => {
    driver = openDriver(toNeo4jConfig(neo4jEnvSchema.parse(process.env)));
    const { records } = await driver.executeQuery(SHOW_INDEXES, {}, { routing: neo4j.routing.READ });
    indexes = records.map((r) => r.toObject() as IndexDef);
  });
  afterAll(() => driver.close());

  // Known, tracked: the audit log's optional filters (`$x IS NULL OR a.x = $x`) keep the planner off the
  // AuditEntry indexes; it needs one statement per filter combination (see docs/query-plans.md).
  const KNOWN: Record<string, string> = {
    "graph-api audit/audit-log": "optional filters defeat the AuditEntry indexes",
  };

  const statements = [
    ...handWrittenQueries().map(({ area, query }) => [`graph-api ${area}/${query.name}`, query.text] as const),
    ...Object.entries(IMPORT_STATEMENTS).map(([name, text]) => [`importers ${name}`, text] as const),
  ].filter(([name]) => !(name in KNOWN));

  it("finds the queries", () => {
    expect(statements.length).toBeGreaterThan(30);
    expect(statements.map(([name]) => name)).toContain("graph-api directory/town-directory");
  });

  it.each(statements)("%s uses an index wherever one exists", async (_name, text) => {
    const { summary } = await driver.executeQuery(`EXPLAIN ${text}`, {}, { routing: neo4j.routing.READ });
    const plan = summary.plan as unknown as PlanNode;
    expect(summarisePlan(plan, indexes).avoidableScans).toEqual([]);
  });
});
