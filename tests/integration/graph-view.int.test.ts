/** The explorer's graph queries against the seeded graph: scope filters, bounds, public fields, neighbourhoods. */
import { startHarness, uniqueId, type Harness } from "./harness";

const VIEW = `nodes { id type name inseeCode legalForm latitude longitude illustrative degree } edges { id source target type kind since } truncated`;

describe("cooperationGraph and neighbourhood", () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness();
  });
  afterAll(() => api.close());

  it("gives a town's organisations and what links them, every edge between returned nodes, for anonymous users", async () => {
    const res = await api.gql(`{ cooperationGraph(inseeCode: "94028", limit: 300) { ${VIEW} } }`);
    expect(res.errors).toBeUndefined();
    const { nodes, edges } = res.data!.cooperationGraph;
    const organisations = nodes.filter(
      (n: any) => !["Event", "SharedResource", "CallForProjects", "Town"].includes(n.type),
    );
    expect(organisations.length).toBeGreaterThan(20);
    const backers = ["Financer", "SupportProvider", "ResearchUnit"];
    for (const o of organisations.filter((o: any) => !backers.includes(o.type))) expect(o.inseeCode).toBe("94028");
    expect(nodes.find((n: any) => n.id === "town:94028")).toMatchObject({ type: "Town", name: "Créteil" });
    const ids = new Set(nodes.map((n: any) => n.id));
    expect(ids.size).toBe(nodes.length);
    expect(edges.length).toBeGreaterThan(organisations.length);
    for (const e of edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    expect(edges.some((e: any) => e.type === "PARTNERS_WITH")).toBe(true);
    expect(edges.some((e: any) => e.type === "LOCATED_IN" && e.target === "town:94028")).toBe(true);
    // Demo data says so.
    expect(organisations.some((o: any) => o.illustrative)).toBe(true);
    // The same count of partnerships as the graph holds among these organisations.
    const orgIds = organisations.map((o: any) => o.id);
    const [{ n }] = await api.cypher(
      "MATCH (a:Organisation)-[r:PARTNERS_WITH]->(b:Organisation) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS n",
      { ids: orgIds },
    );
    expect(edges.filter((e: any) => e.type === "PARTNERS_WITH").length).toBe(Number(n));
  });

  it("brings into a town's view the financers, support providers and research units of its organisations, wherever they are based", async () => {
    const res = await api.gql(`{ cooperationGraph(inseeCode: "94028", limit: 300) { ${VIEW} } }`);
    const { nodes, edges } = res.data!.cooperationGraph;
    const local = new Set(nodes.filter((n: any) => n.inseeCode === "94028" && n.type !== "Town").map((n: any) => n.id));
    const expected = await api.cypher(
      `MATCH (o:Organisation)-[:LOCATED_IN]->(:Town {inseeCode: "94028"})
       MATCH (o)-[:FUNDS|SUPPORTS|STUDIES|MEMBER_OF]-(x) WHERE x:Financer OR x:SupportProvider OR x:ResearchUnit
       RETURN DISTINCT x.id AS id, [l IN labels(x) WHERE l <> 'Organisation'][0] AS type`,
    );
    for (const type of ["Financer", "SupportProvider", "ResearchUnit"])
      expect(expected.some((r) => r.type === type)).toBe(true);
    // Those based in the town (the university and its laboratories in Créteil) are among its own organisations.
    const based = await api.cypher(
      `MATCH (x:Organisation)-[:LOCATED_IN]->(:Town {inseeCode: "94028"})
       WHERE x:Financer OR x:SupportProvider OR x:ResearchUnit RETURN x.id AS id`,
    );
    expect(based.length).toBeGreaterThan(0);
    const shown = nodes.filter((n: any) => ["Financer", "SupportProvider", "ResearchUnit"].includes(n.type));
    expect(shown.map((n: any) => n.id).sort()).toEqual(
      [...new Set([...expected, ...based].map((r) => r.id as string))].sort(),
    );
    // Each one based elsewhere is drawn with its link to one of the town's organisations.
    const basedIds = new Set(based.map((r) => r.id));
    for (const x of shown.filter((n: any) => !basedIds.has(n.id)))
      expect(
        edges.some(
          (e: any) => (e.source === x.id && local.has(e.target)) || (e.target === x.id && local.has(e.source)),
        ),
      ).toBe(true);
    // Unticked in the legend, they stay out.
    const without = await api.gql(
      `{ cooperationGraph(inseeCode: "94028", types: ["EssStructure", "Business"], limit: 300) { nodes { type } } }`,
    );
    expect(without.data!.cooperationGraph.nodes.every((n: any) => ["EssStructure", "Business"].includes(n.type))).toBe(
      true,
    );
  });

  it("orders and counts by public relationships only: adding contacts changes nothing an anonymous user sees", async () => {
    const views = async () => {
      const graph = await api.gql(`{ cooperationGraph(types: ["EssStructure"], limit: 20) { ${VIEW} } }`);
      const around = await api.gql(`{ neighbourhood(id: "town:94028", limit: 10) { ${VIEW} } }`);
      return JSON.stringify([graph.data, around.data]);
    };
    const before = await views();
    // Many contacts on the structures that rank last in Créteil: with contacts counted, they would rise into both views.
    const tag = uniqueId("hidden");
    const last = await api.cypher(
      `MATCH (o:EssStructure)-[:LOCATED_IN]->(:Town {inseeCode: "94028"})
       RETURN o.id AS id ORDER BY COUNT { (o)-[:PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|STUDIES|MEMBER_OF|ATTENDED|POOLS|LAUREATE_OF|LOCATED_IN]-() }, o.id LIMIT 3`,
    );
    try {
      await api.cypher(
        `UNWIND $ids AS id MATCH (o:EssStructure {id: id}) UNWIND range(1, 60) AS i
         CREATE (o)-[:HAS_CONTACT]->(:Contact {id: $tag + '-' + id + '-' + i, name: 'x', source: 'test', sourceKind: 'MANUAL', updatedAt: datetime()})`,
        { ids: last.map((r) => r.id), tag },
      );
      expect(await views()).toBe(before);
    } finally {
      await api.cypher("MATCH (c:Contact) WHERE c.id STARTS WITH $tag DETACH DELETE c", { tag });
    }
  });

  it("filters by node type and theme, keeps the best connected within the limit and says it truncated", async () => {
    const res = await api.gql(`{ cooperationGraph(types: ["Business"], limit: 10) { ${VIEW} } }`);
    const { nodes, truncated } = res.data!.cooperationGraph;
    expect(nodes).toHaveLength(10);
    expect(nodes.every((n: any) => n.type === "Business")).toBe(true);
    expect(truncated).toBe(true);
    const degrees = nodes.map((n: any) => n.degree);
    const [{ best }] = await api.cypher("MATCH (b:Business) RETURN max(COUNT { (b)--() }) AS best");
    expect(degrees.length).toBeGreaterThan(0);
    expect(Number(best)).toBeGreaterThanOrEqual(Math.max(...degrees));

    const themed = await api.gql(
      `{ cooperationGraph(theme: "food-aid", types: ["EssStructure"], limit: 200) { nodes { id } truncated } }`,
    );
    const expected = await api.cypher(
      "MATCH (o:EssStructure)-[:HAS_THEME]->(:Theme {code: 'food-aid'}) RETURN count(o) AS n",
    );
    expect(themed.data!.cooperationGraph.nodes).toHaveLength(Number(expected[0].n));
  });

  it("expands one node into its neighbours", async () => {
    const [{ id }] = await api.cypher(
      "MATCH (o:EssStructure)-[:PARTNERS_WITH]-() WITH o, count(*) AS d ORDER BY d DESC, o.id LIMIT 1 RETURN o.id AS id",
    );
    const res = await api.gql(`query($id: ID!) { neighbourhood(id: $id, limit: 50) { ${VIEW} } }`, { id });
    const { nodes, edges } = res.data!.neighbourhood;
    expect(nodes[0].id).toBe(id);
    const [{ n }] = await api.cypher(
      "MATCH (o {id: $id})-[:PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|STUDIES|MEMBER_OF|ATTENDED|POOLS|LAUREATE_OF|LOCATED_IN]-(x) RETURN count(DISTINCT x) AS n",
      { id },
    );
    expect(nodes.length - 1).toBe(Math.min(50, Number(n)));
    expect(edges.filter((e: any) => e.source === id || e.target === id).length).toBeGreaterThanOrEqual(
      nodes.length - 1,
    );
  });

  it("says clearly what is wrong with a request, and never runs unbounded", async () => {
    const tooMany = await api.gql(`{ cooperationGraph(limit: 100000) { truncated } }`);
    expect([tooMany.status, tooMany.errors?.[0]]).toMatchObject([
      400,
      {
        message: "Query.cooperationGraph: limit must be between 1 and 5000 (got 100000)",
        extensions: { code: "BAD_USER_INPUT", argumentName: "limit" },
      },
    ]);
    const badType = await api.gql(`{ cooperationGraph(types: ["Contact"]) { truncated } }`);
    expect(badType.errors?.[0].message).toMatch(/Unknown node type\(s\) Contact/);
    const badTown = await api.gql(`{ cooperationGraph(inseeCode: "Créteil") { truncated } }`);
    expect(badTown.errors?.[0].extensions?.argumentName).toBe("inseeCode");
    const missing = await api.gql(`{ neighbourhood(id: "nobody") { truncated } }`);
    expect(missing.errors?.[0]).toMatchObject({
      message: 'No node has id "nobody"',
      extensions: { code: "NOT_FOUND" },
    });
  });
});
