#!/usr/bin/env node
// npm run fuzz [-- --count=10000 --seed=7 --neo4j=bolt://127.0.0.1:7687 --port=7696 --out=docs/fuzz.md]
//
// Sends seeded malformed and hostile requests (bench/fuzz-cases.cjs) to graph-api running
// in its own process as `npm start` runs it (NODE_ENV=production, per-address rate limit
// raised so that the fuzz is not simply answered 429), over a seeded Neo4j; loopback only,
// one request at a time. Checks every answer (no 5xx, 4xx with a GraphQL error, 200 only
// for well-formed requests) and that the graph is unchanged (apoc.hashing.fingerprintGraph).
// Writes docs/fuzz.md. --neo4j reuses a seeded Neo4j; otherwise a fresh local one is started.
import { spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startLocalNeo4j } from "../scripts/neo4j-local.mjs";
import { parseArgs, run, workspacePackages } from "./lib/common.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "package.json"));
const { generateCases, judge } = require(join(ROOT, "bench", "fuzz-cases.cjs"));
const args = parseArgs();
const COUNT = Number(args.count ?? 10_000);
const SEED = Number(args.seed ?? 7);
const OUT = join(ROOT, args.out ?? "docs/fuzz.md");
const log = (line) => process.stderr.write(`[fuzz] ${line}\n`);
/** The API's transaction time limit (NEO4J_QUERY_TIMEOUT_MS default): no answer may take longer. */
const TIME_LIMIT_MS = 15_000;
/** Resident memory of a process, in MB (Linux). */
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN) / 1024;
/** What the API's heap holds after its latest full collection (--trace-gc's "Mark-Compact a -> b MB"): live memory, unlike RSS. */
let liveHeapMb = NaN;

