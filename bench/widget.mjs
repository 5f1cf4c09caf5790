#!/usr/bin/env node
// Benchmark of the partners' widget, which must stay small and fast on partners' pages:
//   1. widget.js gzipped (target ≤ 20 KB), as built in widget/dist;
//   2. the data endpoint under autocannon (target ≥ 1,000 requests/s): graph-api
//      started as in production (node graph-api/dist/index.js, its own process,
//      request logging on) over a seeded Neo4j; 10 connections, loopback only,
//      bounded in time; the machine's load average is recorded (2 shared cores);
//   3. first paint after the data arrives (target < 100 ms): a partner page on
//      another origin embeds <maillage-annuaire> in Debian's Chromium; the
//      widget's own measure "maillage-annuaire:first-paint" (from the data's
//      arrival to the frame after the list is in the DOM) is read in the page.
// Writes docs/benchmarks-widget.md (default options only).
//
//   npm run bench:widget          (builds first)
//   node bench/widget.mjs [--neo4j=bolt://127.0.0.1:7691] [--port=7695] [--seconds=10] [--connections=10] [--runs=5] [--only=load|paint] [--out=path.md]
//   --neo4j reuses a seeded Neo4j; otherwise a fresh local one is started on --port and seeded with the demo.

import { execFileSync, spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { startLocalNeo4j } from "../scripts/neo4j-local.mjs";
import { parseArgs, run, workspacePackages, writeReport } from "./lib/common.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "package.json"));
const args = parseArgs();
const OPTIONS = {
  port: Number(args.port ?? 7695),
  seconds: Number(args.seconds ?? 10),
  connections: Number(args.connections ?? 10),
  runs: Number(args.runs ?? 5),
};
const DEFAULT_RUN = !args.seconds && !args.connections && !args.runs && !args.only;
const OUT = args.out ? join(process.cwd(), args.out) : DEFAULT_RUN ? join(ROOT, "docs", "benchmarks-widget.md") : null;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TOWNS = ["94028", "94071", "94002"];
const TARGETS = { gzipBytes: 20 * 1024, requestsPerSecond: 1000, firstPaintMs: 100 };
const log = (line) => process.stderr.write(`[bench] ${line}\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");

function sizes() {
  const file = (name) => readFileSync(join(ROOT, "widget", "dist", name));
  const widget = file("widget.js");
  const embed = file("embed.js");
  return {
    widget: { raw: widget.length, gzip9: gzipSync(widget, { level: 9 }).length, gzipServed: gzipSync(widget).length },
    embed: { raw: embed.length, gzipServed: gzipSync(embed).length },
  };
}

/** graph-api in its own process, as `npm start` runs it; resolves with its URL once it listens. */
function startApi(neo4jUri, port) {
  const child = spawn(process.execPath, [join(ROOT, "graph-api", "dist", "index.js")], {
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      HOST: "127.0.0.1",
      JWT_SECRET: "bench-secret-bench-secret-bench-secret-0123",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
      if (err.includes("Maillage ready")) resolve({ child, url: `http://127.0.0.1:${port}` });
    });
    child.once("exit", (code) => reject(new Error(`graph-api exited with ${code}: ${err.slice(-2000)}`)));
  });
}

async function throughput(url) {
  const autocannon = require("autocannon");
  const run = (opts) => autocannon({ connections: OPTIONS.connections, pipelining: 1, ...opts });
  const path = `/api/widget/communes/${TOWNS[0]}?lang=fr`;
  const etag = (await fetch(`${url}${path}`)).headers.get("etag");
  log("warm-up 2 s");
  await run({ url: `${url}${path}`, duration: 2, headers: { "accept-encoding": "gzip" } });
  const results = [];
  for (const [name, headers] of [
    ["first visit (200, gzip, 23 KB JSON → 5 KB)", { "accept-encoding": "gzip" }],
    ["revalidation (If-None-Match → 304)", { "accept-encoding": "gzip", "if-none-match": etag }],
  ]) {
    const loadBefore = load();
    const r = await run({ url: `${url}${path}`, duration: OPTIONS.seconds, headers });
    const status = { "2xx": r["2xx"], non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts };
    log(
      `${name}: ${r.requests.average.toFixed(0)} req/s (p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms), ${JSON.stringify(status)}; load ${loadBefore} → ${load()}`,
    );
    results.push({
      name,
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      status,
      loadBefore,
      loadAfter: load(),
    });
  }
  return results;
}

