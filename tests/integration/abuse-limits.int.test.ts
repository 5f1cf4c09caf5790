/**
 * Abuse limits and the classic GraphQL weaknesses: each is
 * closed, and the refusal says which limit was hit without its value.
 * docs/security.md lists them with what is deliberate (introspection).
 */
import { getIntrospectionQuery } from "graphql";
import type { Driver, Session } from "neo4j-driver";
import { startHarness, type Harness } from "./harness";
import { defaults as limits } from "../../graph-api/src/security/armor";
import { defaults as costLimits } from "../../graph-api/src/security/query-cost";

jest.setTimeout(60_000);

const post = (api: Harness, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

/** Every number of a limit, so that a message can be checked not to reveal it. */
const LIMIT_VALUES = Object.values(limits).map(String);

async function refused(response: Response, code = "GRAPHQL_VALIDATION_FAILED") {
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[];
  };
  expect(response.status).toBe(400);
  expect(body.data ?? null).toBeNull();
  expect(body.errors?.[0]?.extensions?.code).toBe(code);
  for (const e of body.errors ?? []) {
    expect(e.extensions?.stacktrace).toBeUndefined();
    for (const n of LIMIT_VALUES) expect(e.message).not.toMatch(new RegExp(`\\b${n}\\b`));
  }
  return body.errors![0].message;
}

