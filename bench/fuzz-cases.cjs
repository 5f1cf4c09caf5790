/**
 * Seeded generator of malformed and hostile requests for the API (issue 7 §7).
 * Used by tests/integration/fuzz.int.test.ts (a few hundred) and by
 * `npm run fuzz` (bench/fuzz.mjs, 10,000, report in docs/fuzz.md).
 *
 * Each case: { kind, method, path, headers, body } and `valid`: whether the
 * request is well-formed GraphQL that may legitimately answer 200 (hostile
 * values inside a valid filter); every other case must get a 4xx.
 * The filters come from the schema (schema/schema.graphql): every String
 * filter of every list query gets injection-looking values.
 */
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { buildSchema, getNamedType, isInputObjectType } = require("graphql");

/** mulberry32: small, fast, good enough for test data. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (xs) => xs[Math.floor(next() * xs.length)] };
}

const INJECTIONS = [
  "' OR 1=1 --",
  '" OR ""="',
  "}) MATCH (n) DETACH DELETE n //",
  "' }) WITH 1 AS x MATCH (n) DETACH DELETE n //",
  "\\') RETURN 1 UNION MATCH (c:Contact) RETURN c.email //",
  "`) CALL dbms.killQueries([]) //",
  "$where",
  "${jndi:ldap://x/a}",
  "{{7*7}}",
  "<script>alert(1)</script>",
  "../../../../etc/passwd",
  "%00",
  "\u0000\u0001\u0002",
  "\ud800",
  "𝕄𝕒𝕚𝕝𝕝𝕒𝕘𝕖 \u202e gnp.exe",
  "(a+)+$",
  "'; DROP TABLE towns; --",
  "apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
  "\\u0027 OR \\u00271\\u0027=\\u00271",
  "*",
  "",
  " ",
  "🏳️‍🌈".repeat(50),
];

/** [list query, String filter field, a field to select] for every list query with a `where`. */
function filterTargets(schema) {
  const targets = [];
  const query = schema.getQueryType().getFields();
  for (const field of Object.values(query)) {
    const where = field.args.find((a) => a.name === "where");
    if (!where || field.name.endsWith("Connection")) continue;
    const input = getNamedType(where.type);
    if (!isInputObjectType(input)) continue;
    const returned = getNamedType(field.type);
    if (!returned.getFields) continue;
    const select =
      Object.values(returned.getFields()).find((f) => f.args.length === 0 && !getNamedType(f.type).getFields)?.name ??
      "__typename";
    for (const f of Object.values(input.getFields())) {
      if (getNamedType(f.type).name === "StringScalarFilters" || getNamedType(f.type).name === "IDScalarFilters")
        targets.push([field.name, f.name, select]);
    }
  }
  return targets;
}

function loadSchema() {
  return buildSchema(readFileSync(join(__dirname, "..", "schema", "schema.graphql"), "utf8"));
}

const json = { "content-type": "application/json" };
const gql = (query, variables) => JSON.stringify(variables === undefined ? { query } : { query, variables });

