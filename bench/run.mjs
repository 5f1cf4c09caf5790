#!/usr/bin/env node
// `npm run bench`: the scale benchmarks (docs/scaling.md), written to docs/benchmarks.md.
//
//   1. GraphQL overhead on the Île-de-France-sized generated graph: five
//      representative reads through /graphql (graph-api in-process, real HTTP
//      on loopback) against the same Cypher run directly with the driver. The
//      Cypher is what graph-api really sends, captured from its driver
//      (bench/lib/capture.mjs): @neo4j/graphql's generated statements for the
//      generated fields, our hand-written ones for the custom resolvers; for
//      opportunities (Cypher + scoring in JS) the baseline is the domain finder
//      called directly. Results are checked to be the same (every value
//      GraphQL returns is in the direct result). Goal: GraphQL median ≤ 1.25×
//      the direct median.
//   2. Throughput with autocannon on loopback (bounded in time): the widget's
//      data endpoint and two directory queries through /graphql, graph-api
//      in its own process as in production.
//   3. The other benchmarks' latest reports (docs/benchmarks-*.md), collected
//      with their dates; `--run-others` runs them first (long: tens of minutes).
//
//   npm run bench [-- --only=overhead,throughput] [--collect] [--run-others] [--rounds=30] [--seconds=10]
//                 [--neo4j=bolt://127.0.0.1:7707] [--port=7707] [--data=.data/neo4j-bench-idf] [--out=path.md]
//   --collect     only gather the other reports (no Neo4j needed)
//   --any-graph   run on a graph without generated territory (the seed), to check the benchmark itself
//   --neo4j       reuse a running Neo4j holding the generated graph; otherwise the local one is
//                 started on --port with --data (load it first: see docs/scaling.md, "Generated territories")
//   Query plans: `npm run bench:plans` (bench/query-plans.mjs, docs/query-plans.md).

import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { Agent, createServer as createHttpServer, request as httpRequest } from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startLocalNeo4j } from "../scripts/neo4j-local.mjs";
import { capturingDriver, containsAll, leaves, median, p95 } from "./lib/capture.mjs";
import { workspacePackages, parseArgs } from "./lib/common.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
// The in-process API runs as it is deployed (Dockerfile: NODE_ENV=production; the throughput section's process too).
// graphql-js and Express read NODE_ENV when they are loaded (graph-api is loaded later, by api()); in development
// mode graphql-js checks every failing instanceof for a second copy of itself (in the aggregation's completion).
process.env.NODE_ENV ??= "production";
const require = createRequire(join(ROOT, "package.json"));
const args = parseArgs();
const OPTIONS = {
  rounds: Number(args.rounds ?? 30),
  seconds: Number(args.seconds ?? 10),
  connections: Number(args.connections ?? 32),
  port: Number(args.port ?? 7707),
  data: join(ROOT, args.data ?? ".data/neo4j-bench-idf"),
  only: new Set((args.only ?? "overhead,throughput").split(",")),
};
const OUT = resolve(ROOT, args.out ?? "docs/benchmarks.md");
const GOAL_RATIO = 1.25;
/** Overhead goal: GraphQL median − direct median at most this, and ×GOAL_RATIO for reads whose Cypher takes ≥ RATIO_FROM_MS. */
const GOAL_EXTRA_MS = 1;
const RATIO_FROM_MS = 4;
const overheadPasses = (r) =>
  r.g.median - r.d.median <= GOAL_EXTRA_MS || (r.d.median >= RATIO_FROM_MS && r.ratio <= GOAL_RATIO);
const allowedMs = (r) => Math.max(GOAL_EXTRA_MS, r.d.median >= RATIO_FROM_MS ? (GOAL_RATIO - 1) * r.d.median : 0);
/** The organisation of the two-hop read: the first generated replica's most connected (any, on a graph without replicas). */
const ORGANISATION_WITH_PARTNERS =
  "MATCH (e:EssStructure)-[:PARTNERS_WITH]-(p:EssStructure) WITH e, count(p) AS n ORDER BY e.id STARTS WITH 'g0001-' DESC, n DESC, e.id LIMIT 1 RETURN e.id AS id";