describe("abuse limits", () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness();
  });
  afterAll(() => api.close());

  it("refuses a query nested deeper than the limit, and answers one within it", async () => {
    const nest = (n: number): string => (n === 0 ? "name" : `name essPartners(limit: 1) { ${nest(n - 1)} }`);
    const deep = `{ essStructures(limit: 1) { ${nest(limits.maxDepth)} } }`;
    expect(await refused(await post(api, { query: deep }))).toMatch(/nested too deeply/);
    const ok = await api.gql(`{ essStructures(limit: 1) { ${nest(3)} } }`);
    expect(ok.errors).toBeUndefined();
  });

  it("refuses alias overloading", async () => {
    const aliases = Array.from({ length: limits.maxAliases + 1 }, (_, i) => `a${i}: territories { name }`).join(" ");
    expect(await refused(await post(api, { query: `{ ${aliases} }` }))).toMatch(/too many aliases/);
  });

  it("refuses directive overloading", async () => {
    const directives = Array.from({ length: limits.maxDirectives + 1 }, () => "@include(if: true)").join(" ");
    expect(await refused(await post(api, { query: `{ territories { name ${directives} } }` }))).toMatch(
      /too many directives/,
    );
  });

  it("refuses a document with too many tokens, with a 400 rather than a server error", async () => {
    const fields = Array.from({ length: limits.maxTokens }, () => "name").join(" ");
    const response = await post(api, { query: `{ territories { ${fields} } }` });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toMatch(/too long/);
  });

  it("refuses nested lists whose limits multiply beyond the cost limit, saying the cost and the limit", async () => {
    const nested =
      "{ towns(limit:100){ essStructures(limit:1000){ town(limit:100){ essStructures(limit:1000){ town(limit:100){ essStructures(limit:1000){ town(limit:100){ essStructures(limit:1000){ name } } } } } } } } }";
    const response = await post(api, { query: nested });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string; cost: number; maxCost: number } }[];
    };
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0].extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", maxCost: costLimits.maxCost });
    expect(body.errors[0].extensions.cost).toBeGreaterThan(1e15);
    expect(body.errors[0].message).toMatch(/^The operation would cost [\d,]+, above the limit of 150,000/);
    expect(body.errors[0].message).not.toMatch(/Syntax Error/);
  });

  it("counts a page size passed in variables like a literal one", async () => {
    const query =
      "query ($n: Int) { towns(limit: 16) { essStructuresConnection(first: $n) { edges { node { name description website town { name } } } } } }";
    const small = await api.gql(query, { n: 2 });
    expect(small.errors).toBeUndefined();
    const response = await post(api, { query, variables: { n: 1000 } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/would cost/);
  });

  it("counts __typename aliases like any alias", async () => {
    const flood = Array.from({ length: 1600 }, (_, i) => `a${i}: __typename`).join(" ");
    expect(await refused(await post(api, { query: `{ organisations(limit: 1000) { ${flood} } }` }))).toMatch(
      /too many aliases/,
    );
  });

  it("refuses a list size beyond the type's maximum or below 1, literal or in variables, naming the bound", async () => {
    const over = await post(api, { query: "{ towns(limit: 100000) { name } }" });
    expect(over.status).toBe(400);
    const overBody = (await over.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(overBody.errors[0]).toMatchObject({
      message: "Query.towns: limit must be between 1 and 100 (got 100000)",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const zero = await post(api, {
      query: "query ($n: Int) { essStructures(limit: $n) { name } }",
      variables: { n: 0 },
    });
    expect(zero.status).toBe(400);
    expect(((await zero.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /limit must be between 1 and 1000 \(got 0\)/,
    );
  });

  it("keeps introspection open (researchers explore the schema) but refuses circular introspection", async () => {
    const standard = await post(api, { query: getIntrospectionQuery() });
    expect(standard.status).toBe(200);
    expect(
      ((await standard.json()) as { data: { __schema: { types: unknown[] } } }).data.__schema.types.length,
    ).toBeGreaterThan(100);
    const circular = `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`;
    await refused(await post(api, { query: circular }));
    const viaType = `{ __type(name: "EssStructure") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }`;
    await refused(await post(api, { query: viaType }));
  });

  it("suggests no field, argument, type or enum value names", async () => {
    for (const query of [
      `{ essStructures { nam } }`,
      `{ essStructures(limt: 1) { name } }`,
      `{ essStructures(where: { stage: { eq: IDE } }) { name } }`,
      `query($w: EssStructureWher) { essStructures(where: $w) { name } }`,
      `{ contact { email } }`,
    ]) {
      const response = await post(api, { query });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toMatch(/Did you mean/i);
      expect(text).not.toMatch(/"name"|\\"name\\"|IDEA|EssStructureWhere\\"|\\"contacts\\"/);
    }
    // What is left reads as a sentence: the unknown name and where, nothing dangling.
    expect(await refused(await post(api, { query: `{ essStructures { nam } }` }))).toBe(
      'Cannot query field "nam" on type "EssStructure".',
    );
    expect(
      await refused(await post(api, { query: `{ essStructures(where: { stage: { eq: IDE } }) { name } }` })),
    ).toMatch(/^Value "IDE" does not exist in "\w+" enum\.$/);
  });

  it("refuses batched queries", async () => {
    const response = await post(api, [{ query: "{ territories { name } }" }, { query: "{ towns { name } }" }]);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batch/i);
  });

  it("refuses mutations over GET, even with the CSRF header", async () => {
    const query = encodeURIComponent(`mutation { deleteTowns { nodesDeleted } }`);
    const response = await fetch(`${api.url}/graphql?query=${query}`, { headers: { "apollo-require-preflight": "1" } });
    expect(response.status).toBe(405);
    expect((await api.cypher("MATCH (t:Town) RETURN count(t) AS n"))[0].n).toBe(16);
  });

  it("refuses a url-encoded or text/plain POST (a cross-site form cannot reach the API)", async () => {
    for (const [type, body] of [
      ["application/x-www-form-urlencoded", `query=${encodeURIComponent("{ territories { name } }")}`],
      ["text/plain", JSON.stringify({ query: "{ territories { name } }" })],
      [
        "multipart/form-data; boundary=x",
        `--x\r\ncontent-disposition: form-data; name="query"\r\n\r\n{ territories { name } }\r\n--x--`,
      ],
    ]) {
      const response = await fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": type }, body });
      expect(response.status).toBe(400);
      expect(await response.text()).not.toContain("Grand Paris Sud Est Avenir");
    }
  });

  it("sends no stack trace or debug data with errors", async () => {
    for (const query of [
      `{ towns { name `,
      `{ essStructures(where: { foundedYear: { eq: "x" } }) { name } }`,
      `{ neighbourhood(id: "no-such-node") { nodes { id } } }`,
    ]) {
      const text = await (await post(api, { query })).text();
      expect(text).not.toMatch(/stacktrace|exception|\.js:\d+|\.ts:\d+|neo4j:\/\/|bolt:\/\//i);
    }
  });

  it("has no automatic persisted queries", async () => {
    const response = await post(api, {
      extensions: {
        persistedQuery: { version: 1, sha256Hash: "ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38" },
      },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/PERSISTED_QUERY_NOT_SUPPORTED/);
  });

  it("refuses a body over the size limit with a JSON error", async () => {
    const response = await post(api, { query: "{ territories { name } }", variables: { x: "x".repeat(1_100_000) } });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/larger than/);
  });
});

describe("per-address rate limit", () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness({ config: { ipRatePerMinute: 3 } });
  });
  afterAll(() => api.close());

  it("answers 429 with Retry-After once an address is over its limit; a researcher's key has its own", async () => {
    const created = await api.gql(
      `mutation { createApiKey(name: "rate test", ratePerMinute: 50) { key } }`,
      {},
      await api.token("admin"),
    );
    const key = created.data!.createApiKey.key as string;
    // The key creation above was the first of the three.
    for (let i = 0; i < 2; i++) expect((await post(api, { query: "{ territories { name } }" })).status).toBe(200);
    const limited = await post(api, { query: "{ territories { name } }" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await limited.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      "RATE_LIMITED",
    );
    // Same address, with the key: not limited by the address.
    for (let i = 0; i < 5; i++)
      expect((await post(api, { query: "{ territories { name } }" }, { "x-api-key": key })).status).toBe(200);
  });

  it("counts requests with keys that are not valid against the address, and stops reading them once it is limited", async () => {
    const other = await startHarness({ config: { ipRatePerMinute: 3 } });
    try {
      const random = () =>
        `mlg_${[...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0")).join("")}_${"k".repeat(32)}`;
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await post(other, { query: "{ territories { name } }" }, { "x-api-key": random() })).status);
      expect(statuses).toEqual([401, 401, 401]);
      // The address is now limited: random keys get 429, and an anonymous request too.
      for (let i = 0; i < 20; i++)
        expect((await post(other, { query: "{ territories { name } }" }, { "x-api-key": random() })).status).toBe(429);
      expect((await post(other, { query: "{ territories { name } }" })).status).toBe(429);
    } finally {
      await other.close();
    }
  });

  it("tells every client its rate with the RateLimit fields", async () => {
    const other = await startHarness({ config: { ipRatePerMinute: 5 } });
    try {
      const first = await post(other, { query: "{ territories { name } }" });
      expect(first.status).toBe(200);
      expect(first.headers.get("ratelimit-limit")).toBe("5");
      expect(first.headers.get("ratelimit-remaining")).toBe("4");
      expect(Number(first.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
      const created = await other.gql(
        `mutation { createApiKey(name: "headers test") { key } }`,
        {},
        await other.token("admin"),
      );
      const keyed = await post(
        other,
        { query: "{ territories { name } }" },
        { "x-api-key": created.data!.createApiKey.key },
      );
      // A key's default rate is above the anonymous one.
      expect(Number(keyed.headers.get("ratelimit-limit"))).toBeGreaterThan(300);
    } finally {
      await other.close();
    }
  });
});

describe("CORS", () => {
  let api: Harness;
  const allowed = "https://explorer.example.org";
  beforeAll(async () => {
    api = await startHarness({ config: { corsOrigins: [allowed] } });
  });
  afterAll(() => api.close());

  const preflight = (path: string, origin: string) =>
    fetch(`${api.url}${path}`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization",
      },
    });

  it("lets an allowed origin call the API from a browser", async () => {
    const pre = await preflight("/graphql", allowed);
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(allowed);
    expect(pre.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    const res = await post(api, { query: "{ territories { name } }" }, { origin: allowed });
    expect(res.headers.get("access-control-allow-origin")).toBe(allowed);
  });

  it("gives other origins no CORS header and refuses their preflight", async () => {
    const pre = await preflight("/graphql", "https://evil.example");
    expect(pre.status).toBe(403);
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const res = await post(api, { query: "{ territories { name } }" }, { origin: "https://evil.example" });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(
      (await fetch(`${api.url}/api/export/edges.csv`, { headers: { origin: "https://evil.example" } })).headers.get(
        "access-control-allow-origin",
      ),
    ).toBeNull();
  });

  it("keeps the widget open to any origin", async () => {
    for (const path of ["/api/widget/communes/94028", "/widget.js"]) {
      const res = await fetch(`${api.url}${path}`, { headers: { origin: "https://mairie.example" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
    }
  });
});

describe("Neo4j limits per query", () => {
  const configs: { timeout?: unknown }[] = [];
  /** The real driver, whose sessions and executeQuery report the transaction config they are given. */
  const observe = (driver: Driver): Driver =>
    new Proxy(driver, {
      get(target, prop, receiver) {
        // Generated reads run through executeQuery (graph-api/src/db/pipelined-reads.ts).
        if (prop === "executeQuery") {
          return (
            query: string,
            params?: Record<string, unknown>,
            config?: { transactionConfig?: { timeout?: unknown } },
          ) => {
            configs.push(config?.transactionConfig ?? {});
            return target.executeQuery(query, params, config as never);
          };
        }
        if (prop !== "session") return Reflect.get(target, prop, receiver);
        return (...args: Parameters<Driver["session"]>) => {
          const session = target.session(...args);
          return new Proxy(session, {
            get(s, p, r) {
              const value = Reflect.get(s, p, r) as unknown;
              if ((p === "executeRead" || p === "executeWrite") && typeof value === "function") {
                return (work: unknown, config?: { timeout?: unknown }) => {
                  configs.push(config ?? {});
                  return (value as Session["executeRead"]).call(s, work as never, config as never);
                };
              }
              return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(s) : value;
            },
          });
        };
      },
    });
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness({ config: { queryTimeoutMs: 4321 }, wrapDriver: observe });
  });
  afterAll(() => api.close());

  it("gives the generated API's queries the configured transaction timeout", async () => {
    configs.length = 0;
    const res = await api.gql(`{ essStructures(limit: 2) { name town { name } } }`);
    expect(res.errors).toBeUndefined();
    expect(configs.length).toBeGreaterThan(0);
    expect(configs.map((c) => Number(c.timeout))).toEqual(configs.map(() => 4321));
  });

  it("caps the memory of one transaction (db.memory.transaction.max)", async () => {
    const [row] = await api.cypher("CALL dbms.listConfig('db.memory.transaction.max') YIELD value RETURN value");
    expect(row.value).not.toMatch(/^0/);
    // An auto-commit query: the driver would retry a managed transaction's transient error.
    const session = api.driver.session();
    try {
      await expect(
        session.run("UNWIND range(1, 60000000) AS x WITH collect(toString(x)) AS xs RETURN size(xs)"),
      ).rejects.toThrow(/db.memory.transaction.max/);
    } finally {
      await session.close();
    }
  }, 60_000);
});