function startApi(neo4jUri, port) {
  const child = spawn(process.execPath, ["--trace-gc", join(ROOT, "graph-api", "dist", "index.js")], {
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      HOST: "127.0.0.1",
      JWT_SECRET: "fuzz-secret-fuzz-secret-fuzz-secret-0123456",
      NODE_ENV: "production",
      RATE_LIMIT_PER_MINUTE: "100000000",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => {
    for (const m of String(d).matchAll(/Mark-Compact[^\n]*?-> ([\d.]+) \(/g)) liveHeapMb = Number(m[1]);
  });
  let err = "";
  const ready = new Promise((resolve, reject) => {
    child.stderr.on("data", (d) => {
      err += d;
      if (err.includes("Maillage ready")) resolve(`http://127.0.0.1:${port}`);
    });
    child.once("exit", (code) => reject(new Error(`graph-api exited with ${code}: ${err.slice(-2000)}`)));
  });
  return { child, ready, stderr: () => err };
}

async function main() {
  let neo4j;
  let uri = args.neo4j;
  if (!uri) {
    const dataDir = join(ROOT, ".data", "neo4j-fuzz");
    rmSync(dataDir, { recursive: true, force: true });
    neo4j = await startLocalNeo4j({ port: Number(args.neo4jPort ?? 7697), dataDir, log });
    uri = neo4j.uri;
    const { openDriver, seedDatabase, neo4jEnvSchema, toNeo4jConfig } = workspacePackages();
    const config = toNeo4jConfig(neo4jEnvSchema.parse({ ...process.env, NEO4J_URI: uri }));
    const d = openDriver(config);
    await seedDatabase(d, { database: config.database });
    await d.close();
  }
  const neo4jDriver = require("neo4j-driver");
  const driver = neo4jDriver.driver(uri);
  const fingerprint = async () =>
    (await driver.executeQuery("RETURN apoc.hashing.fingerprintGraph() AS v")).records[0].get("v");
  const api = startApi(uri, Number(args.port ?? 7696));
  const results = new Map();
  const wrong = [];
  let crashed = false;
  api.child.once("exit", () => (crashed = true));
  const started = Date.now();
  try {
    const url = await api.ready;
    const before = await fingerprint();
    const cases = generateCases(SEED, COUNT);
    const memory = [];
    let slowest = 0;
    const slow = [];
    for (const [i, c] of cases.entries()) {
      let status = 0;
      let text = "";
      const sent = performance.now();
      try {
        const response = await fetch(`${url}${c.path}`, { method: c.method, headers: c.headers, body: c.body });
        status = response.status;
        text = await response.text();
      } catch (error) {
        text = String(error);
      }
      const took = performance.now() - sent;
      slowest = Math.max(slowest, took);
      if (took > TIME_LIMIT_MS)
        slow.push(`${c.kind}: ${(took / 1000).toFixed(1)} s — ${String(c.body ?? c.path).slice(0, 100)}`);
      const row = results.get(c.kind) ?? { count: 0, statuses: new Map() };
      row.count++;
      row.statuses.set(status, (row.statuses.get(status) ?? 0) + 1);
      results.set(c.kind, row);
      const why = judge(c, status, text);
      if (why) wrong.push(`${c.kind}: ${why} — ${String(c.body ?? c.path).slice(0, 100)}`);
      // Memory after the first tenth (warmed up), then at each tenth.
      if ((i + 1) % Math.max(1, Math.floor(cases.length / 10)) === 0)
        memory.push({ live: liveHeapMb, rss: rssMb(api.child.pid) });
      if ((i + 1) % 1000 === 0) log(`${i + 1}/${cases.length}, ${wrong.length} wrong`);
    }
    const after = await fingerprint();
    const healthy = (await fetch(`${url}/healthz`)).status === 200;
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    // Flat: the live heap (after a full collection) at the end within 25 % (or 32 MB) of the middle's. The first
    // half fills bounded caches (Apollo's parsed-document LRU, about 30 MB; the rate and key LRUs); a leak goes on.
    // RSS is reported too, but V8 keeps freed pages (2 MB bodies inflate it) so it does not tell a leak.
    const [warm, last] = [memory[Math.floor(memory.length / 2) - 1].live, memory.at(-1).live];
    const flat = Number.isFinite(warm) && Number.isFinite(last) && !(last > warm * 1.25 && last - warm > 32);
    const pass = wrong.length === 0 && before === after && healthy && !crashed && slow.length === 0 && flat;
    const commit = (() => {
      try {
        return require("node:child_process")
          .execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT })
          .toString()
          .trim();
      } catch {
        return "unknown";
      }
    })();
    const lines = [
      "# Fuzz report",
      "",
      `Generated by \`npm run fuzz\` (bench/fuzz.mjs, cases from bench/fuzz-cases.cjs) at ${commit}, ${new Date().toISOString().slice(0, 10)}: ${COUNT} requests, seed ${SEED}, one at a time over loopback to graph-api in production mode on a seeded Neo4j; ${seconds} s.`,
      "",
      `**${pass ? "PASS" : "FAIL"}**: ${wrong.length} wrong answers, ${results.size} kinds; server ${crashed ? "CRASHED" : "up"} and /healthz ${healthy ? "200" : "failing"} at the end; graph fingerprint (apoc.hashing.fingerprintGraph) ${before === after ? `unchanged (${before})` : `CHANGED (${before} → ${after})`}.`,
      "",
      `Slowest answer ${(slowest / 1000).toFixed(2)} s; ${slow.length} above the ${TIME_LIMIT_MS / 1000} s time limit. API memory at each tenth of the run, live heap after the latest full collection (MB): ${memory.map((m) => m.live.toFixed(0)).join(", ")} — ${flat ? "flat over the second half" : "GROWING"}; resident (MB): ${memory.map((m) => m.rss.toFixed(0)).join(", ")}.`,
      "",
      ...(slow.length
        ? ["## Answers above the time limit", "", ...slow.slice(0, 20).map((w) => `- ${w.replace(/\|/g, "\\|")}`), ""]
        : []),
      "What counts as right: never a 5xx or a dropped connection, never `INTERNAL_SERVER_ERROR`, never a stack trace; a 4xx carries a JSON body with `errors[0].message`; a 200 is right only for a well-formed request (a hostile value in a valid filter, which finds nothing) or for a well-formed operation refused while it runs (role, value out of range: a GraphQL error with `data: null`, see docs/security.md).",
      "",
      "| kind | requests | answers (status × count) |",
      "|---|---:|---|",
      ...[...results].map(
        ([kind, r]) =>
          `| ${kind} | ${r.count} | ${[...r.statuses]
            .sort((a, b) => a[0] - b[0])
            .map(([s, n]) => `${s} × ${n}`)
            .join(", ")} |`,
      ),
      "",
      ...(wrong.length
        ? ["## Wrong answers (first 50)", "", ...wrong.slice(0, 50).map((w) => `- ${w.replace(/\|/g, "\\|")}`), ""]
        : []),
      "The same generator runs 450 cases in CI (tests/integration/fuzz.int.test.ts; FUZZ_COUNT and FUZZ_SEED change that).",
      "",
    ];
    writeFileSync(OUT, lines.join("\n"));
    log(
      `${pass ? "PASS" : "FAIL"}: ${wrong.length} wrong, fingerprint ${before === after ? "unchanged" : "changed"}; wrote ${OUT}`,
    );
    process.exitCode = pass ? 0 : 1;
  } finally {
    api.child.kill("SIGTERM");
    await driver.close();
    if (neo4j) await neo4j.stop();
  }
}

run(main);