const BENCH_SECRET = Buffer.from("bench-secret-bench-secret-bench-secret-0123");
/** What profiling showed (bench/run.mjs does not re-measure it: update it when the stack changes). */
const OVERHEAD_ANALYSIS = [
  "Where the GraphQL time goes (CPU profiles of graph-api in-process on this graph, 400 requests per read after warm-up, 2026-11-28; two hops / search / aggregation).",
  "The Cypher is the same on both sides and runs the same way: @neo4j/graphql's generated reads go through `executeQuery`, as the direct side does (graph-api/src/db/pipelined-reads.ts; they went through `session.executeRead`, which waits for BEGIN's answer before sending the query: one round trip more, ≈ 0.3 ms).",
  "Around the Cypher, per request: the floor above (loopback HTTP, Express with pino-http, CORS, API keys and the JSON body, Apollo with its cached parsed and validated document); @neo4j/graphql translating the selection into Cypher 0.8 / 0.6 / 1.1 ms; graphql-js executing the operation and completing the result 0.4 / 0.2 / 0.5 ms of its own (the aggregation's ≈ 1,000 fields, one resolver call each); serialising the answer 0.1 / 0.03 / 0.2 ms; garbage collection 0.3 / 0.2 / 0.5 ms.",
  "Our own code in that path (plugins, context, schema wrappers) is a few hundredths of a millisecond.",
  "The translation figures are with our patch to @neo4j/graphql 7.6.3 (patches/README.md): it rebuilt the adapters of the Organisation interface and all its implementations at every connection field, and printed the query tree for a debug log that is off; the aggregation's translation took 1.56 ms, the search's 0.71, two hops' 0.77.",
  "The town directory is our own resolver (type-graphql → domain → one hand-written query): around its Cypher, the floor, graphql-js and Apollo (≈ 0.3 ms) and our mapping of the rows (≈ 0.06 ms).",
  "So the directory and two hops cannot meet ×1.25 through /graphql with this stack (Apollo Server 5 and graphql-js, @neo4j/graphql 7): their Cypher took 2.2–7.6 ms in today's runs (≈ 2.5 ms on a long-running, warm database, 6.5–7.6 ms on one freshly started, as when `npm run bench` starts Neo4j), which allows 0.55–1.9 ms in all, where 1.3–4.9 ms were spent around it; on a warm database the floor alone exceeds the allowance.",
  "Search and aggregation sit at the goal's edge (the table's last columns) and cross it from run to run with the database's speed.",
  "Until 2026-11-28 the direct side replayed, with each read, @neo4j/graphql's one-time check of the database version (`CALL dbms.components()`, sent with the server's first request, from which the statements were captured): the directory, the first read, showed ×0.73–×0.90 (PASS) where its own query alone gives ×1.4–×1.8; the statements are now captured from a second request.",
  "Earlier runs (docs history): before the pipelined reads, the node:http client and NODE_ENV=production, two hops ×1.22–×2.69, search ×1.25–×1.46, aggregation ×0.99–×1.45 over four runs; with them, before the patch, two hops ×1.64–×1.94, search ×1.26–×1.30, aggregation ×1.29–×1.36 over four.",
  "Until 2026-12-07 the generated search collected every full-text hit before keeping `first` (PROFILE: 24,974 db hits for 20 results, direct median 15.3 ms); the index is now given the page's end as its limit (patches/README.md; 80 db hits). Since 2026-12-07 the GraphQL side sends a researcher's token, so that no answer comes from the public answers kept in memory: the floor includes verifying it.",
].join(" ");
const log = (line) => process.stderr.write(`[bench] ${line}\n`);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ");
const api = (p) => require(join(ROOT, "graph-api", "dist", p));
const seedPkg = () => workspacePackages();
const version = (pkg) => {
  try {
    for (const dir of [join(ROOT, "graph-api", "node_modules"), join(ROOT, "node_modules")]) {
      if (existsSync(join(dir, pkg, "package.json")))
        return JSON.parse(readFileSync(join(dir, pkg, "package.json"), "utf8")).version;
    }
    return "?";
  } catch {
    return "?";
  }
};

// ---------------------------------------------------------------- the five reads
const READS = [
  {
    name: "town directory",
    what: '`townDirectory(inseeCode: "94028")`: the public directory of Créteil (custom resolver, one hand-written query)',
    query: /* GraphQL */ `
      query ($code: String!) {
        townDirectory(inseeCode: $code) {
          town {
            inseeCode
            name
          }
          entries {
            id
            name
            legalForm
            isVitrine
          }
        }
      }
    `,
    variables: () => ({ code: "94028" }),
  },
  {
    name: "organisation + two hops",
    what: "`essStructures(where: {id})` with its partners and their partners, businesses, themes, town (generated)",
    query: /* GraphQL */ `
      query ($id: ID!) {
        essStructures(where: { id: { eq: $id } }) {
          id
          name
          town {
            name
          }
          themes {
            code
          }
          businessPartners {
            id
            name
          }
          essPartners {
            id
            name
            essPartners {
              id
              name
            }
            businessPartners {
              id
              name
            }
          }
        }
      }
    `,
    variables: (ctx) => ({ id: ctx.organisationId }),
  },
  {
    name: "full-text search",
    what: '`searchEssStructures(phrase: "epicerie solidaire", first: 20)` over 40,000 structures (generated, Lucene French analyser)',
    query: /* GraphQL */ `
      query ($phrase: String!) {
        searchEssStructures(phrase: $phrase, first: 20) {
          edges {
            score
            node {
              id
              name
            }
          }
        }
      }
    `,
    variables: () => ({ phrase: "epicerie solidaire" }),
  },
  {
    name: "aggregation per town",
    what: "`towns(limit: 100)` of one generated département with counts of ESS structures and businesses per town (generated aggregates)",
    query: /* GraphQL */ `
      query {
        towns(where: { inseeCode: { startsWith: "000" } }, limit: 100, sort: [{ inseeCode: ASC }]) {
          inseeCode
          name
          essStructuresConnection {
            aggregate {
              count {
                nodes
              }
            }
          }
          businessesConnection {
            aggregate {
              count {
                nodes
              }
            }
          }
        }
      }
    `,
    variables: () => ({}),
  },
  {
    name: "opportunities for a town",
    what: '`opportunities(inseeCode: "94028", limit: 20)` (custom resolver: Cypher snapshot of the graph around the town, kept while nothing is written, scoring in JS; baseline: the domain finder called directly)',
    query: /* GraphQL */ `
      query ($code: String!) {
        opportunities(inseeCode: $code, limit: 20) {
          id
          kind
          score
          members {
            id
            name
          }
        }
      }
    `,
    variables: () => ({ code: "94028" }),
    direct: async (ctx) => ctx.finder.find({ inseeCode: "94028", limit: 20 }),
    // Seconds per request on the regional graph: fewer rounds.
    rounds: 5,
  },
];

// The client of the GraphQL side: node:http on one keep-alive connection. fetch (undici, web streams) costs
// this process 0.2–0.4 ms more per request than node:http (measured against a bare node:http server
// answering `{"data":…}`: 0.35 vs 0.16 ms median), client-side work that the direct side has no share of.
const httpAgent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * The overhead side sends a researcher's token: requests with a credential are never answered from the
 * public answers kept in memory (graph-api/src/http/public-reads.ts), so every read reaches Neo4j.
 */
