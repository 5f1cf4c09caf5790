#!/usr/bin/env node
// Query plans on the Île-de-France-sized generated graph, written
// to docs/query-plans.md: every hand-written query of graph-api
// (graph-api/src/cypher/**), the import batch statements, and the statements
// @neo4j/graphql generates for representative operations (captured from the
// driver while graph-api answers them), each run with PROFILE inside a
// transaction that is rolled back (writes included: nothing stays). Records
// operators, db hits, rows and the label scans an index could have served.
//
//   npm run bench:plans [-- --neo4j=bolt://127.0.0.1:7707] [--port=7707] [--data=.data/neo4j-bench-idf] [--out=path.md]

import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startLocalNeo4j } from "../scripts/neo4j-local.mjs";
import { capturingDriver } from "./lib/capture.mjs";
import { workspacePackages, parseArgs } from "./lib/common.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "package.json"));
const args = parseArgs();
const OUT = join(ROOT, args.out ?? "docs/query-plans.md");
const log = (line) => process.stderr.write(`[plans] ${line}\n`);
const neo4j = require("neo4j-driver");
const { handWrittenQueries, summarisePlan, SHOW_INDEXES } = require(
  join(ROOT, "graph-api", "dist", "db", "query-plans.js"),
);
const { IMPORT_STATEMENTS } = require(join(ROOT, "importers", "dist", "write.js"));
const seed = workspacePackages();

// Representative operations of the generated API (and two custom ones), as the explorer, partners and researchers send them.
const OPERATIONS = [
  ["town directory (custom)", `query { townDirectory(inseeCode: "94028") { count entries { id name } } }`],
  [
    "organisation with two hops",
    `query($id: ID!) { essStructures(where: { id: { eq: $id } }) { id name town { name } themes { code } businessPartners { id name } essPartners { id name essPartners { id name } businessPartners { id name } } } }`,
  ],
  [
    "full-text search",
    `query { searchEssStructures(phrase: "epicerie solidaire", first: 20) { edges { score node { id name } } } }`,
  ],
  [
    "full-text search with total",
    `query { searchEssStructures(phrase: "epicerie solidaire", first: 20) { totalCount edges { node { id } } } }`,
  ],
  [
    "aggregation per town",
    `query { towns(where: { inseeCode: { startsWith: "000" } }, limit: 100, sort: [{ inseeCode: ASC }]) { inseeCode essStructuresConnection { aggregate { count { nodes } } } businessesConnection { aggregate { count { nodes } } } } }`,
  ],
  [
    "structures of a legal form, sorted",
    `query { essStructures(where: { legalForm: { eq: SCOP } }, sort: [{ name: ASC }], limit: 10) { name activity } }`,
  ],
  [
    "structures by name prefix",
    `query { essStructures(where: { name: { startsWith: "Épicerie" } }, limit: 20) { id name } }`,
  ],
  [
    "businesses of a town",
    `query { businesses(where: { town: { some: { inseeCode: { eq: "00005" } } } }, limit: 50) { id name csrCommitments } }`,
  ],
  ["organisation by SIRET", `query { essStructures(where: { siret: { eq: "12345678901234" } }) { id name } }`],
  ["open needs of a kind", `query { resourceNeeds(where: { status: { eq: OPEN } }, limit: 50) { id } }`],
  [
    "events of a town",
    `query { events(where: { town: { some: { inseeCode: { eq: "94028" } } } }, limit: 20) { id name } }`,
  ],
  ["territory overview (custom)", `query { territory { towns { name essStructures businesses } } }`],
  ["opportunities for a town (custom)", `query { opportunities(inseeCode: "94028", limit: 20) { id kind } }`],
];

function sampleParams(ids) {
  const point = new neo4j.types.Point(4326, 2.46, 48.79);
  return {
    inseeCode: "94028",
    territoryCode: seed.GPSEA_EPT_CODE,
    id: ids.ess,
    structureId: ids.ess,
    a: ids.ess,
    b: ids.ess2,
    from: ids.ess,
    memberIds: [ids.ess, ids.ess2],
    ids: [ids.ess, ids.ess2],
    organisationId: ids.ess,
    financerId: ids.financer,
    providerId: ids.provider,
    unitId: ids.unit,
    resourceId: ids.resource,
    opportunityId: "plan-probe",
    key: "plan-probe",
    hash: "plan-probe",
    name: "plan probe",
    by: "plan-probe",
    createdBy: "plan-probe",
    note: null,
    declineReason: null,
    reasonsJson: "[]",
    score: 0.5,
    status: "SUGGESTED",
    kind: "PARTNERSHIP",
    types: ["PARTNERS_WITH"],
    theme: "sustainable-food",
    stage: "GROWTH",
    role: "PARTICIPANT",
    instrument: "GRANT",
    year: neo4j.int(2025),
    limit: neo4j.int(20),
    ratePerMinute: neo4j.int(60),
    snapshot: "{}",
    closeNeedIds: [],
    location: point,
    rows: [],
  };
}

