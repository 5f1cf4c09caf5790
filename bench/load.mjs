#!/usr/bin/env node
// Load benchmark: 64 concurrent clients for 5 minutes on a mixed
// read/write workload against graph-api started as in production (its own
// process, over a seeded local Neo4j), loopback only and bounded in time.
// Reports every status (target: zero 5xx), p50/p99 per operation, and the
// resident memory (RSS) of the API and of Neo4j sampled through the run
// (target: flat). The machine's load average is recorded: the 2 cores are
// shared with other work.
//
//   npm run bench:load                      (builds first; writes docs/benchmarks-load.md)
//   node bench/load.mjs [--clients=64] [--seconds=300] [--port=7699] [--api-port=7694] [--sample=5] [--out=path.md]
//
// The API's per-address rate limit is raised for the run (every client is
// 127.0.0.1); a 429 would be counted, not hidden.

import { spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
import { startLocalNeo4j } from "../scripts/neo4j-local.mjs";
import { workspacePackages, parseArgs } from "./lib/common.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "package.json"));
const args = parseArgs();
/** Options of the run; the defaults are the reference run's (docs/benchmarks-load.md). */
const OPTIONS = {
  clients: Number(args.clients ?? 64),
  seconds: Number(args.seconds ?? 300),
  neo4jPort: Number(args.port ?? 7699),
  apiPort: Number(args["api-port"] ?? 7694),
  sampleSeconds: Number(args.sample ?? 5),
};
const DEFAULT_RUN = !args.clients && !args.seconds;
const OUT = args.out ? join(process.cwd(), args.out) : DEFAULT_RUN ? join(ROOT, "docs", "benchmarks-load.md") : null;
const DATA = join(ROOT, ".data", "neo4j-bench-load");
/** INSEE codes of the territory's towns, read from the seeded graph. */
let TOWNS = [];
const PHRASES = ["epicerie", "recyclerie", "insertion", "solidaire", "culture", "jardin"];
/** RSS growth between the first and the last fifth of the run (after warm-up) still called flat. */
const FLAT_GROWTH = 0.2;
const log = (line) => process.stderr.write(`[bench:load] ${line}\n`);
const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");
const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
const median = (xs) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

/** The mix: name, share of requests, and how to build one request. */
const OPERATIONS = [
  {
    name: "town directory",
    weight: 25,
    build: () => ({
      query: `query ($t: String!) { townDirectory(inseeCode: $t) { count entries { name legalForm isVitrine } } }`,
      variables: { t: pick(TOWNS) },
    }),
  },
  {
    name: "search",
    weight: 20,
    build: () => ({
      query: `query ($p: String!) { searchEssStructures(phrase: $p, first: 10) { edges { score node { id name } } } }`,
      variables: { p: pick(PHRASES) },
    }),
  },
  {
    name: "graph view",
    weight: 15,
    build: () => ({
      query: `query ($t: String) { cooperationGraph(inseeCode: $t, limit: 200) { truncated nodes { id } edges { source target type } } }`,
      variables: { t: pick(TOWNS) },
    }),
  },
  {
    name: "opportunities",
    weight: 20,
    build: () => ({
      query: `query ($t: String) { opportunities(inseeCode: $t, limit: 10) { id kind score members { name } } }`,
      variables: { t: pick(TOWNS) },
    }),
  },
  {
    name: "coordinator edit",
    weight: 20,
    write: true,
    build: (ctx) => ({
      query: `mutation ($id: ID!, $d: String!) { updateEssStructures(where: { id: { eq: $id } }, update: { description: { set: $d } }) { essStructures { id description } } }`,
      variables: { id: pick(ctx.editable), d: `Bench edit ${Date.now()} ${Math.random().toString(36).slice(2, 8)}` },
    }),
  },
];
const TOTAL_WEIGHT = OPERATIONS.reduce((s, o) => s + o.weight, 0);
function chooseOperation() {
  let r = Math.random() * TOTAL_WEIGHT;
  for (const op of OPERATIONS) if ((r -= op.weight) < 0) return op;
  return OPERATIONS[0];
}

function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return NaN;
  }
}

function startApi(neo4jUri, secret) {
  const child = spawn(process.execPath, [join(ROOT, "graph-api", "dist", "index.js")], {
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      PORT: String(OPTIONS.apiPort),
      HOST: "127.0.0.1",
      JWT_SECRET: secret,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      RATE_LIMIT_PER_MINUTE: "100000000",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
      if (err.includes("Maillage ready")) resolve({ child, url: `http://127.0.0.1:${OPTIONS.apiPort}` });
    });
    child.once("exit", (code) => reject(new Error(`graph-api exited with ${code}: ${err.slice(-2000)}`)));
  });
}