async function firstPaint(api) {
  const { chromium } = require("playwright-core");
  const page = (
    code,
  ) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,">
<script src="${api}/widget.js" async></script></head><body><h1>Partenaire</h1>
<maillage-annuaire commune="${code}" map></maillage-annuaire></body></html>`;
  const partner = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(page(new URL(req.url, "http://x").searchParams.get("commune") ?? TOWNS[0]));
  });
  await new Promise((r) => partner.listen(0, "127.0.0.1", r));
  const partnerUrl = `http://127.0.0.1:${partner.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const results = [];
  try {
    for (const code of TOWNS) {
      for (let run = 0; run < OPTIONS.runs; run++) {
        // A new context each time: an empty HTTP cache, as a first visit.
        const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
        const p = await context.newPage();
        await p.goto(`${partnerUrl}/?commune=${code}`);
        const handle = await p.waitForFunction(
          () => performance.getEntriesByName("maillage-annuaire:first-paint")[0],
          null,
          { timeout: 30_000 },
        );
        const m = await handle.evaluate((e) => ({ duration: e.duration, at: e.startTime + e.duration }));
        const renderMs = await p.evaluate(() => performance.getEntriesByName("maillage-annuaire:render")[0]?.duration);
        const entries = await p.evaluate(
          () => document.querySelector("maillage-annuaire").shadowRoot.querySelectorAll("li.entry").length,
        );
        results.push({ code, ms: m.duration, renderMs, fromNavigationMs: m.at, entries });
        await context.close();
      }
      const mine = results.filter((r) => r.code === code);
      log(
        `first paint ${code} (${mine[0].entries} entries): ${mine.map((r) => r.ms.toFixed(1)).join(", ")} ms; in the DOM after ${mine.map((r) => r.renderMs.toFixed(1)).join(", ")} ms`,
      );
    }
  } finally {
    await browser.close();
    partner.close();
  }
  return results;
}

async function main() {
  const size = sizes();
  log(`widget.js: ${size.widget.raw} B, gzip -9 ${size.widget.gzip9} B, as served ${size.widget.gzipServed} B`);
  let neo = null;
  let neo4jUri = args.neo4j;
  if (!neo4jUri) {
    const dataDir = join(ROOT, ".data", "neo4j-bench-widget");
    rmSync(dataDir, { recursive: true, force: true });
    log(`starting Neo4j on ${OPTIONS.port}`);
    neo = await startLocalNeo4j({ port: OPTIONS.port, dataDir, log: (l) => log(l) });
    neo4jUri = neo.uri;
    const seed = workspacePackages();
    const driver = seed.openDriver({ uri: neo4jUri });
    try {
      await seed.seedDatabase(driver, {});
    } finally {
      await driver.close();
    }
  }
  const server = createServer();
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const apiPort = server.address().port;
  server.close();
  const api = await startApi(neo4jUri, apiPort);
  try {
    const rps = args.only === "paint" ? [] : await throughput(api.url);
    const paint = args.only === "load" ? [] : await firstPaint(api.url);
    if (!args.only) report(size, rps, paint);
  } finally {
    api.child.kill("SIGTERM");
    if (neo) await neo.stop();
  }
}

