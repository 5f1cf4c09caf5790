import { startHarness, type Harness } from "./harness";

describe("the generated API", () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness();
  });
  afterAll(() => api.close());

  it("filters by field and by relationship", async () => {
    const res = await api.gql(`{
      essStructures(where: { legalForm: { eq: SCOP }, town: { some: { inseeCode: { eq: "94028" } } } }) { name legalForm town { inseeCode } }
    }`);
    expect(res.errors).toBeUndefined();
    const { records } = await api.driver.executeQuery(
      "MATCH (s:EssStructure {legalForm: 'SCOP'})-[:LOCATED_IN]->(:Town {inseeCode: '94028'}) RETURN count(s) AS n",
    );
    expect(res.data!.essStructures).toHaveLength(records[0].get("n"));
    for (const s of res.data!.essStructures) {
      expect(s.legalForm).toBe("SCOP");
      expect(s.town[0].inseeCode).toBe("94028");
    }
  });

  it("sorts and pages with offsets and with cursors, without overlap", async () => {
    const all = await api.gql(`{ businesses(sort: [{ name: ASC }, { id: ASC }], limit: 30) { id name } }`);
    const names = all.data!.businesses.map((b: any) => b.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));

    const page1 = await api.gql(
      `{ businessesConnection(first: 10, sort: [{ name: ASC }, { id: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
    );
    const after = page1.data!.businessesConnection.pageInfo.endCursor;
    const page2 = await api.gql(
      `query($after: String) { businessesConnection(first: 10, after: $after, sort: [{ name: ASC }, { id: ASC }]) { edges { node { id } } } }`,
      { after },
    );
    const ids1 = page1.data!.businessesConnection.edges.map((e: any) => e.node.id);
    const ids2 = page2.data!.businessesConnection.edges.map((e: any) => e.node.id);
    expect(page1.data!.businessesConnection.totalCount).toBeGreaterThanOrEqual(250);
    expect(page1.data!.businessesConnection.pageInfo.hasNextPage).toBe(true);
    expect([...ids1, ...ids2]).toEqual(all.data!.businesses.slice(0, 20).map((b: any) => b.id));
  });

  it("bounds list sizes with @limit: refuses a size over the maximum, applies the default", async () => {
    const res = await api.gql(`{ businesses(limit: 5000) { id } }`);
    expect([res.status, res.errors?.[0]]).toMatchObject([
      400,
      {
        message: "Query.businesses: limit must be between 1 and 1000 (got 5000)",
        extensions: { code: "BAD_USER_INPUT", argumentName: "limit" },
      },
    ]);
    expect((await api.gql(`{ businesses(limit: 1000) { id } }`)).data!.businesses.length).toBeGreaterThan(100);
    const byDefault = await api.gql(`{ businesses { id } }`);
    expect(byDefault.data!.businesses).toHaveLength(100);
  });

  it("aggregates counts and numeric ranges", async () => {
    const res = await api.gql(`{ townsConnection(where: { inseeCode: { eq: "94028" } }) { edges { node {
      essStructuresConnection { aggregate { count { nodes } node { foundedYear { min max } } } }
    } } } }`);
    expect(res.errors).toBeUndefined();
    const agg = res.data!.townsConnection.edges[0].node.essStructuresConnection.aggregate;
    const { records } = await api.driver.executeQuery(
      "MATCH (s:EssStructure)-[:LOCATED_IN]->(:Town {inseeCode: '94028'}) RETURN count(s) AS n, min(s.foundedYear) AS min, max(s.foundedYear) AS max",
    );
    expect(agg.count.nodes).toBe(records[0].get("n"));
    expect(agg.node.foundedYear.min).toBe(records[0].get("min"));
    expect(agg.node.foundedYear.max).toBe(records[0].get("max"));
  });

  it('full-text search ignores case and accents: "epicerie" finds "Épicerie"', async () => {
    const token = await api.token("coordinator");
    const created = await api.gql(
      `mutation { createEssStructures(input: [{ name: "Épicerie Zéphyrine", legalForm: ASSOCIATION, description: "Une épicerie solidaire de test" }]) { essStructures { id } } }`,
      {},
      token,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEssStructures.essStructures[0].id;
    try {
      for (const phrase of ["epicerie zephyrine", "ÉPICERIE ZÉPHYRINE", "Epicerie Zephyrine"]) {
        const res = await api.gql(
          `query($p: String!) { searchEssStructures(phrase: $p, first: 5) { edges { score node { id name } } } }`,
          { p: phrase },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.searchEssStructures.edges[0].node).toEqual({ id, name: "Épicerie Zéphyrine" });
      }
    } finally {
      await api.cypher("MATCH (s:EssStructure {id: $id}) DETACH DELETE s", { id });
    }
  });

  it("refuses a full-text phrase Lucene cannot read as bad input that says why; Lucene's syntax works", async () => {
    const search = (p: string) =>
      api.gql(`query($p: String!) { searchEssStructures(phrase: $p, first: 5) { edges { node { name } } } }`, { p });
    for (const [phrase, why] of [
      ["", /^The search phrase is empty/],
      ["(épicerie", /^The search phrase ends where Lucene expects more \(a quote or bracket left open/],
      ['"épicerie', /^The search phrase ends where Lucene expects more/],
      ["AND épicerie", /^The search phrase is not valid full-text syntax at character 1: .*put a backslash before/],
    ] as const) {
      const res = await search(phrase);
      expect([phrase, res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.argumentName]).toEqual([
        phrase,
        "BAD_USER_INPUT",
        "phrase",
      ]);
      expect(res.errors![0].message).toMatch(why);
    }
    // Researchers keep Lucene's syntax (wildcards, quoted phrases, operators, escapes).
    const created = await api.gql(
      `mutation { createEssStructures(input: [{ name: "Atelier Zéphyrine", legalForm: ASSOCIATION }]) { essStructures { id } } }`,
      {},
      await api.token("coordinator"),
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEssStructures.essStructures[0].id;
    try {
      for (const phrase of ["zephyr*", '"atelier zephyrine"', "atelier AND zephyrine", "\\(zephyrine\\)"]) {
        const res = await search(phrase);
        expect([
          phrase,
          res.errors,
          res.data!.searchEssStructures.edges.map((e: { node: { name: string } }) => e.node.name),
        ]).toEqual([phrase, undefined, ["Atelier Zéphyrine"]]);
      }
    } finally {
      await api.cypher("MATCH (s:EssStructure {id: $id}) DETACH DELETE s", { id });
    }
  });

  it("pages a connection with its cursors, and refuses a cursor it did not give instead of starting over", async () => {
    const page = (after?: string) =>
      api.gql<{
        essStructuresConnection: {
          edges: { cursor: string; node: { id: string } }[];
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      }>(
        `query($after: String) { essStructuresConnection(first: 3, after: $after, sort: [{ name: ASC }]) { edges { cursor node { id } } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
    const first = (await page()).data!.essStructuresConnection;
    const second = (await page(first.pageInfo.endCursor)).data!.essStructuresConnection;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.edges.map((e) => e.node.id).filter((id) => first.edges.some((e) => e.node.id === id))).toEqual([]);
    for (const damaged of ["garbage", first.pageInfo.endCursor.slice(0, -4), Buffer.from("nope").toString("base64")]) {
      const res = await page(damaged);
      expect([damaged, res.status, res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.argumentName]).toEqual(
        [damaged, 400, "BAD_USER_INPUT", "after"],
      );
      expect(res.errors![0].message).toContain("is not a cursor of this API");
    }
    const nested = await api.gql(
      `{ towns(limit: 1) { essStructuresConnection(first: 1, after: "garbage") { totalCount } } }`,
    );
    expect(nested.errors?.[0].extensions?.argumentName).toBe("after");
  });

  it("refuses a point off the globe before Neo4j sees it, naming the coordinate, in a literal or deep in a variable", async () => {
    const near = (from: string) =>
      `{ essStructures(where: { location: { distance: { from: ${from}, lt: 2000 } } }, limit: 5) { id } }`;
    const offGlobe = await api.gql(near("{ latitude: 200, longitude: 2.45 }"));
    expect([offGlobe.status, offGlobe.errors?.[0]]).toMatchObject([
      400,
      {
        message: "latitude must be within [-90, 90] (got 200)",
        extensions: { code: "BAD_USER_INPUT", argumentName: "where" },
      },
    ]);
    // A huge longitude kept Neo4j 5.26 computing after the transaction's time limit, until it restarted.
    const nested = await api.gql(`query($w: EssStructureWhere) { essStructures(where: $w, limit: 5) { id } }`, {
      w: {
        AND: [
          { name: { contains: "a" } },
          { location: { distance: { from: { latitude: 48.79, longitude: 1e308 }, lt: 10 } } },
        ],
      },
    });
    expect([nested.status, nested.errors?.[0].message]).toEqual([
      400,
      "longitude must be within [-180, 180] (got 1e+308)",
    ]);
    const running = await api.cypher<{ n: number }>(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'point.distance' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
    );
    expect(running).toEqual([{ n: 0 }]);
    expect((await api.gql(near("{ latitude: 48.79, longitude: 2.45 }"))).errors).toBeUndefined();
  });

  it("refuses distances Neo4j cannot draw a box around, and heights, before Neo4j sees them", async () => {
    const query = `query($w: EssStructureWhere) { essStructures(where: $w, limit: 5) { id } }`;
    const refusals: [Record<string, unknown>, RegExp][] = [
      [
        { from: { latitude: 89.9999999, longitude: 179.99999 }, lt: -1 },
        /distance lt must be a number of metres between 0 and 20037509 \(got -1\)/,
      ],
      [{ from: { latitude: 0, longitude: 0 }, lt: 1e308 }, /distance lt must be .* \(got 1e\+308\)/],
      [{ from: { latitude: 0, longitude: 0, height: 1e308 }, gte: 5 }, /height is not supported/],
      [{ from: { latitude: 48.79, longitude: 2.45, height: 10 }, lt: 2000 }, /height is not supported/],
    ];
    for (const [distance, message] of refusals) {
      const res = await api.gql(query, { w: { location: { distance } } });
      expect([res.status, res.errors?.[0]?.extensions?.code]).toEqual([400, "BAD_USER_INPUT"]);
      expect(res.errors![0].message).toMatch(message);
    }
    // Near the pole, a sensible distance still answers.
    const pole = await api.gql(query, {
      w: { location: { distance: { from: { latitude: 89.9999999, longitude: 179.99999 }, lt: 1000 } } },
    });
    expect(pole.errors).toBeUndefined();
  });

  it("refuses a full-text phrase longer than Lucene reads, and variables nested thousands deep, with a 400", async () => {
    const phrase = await api.gql(
      `query($p: String!) { searchEssStructures(phrase: $p, first: 5) { edges { node { id } } } }`,
      { p: "x ".repeat(1100) },
    );
    expect([phrase.status, phrase.errors?.[0]?.extensions?.code, phrase.errors?.[0]?.message]).toEqual([
      400,
      "BAD_USER_INPUT",
      "The search phrase has 1100 words; search with at most 1024",
    ]);
    // Written as text: JSON.stringify itself overflows the stack on 5,000 levels.
    const deep = '{"AND":['.repeat(5000) + '{"name":{"eq":"x"}}' + "]}".repeat(5000);
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query":"query($w: EssStructureWhere) { essStructures(where: $w, limit: 1) { id } }","variables":{"w":${deep}}}`,
    });
    const nested = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect([response.status, nested.errors[0].extensions.code, nested.errors[0].message]).toEqual([
      400,
      "BAD_USER_INPUT",
      "variables are nested more than 32 levels deep",
    ]);
  });

  it("refuses a filter that follows more than 3 relationships in a row, literal or in variables, and answers one of 3", async () => {
    const hops = (n: number): string => (n === 0 ? `name: { eq: "zz" }` : `essPartners: { all: { ${hops(n - 1)} } }`);
    const deep = await api.gql(`{ essStructures(limit: 1, where: { ${hops(10)} }) { id } }`);
    expect([deep.status, deep.errors?.[0]?.extensions?.code, deep.errors?.[0]?.message]).toEqual([
      400,
      "BAD_USER_INPUT",
      "the filter follows 10 relationships in a row; at most 3 (filter on fewer levels, or ask in several steps)",
    ]);
    const viaVariables = await api.gql(`query($w: EssStructureWhere) { essStructures(limit: 1, where: $w) { id } }`, {
      w: {
        essPartners: {
          some: {
            businessPartners: {
              some: { essPartnersConnection: { some: { node: { essPartners: { some: { name: { eq: "zz" } } } } } } },
            },
          },
        },
      },
    });
    expect([viaVariables.status, viaVariables.errors?.[0]?.message]).toEqual([
      400,
      expect.stringMatching(/^the filter follows 4 relationships in a row/),
    ]);
    const three = await api.gql(`{ essStructures(limit: 1, where: { ${hops(3)} }) { id } }`);
    expect(three.errors).toBeUndefined();
  });

  it("refuses a mutation without a coordinator's token before any database work", async () => {
    const mutation = `mutation { deleteEssStructures(where: { name: { contains: "a" } }) { nodesDeleted } }`;
    const anonymous = await api.gql(mutation);
    expect([anonymous.status, anonymous.errors?.[0]?.extensions?.code]).toEqual([401, "UNAUTHENTICATED"]);
    const researcher = await api.gql(mutation, {}, await api.token("researcher"));
    expect([researcher.status, researcher.errors?.[0]?.extensions?.code]).toEqual([403, "FORBIDDEN"]);
    expect(anonymous.data ?? null).toBeNull();
  });

  it("filters by distance from a point", async () => {
    const res = await api.gql(
      `{ essStructures(where: { location: { distance: { from: { latitude: 48.7904, longitude: 2.4556 }, lt: 2000 } } }, limit: 1000) { id location { latitude longitude } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { records } = await api.driver.executeQuery(
      "MATCH (s:EssStructure) WHERE point.distance(s.location, point({latitude: 48.7904, longitude: 2.4556})) < 2000 RETURN count(s) AS n",
    );
    expect(res.data!.essStructures.length).toBe(records[0].get("n"));
    expect(res.data!.essStructures.length).toBeGreaterThan(0);
  });
});
