import { startHarness, type Harness } from "./harness";

describe("HTTP", () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness();
  });
  afterAll(() => api.close());

  it("answers malformed GraphQL with 400, a GraphQL error and no stack trace", async () => {
    const res = await api.gql(`{ towns { name `);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(res.errors![0].message).toMatch(/Syntax Error/);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it("answers an unknown field with 400 and names it", async () => {
    const res = await api.gql(`{ towns { nom } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors![0].message).toContain("nom");
  });

  it("answers a body that is not JSON with 400", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it("refuses mutations over GET and simple cross-site requests (CSRF prevention)", async () => {
    const query = encodeURIComponent(`mutation { deleteTowns { nodesDeleted } }`);
    const get = await fetch(`${api.url}/graphql?query=${query}`, { headers: { "apollo-require-preflight": "1" } });
    expect(get.status).toBe(405);
    const simple = await fetch(`${api.url}/graphql?query=${encodeURIComponent("{ towns { name } }")}`);
    expect(simple.status).toBe(400);
    expect((await api.cypher("MATCH (t:Town) RETURN count(t) AS n"))[0].n).toBe(16);
  });

  it("serves no landing page that would load from a CDN", async () => {
    const response = await fetch(`${api.url}/graphql`, { headers: { accept: "text/html" } });
    const text = await response.text();
    expect(text).not.toMatch(/cdn\.|apollographql\.com|unpkg|jsdelivr/);
  });

  it("answers /healthz and /readyz", async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("answers a missing explorer file with a plain 404 that names no path of the server", async () => {
    const response = await fetch(`${api.url}/assets/nope.js`);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe("NOT_FOUND");
    expect(text).not.toMatch(/ENOENT|stat '|explorer\/dist/);
    expect(text).not.toContain(process.cwd());
    for (const path of ["/assets/..%2f..%2fpackage.json", "/assets/%E0%A4%A", "/assets/nope/deeper.css"]) {
      const other = await fetch(`${api.url}${path}`);
      expect([400, 403, 404]).toContain(other.status);
      expect(await other.text()).not.toMatch(/ENOENT|EACCES|stat '|explorer\/dist|\/work\/|\/home\/|\/srv\//);
    }
  });

  it("tells browsers not to sniff types on every answer of /graphql, errors included", async () => {
    const answers = [
      await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ towns { name } }" }),
      }),
      await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ towns { nom } }" }),
      }),
      await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{not json",
      }),
      await fetch(`${api.url}/graphql?query=${encodeURIComponent("{ towns { name } }")}`),
      await fetch(`${api.url}/nowhere`),
    ];
    expect(answers.map((r) => [r.status, r.headers.get("x-content-type-options")])).toEqual([
      [200, "nosniff"],
      [400, "nosniff"],
      [400, "nosniff"],
      [400, "nosniff"],
      [404, "nosniff"],
    ]);
  });

  it("serves no source map by default: the built scripts (explorer, GraphiQL, widget) neither point to one nor have one beside them", async () => {
    const explorer = await (await fetch(`${api.url}/`)).text();
    const graphiql = await (await fetch(`${api.url}/graphiql/`)).text();
    const scripts = [
      ...[...explorer.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]),
      ...[...graphiql.matchAll(/src="\.\/(assets\/[^"]+\.js)"/g)].map((m) => `/graphiql/${m[1]}`),
      "/widget.js",
      "/embed.js",
    ];
    expect(scripts.length).toBeGreaterThan(3);
    for (const script of scripts) {
      expect(await (await fetch(`${api.url}${script}`)).text()).not.toContain("sourceMappingURL");
      expect((await fetch(`${api.url}${script}.map`)).status).toBe(404);
    }
  });
});