const benchToken = { current: undefined };

function gql(url, query, variables) {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/graphql`,
      {
        method: "POST",
        agent: httpAgent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...(benchToken.current ? { authorization: `Bearer ${benchToken.current}` } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          try {
            const answer = JSON.parse(Buffer.concat(chunks).toString("utf8"));
            if (answer.errors) reject(new Error(`GraphQL error: ${JSON.stringify(answer.errors).slice(0, 500)}`));
            else resolve(answer.data);
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function startInProcessApi(driver, neo4jConfig) {
  const { createServer } = api("server.js");
  const pino = require(require.resolve("pino", { paths: [join(ROOT, "graph-api")] }));
  const httpServer = createHttpServer();
  const server = await createServer({
    config: {
      env: "production",
      bodyLimit: "1mb",
      queryTimeoutMs: 60_000,
      neo4j: neo4jConfig,
      jwt: { kind: "secret", secret: BENCH_SECRET },
    },
    driver,
    logger: pino({ level: "silent" }),
    httpServer,
  });
  httpServer.on("request", server.app);
  // The opportunities' direct side takes seconds between two GraphQL requests: the client's keep-alive
  // connection must outlive it (Node closes idle sockets after 5 s; reusing one it closed is ECONNRESET).
  httpServer.keepAliveTimeout = 120_000;
  await new Promise((r) => httpServer.listen(0, "127.0.0.1", r));
  benchToken.current = await api("auth/sign-token.js").signToken(BENCH_SECRET, { sub: "bench", roles: ["researcher"] });
  return {
    url: `http://127.0.0.1:${httpServer.address().port}`,
    close: async () => (httpAgent.destroy(), await server.stop(), httpServer.close()),
  };
}

async function overhead(uri) {
  const neo4j = require("neo4j-driver");
  const seed = seedPkg();
  const neo4jConfig = seed.toNeo4jConfig(seed.neo4jEnvSchema.parse({ NEO4J_URI: uri }));
  const plain = seed.openDriver(neo4jConfig);
  const sink = { current: null };
  const server = await startInProcessApi(capturingDriver(plain, sink), neo4jConfig);
  const { createGraphReader } = api("db/graph-reader.js");
  const { createOpportunityFinder } = api("domain/opportunities/finder.js");
  const ctx = {
    finder: createOpportunityFinder(createGraphReader(plain, { timeoutMs: 60_000 }), { ttlMs: 30_000 }),
    organisationId: (await plain.executeQuery(ORGANISATION_WITH_PARTNERS, {}, { routing: "READ" })).records[0].get(
      "id",
    ),
  };
  const results = [];
  try {
    results.floor = await floor();
    for (const read of READS) {
      try {
        results.push(await measure(read));
      } catch (error) {
        log(`${read.name}: ${error.message}`);
        results.push({ name: read.name, what: read.what, refused: String(error.message).slice(0, 300) });
      }
    }
  } finally {
    await server.close();
    await plain.close();
  }
  return results;

  /** `{ __typename }`: HTTP, Express and Apollo with no resolver and no database, what every read pays first. */
  async function floor() {
    const query = "{ __typename }";
    for (let i = 0; i < 20; i++) await gql(server.url, query, {});
    const times = [];
    for (let r = 0; r < OPTIONS.rounds * 4; r++) {
      const t = performance.now();
      await gql(server.url, query, {});
      times.push(performance.now() - t);
    }
    log(`floor ({ __typename }): ${median(times).toFixed(2)} ms`);
    return { median: median(times), p95: p95(times), n: times.length };
  }

  async function measure(read) {
    const variables = read.variables(ctx);
    // Cold: the first request. The statements are captured from the second: the first request of the
    // server also sends @neo4j/graphql's one-time check of the database version (dbms.components()).
    let t = performance.now();
    await gql(server.url, read.query, variables);
    const coldMs = performance.now() - t;
    sink.current = [];
    const data = await gql(server.url, read.query, variables);
    const statements = sink.current;
    sink.current = null;
    const runDirect = read.direct
      ? () => read.direct(ctx)
      : async () => {
          const out = [];
          for (const s of statements)
            out.push((await plain.executeQuery(s.text, s.params, { routing: neo4j.routing.READ })).records);
          return out;
        };
    const directResult = await runDirect();
    const gLeaves = leaves(data);
    const dLeaves = leaves(directResult);
    const same = gLeaves.length > 0 && containsAll(dLeaves, gLeaves);
    for (let i = 0; i < 3; i++) {
      await gql(server.url, read.query, variables);
      await runDirect();
    }
    const g = [];
    const d = [];
    const loadBefore = load();
    const rounds = Math.min(read.rounds ?? OPTIONS.rounds, OPTIONS.rounds);
    for (let r = 0; r < rounds; r++) {
      // Alternate which goes first, so neither always gets the warmer cache.
      const order = r % 2 === 0 ? ["g", "d"] : ["d", "g"];
      for (const which of order) {
        t = performance.now();
        if (which === "g") await gql(server.url, read.query, variables);
        else await runDirect();
        (which === "g" ? g : d).push(performance.now() - t);
      }
    }
    const row = {
      name: read.name,
      what: read.what,
      statements: statements.length,
      scoredInJs: Boolean(read.direct),
      values: gLeaves.length,
      same,
      coldMs,
      g: { median: median(g), p95: p95(g) },
      d: { median: median(d), p95: p95(d) },
      load: `${loadBefore} → ${load()}`,
      rounds,
    };
    row.ratio = row.g.median / row.d.median;
    log(
      `${read.name}: GraphQL ${row.g.median.toFixed(1)} ms, direct ${row.d.median.toFixed(1)} ms (×${row.ratio.toFixed(2)}), same results: ${same}, ${statements.length} statement(s), load ${row.load}`,
    );
    return row;
  }
}