function report(size, rps, paint) {
  const L = [];
  const p = (s = "") => L.push(s);
  let commit = "?";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
    if (
      execFileSync(
        "git",
        ["status", "--porcelain", "--", "widget", "graph-api/src/http/widget.ts", "graph-api/src/domain"],
        { cwd: ROOT },
      )
        .toString()
        .trim()
    )
      commit += " (with uncommitted changes to the widget)";
  } catch {}
  const verdict = (ok) => (ok ? "**PASS**" : "**FAIL**");
  const first = rps[0];
  const paints = paint.map((r) => r.ms);
  p("# Benchmarks: partners' widget");
  p();
  p("Generated by `bench/widget.mjs` (`npm run bench:widget`); do not edit by hand.");
  p();
  p(`- Date: ${new Date().toISOString()}; code: commit ${commit}`);
  p(
    `- Machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores shared with other work (load average ${first.loadBefore} before the first load test), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; Chromium ${CHROMIUM} headless`,
  );
  p(
    `- Server: graph-api as in production (\`node graph-api/dist/index.js\`, its own process, request logs on), a local Neo4j with the seed and its demo population; autocannon in the benchmark's process, ${OPTIONS.connections} connections, ${OPTIONS.seconds} s per case after a 2 s warm-up, \`GET /api/widget/communes/${TOWNS[0]}?lang=fr\` (Créteil, the largest town).`,
  );
  p(
    `- First paint: a partner page on another origin with \`<maillage-annuaire commune=… map>\`, a fresh browser context per run (empty cache), ${OPTIONS.runs} runs × ${TOWNS.length} towns; the widget's \`performance.measure("maillage-annuaire:first-paint")\` runs from the data's arrival (JSON parsed) to the frame after the list is in the DOM (requestAnimationFrame, then a task); "in the DOM" (\`maillage-annuaire:render\`) stops when Lit has committed the list.`,
  );
  p();
  p("| target | measured | result |");
  p("|---|---|---|");
  p(
    `| widget.js ≤ 20 KB gzipped | ${(size.widget.gzipServed / 1024).toFixed(1)} KiB as served (gzip level 6); ${(size.widget.gzip9 / 1024).toFixed(1)} KiB with gzip -9; ${(size.widget.raw / 1024).toFixed(1)} KiB minified | ${verdict(size.widget.gzipServed <= TARGETS.gzipBytes)} |`,
  );
  p(
    `| data endpoint ≥ 1,000 requests/s | ${first.rps.toFixed(0)} req/s (p50 ${first.p50} ms, p99 ${first.p99} ms) | ${verdict(first.rps >= TARGETS.requestsPerSecond && first.status.non2xx === 0 && first.status.errors === 0)} |`,
  );
  p(
    `| first paint < 100 ms after the data arrives | median ${median(paints).toFixed(1)} ms, worst ${Math.max(...paints).toFixed(1)} ms | ${verdict(Math.max(...paints) < TARGETS.firstPaintMs)} |`,
  );
  p();
  p("## Data endpoint under load");
  p();
  p("| case | requests/s | p50 | p99 | answers | load average before → after |");
  p("|---|---|---|---|---|---|");
  for (const r of rps)
    p(
      `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.status["2xx"]} 2xx, ${r.status.non2xx} other, ${r.status.errors} errors | ${r.loadBefore} → ${r.loadAfter} |`,
    );
  p();
  p(
    "The server keeps each town's rendered answer (JSON, gzipped once, ETag) for 30 s, so Neo4j is asked at most once per town and language per 30 s; browsers keep it 60 s (`Cache-Control: public, max-age=60, stale-while-revalidate=600`) and then revalidate with the ETag.",
  );
  p();
  p("## First paint after the data arrives");
  p();
  p(
    "| town | entries listed | first paint, runs (ms) | median | in the DOM (median) | from navigation start (median) |",
  );
  p("|---|---|---|---|---|---|");
  for (const code of TOWNS) {
    const rs = paint.filter((r) => r.code === code);
    p(
      `| ${code} | ${rs[0].entries} | ${rs.map((r) => r.ms.toFixed(1)).join(", ")} | ${median(rs.map((r) => r.ms)).toFixed(1)} ms | ${median(rs.map((r) => r.renderMs)).toFixed(1)} ms | ${median(rs.map((r) => r.fromNavigationMs)).toFixed(0)} ms |`,
    );
  }
  p();
  p("## Sizes");
  p();
  p("| file | minified | gzipped as served |");
  p("|---|---|---|");
  p(
    `| widget.js (Lit, the element, its styles and words) | ${(size.widget.raw / 1024).toFixed(1)} KiB | ${(size.widget.gzipServed / 1024).toFixed(1)} KiB |`,
  );
  p(
    `| embed.js (iframe resizer, both sides; iframe form only) | ${(size.embed.raw / 1024).toFixed(1)} KiB | ${(size.embed.gzipServed / 1024).toFixed(1)} KiB |`,
  );
  writeReport(L, OUT);
}

run(main);
