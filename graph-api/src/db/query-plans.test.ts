import { summarisePlan, type IndexDef, type PlanNode } from "./query-plans";

// The plan Neo4j 5.26 gives for `MATCH (e:EssStructure) WHERE e.name = $x RETURN e`.
const scanThenFilter: PlanNode = {
  operatorType: "ProduceResults@neo4j",
  arguments: { Details: "e" },
  children: [
    {
      operatorType: "Filter@neo4j",
      arguments: { Details: "e.name = $x" },
      children: [
        {
          operatorType: "NodeByLabelScan@neo4j",
          arguments: { Details: "e:EssStructure" },
          dbHits: 12005,
          children: [],
        },
      ],
      dbHits: 24008,
    },
  ],
};

describe("summarisePlan", () => {
  it("flags a label scan filtered on a property that has an index", () => {
    const indexes: IndexDef[] = [
      { name: "ess_name", type: "RANGE", labelsOrTypes: ["EssStructure"], properties: ["name"] },
    ];
    const summary = summarisePlan(scanThenFilter, indexes);
    expect(summary.avoidableScans).toEqual(["NodeByLabelScan e:EssStructure filtered on name (index ess_name)"]);
    expect(summary.dbHits).toBe(36013);
  });

  it("accepts a label scan when no index covers the filtered property, and flags every AllNodesScan", () => {
    const indexes: IndexDef[] = [
      { name: "ess_id", type: "RANGE", labelsOrTypes: ["EssStructure"], properties: ["id"] },
    ];
    expect(summarisePlan(scanThenFilter, indexes).avoidableScans).toEqual([]);
    const all: PlanNode = { operatorType: "AllNodesScan@neo4j", arguments: { Details: "n" } };
    expect(summarisePlan(all, indexes).avoidableScans).toEqual(["AllNodesScan n"]);
  });
});