// ---------------------------------------------------------------- throughput
function startApiProcess(uri) {
  return new Promise((resolve, reject) => {
    const port = 4700;
    const child = spawn(process.execPath, [join(ROOT, "graph-api", "dist", "index.js")], {
      env: {
        ...process.env,
        NEO4J_URI: uri,
        PORT: String(port),
        HOST: "127.0.0.1",
        JWT_SECRET: "bench-secret-bench-secret-bench-secret-0123",
        NODE_ENV: "production",
        RATE_LIMIT_PER_MINUTE: "100000000",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
      if (err.includes("Maillage ready")) resolve({ child, url: `http://127.0.0.1:${port}` });
    });
    child.once("exit", (code) => reject(new Error(`graph-api exited with ${code}: ${err.slice(-2000)}`)));
  });
}

/** Throughput goals of public reads with OPTIONS.connections concurrent clients (requests a second; p99 under P99_GOAL_MS). */
const THROUGHPUT_GOALS = { directory: 1500, search: 800, twoHops: 1000 };
const P99_GOAL_MS = 100;
/** A town's opportunities: p95 warm, and the first request after a write. */
const OPPORTUNITIES_WARM_P95_MS = 100;
const OPPORTUNITIES_AFTER_WRITE_MS = 1000;

/** One request with node:http; resolves to status, headers and the raw (possibly compressed) body. */
function rawRequest(url, { method = "GET", headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function throughput(uri) {
  const autocannon = require("autocannon");
  const neo4j = require("neo4j-driver");
  const driver = neo4j.driver(uri);
  const organisationId = (
    await driver.executeQuery(ORGANISATION_WITH_PARTNERS, {}, { routing: "READ" })
  ).records[0]?.get("id");
  const { child, url } = await startApiProcess(uri);
  const post = (query, variables) => ({
    method: "POST",
    headers: { "content-type": "application/json", "accept-encoding": "br, gzip" },
    body: JSON.stringify({ query, variables }),
  });
  const targets = [
    {
      name: "widget data, GET /api/widget/communes/94028 (gzip)",
      path: "/api/widget/communes/94028?lang=fr",
      opts: { headers: { "accept-encoding": "gzip" } },
    },
    {
      name: "town directory through /graphql (townDirectory 94028)",
      goal: THROUGHPUT_GOALS.directory,
      path: "/graphql",
      opts: post(READS[0].query, { code: "94028" }),
    },
    {
      name: "full-text search through /graphql (searchEssStructures, 20 hits)",
      goal: THROUGHPUT_GOALS.search,
      path: "/graphql",
      opts: post(READS[2].query, { phrase: "epicerie solidaire" }),
    },
    {
      name: "organisation + two hops through /graphql",
      goal: THROUGHPUT_GOALS.twoHops,
      path: "/graphql",
      opts: post(READS[1].query, { id: organisationId }),
    },
  ];
  const results = { rows: [] };
  try {
    for (const target of targets) {
      await autocannon({ url: `${url}${target.path}`, connections: OPTIONS.connections, duration: 2, ...target.opts });
      const loadBefore = load();
      const r = await autocannon({
        url: `${url}${target.path}`,
        connections: OPTIONS.connections,
        duration: OPTIONS.seconds,
        ...target.opts,
      });
      const row = {
        name: target.name,
        goal: target.goal,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        ok: r["2xx"],
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
        load: `${loadBefore} → ${load()}`,
      };
      row.pass =
        row.goal === undefined || (row.rps >= row.goal && row.p99 < P99_GOAL_MS && row.non2xx + row.errors === 0);
      log(
        `${target.name}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, non-2xx ${row.non2xx}, errors ${row.errors}; load ${row.load}`,
      );
      results.rows.push(row);
    }
    results.freshness = await freshness(url, driver, organisationId);
    results.opportunities = await townOpportunities(url, driver);
    const nodes = (await driver.executeQuery("RETURN COUNT { () } AS n", {}, { routing: "READ" })).records[0].get("n");
    results.bytes = await bytes(url, organisationId, Number(nodes));
  } finally {
    child.kill("SIGTERM");
    await driver.close();
  }
  return results;
}

/**
 * Freshness: rounds of read (kept in memory from then on), write, read again, through the API process,
 * the writes made as an import makes them (straight to Neo4j) and by a coordinator's mutation; every
 * answer after a write must show it. Reports stale answers (goal 0) and the read-after-write time.
 */
async function freshness(url, driver, organisationId) {
  const read = async () => {
    const res = await rawRequest(`${url}/graphql`, post1(READS[1].query, { id: organisationId }));
    return JSON.parse(res.body.toString("utf8")).data.essStructures[0].name;
  };
  const { signToken } = api("auth/sign-token.js");
  const coordinator = await signToken(BENCH_SECRET, { sub: "bench-freshness", roles: ["coordinator"] });
  const original = await read();
  const rounds = 40;
  let stale = 0;
  const afterWrite = [];
  try {
    for (let i = 0; i < rounds; i++) {
      await read();
      const name = `${original} (${i})`;
      if (i % 2 === 0) {
        await driver.executeQuery("MATCH (e:EssStructure {id: $id}) SET e.name = $name", { id: organisationId, name });
      } else {
        const res = await rawRequest(
          `${url}/graphql`,
          post1(
            `mutation ($id: ID!, $name: String!) { updateEssStructures(where: { id: { eq: $id } }, update: { name: { set: $name } }) { essStructures { id } } }`,
            { id: organisationId, name },
            coordinator,
          ),
        );
        if (res.status !== 200) throw new Error(`freshness: the coordinator's edit failed (${res.status})`);
      }
      const t = performance.now();
      if ((await read()) !== name) stale++;
      afterWrite.push(performance.now() - t);
    }
  } finally {
    await driver.executeQuery("MATCH (e:EssStructure {id: $id}) SET e.name = $name", {
      id: organisationId,
      name: original,
    });
  }
  log(`freshness: ${stale} stale answers of ${rounds}; read after a write median ${median(afterWrite).toFixed(1)} ms`);
  return { rounds, stale, median: median(afterWrite), p95: p95(afterWrite) };
}

function post1(query, variables, token) {
  const body = JSON.stringify({ query, variables });
  return {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  };
}

/**
 * A town's opportunities: warm p95 over repeated public requests, and the first request after a write, for
 * four kinds of write (5 each): one the town's suggestions do not read (a coordinator's saved view), a field
 * they read on one of the town's organisations (its stage), a partnership between two of them, and a
 * partnership between one of them and an organisation none of them was linked to. The change
 * journal (graph-api/src/db/change-journal.ts) is made ready first, as a server that has run a while has it.
 */
async function townOpportunities(url, driver) {
  const ask = async () => {
    const t = performance.now();
    const res = await rawRequest(`${url}/graphql`, post1(READS[4].query, { code: "94028" }));
    if (res.status !== 200) throw new Error(`opportunities: ${res.status} ${res.body.toString("utf8").slice(0, 300)}`);
    return performance.now() - t;
  };
  // Installed and running, as on a server that has run a while (the server's own journal then starts at once).
  await api("db/change-journal.js").createChangeJournal(driver, {}).ready();
  await ask();
  const warm = [];
  for (let i = 0; i < 60; i++) warm.push(await ask());
  const [{ id, stage, other }] = (
    await driver.executeQuery(
      `MATCH (o:EssStructure)-[:LOCATED_IN]->(:Town {inseeCode: '94028'}) WHERE o.stage IS NOT NULL
       WITH o ORDER BY o.id LIMIT 1
       MATCH (x:EssStructure) WHERE x.stage IS NOT NULL AND x.stage <> o.stage
       RETURN o.id AS id, o.stage AS stage, x.stage AS other LIMIT 1`,
    )
  ).records.map((r) => r.toObject());
  const [{ partner }] = (
    await driver.executeQuery(
      `MATCH (o:EssStructure {id: $id}), (x:EssStructure)-[:LOCATED_IN]->(:Town {inseeCode: '94028'})
       WHERE x <> o AND NOT (o)-[:PARTNERS_WITH]-(x) RETURN x.id AS partner ORDER BY x.id LIMIT 1`,
      { id },
    )
  ).records.map((r) => r.toObject());
  const [{ stranger }] = (
    await driver.executeQuery(
      `MATCH (x:EssStructure) WHERE NOT (x)-[:LOCATED_IN]->(:Town {inseeCode: '94028'})
         AND NOT EXISTS { (x)-[:PARTNERS_WITH|PURCHASES_FROM|FUNDS|SUPPORTS|MEMBER_OF|STUDIES]-(:Organisation)-[:LOCATED_IN]->(:Town {inseeCode: '94028'}) }
       RETURN x.id AS stranger ORDER BY x.id LIMIT 1`,
    )
  ).records.map((r) => r.toObject());
  const writes = {
    elsewhere: (i) => ["MERGE (v:SavedView {id: 'bench-view'}) SET v.name = 'bench ' + $i", { i }],
    profile: (i) => ["MATCH (o:EssStructure {id: $id}) SET o.stage = $stage", { id, stage: i % 2 ? stage : other }],
    partnership: (i) => [
      i % 2
        ? "MATCH (:EssStructure {id: $id})-[r:PARTNERS_WITH {bench: true}]-() DELETE r"
        : "MATCH (o:EssStructure {id: $id}), (x:EssStructure {id: $partner}) CREATE (o)-[:PARTNERS_WITH {bench: true, since: 2026}]->(x)",
      { id, partner },
    ],
    stranger: (i) => [
      i % 2
        ? "MATCH (:EssStructure {id: $id})-[r:PARTNERS_WITH {bench: true}]-() DELETE r"
        : "MATCH (o:EssStructure {id: $id}), (x:EssStructure {id: $stranger}) CREATE (o)-[:PARTNERS_WITH {bench: true, since: 2026}]->(x)",
      { id, stranger },
    ],
    // As an importer's transaction writes them: 1,000 records in one batch.
    batch: (i, town = "94028") => [
      i % 2
        ? "MATCH (o:Organisation) WHERE o.id STARTS WITH 'bench-batch-' DETACH DELETE o"
        : `MATCH (t:Town {inseeCode: $town}), (m:EssStructure {id: $id})
           UNWIND range(1, 1000) AS k
           CREATE (o:Organisation:Business {id: 'bench-batch-' + k, name: 'Bench batch ' + k, illustrative: true,
             siret: toString(90000000000000 + k), legalForm: 'SAS', employees: 3, location: m.location})
           CREATE (o)-[:LOCATED_IN]->(t)
           WITH o, m, k WHERE k % 100 = 0
           CREATE (o)-[:PARTNERS_WITH {since: 2026}]->(m)`,
      { id, town },
    ],
  };
  const afterWrite = {};
  // The first large batch after Neo4j started costs more once (the trigger's and the statements' code for
  // lists of that size is compiled then): it is measured apart, on a neighbouring town within Créteil's reach.
  let firstBatch = null;
  try {
    for (const [kind, write] of Object.entries(writes)) {
      afterWrite[kind] = [];
      if (kind === "batch") {
        await driver.executeQuery(...write(0, "94071"));
        firstBatch = await ask();
        await driver.executeQuery(...write(1));
        await ask();
      }
      for (let i = 0; i < 5; i++) {
        await driver.executeQuery(...write(i));
        afterWrite[kind].push(await ask());
      }
    }
  } finally {
    await driver.executeQuery("MATCH (o:EssStructure {id: $id}) SET o.stage = $stage", { id, stage });
    await driver.executeQuery("MATCH (:EssStructure {id: $id})-[r:PARTNERS_WITH {bench: true}]-() DELETE r", { id });
    await driver.executeQuery("MATCH (v:SavedView {id: 'bench-view'}) DELETE v");
    await driver.executeQuery("MATCH (o:Organisation) WHERE o.id STARTS WITH 'bench-batch-' DETACH DELETE o");
  }
  const row = {
    warmP95: p95(warm),
    warmMedian: median(warm),
    firstBatch,
    afterWrite: Object.fromEntries(
      Object.entries(afterWrite).map(([kind, times]) => [kind, { median: median(times), max: Math.max(...times) }]),
    ),
  };
  log(
    `opportunities for a town: warm p95 ${row.warmP95.toFixed(1)} ms; first after a write (median) ${Object.entries(
      row.afterWrite,
    )
      .map(([kind, t]) => `${kind} ${t.median.toFixed(0)} ms`)
      .join(", ")}`,
  );
  return row;
}

/** Graphs above this size: the export's bytes are not measured (a region's export takes minutes). */
const EXPORT_BYTES_MAX_NODES = 50_000;

/** Bytes on the wire of the answers, plain and compressed (brotli, gzip), as a client that accepts them gets them. */
async function bytes(url, organisationId, summaryNodes) {
  const cases = [
    ["town directory (/graphql)", `${url}/graphql`, READS[0].query, { code: "94028" }],
    ["organisation + two hops (/graphql)", `${url}/graphql`, READS[1].query, { id: organisationId }],
    ["full-text search (/graphql)", `${url}/graphql`, READS[2].query, { phrase: "epicerie solidaire" }],
  ];
  const rows = [];
  for (const [name, target, query, variables] of cases) {
    const sizes = {};
    for (const encoding of ["identity", "gzip", "br"]) {
      const req = post1(query, variables);
      req.headers["accept-encoding"] = encoding;
      const res = await rawRequest(target, req);
      sizes[encoding] = { bytes: res.body.length, encoding: res.headers["content-encoding"] ?? "none" };
    }
    rows.push({ name, ...sizes });
  }
  // A whole region's export computes its metrics first (minutes: docs/benchmarks-metrics.md): measured on smaller graphs.
  if (summaryNodes > EXPORT_BYTES_MAX_NODES) return rows;
  const exportRes = await rawRequest(`${url}/api/export/graph.graphml`, { headers: { "accept-encoding": "br" } });
  const exportPlain = await rawRequest(`${url}/api/export/graph.graphml`, {
    headers: { "accept-encoding": "identity" },
  });
  rows.push({
    name: "GraphML export (/api/export/graph.graphml)",
    identity: {
      bytes: exportPlain.body.length,
      encoding: exportPlain.headers["content-encoding"] ?? "none",
      status: exportPlain.status,
    },
    gzip: { bytes: NaN, encoding: "–" },
    br: {
      bytes: exportRes.body.length,
      encoding: exportRes.headers["content-encoding"] ?? "none",
      status: exportRes.status,
    },
  });
  return rows;
}

// ---------------------------------------------------------------- other reports
const OTHERS = ["opportunities", "import", "explorer", "widget", "metrics"];

function runOthers() {
  for (const name of OTHERS) {
    log(`running bench/${name}.mjs (its own defaults)`);
    execFileSync(process.execPath, [join(ROOT, "bench", `${name}.mjs`)], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
    });
  }
}

function collect() {
  const files = readdirSync(join(ROOT, "docs"))
    .filter((f) => /^benchmarks-.+\.md$/.test(f))
    .sort();
  return files.map((file) => {
    const text = readFileSync(join(ROOT, "docs", file), "utf8");
    let date = "";
    try {
      date = execFileSync("git", ["log", "-1", "--format=%cs %h", "--", `docs/${file}`], {
        cwd: ROOT,
        encoding: "utf8",
      }).trim();
    } catch {}
    const title = text.match(/^#\s+(.+)$/m)?.[1] ?? file;
    const verdicts = text
      .split("\n")
      .filter((l) => /\b(PASS|FAIL)\b/.test(l))
      .slice(0, 8);
    return { file, title, date: date || "not committed", verdicts };
  });
}

// ---------------------------------------------------------------- report
function machine() {
  const neo4jVersion = (() => {
    try {
      return readFileSync(join(ROOT, "neo4j-local", "pom.xml"), "utf8").match(/<neo4j.version>([^<]+)</)?.[1] ?? "5.26";
    } catch {
      return "5.26";
    }
  })();
  return [
    `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; commit ${execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim()}`,
    `- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, shared with other jobs (load averages 1 / 5 / 15 min given per measure)`,
    `- Node ${process.version}; Neo4j ${neo4jVersion} Community (embedded, 512 MiB page cache, -Xmx2g); neo4j-driver ${version("neo4j-driver")}; @neo4j/graphql ${version("@neo4j/graphql")}; @apollo/server ${version("@apollo/server")}; autocannon ${version("autocannon")}`,
  ].join("\n");
}

function report({ graph, overheadRows, throughputRows, others }) {
  const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : "–");
  const lines = [
    "# Benchmarks (npm run bench)",
    "",
    "Written by `npm run bench` (bench/run.mjs). Figures are medians and 95th percentiles over repeated runs.",
    "",
    machine(),
    "",
  ];
  if (graph)
    lines.push(
      `Graph: the Île-de-France-sized generated territory (\`npm run generate -- idf\`, see docs/scaling.md) plus GPSEA's real towns and demo: ${graph}.`,
      "",
    );
  if (overheadRows) {
    const measured = overheadRows.filter((r) => !r.refused);
    const worst = Math.max(...measured.map((r) => r.ratio));
    lines.push(
      "## GraphQL overhead",
      "",
      `${OPTIONS.rounds} rounds per read (fewer where the table says so) after 3 warm-up rounds, GraphQL and direct alternating. GraphQL: a POST to /graphql of graph-api in-process (Apollo Server 5, @neo4j/graphql 7, type-graphql; NODE_ENV=production as deployed), real HTTP on loopback (node:http client, one keep-alive connection). Direct: the same Cypher statements graph-api sent for that request (captured from its driver), run with \`driver.executeQuery\` (routing READ). "Same results": every value GraphQL returned is in the direct result. Requests carry a researcher's token, so that none is answered from the public answers kept in memory: every read reaches Neo4j. Goal: GraphQL median − direct median ≤ ${GOAL_EXTRA_MS} ms, or ≤ ×${GOAL_RATIO} for reads whose Cypher takes ${RATIO_FROM_MS} ms or more.`,
      "",
      "| read | rounds | statements | GraphQL median / p95 (ms) | direct median / p95 (ms) | ratio | GraphQL − direct / allowed (ms), goal | same results | first request (ms) | load before → after |",
      "|---|---|---|---|---|---|---|---|---|---|",
      ...overheadRows.map((r) =>
        r.refused
          ? `| ${r.name} | – | – | refused: ${r.refused.replace(/\|/g, "/")} | | | | | | |`
          : `| ${r.name} | ${r.rounds} | ${r.scoredInJs ? "–" : r.statements} | ${f(r.g.median)} / ${f(r.g.p95)} | ${f(r.d.median)} / ${f(r.d.p95)} | ×${r.ratio.toFixed(2)} | ${f(r.g.median - r.d.median)} / ${f(allowedMs(r))} ${overheadPasses(r) ? "PASS" : "FAIL"} | ${r.same ? "yes" : "NO"} (${r.values} values) | ${f(r.coldMs)} | ${r.load} |`,
      ),
      "",
      ...overheadRows.map((r) => `- ${r.name}: ${r.what}`),
      "",
      `${measured.filter(overheadPasses).length} of ${measured.length} reads within the goal; worst ratio ×${worst.toFixed(2)}.${overheadRows.some((r) => r.refused) ? " Reads refused by graph-api are not measured (see the table)." : ""}`,
      "",
      ...(overheadRows.floor
        ? [
            `Floor: \`{ __typename }\` through the same /graphql (loopback HTTP both ways, Express, Apollo; no resolver, no database), ${overheadRows.floor.n} requests: median ${overheadRows.floor.median.toFixed(2)} ms, p95 ${overheadRows.floor.p95.toFixed(2)} ms. A read pays it on top of its Cypher, so its ratio is at least 1 + floor / direct median before any work of @neo4j/graphql or graphql-js for the read: ${measured
              .filter((r) => !r.scoredInJs)
              .map((r) => `${r.name} ×${(1 + overheadRows.floor.median / r.d.median).toFixed(2)}`)
              .join(
                ", ",
              )}. A read whose Cypher takes under ${(overheadRows.floor.median / (GOAL_RATIO - 1)).toFixed(1)} ms cannot meet ×${GOAL_RATIO} through /graphql at all.`,
            "",
          ]
        : []),
      OVERHEAD_ANALYSIS,
      "",
    );
  }
  if (throughputRows) {
    const t = throughputRows;
    const kb = (x) => (Number.isFinite(x.bytes) ? `${(x.bytes / 1024).toFixed(1)} KiB (${x.encoding})` : "–");
    lines.push(
      "## Throughput (autocannon, loopback)",
      "",
      `graph-api in its own process (\`node graph-api/dist/index.js\`, NODE_ENV=production, rate limit raised), ${OPTIONS.connections} connections, ${OPTIONS.seconds} s after a 2 s warm-up, autocannon in the benchmark's process on the same 2 cores. Public reads (no credential): answered from memory while nothing is written (graph-api/src/http/public-reads.ts). Goal: the req/s given, p99 < ${P99_GOAL_MS} ms, no error.`,
      "",
      "| target | req/s (mean) | goal | p50 / p99 latency (ms) | 2xx | non-2xx | errors | load before → after |",
      "|---|---|---|---|---|---|---|---|",
      ...t.rows.map(
        (r) =>
          `| ${r.name} | ${r.rps.toFixed(0)} | ${r.goal === undefined ? "–" : `≥ ${r.goal} ${r.pass ? "PASS" : "FAIL"}`} | ${r.p50} / ${r.p99} | ${r.ok} | ${r.non2xx} | ${r.errors} | ${r.load} |`,
      ),
      "",
      "## Freshness",
      "",
      `${t.freshness.rounds} rounds through the same process: read an organisation (kept from then on), write its name (every other round straight to Neo4j, as an import does, or by a coordinator's mutation), read it again. Stale answers after a write: **${t.freshness.stale}** (goal 0: ${t.freshness.stale === 0 ? "PASS" : "FAIL"}); the read after a write took ${f(t.freshness.median)} ms median, ${f(t.freshness.p95)} ms p95. Two graph-api processes on one Neo4j: tests/integration/public-reads.int.test.ts.`,
      "",
      "## A town's opportunities",
      "",
      `\`opportunities(inseeCode: "94028", limit: 20)\`, public: warm p95 ${f(t.opportunities.warmP95)} ms (median ${f(t.opportunities.warmMedian)}; goal < ${OPPORTUNITIES_WARM_P95_MS} ms: ${t.opportunities.warmP95 < OPPORTUNITIES_WARM_P95_MS ? "PASS" : "FAIL"}). First request after a write, median of 5 and worst (goal < ${OPPORTUNITIES_AFTER_WRITE_MS} ms), by what the write changed: ${Object.entries(
        {
          elsewhere: "a record the suggestions do not read (a saved view)",
          profile: "a field they read on one of the town's organisations (its stage)",
          partnership: "a partnership between two of the town's organisations, created then removed",
          stranger:
            "a partnership between one of the town's organisations and one none of them was linked to, created then removed",
          batch:
            "an importer's batch of 1,000 businesses in the town (10 of them partners of one of its organisations), created then removed",
        },
      )
        .map(([kind, what]) => {
          const a = t.opportunities.afterWrite[kind];
          return `${what} ${f(a.median)} / ${f(a.max)} ms (${a.max < OPPORTUNITIES_AFTER_WRITE_MS ? "PASS" : "FAIL"})`;
        })
        .join(
          "; ",
        )}. The first batch after Neo4j started, written in Sucy-en-Brie (within Créteil's reach) before those: ${f(t.opportunities.firstBatch)} ms, once. Kept snapshots are brought up to date with the change journal (graph-api/src/db/change-journal.ts): kept as they are, or only the touched and newly reached nodes' edges, profiles, degrees and candidate edges read (the town's reach too when an organisation was created, moved or relabelled); a town is read again whole only after a transaction of more than ${api("db/change-journal.js").MAX_LISTED.toLocaleString("en")} changes.`,
      "",
      "## Bytes on the wire",
      "",
      `Compression (gzip or brotli, by the client's Accept-Encoding) applies above 1 KiB to /graphql and /api/export answers. Exports are measured on graphs of at most ${EXPORT_BYTES_MAX_NODES.toLocaleString("en")} nodes (\`--any-graph\` on the seed); a region's export computes its metrics first.`,
      "",
      "| answer | plain | gzip | brotli |",
      "|---|---|---|---|",
      ...t.bytes.map((b) => `| ${b.name} | ${kb(b.identity)} | ${kb(b.gzip)} | ${kb(b.br)} |`),
      "",
    );
  }
  lines.push(
    "## The other benchmarks",
    "",
    "Their latest reports, as committed (`npm run bench -- --run-others` runs them all first: tens of minutes; `--collect` only gathers them). Each report says its machine, graph and options.",
    "",
    ...others.flatMap((o) => [
      `### [${o.title}](${o.file}) — ${o.date}`,
      "",
      ...(o.verdicts.length
        ? o.verdicts.map((v) => (v.startsWith("|") || v.startsWith("-") ? v : `- ${v}`))
        : ["(no PASS/FAIL line; see the report)"]),
      "",
    ]),
    "Query plans: [query-plans.md](query-plans.md) (`npm run bench:plans`). Deployment beyond one machine: [scaling.md](scaling.md).",
    "",
  );
  return lines.join("\n");
}

async function graphSummary(uri) {
  const neo4j = require("neo4j-driver");
  const driver = neo4j.driver(uri);
  try {
    const { records } = await driver.executeQuery(
      `RETURN COUNT { (:EssStructure) } AS ess, COUNT { (:Business) } AS biz, COUNT { (:Town) } AS towns, COUNT { ()-[]->() } AS rels, COUNT { () } AS nodes,
              COUNT { (t:Territory) WHERE t.generatedComplete } AS replicas`,
      {},
      { routing: "READ" },
    );
    const r = records[0].toObject();
    const n = (k) => Number(r[k]).toLocaleString("en");
    return {
      replicas: Number(r.replicas),
      text: `${n("nodes")} nodes (${n("ess")} ESS structures, ${n("biz")} businesses, ${n("towns")} towns), ${n("rels")} relationships`,
    };
  } finally {
    await driver.close();
  }
}

async function main() {
  if (args["run-others"]) runOthers();
  const others = collect();
  if (args.collect) {
    writeFileSync(OUT, report({ others }));
    log(`wrote ${OUT}`);
    return;
  }
  let stop = async () => {};
  let uri = args.neo4j;
  if (!uri) {
    if (!existsSync(OPTIONS.data))
      throw new Error(
        `no generated database in ${OPTIONS.data}: load it first (NEO4J_LOCAL_PORT=${OPTIONS.port} NEO4J_LOCAL_DATA=${OPTIONS.data} npm run generate -- idf), or pass --neo4j=<uri>`,
      );
    const neo4j = await startLocalNeo4j({ port: OPTIONS.port, dataDir: OPTIONS.data, log });
    uri = neo4j.uri;
    stop = () => neo4j.stop();
  }
  try {
    const summary = await graphSummary(uri);
    if (summary.replicas === 0 && !args["any-graph"])
      throw new Error(
        `${uri} holds no generated territory: npm run generate -- idf (or --any-graph to check the benchmark itself)`,
      );
    // The real towns' directory and opportunities need GPSEA's demo population beside the generated one (idempotent).
    const seed = seedPkg();
    const driver = seed.openDriver(seed.toNeo4jConfig(seed.neo4jEnvSchema.parse({ NEO4J_URI: uri })));
    await seed.seedDatabase(driver, {}).finally(() => driver.close());
    log(`graph: ${summary.text}`);
    const overheadRows = OPTIONS.only.has("overhead") ? await overhead(uri) : undefined;
    const throughputRows = OPTIONS.only.has("throughput") ? await throughput(uri) : undefined;
    const text = report({ graph: (await graphSummary(uri)).text, overheadRows, throughputRows, others });
    writeFileSync(OUT, text);
    process.stdout.write(text);
    log(`wrote ${OUT}`);
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