/** The generators by kind; each returns a case from the PRNG. */
function kinds(targets) {
  const target = (r) => r.pick(targets);
  const op = (r) => r.pick(["eq", "contains", "startsWith", "endsWith", "in"]);
  return {
    "broken JSON": (r) => {
      const good = gql(`{ ${target(r)[0]}(limit: 1) { __typename } }`);
      const cut = good.slice(0, 1 + r.int(good.length - 2));
      const body = r.pick([
        cut,
        good + r.pick(["}", ",", "x", "]]"]),
        good.replace(/"/g, "'"),
        "{",
        "[",
        "nul",
        '{"query":}',
        '{"query": "{ towns { name } }",}',
        "\u0000",
      ]);
      return { method: "POST", headers: json, body };
    },
    "huge string": (r) => {
      const [list, field, select] = target(r);
      const size = r.pick([100_000, 400_000, 900_000, 2_000_000]);
      const big = r.pick(["a", "é", "'", "\\\\", "{"]).repeat(size / 2);
      const body =
        r.next() < 0.5
          ? gql(`query($v: String) { ${list}(where: { ${field}: { contains: $v } }, limit: 1) { ${select} } }`, {
              v: big,
            })
          : gql(`{ ${list}(where: { ${field}: { eq: ${JSON.stringify(big)} } }, limit: 1) { ${select} } }`);
      return { method: "POST", headers: json, body, valid: Buffer.byteLength(body) < 1024 * 1024 };
    },
    "deep nesting": (r) => {
      const n = r.pick([200, 1000, 5000, 20_000]);
      // [body, whether it is well-formed]: nested filters and unused variables are, if costly.
      const [body, valid] = r.pick([
        () => [gql("{" + "towns { neighbours ".repeat(n / 10) + "name" + " }".repeat(n / 10) + " }"), false],
        () => [
          gql(
            "{ towns { name } }",
            JSON.parse('{"a":'.repeat(Math.min(n, 2000)) + "1" + "}".repeat(Math.min(n, 2000))),
          ),
          true,
        ],
        () => ["[".repeat(n) + "]".repeat(n), false],
        () => ['{"query":' + "[".repeat(n) + "]".repeat(n) + "}", false],
        () => [gql("{ towns(where: " + "{ AND: [".repeat(n / 20) + "{}" + "] }".repeat(n / 20) + ") { name } }"), true],
        () => [gql("query { ...F } fragment F on Query { ...F }"), false],
      ])();
      return { method: "POST", headers: json, body, valid };
    },
    "invalid UTF-8": (r) => {
      const good = Buffer.from(gql(`{ ${target(r)[0]}(limit: 1) { __typename } }`));
      const bad = Buffer.from(
        r.pick([[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x28, 0x8c, 0x28], [0xed, 0xa0, 0x80], [0x80]]),
      );
      const at = 1 + r.int(good.length - 2);
      return { method: "POST", headers: json, body: Buffer.concat([good.subarray(0, at), bad, good.subarray(at)]) };
    },
    "wrong types": (r) => {
      const [list, field, select] = target(r);
      const body = r.pick([
        () => JSON.stringify({ query: 42 }),
        () => JSON.stringify({ query: ["{ towns { name } }"] }),
        () => JSON.stringify({ query: null }),
        () => JSON.stringify({}),
        () => JSON.stringify({ query: "{ towns { name } }", variables: "x" }),
        () => JSON.stringify({ query: "{ towns { name } }", operationName: 7 }),
        () => JSON.stringify({ query: "{ towns { name } }", extensions: [] }),
        () => JSON.stringify("{ towns { name } }"),
        () => JSON.stringify([{ query: "{ towns { name } }" }]),
        () =>
          gql(`query($v: String) { ${list}(where: { ${field}: { eq: $v } }) { ${select} } }`, {
            v: r.pick([1, true, {}, [1, 2], { $ne: null }]),
          }),
        () =>
          gql(`{ ${list}(limit: ${r.pick(["-1", '"10"', "1e9", "99999999999", "1.5", "true", "{}"])}) { ${select} } }`),
        () =>
          gql(
            `{ ${list}(where: { ${field}: { eq: ${r.pick(["1.5", "true", "[1.5]", "{ a: 1 }", "ENUM"])} } }) { ${select} } }`,
          ),
        () => gql(`{ ${list}(sort: [{ ${field}: SIDEWAYS }]) { ${select} } }`),
        () => gql(`query($l: Int) { ${list}(limit: $l) { ${select} } }`, { l: r.pick(["5", 1.5, 2 ** 40, -3]) }),
      ])();
      return { method: "POST", headers: json, body };
    },
    injection: (r) => {
      const [list, field, select] = target(r);
      const value = r.pick(INJECTIONS);
      const o = op(r);
      const v = o === "in" ? [value] : value;
      const body =
        r.next() < 0.6
          ? gql(
              `query($v: ${o === "in" ? "[String!]" : "String"}) { ${list}(where: { ${field}: { ${o}: $v } }, limit: 5) { ${select} } }`,
              { v },
            )
          : gql(`{ ${list}(where: { ${field}: { ${o}: ${JSON.stringify(v)} } }, limit: 5) { ${select} } }`);
      return { method: "POST", headers: json, body, valid: true };
    },
    "hostile HTTP": (r) => {
      const [list, , select] = target(r);
      const q = `{ ${list}(limit: 1) { ${select} } }`;
      return r.pick([
        () => ({
          method: "GET",
          path: `/graphql?query=${encodeURIComponent("mutation { deleteTowns { nodesDeleted } }")}`,
          headers: { "apollo-require-preflight": "1" },
        }),
        () => ({ method: "GET", path: `/graphql?query=${encodeURIComponent(q)}`, headers: {} }),
        () => ({ method: "PUT", headers: json, body: gql(q) }),
        () => ({ method: "DELETE", headers: json, body: gql(q) }),
        () => ({ method: "POST", headers: { "content-type": "text/plain" }, body: gql(q) }),
        () => ({
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: `query=${encodeURIComponent(q)}`,
        }),
        () => ({
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: r.pick([
              "Bearer x.y.z",
              "Bearer ",
              "Basic YTpi",
              "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiYWRtaW4iXX0.",
            ]),
          },
          body: gql(q),
        }),
        () => ({
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-api-key": r.pick(["mlg_0000000000000000_" + "a".repeat(32), "x", "' OR 1=1"]),
          },
          body: gql(q),
        }),
        () => ({
          method: "POST",
          headers: { "content-type": "application/json", "content-encoding": "gzip" },
          body: gql(q),
        }),
        () => ({ method: "POST", headers: json, body: gql("mutation { deleteTowns { nodesDeleted } }") }),
        () => ({ method: "POST", headers: json, body: gql("subscription { towns { name } }") }),
        () => ({
          method: "POST",
          headers: json,
          body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
        }),
      ])();
    },
    "mutated query": (r) => {
      const [list, field, select] = target(r);
      let q = `{ ${list}(where: { ${field}: { contains: "a" } }, limit: 3, sort: [{ ${field}: ASC }]) { ${select} } }`;
      const chars = "{}()[]:,!$@#\"'\\ .…\n0aZ";
      for (let i = 0, n = 1 + r.int(4); i < n; i++) {
        const at = r.int(q.length);
        q = r.next() < 0.5 ? q.slice(0, at) + q.slice(at + 1) : q.slice(0, at) + r.pick([...chars]) + q.slice(at);
      }
      return { method: "POST", headers: json, body: gql(q), valid: true };
    },
    "hostile arguments": (r) => {
      // Values read by Lucene, Neo4j's point() or the cursor decoder rather than compared: a full-text
      // phrase, a distance filter's point, a connection's cursor. Well-formed GraphQL: data or BAD_USER_INPUT.
      const noise = () =>
        Array.from({ length: 1 + r.int(12) }, () => r.pick([...'+-&|!(){}[]^"~*?:\\/ aé0AND OR NOT'])).join("");
      const text = () =>
        r.pick([noise(), r.pick(INJECTIONS), "", " ", "AND", "épicerie (", "a/b", '"x', "x~2~", "*", "?"]);
      const cursor = () =>
        r.pick([
          noise(),
          r.pick(INJECTIONS),
          Buffer.from(
            r.pick(["arrayconnection:-1", "arrayconnection:x", "nope", "arrayconnection:99999999999999999999"]),
          ).toString("base64"),
        ]);
      const degrees = () => r.pick([-1e9, -181, -91, 90.5, 91, 180.01, 360, 1e308, 0]);
      return {
        method: "POST",
        headers: json,
        valid: true,
        ...r.pick([
          () => ({
            body: gql("query($p: String!) { searchEssStructures(phrase: $p, first: 3) { edges { node { id } } } }", {
              p: text(),
            }),
          }),
          () => ({
            body: gql("query($p: String!) { searchBusinesses(phrase: $p, first: 3) { edges { node { id } } } }", {
              p: text(),
            }),
          }),
          () => ({
            body: gql("query($a: String) { essStructuresConnection(first: 2, after: $a) { edges { node { id } } } }", {
              a: cursor(),
            }),
          }),
          () => ({
            body: gql(
              `{ essStructures(where: { location: { distance: { from: { latitude: ${degrees()}, longitude: ${degrees()} }, lt: 1000 } } }, limit: 2) { id } }`,
            ),
          }),
        ])(),
      };
    },
    "nested limits": (r) => {
      // Lists inside lists, their sizes literal or in variables: the cost multiplies, or a size is out of bounds.
      const levels = 2 + r.int(6);
      const size = () => r.pick([1, 2, 10, 100, 1000, 5000, 100000, 0]);
      const inVariables = r.next() < 0.5;
      const variables = {};
      let selection = "name";
      for (let i = levels - 1; i >= 0; i--) {
        const field = i === 0 ? "towns" : i % 2 === 1 ? "essStructures" : "town";
        const argument = r.next() < 0.2 ? "" : inVariables ? `(limit: $l${i})` : `(limit: ${size()})`;
        if (argument && inVariables) variables[`l${i}`] = size();
        selection = `${field}${argument} { ${selection} }`;
      }
      const declared = Object.keys(variables)
        .map((v) => `$${v}: Int`)
        .join(", ");
      return {
        method: "POST",
        headers: json,
        valid: true,
        body: gql(`${declared ? `query(${declared}) ` : ""}{ ${selection} }`, inVariables ? variables : undefined),
      };
    },
    "alias floods": (r) => {
      const n = r.pick([5, 20, 21, 100, 1600]);
      const field = r.pick(["__typename", "name", "id"]);
      const aliases = Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ");
      return {
        method: "POST",
        headers: json,
        valid: true,
        body: gql(`{ organisations(limit: ${r.pick([1, 100, 1000])}) { ${aliases} } }`),
      };
    },
    "deep variables": (r) => {
      const n = r.pick([3, 10, 32, 33, 1000, 5000]);
      // Written as text: JSON.stringify overflows the stack on thousands of levels.
      const [open, close] = r.next() < 0.5 ? ['{"AND":[', "]}"] : ['{"OR":[{"name":{"eq":"x"}},', "]}"];
      const where = open.repeat(n) + '{"name":{"contains":"a"}}' + close.repeat(n);
      const phrase = r.pick(["x ", "épicerie ", "a* ", "AND "]).repeat(r.pick([10, 1000, 1024, 1025, 1100, 5000]));
      return {
        method: "POST",
        headers: json,
        valid: true,
        ...r.pick([
          () => ({
            body: `{"query":"query($w: EssStructureWhere) { essStructures(where: $w, limit: 2) { id } }","variables":{"w":${where}}}`,
          }),
          () => ({
            body: gql("query($p: String!) { searchEssStructures(phrase: $p, first: 3) { edges { node { id } } } }", {
              p: phrase,
            }),
          }),
          () => ({
            body: gql(
              `{ essStructures(where: { location: { distance: { from: { latitude: ${r.pick([0, 48.79, 89.9999999])}, longitude: ${r.pick([0, 2.45, 179.99999])}${r.next() < 0.3 ? `, height: ${r.pick([0, 1e308])}` : ""} }, ${r.pick(["lt", "gte", "eq"])}: ${r.pick([-1, 0, 1000, 1e308, 2e7])} } } }, limit: 2) { id } }`,
            ),
          }),
        ])(),
      };
    },
    "hostile headers": (r) => {
      const hex = () => Array.from({ length: 16 }, () => "0123456789abcdef"[r.int(16)]).join("");
      const key = () =>
        `mlg_${hex()}_${Array.from({ length: 32 }, () => "abcdefghijklmnopqrstuvwxyzABCDEF0123456789-_"[r.int(44)]).join("")}`;
      const headers = r.pick([
        () => ({ ...json, "x-api-key": key() }),
        () => ({ ...json, authorization: `ApiKey ${key()}` }),
        () => ({ ...json, "x-api-key": key(), authorization: "Bearer x.y.z" }),
        () => ({ ...json, "x-api-key": "k".repeat(r.pick([10, 4000])) }),
        () => ({ ...json, cookie: Array.from({ length: 200 }, (_, i) => `c${i}=${hex()}`).join("; ") }),
        () => ({
          ...json,
          "x-forwarded-for": Array.from({ length: 50 }, () => `10.${r.int(256)}.${r.int(256)}.${r.int(256)}`).join(
            ", ",
          ),
        }),
      ])();
      // Well-formed: harmless headers answer 200 with data, bad keys 401.
      return { method: "POST", headers, valid: true, body: gql("{ territories { name } }") };
    },
    "random bytes": (r) => {
      const n = 1 + r.int(2000);
      const bytes = Buffer.alloc(n);
      for (let i = 0; i < n; i++) bytes[i] = r.int(256);
      return {
        method: "POST",
        headers: r.pick([json, { "content-type": "application/graphql-response+json" }, {}]),
        body: bytes,
      };
    },
  };
}