async function main() {
  log(`options ${JSON.stringify(OPTIONS)}; load average ${loadavg()}`);
  rmSync(DATA, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j({ port: OPTIONS.neo4jPort, dataDir: DATA, log });
  const { openDriver, seedDatabase } = workspacePackages();
  const { signToken } = require("./graph-api/dist/auth/sign-token.js");
  const driver = openDriver({ uri: neo4j.uri }, { maxConnectionPoolSize: 2 });
  let api;
  try {
    log("seeding (territory, programme, demo population)");
    await seedDatabase(driver);
    const secretText = randomBytes(32).toString("hex");
    api = await startApi(neo4j.uri, secretText);
    const token = await signToken(new TextEncoder().encode(secretText), {
      sub: "bench-coordinator",
      roles: ["coordinator"],
    });
    const { records } = await driver.executeQuery("MATCH (s:EssStructure) RETURN s.id AS id ORDER BY s.id LIMIT 200");
    const ctx = { editable: records.map((r) => r.get("id")) };
    TOWNS = (
      await driver.executeQuery(
        "MATCH (t:Town)<-[:LOCATED_IN]-(:EssStructure) RETURN DISTINCT t.inseeCode AS code ORDER BY code",
      )
    ).records.map((r) => r.get("code"));
    log(`${TOWNS.length} towns, ${ctx.editable.length} structures to edit`);

    const stats = new Map(
      OPERATIONS.map((o) => [
        o.name,
        { latencies: [], statuses: {}, graphqlErrors: 0, failures: 0, acknowledged: 0, errorCodes: {} },
      ]),
    );
    const samples = [];
    const started = Date.now();
    const deadline = started + OPTIONS.seconds * 1000;
    const sample = () =>
      samples.push({
        t: (Date.now() - started) / 1000,
        api: rssMb(api.child.pid),
        neo4j: rssMb(neo4j.process.pid),
        load: os.loadavg()[0],
      });
    sample();
    const sampler = setInterval(sample, OPTIONS.sampleSeconds * 1000);
    const progress = setInterval(
      () => log(`${Math.round((Date.now() - started) / 1000)} s, load average ${loadavg()}`),
      30_000,
    );

    const client = async () => {
      while (Date.now() < deadline) {
        const op = chooseOperation();
        const s = stats.get(op.name);
        const t0 = performance.now();
        try {
          const response = await fetch(`${api.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", ...(op.write ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify(op.build(ctx)),
          });
          const body = await response.json().catch(() => ({}));
          s.latencies.push(performance.now() - t0);
          s.statuses[response.status] = (s.statuses[response.status] ?? 0) + 1;
          if (body.errors?.length) {
            s.graphqlErrors++;
            const code = body.errors[0]?.extensions?.code ?? "?";
            s.errorCodes[code] = (s.errorCodes[code] ?? 0) + 1;
            if (s.graphqlErrors <= 3)
              log(`${op.name}: ${response.status} ${JSON.stringify(body.errors[0]).slice(0, 300)}`);
          } else if (response.status === 200) s.acknowledged++;
        } catch (error) {
          s.failures++;
          const code = error.cause?.code ?? error.cause?.message ?? error.message;
          s.errorCodes[`connection: ${code}`] = (s.errorCodes[`connection: ${code}`] ?? 0) + 1;
          if (s.failures <= 3) log(`${op.name}: ${error.message} (${code})`);
        }
      }
    };
    log(`${OPTIONS.clients} clients for ${OPTIONS.seconds} s`);
    const loadBefore = loadavg();
    await Promise.all(Array.from({ length: OPTIONS.clients }, client));
    clearInterval(sampler);
    clearInterval(progress);
    sample();
    const loadAfter = loadavg();
    const elapsed = (Date.now() - started) / 1000;

    const rows = OPERATIONS.map((o) => {
      const s = stats.get(o.name);
      const sorted = s.latencies.sort((a, b) => a - b);
      const fiveXX = Object.entries(s.statuses)
        .filter(([code]) => code >= 500)
        .reduce((n, [, c]) => n + c, 0);
      return {
        name: o.name,
        write: !!o.write,
        count: sorted.length,
        rps: sorted.length / elapsed,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted.at(-1),
        statuses: s.statuses,
        fiveXX,
        graphqlErrors: s.graphqlErrors,
        failures: s.failures,
        errorCodes: s.errorCodes,
      };
    });
    const total = rows.reduce((n, r) => n + r.count, 0);
    const fiveXX = rows.reduce((n, r) => n + r.fiveXX, 0);
    const failures = rows.reduce((n, r) => n + r.failures, 0);

    // Flat memory: the median RSS of the last fifth against the first fifth after a warm-up (the first fifth of the run).
    const fifth = elapsed / 5;
    const window = (from, to) => samples.filter((x) => x.t >= from && x.t <= to);
    const memory = ["api", "neo4j"].map((which) => {
      const early = median(window(fifth, 2 * fifth).map((x) => x[which]));
      const late = median(window(4 * fifth, elapsed).map((x) => x[which]));
      const peak = Math.max(...samples.map((x) => x[which]));
      return { which, early, late, peak, growth: (late - early) / early };
    });
    const flat = memory.every((m) => m.growth < FLAT_GROWTH);
    const edits = await driver.executeQuery("MATCH (a:AuditEntry {actor: 'bench-coordinator'}) RETURN count(a) AS n");
    const audited = Number(edits.records[0].get("n"));
    const acknowledgedEdits = stats.get("coordinator edit").acknowledged;

    const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : "–");
    const lines = [
      "# Load benchmark",
      "",
      `Generated by \`npm run bench:load\` (bench/load.mjs) on ${new Date().toISOString().slice(0, 10)}: ${OPTIONS.clients} concurrent clients for ${OPTIONS.seconds} s on loopback, against graph-api started as in production (\`node graph-api/dist/index.js\`, NODE_ENV=production) over a local Neo4j 5.26 seeded with the territory, the programme and the demo population. Each client sends one request after the other, choosing the operation at random by the weights below; the edits are coordinators' (a signed token), each recorded in the audit trail.`,
      "",
      `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), shared with other work: load average (1, 5, 15 min) ${loadBefore} at the start, ${loadAfter} at the end. Client, API and Neo4j share those cores, so the latencies are upper bounds of what the API needs.`,
      "",
      "## Verdicts",
      "",
      `| target | result | verdict |`,
      `|---|---|---|`,
      `| zero 5xx | ${fiveXX} answers ≥ 500 and ${failures} failed connections out of ${total} requests | ${fiveXX === 0 && failures === 0 ? "PASS" : "FAIL"} |`,
      `| memory flat (RSS growth < ${FLAT_GROWTH * 100} % from the 2nd to the last fifth of the run) | API ${memory[0].early} → ${memory[0].late} MB (${(memory[0].growth * 100).toFixed(1)} %), Neo4j ${memory[1].early} → ${memory[1].late} MB (${(memory[1].growth * 100).toFixed(1)} %) | ${flat ? "PASS" : "FAIL"} |`,
      `| every acknowledged edit audited | ${acknowledgedEdits} edits answered 200 without error, ${audited} audit entries | ${audited >= acknowledgedEdits ? "PASS" : "FAIL"} |`,
      "",
      "## Per operation",
      "",
      `${total} requests in ${elapsed.toFixed(0)} s (${(total / elapsed).toFixed(1)} requests/s).`,
      "",
      "| operation | weight | requests | req/s | p50 ms | p99 ms | max ms | statuses | errors |",
      "|---|---|---|---|---|---|---|---|---|",
      ...rows.map(
        (r) =>
          `| ${r.name}${r.write ? " (write)" : ""} | ${OPERATIONS.find((o) => o.name === r.name).weight} % | ${r.count} | ${r.rps.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${Object.entries(
            r.statuses,
          )
            .map(([c, n]) => `${c}: ${n}`)
            .join(", ")} | ${
            Object.entries(r.errorCodes)
              .map(([c, n]) => `${c}: ${n}`)
              .join(", ") || "none"
          } |`,
      ),
      "",
      "## Memory (resident set size, MB)",
      "",
      `Sampled every ${OPTIONS.sampleSeconds} s; one row a ${Math.max(OPTIONS.sampleSeconds, Math.round(elapsed / 20))} s or so. Neo4j runs with a 512 MB page cache and a heap of 512 MB to 2 GB (scripts/neo4j-local.mjs): its RSS grows while the heap expands, then stays.`,
      "",
      "| t (s) | API | Neo4j | load (1 min) |",
      "|---|---|---|---|",
      ...samples
        .filter((_, i) => i % Math.max(1, Math.round(samples.length / 20)) === 0 || i === samples.length - 1)
        .map((x) => `| ${x.t.toFixed(0)} | ${x.api} | ${x.neo4j} | ${x.load.toFixed(2)} |`),
      "",
      `Peaks: API ${memory[0].peak} MB, Neo4j ${memory[1].peak} MB.`,
      "",
    ];
    const report = lines.join("\n");
    if (OUT) {
      writeFileSync(OUT, report);
      log(`wrote ${OUT}`);
    } else process.stdout.write(report);
    process.exitCode = fiveXX === 0 && failures === 0 && flat ? 0 : 1;
  } finally {
    if (api) {
      const exited = new Promise((r) => api.child.once("exit", r));
      api.child.kill("SIGTERM");
      await exited;
    }
    await driver.close();
    await neo4j.stop();
  }
}

main().catch((error) => {
  log(`failed: ${error.stack ?? error}`);
  process.exit(1);
});