async function profile(driver, text, params) {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction({ timeout: 120_000 });
  try {
    const started = performance.now();
    const result = await tx.run(`PROFILE ${text}`, params);
    const ms = performance.now() - started;
    return { plan: result.summary.profile, ms, mode: "PROFILE" };
  } catch (error) {
    await tx.rollback().catch(() => {});
    // EXPLAIN needs no parameter values.
    const r = await driver.executeQuery(`EXPLAIN ${text}`, {});
    return {
      plan: r.summary.plan,
      ms: null,
      mode: `EXPLAIN only (PROFILE with the sample parameters failed: ${String(error.message).split("\n")[0].slice(0, 120)})`,
    };
  } finally {
    if (tx.isOpen()) await tx.rollback();
    await session.close();
  }
}

async function capturedStatements(plain, ids) {
  const { createServer } = require(join(ROOT, "graph-api", "dist", "server.js"));
  const pino = require(require.resolve("pino", { paths: [join(ROOT, "graph-api")] }));
  const sink = { current: null };
  const config = seed.toNeo4jConfig(seed.neo4jEnvSchema.parse({ NEO4J_URI: process.env.BENCH_NEO4J_URI }));
  const httpServer = createHttpServer();
  const server = await createServer({
    config: {
      env: "production",
      bodyLimit: "1mb",
      queryTimeoutMs: 120_000,
      neo4j: config,
      jwt: { kind: "secret", secret: Buffer.from("bench-secret-bench-secret-bench-secret-0123") },
    },
    driver: capturingDriver(plain, sink),
    logger: pino({ level: "silent" }),
    httpServer,
  });
  httpServer.on("request", server.app);
  await new Promise((r) => httpServer.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${httpServer.address().port}/graphql`;
  const out = [];
  try {
    for (const [name, query] of OPERATIONS) {
      sink.current = [];
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables: { id: ids.ess } }),
      });
      const body = await res.json();
      if (body.errors) log(`${name}: ${JSON.stringify(body.errors).slice(0, 300)}`);
      sink.current.forEach((s, i) =>
        out.push({
          group: "generated",
          name: `${name}${sink.current.length > 1 ? ` #${i + 1}` : ""}`,
          text: s.text,
          params: s.params,
        }),
      );
      sink.current = null;
    }
  } finally {
    await server.stop();
    httpServer.close();
  }
  return out;
}

function table(rows) {
  const esc = (s) => String(s).replace(/\|/g, "\\|");
  return [
    "| statement | mode | db hits | rows | ms | label scans (avoidable in bold) | operators |",
    "|---|---|---|---|---|---|---|",
    ...rows.map((r) => {
      const scans = r.summary.scans.map((s) =>
        r.summary.avoidableScans.some((a) => a.startsWith(s)) ? `**${s}**` : s,
      );
      return `| ${esc(r.name)} | ${r.mode === "PROFILE" ? "PROFILE" : esc(r.mode)} | ${r.mode === "PROFILE" ? r.summary.dbHits.toLocaleString("en") : "–"} | ${r.summary.rows ?? "–"} | ${r.ms === null ? "–" : r.ms.toFixed(0)} | ${esc(scans.join("; ") || "none")} | ${esc(r.summary.operators.filter((o) => o !== "ProduceResults").join(", "))} |`;
    }),
  ].join("\n");
}

async function main() {
  let uri = args.neo4j;
  let stop = async () => {};
  if (!uri) {
    const data = join(ROOT, args.data ?? ".data/neo4j-bench-idf");
    if (!existsSync(data))
      throw new Error(
        `no generated database in ${data}: NEO4J_LOCAL_PORT=7707 NEO4J_LOCAL_DATA=${data} npm run generate -- idf`,
      );
    const local = await startLocalNeo4j({ port: Number(args.port ?? 7707), dataDir: data, log });
    uri = local.uri;
    stop = () => local.stop();
  }
  process.env.BENCH_NEO4J_URI = uri;
  const driver = seed.openDriver(seed.toNeo4jConfig(seed.neo4jEnvSchema.parse({ NEO4J_URI: uri })));
  try {
    const one = async (q) => (await driver.executeQuery(q, {}, { routing: "READ" })).records[0]?.get(0);
    const ids = {
      ess: await one(
        "MATCH (e:EssStructure)-[:PARTNERS_WITH]-(:EssStructure) WHERE e.id STARTS WITH 'g0001-' RETURN e.id ORDER BY e.id LIMIT 1",
      ),
      ess2: await one("MATCH (e:EssStructure) WHERE e.id STARTS WITH 'g0002-' RETURN e.id ORDER BY e.id LIMIT 1"),
      financer: await one("MATCH (f:Financer) RETURN f.id ORDER BY f.id LIMIT 1"),
      provider: await one("MATCH (s:SupportProvider) RETURN s.id ORDER BY s.id LIMIT 1"),
      unit: await one("MATCH (u:ResearchUnit) RETURN u.id ORDER BY u.id LIMIT 1"),
      resource: await one("MATCH (r:SharedResource) RETURN r.id ORDER BY r.id LIMIT 1"),
    };
    const counts = (
      await driver.executeQuery(
        "RETURN COUNT { () } AS nodes, COUNT { ()-[]->() } AS rels, COUNT { (:EssStructure) } AS ess, COUNT { (:Business) } AS biz",
        {},
        { routing: "READ" },
      )
    ).records[0].toObject();
    const indexes = (await driver.executeQuery(SHOW_INDEXES, {}, { routing: "READ" })).records.map((r) => r.toObject());
    const params = sampleParams(ids);
    const statements = [
      ...handWrittenQueries().map(({ area, query }) => ({
        group: "hand-written",
        name: `${area}/${query.name.replace(/^.*\//, "")}`,
        text: query.text,
        params,
      })),
      ...Object.entries(IMPORT_STATEMENTS).map(([name, text]) => ({
        group: "import",
        name,
        text,
        params: {
          importedAt: neo4j.types.DateTime.fromStandardDate(new Date()),
          rows: [
            {
              index: 0,
              siret: "00000000000000",
              rnaId: null,
              newId: ids.ess,
              id: ids.ess,
              props: { name: "plan probe" },
              town: "94028",
              themes: ["sustainable-food"],
              source: "plan",
              sourceKind: "ILLUSTRATIVE",
              sourceRef: "plan",
              themeRef: "plan",
              link: {
                town: "94028",
                themes: ["sustainable-food"],
                source: "plan",
                sourceKind: "ILLUSTRATIVE",
                sourceRef: "plan",
                themeRef: "plan",
              },
            },
          ],
        },
      })),
      ...(await capturedStatements(driver, ids)),
    ];
    const rows = [];
    for (const s of statements) {
      const { plan, ms, mode } = await profile(driver, s.text, s.params);
      const summary = summarisePlan(plan, indexes);
      rows.push({ ...s, summary, ms, mode });
      log(
        `${s.group} ${s.name}: ${mode.slice(0, 40)}, ${summary.dbHits} db hits${summary.avoidableScans.length ? `, AVOIDABLE: ${summary.avoidableScans.join("; ")}` : ""}`,
      );
    }
    const avoidable = rows.filter((r) => r.summary.avoidableScans.length);
    const heavy = [...rows]
      .filter((r) => r.mode === "PROFILE")
      .sort((a, b) => b.summary.dbHits - a.summary.dbHits)
      .slice(0, 8);
    const n = (x) => Number(x).toLocaleString("en");
    const text = [
      "# Query plans",
      "",
      `Written by \`npm run bench:plans\` (bench/query-plans.mjs) on ${new Date().toISOString().slice(0, 10)}, commit ${execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim()}, load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(" / ")} (2 shared cores).`,
      "",
      `Graph: the Île-de-France-sized generated territory (\`npm run generate -- idf\`) with GPSEA's real towns and demo: ${n(counts.nodes)} nodes (${n(counts.ess)} ESS structures, ${n(counts.biz)} businesses), ${n(counts.rels)} relationships. Every statement runs with PROFILE in a transaction that is rolled back (writes too); sample parameters name real nodes (a structure with partners, Créteil). Statements whose sample parameters do not fit fall back to EXPLAIN (no db hits).`,
      "",
      `A scan is **avoidable** when it is an AllNodesScan, or a NodeByLabelScan whose filters test a property the label has an index for (graph-api/src/db/query-plans.ts). The integration test tests/integration/query-plans.int.test.ts applies the same rule to every hand-written query and the import statements with EXPLAIN on the seed graph, in CI.`,
      "",
      `## Verdict: ${avoidable.length === 0 ? "no avoidable scan" : `${avoidable.length} statement(s) with an avoidable scan`}`,
      "",
      ...(avoidable.length
        ? avoidable.map((r) => `- ${r.group} ${r.name}: ${r.summary.avoidableScans.join("; ")}`)
        : [
            "Label scans that remain read a whole label on purpose (network metrics and exports read the whole cooperation graph; the opportunity snapshot reads every organisation; counts per legal form or theme).",
          ]),
      "",
      "Heaviest statements (db hits):",
      "",
      ...heavy.map((r) => `- ${r.group} ${r.name}: ${n(r.summary.dbHits)} db hits, ${r.ms?.toFixed(0)} ms`),
      "",
      "## Hand-written queries (graph-api/src/cypher)",
      "",
      table(rows.filter((r) => r.group === "hand-written")),
      "",
      "## Import batch statements (importers/src/write.ts)",
      "",
      table(rows.filter((r) => r.group === "import")),
      "",
      "## Generated by @neo4j/graphql for representative operations",
      "",
      ...OPERATIONS.map(([name, q]) => `- ${name}: \`${q.replace(/\s+/g, " ")}\``),
      "",
      table(rows.filter((r) => r.group === "generated")),
      "",
    ].join("\n");
    writeFileSync(OUT, text);
    log(`wrote ${OUT}`);
  } finally {
    await driver.close();
    await stop();
  }
}

main().catch((error) => {
  console.error(`query plans failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