/** `count` cases from `seed`, the kinds in turn. */
function generateCases(seed, count, schema = loadSchema()) {
  const r = prng(seed);
  const gens = kinds(filterTargets(schema));
  const names = Object.keys(gens);
  const cases = [];
  for (let i = 0; i < count; i++) {
    const kind = names[i % names.length];
    const c = gens[kind](r);
    cases.push({ kind, path: "/graphql", valid: false, ...c });
  }
  return cases;
}

/**
 * What each answer must be: never a 5xx or a dropped connection; a 4xx with
 * a JSON body whose `errors[0].message` says what was wrong; a 200 only for a
 * well-formed request (a hostile value in a valid filter finds nothing to
 * harm), with `data`. Returns null when the answer is right, else why not.
 */
function judge(c, status, text) {
  if (status === 0) return "no answer (connection dropped)";
  if (status >= 500) return `server error ${status}`;
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return `status ${status} with a body that is not JSON: ${text.slice(0, 80)}`;
  }
  if (/stacktrace|\.js:\d+|\.ts:\d+/.test(text)) return "debug data in the answer";
  const codes = (body?.errors ?? []).map((e) => e?.extensions?.code);
  if (codes.includes("INTERNAL_SERVER_ERROR")) return `status ${status} with an internal server error`;
  if (status >= 400)
    return typeof body?.errors?.[0]?.message === "string" ? null : `status ${status} without a GraphQL error`;
  // A well-formed operation refused while it runs (the caller's role, a value out of range): a GraphQL
  // execution error, 200 with data null as GraphQL over HTTP has it for application/json (docs/security.md).
  const refusals = ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND"];
  if (status === 200 && codes.length > 0 && codes.every((code) => refusals.includes(code)))
    return body.data == null || Object.values(body.data).every((v) => v == null) ? null : "refusal with data";
  if (status === 200 && c.valid) return body && "data" in body ? null : "200 without data";
  return `status ${status} for a malformed request`;
}

module.exports = { generateCases, judge, filterTargets, loadSchema, prng, INJECTIONS };
