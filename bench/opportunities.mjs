#!/usr/bin/env node
// Benchmarks of the opportunity finder (issue target "Speed (benchmarks under
// bench/, not timed tests)"):
//
//   1. Seed size, over real HTTP: a local Neo4j (port 7696, fresh data folder
//      .data/neo4j-bench), the seed, graph-api in-process on an ephemeral
//      127.0.0.1 port; town-scoped `opportunities(inseeCode, limit: 20)` for
//      each of the 16 towns, sequentially. Target: p95 < 100 ms.
//   2. Territory-wide top 100 by resource allocation on a generated graph of
//      100,000 organisations and 500,000 relationships, in memory, with the
//      app's functions (scanTwoHopPairs, pruned), against NetworkX computing
//      the same top 100 on the same edge list (bench/networkx_topk.py), in the
//      same run. Targets: < 2 s, and at least 10× faster than NetworkX.
//   3. When random-graph.ts has generateTerritory: the app's own ranking,
//      suggestPartnerships(ctx, {}, 100), on a 100,000-organisation territory.
//
// Writes docs/benchmarks-opportunities.md (full runs only) and prints the same
// report on stdout; progress goes to stderr. Everything is bounded: NetworkX
// and the territory run are killed after their budgets, and the Neo4j started
// here is stopped before the in-memory parts.
//
//   npm run bench:opportunities                       (builds first)
//   node bench/opportunities.mjs [--rounds=30] [--kind-rounds=10] [--hubs=2]
//        [--networkx-timeout-s=600] [--territory-timeout-s=1200]
//        [--only=seed,graph,hubs,territory] [--out=path.md]

import { spawn, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { onlyParts, parseArgs, workspacePackages } from "./lib/common.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "graph-api", "package.json"));
const api = (p) => require(join(ROOT, "graph-api", "dist", p));
const seedPkg = () => workspacePackages();

const { buildCooperationGraph } = api("domain/opportunities/cooperation-graph.js");
const { scanTwoHopPairs } = api("domain/opportunities/link-prediction.js");
const randomGraph = require(join(ROOT, "tools", "dist", "opportunities", "random-graph.js"));

// ------------------------------------------------------------------ options ---

const args = parseArgs();
const PARTS = ["seed", "graph", "hubs", "territory"];
const only = onlyParts(args, PARTS);
const OPTIONS = {
  rounds: Number(args.rounds ?? 30),
  kindRounds: Number(args["kind-rounds"] ?? 10),
  port: Number(args.port ?? 7696),
  nodes: Number(args.nodes ?? 100_000),
  edges: Number(args.edges ?? 500_000),
  graphSeed: Number(args["graph-seed"] ?? 42),
  hubs: Number(args.hubs ?? 2),
  k: 100,
  tsRuns: 3,
  networkxTimeoutS: Number(args["networkx-timeout-s"] ?? 600),
  territoryTimeoutS: Number(args["territory-timeout-s"] ?? 1200),
  territorySeed: Number(args["territory-seed"] ?? 42),
};
const TOLERANCE = 1e-9;
const DEFAULT_OUT = join(ROOT, "docs", "benchmarks-opportunities.md");
// The default report is only written by a full run at the reference sizes (the defaults).
const OUT = args.out
  ? join(process.cwd(), args.out)
  : only.length === PARTS.length && !args.nodes && !args.edges
    ? DEFAULT_OUT
    : null;

const log = (line) => process.stderr.write(`[bench] ${line}\n`);

// -------------------------------------------------------------------- stats ---

/** Nearest-rank percentile of a list of numbers. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const median = (values) => percentile(values, 50);
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + " ms";
const sec = (msValue) => (msValue / 1000).toFixed(msValue >= 100_000 ? 0 : 2) + " s";
const int = (x) => x.toLocaleString("en-US");
const verdict = (ok) => (ok ? "**PASS**" : "**FAIL**");

// ------------------------------------------------------------ bounded top K ---

/**
 * Keeps the K best pairs by score (highest first), ties broken by the pair's
 * ids as strings (smaller id first inside a pair, then lexicographic on
 * (first, second)) — the order of bench/networkx_topk.py and of
 * tests/networkx/link_prediction.py: sorted by (-score, u, v).
 * A binary heap whose root is the worst kept pair; ids are only read for ties.
 */
class TopK {
  constructor(k, ids) {
    this.k = k;
    this.ids = ids;
    this.heap = [];
  }
  /** Is entry a ranked below entry b? */
  static worse(a, b) {
    if (a.score !== b.score) return a.score < b.score;
    if (a.u !== b.u) return a.u > b.u;
    return a.v > b.v;
  }
  offer(score, i, j) {
    const heap = this.heap;
    if (heap.length === this.k && score < heap[0].score) return; // the common case: no string work
    const a = this.ids[i];
    const b = this.ids[j];
    const entry = a < b ? { score, u: a, v: b } : { score, u: b, v: a };
    if (heap.length < this.k) {
      heap.push(entry);
      this.up(heap.length - 1);
    } else if (TopK.worse(heap[0], entry)) {
      heap[0] = entry;
      this.down(0);
    }
  }
  up(i) {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!TopK.worse(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }
  down(i) {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && TopK.worse(heap[l], heap[m])) m = l;
      if (r < heap.length && TopK.worse(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  }
  /** Best first, as [u, v, score]. */
  sorted() {
    return [...this.heap]
      .sort((a, b) => (TopK.worse(a, b) ? 1 : TopK.worse(b, a) ? -1 : 0))
      .map((e) => [e.u, e.v, e.score]);
  }
}

/**
 * The app's way (link-prediction.ts `scanTwoHopPairs`, the kernel
 * suggestPartnerships runs on): resource allocation accumulated over wedges,
 * each pair offered to a bounded top-K heap. With `prune`, the scan skips a
 * source's remaining (highest-degree) neighbours once even their whole
 * allocation could not reach the K-th score — as suggestPartnerships does
 * with its own bound. `pairs` counts the pairs visited.
 */
function topKApp(graph, eligible, k, prune) {
  const top = new TopK(k, graph.ids);
  let pairs = 0;
  scanTwoHopPairs(graph, {
    source: (i) => eligible[i] === 1,
    target: (i) => eligible[i] === 1,
    negligible: prune ? (_u, allocationLeft) => top.heap.length === k && allocationLeft < top.heap[0].score : undefined,
    visit: (u, v, _common, resourceAllocation) => {
      pairs++;
      top.offer(resourceAllocation, u, v);
    },
  });
  return { pairs, top: top.sorted() };
}

/** Same pairs in the same order, scores within TOLERANCE; else a tie-aware check. */
function compareTop(ours, theirs) {
  const len = Math.min(ours.length, theirs.length);
  let maxDiff = 0;
  let samePairs = ours.length === theirs.length;
  for (let i = 0; i < len; i++) {
    maxDiff = Math.max(maxDiff, Math.abs(ours[i][2] - theirs[i][2]));
    if (ours[i][0] !== theirs[i][0] || ours[i][1] !== theirs[i][1]) samePairs = false;
  }
  const identical = samePairs && maxDiff <= TOLERANCE;
  let tieAware = identical;
  if (!identical && ours.length === theirs.length && maxDiff <= TOLERANCE) {
    // Differences only inside ties (scores equal within TOLERANCE): same pairs strictly above the K-th score.
    const cut = ours[ours.length - 1][2] + TOLERANCE;
    const key = (r) => `${r[0]}|${r[1]}`;
    const above = (list) =>
      list
        .filter((r) => r[2] > cut)
        .map(key)
        .sort()
        .join(",");
    tieAware = above(ours) === above(theirs);
  }
  return { identical, tieAware, maxDiff, length: [ours.length, theirs.length] };
}

// ----------------------------------------------------------------- NetworkX ---

/** Runs bench/networkx_topk.py; kills it after timeoutMs. Resolves, never rejects on timeout. */
function runNetworkx(request, timeoutMs) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("python3", [join(ROOT, "bench", "networkx_topk.py")], {
      cwd: ROOT,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, PYTHONHASHSEED: "0" },
    });
    const out = [];
    let err = "";
    const progress = [];
    let timedOut = false;
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => {
      err += c.toString("utf8");
      let nl;
      while ((nl = err.indexOf("\n")) >= 0) {
        const line = err.slice(0, nl);
        err = err.slice(nl + 1);
        const m = /^progress (\S+) (\d+) ([\d.]+)$/.exec(line);
        if (m) {
          progress.push({ phase: m[1], pairs: Number(m[2]), seconds: Number(m[3]) });
          log(`  networkx: ${m[1]} ${int(Number(m[2]))} pairs at ${m[3]} s`);
        } else if (line.trim()) progress.push({ phase: "stderr", line });
      }
    });
    const timer = setTimeout(() => {
      timedOut = true;
      log(`  networkx: budget of ${timeoutMs / 1000} s reached, killing pid ${child.pid}`);
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run python3: ${e.message} (python3 -m pip install -r tests/networkx/requirements.txt)`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const stderrLines = progress.filter((p) => p.phase === "stderr").map((p) => p.line);
      const steps = progress.filter((p) => p.phase !== "stderr");
      if (timedOut) return resolve({ timedOut: true, wallMs, progress: steps });
      if (code !== 0)
        return reject(
          new Error(`bench/networkx_topk.py exited with ${code ?? signal}:\n${stderrLines.slice(-30).join("\n")}`),
        );
      resolve({ timedOut: false, wallMs, progress: steps, result: JSON.parse(Buffer.concat(out).toString("utf8")) });
    });
    child.stdin.on("error", () => {}); // a killed child closes its stdin
    child.stdin.end(JSON.stringify(request));
  });
}

// --------------------------------------------------------------- machine ---

function machine() {
  let cpuModel = "unknown";
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpuModel;
  } catch {}
  let python = "unknown";
  let networkx = "unknown";
  try {
    [python, networkx] = execFileSync(
      "python3",
      ["-c", "import platform, networkx; print(platform.python_version(), networkx.__version__)"],
      { encoding: "utf8" },
    )
      .trim()
      .split(" ");
  } catch {}
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" }).trim();
    if (dirty) commit += " (with uncommitted changes)";
  } catch {}
  return {
    cpuModel,
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    python,
    networkx,
    commit,
  };
}

// ------------------------------------------------------ part 1: seed, HTTP ---

const OPPORTUNITY_FIELDS =
  "id kind score status members { id name kind inseeCode } explanation linkScores { commonNeighbours jaccard adamicAdar resourceAllocation }";
const ALL_KINDS_QUERY = `query TownOpportunities($town: String!) { opportunities(inseeCode: $town, limit: 20) { ${OPPORTUNITY_FIELDS} } }`;
const KIND_QUERY = `query TownOpportunitiesOfKind($town: String!, $kind: OpportunityKind!) { opportunities(kind: $kind, inseeCode: $town, limit: 20) { ${OPPORTUNITY_FIELDS} } }`;

async function benchSeed() {
  const { startLocalNeo4j } = await import(join(ROOT, "scripts", "neo4j-local.mjs"));
  const { openDriver, seedDatabase, loadTerritory } = seedPkg();
  const { createServer } = api("server.js");
  const { createGraphReader } = api("db/graph-reader.js");
  const { loadOpportunityContext } = api("domain/opportunities/snapshot.js");
  const { OPPORTUNITY_KINDS } = api("domain/opportunities/opportunity.js");
  const pino = require("pino");

  const dataDir = join(ROOT, ".data", "neo4j-bench");
  rmSync(dataDir, { recursive: true, force: true });
  log(`starting Neo4j on 127.0.0.1:${OPTIONS.port} (data in ${relative(ROOT, dataDir)})`);
  const neo4j = await startLocalNeo4j({ port: OPTIONS.port, dataDir, log });
  const result = {};
  let driver;
  let httpServer;
  let server;
  try {
    driver = openDriver({ uri: neo4j.uri });
    const [component] = (
      await driver.executeQuery(
        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
      )
    ).records;
    result.neo4j = `${component.get("name")} ${component.get("version")} ${component.get("edition")}`;

    let t = performance.now();
    await seedDatabase(driver, {});
    result.seedMs = performance.now() - t;
    log(`seeded in ${sec(result.seedMs)}`);

    // Snapshot loads, straight through the app's loader: the first one on a fresh Neo4j, then warm ones.
    const reader = createGraphReader(driver, { timeoutMs: 60_000 });
    const loads = [];
    let ctx;
    for (let i = 0; i < 11; i++) {
      t = performance.now();
      ctx = await loadOpportunityContext(reader);
      loads.push(performance.now() - t);
    }
    result.loadColdMs = loads[0];
    result.loadWarm = { median: median(loads.slice(1)), max: Math.max(...loads.slice(1)), n: loads.length - 1 };
    const organisations = ctx.profiles.size;
    result.seedGraph = {
      organisations,
      nodes: ctx.graph.ids.length,
      edges: ctx.graph.edgeCount,
      towns: ctx.towns.size,
    };
    log(
      `snapshot load: first ${ms(loads[0])}, then median ${ms(result.loadWarm.median)}; ${organisations} organisations, cooperation graph ${ctx.graph.ids.length} nodes / ${ctx.graph.edgeCount} edges`,
    );

    // graph-api in-process, as tests/integration/harness.ts starts it.
    httpServer = createHttpServer();
    server = await createServer({
      config: {
        env: "production",
        bodyLimit: "1mb",
        queryTimeoutMs: 15_000,
        neo4j: {},
        jwt: { kind: "secret", secret: randomBytes(32) },
      },
      driver,
      logger: pino({ level: "silent" }),
      httpServer,
    });
    httpServer.on("request", server.app);
    await new Promise((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${httpServer.address().port}/graphql`;

    // The finder keeps a snapshot while the graph's revision has not moved (db/graph-revision.ts): nothing is
    // written during these requests, so only the first one loads it.
    let loaded = false;
    const post = async (query, variables) => {
      const reload = !loaded;
      loaded = true;
      const start = performance.now();
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      const elapsed = performance.now() - start;
      if (response.status !== 200 || body.errors)
        throw new Error(
          `opportunities(${JSON.stringify(variables)}) failed: ${response.status} ${JSON.stringify(body.errors)}`,
        );
      return { ms: elapsed, reload, count: body.data.opportunities.length };
    };

    const towns = loadTerritory().towns.map((town) => town.inseeCode);
    result.towns = towns.length;
    const first = await post(ALL_KINDS_QUERY, { town: towns[0] });
    result.coldRequestMs = first.ms;
    log(`first request (snapshot load in the server): ${ms(first.ms)}`);

    const warm = [];
    const started = performance.now();
    for (let round = 0; round < OPTIONS.rounds; round++) {
      for (const town of towns) warm.push({ ...(await post(ALL_KINDS_QUERY, { town })), town });
    }
    result.allKindsWallMs = performance.now() - started;
    result.allKinds = summarize(warm);
    log(
      `all kinds: ${warm.length} requests, p50 ${ms(result.allKinds.all.p50)}, p95 ${ms(result.allKinds.all.p95)}, max ${ms(result.allKinds.all.max)}`,
    );

    result.perKind = {};
    for (const kind of OPPORTUNITY_KINDS) {
      const samples = [];
      for (let round = 0; round < OPTIONS.kindRounds; round++) {
        for (const town of towns) samples.push(await post(KIND_QUERY, { town, kind }));
      }
      result.perKind[kind] = summarize(samples);
      log(`${kind}: p95 ${ms(result.perKind[kind].all.p95)}`);
    }
    result.snapshotReloads =
      warm.filter((s) => s.reload).length + Object.values(result.perKind).reduce((s, k) => s + k.reloads, 0);
  } finally {
    if (server) await server.stop().catch(() => {});
    if (httpServer?.listening) await new Promise((resolve) => httpServer.close(() => resolve()));
    if (driver) await driver.close().catch(() => {});
    log("stopping Neo4j");
    await neo4j.stop();
  }
  return result;
}

function summarize(samples) {
  const stats = (list) => ({
    n: list.length,
    p50: percentile(list, 50),
    p95: percentile(list, 95),
    p99: percentile(list, 99),
    max: Math.max(...list),
    mean: list.reduce((s, x) => s + x, 0) / list.length,
  });
  const all = samples.map((s) => s.ms);
  const steady = samples.filter((s) => !s.reload).map((s) => s.ms);
  return {
    all: stats(all),
    steady: stats(steady),
    reloads: samples.filter((s) => s.reload).length,
    reloadMs: samples.filter((s) => s.reload).map((s) => s.ms),
    meanResults: samples.reduce((s, x) => s + x.count, 0) / samples.length,
    empty: samples.filter((s) => s.count === 0).length,
  };
}

// ---------------------------------------------- part 2: 100k / 500k graphs ---

async function benchGraph({ hubs, tsRuns, stream }) {
  const options = { nodes: OPTIONS.nodes, edges: OPTIONS.edges, seed: OPTIONS.graphSeed, hubs };
  let t = performance.now();
  const edges = randomGraph.generateGraph(options);
  const nodes = randomGraph.generatedNodeIds(options);
  const generateMs = performance.now() - t;
  t = performance.now();
  const graph = buildCooperationGraph(edges, nodes);
  const buildMs = performance.now() - t;
  // Organisations are the ordinary nodes; hubs (`hub-…`) play events: they link organisations but are never suggested.
  const eligible = Uint8Array.from(graph.ids, (id) => (id.startsWith("node-") ? 1 : 0));
  const degrees = graph.neighbours.map((a) => a.length).sort((a, b) => b - a);
  const info = {
    options,
    rawEdges: edges.length,
    nodes: graph.ids.length,
    organisations: eligible.reduce((s, x) => s + x, 0),
    edges: graph.edgeCount,
    topDegrees: degrees.slice(0, Math.max(3, hubs)),
    generateMs,
    buildMs,
  };
  log(
    `graph ${JSON.stringify(options)}: ${int(info.nodes)} nodes, ${int(info.edges)} edges (${int(edges.length)} raw), top degrees ${info.topDegrees.join(", ")}`,
  );

  // Every candidate pair, no pruning: the candidate count NetworkX is checked against, and a second timing.
  const full = [];
  let fullResult;
  for (let run = 0; run < tsRuns; run++) {
    t = performance.now();
    fullResult = topKApp(graph, eligible, OPTIONS.k, false);
    full.push(performance.now() - t);
    log(
      `  TS scanTwoHopPairs, every pair, run ${run + 1}/${tsRuns}: ${sec(full[run])} (${int(fullResult.pairs)} pairs)`,
    );
  }
  const app = [];
  let appResult;
  for (let run = 0; run < tsRuns; run++) {
    t = performance.now();
    appResult = topKApp(graph, eligible, OPTIONS.k, true);
    app.push(performance.now() - t);
    log(
      `  TS scanTwoHopPairs, pruned, run ${run + 1}/${tsRuns}: ${sec(app[run])} (${int(appResult.pairs)} pairs visited)`,
    );
  }
  const prunedAgrees = compareTop(fullResult.top, appResult.top);

  log(`  NetworkX (${stream ? "streamed candidates" : "candidate list"}), budget ${OPTIONS.networkxTimeoutS} s`);
  const nx = await runNetworkx(
    {
      edges: edges.map((e) => [e.source, e.target]),
      nodes,
      eligible: graph.ids.filter((_, i) => eligible[i] === 1),
      k: OPTIONS.k,
      stream,
      progressEvery: stream ? 2_000_000 : 5_000_000,
    },
    OPTIONS.networkxTimeoutS * 1000,
  );
  const out = {
    info,
    pairs: fullResult.pairs,
    visited: appResult.pairs,
    appMs: app,
    appTop: appResult.top,
    fullMs: full,
    prunedAgrees,
    networkx: nx,
    stream,
  };
  if (!nx.timedOut) {
    const r = nx.result;
    out.sameGraph = r.nodes === graph.ids.length && r.edges === graph.edgeCount;
    out.sameCandidates = r.candidates === fullResult.pairs;
    out.comparison = compareTop(appResult.top, r.topk);
    log(
      `  NetworkX: compute ${r.compute_s.toFixed(2)} s (enumeration ${r.enumerate_s === null ? "inside" : r.enumerate_s.toFixed(2) + " s"}), ${int(r.candidates)} candidates; top ${OPTIONS.k} identical: ${out.comparison.identical}`,
    );
  } else {
    const last = nx.progress.at(-1);
    out.networkxLowerBoundS = last ? last.seconds : 0;
    log(
      `  NetworkX timed out; last progress: ${last ? `${last.phase} ${int(last.pairs)} pairs at ${last.seconds} s` : "none"}`,
    );
  }
  return out;
}

// -------------------------------------------- part 3: a generated territory ---

/** 4 × 4 grid of generateTerritory's towns (T01 … T16, row by row): neighbours share a side or a corner. */
function gridNeighbours(t, count) {
  const row = Math.floor(t / 4);
  const col = t % 4;
  const out = [];
  for (let r = row - 1; r <= row + 1; r++) {
    for (let c = col - 1; c <= col + 1; c++) {
      const u = r * 4 + c;
      if (r >= 0 && r < 4 && c >= 0 && c < 4 && u !== t && u < count) out.push(u);
    }
  }
  return out;
}

/** Runs in a child process (node --max-old-space-size=…): prints one JSON line per step. */
async function territoryChild() {
  const emit = (o) => process.stdout.write(JSON.stringify(o) + "\n");
  const { buildOpportunityContext, fitOnGraph } = api("domain/opportunities/context.js");
  const { buildCooperationGraph } = api("domain/opportunities/cooperation-graph.js");
  const { suggestPartnerships } = api("domain/opportunities/partnerships.js");
  const { loadComplementarity } = seedPkg();
  const organisations = Number(args.organisations);
  let t = performance.now();
  const territory = randomGraph.generateTerritory({ organisations, seed: Number(args.seed) });
  emit({
    step: "generate",
    ms: performance.now() - t,
    edges: territory.edges.length,
    events: territory.events.length,
    profiles: territory.profiles.length,
  });
  // The partnership model's fit, alone (the server fits it while loading a snapshot when the graph changed).
  const fitGraph = buildCooperationGraph(
    territory.edges,
    territory.profiles.map((p) => p.id),
  );
  const rssBefore = process.memoryUsage().rss;
  t = performance.now();
  const model = fitOnGraph(
    fitGraph,
    new Map(territory.profiles.map((p) => [p.id, p])),
    territory.edges.filter((e) => e.kind === "PARTNERSHIP"),
    [],
  );
  emit({
    step: "fit",
    ms: performance.now() - t,
    method: model.method,
    positives: model.positives,
    negatives: model.negatives,
    rssBeforeMb: rssBefore / 2 ** 20,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  });
  t = performance.now();
  const ctx = buildOpportunityContext({
    model,
    edges: territory.edges,
    profiles: territory.profiles.map((p) => ({ ...p })),
    nodeNames: territory.events.map((id, k) => ({ id, name: `Évènement ${k + 1}` })),
    themes: randomGraph.TERRITORY_THEMES.map((code) => ({ code, labelFr: code, labelEn: code })),
    towns: territory.towns.map((town, i) => ({
      inseeCode: town.inseeCode,
      name: town.name,
      neighbours: gridNeighbours(i, territory.towns.length).map((j) => territory.towns[j].inseeCode),
    })),
    needs: [],
    offers: [],
    declined: [],
    complementarity: loadComplementarity(),
  });
  emit({ step: "context", ms: performance.now() - t, nodes: ctx.graph.ids.length, edgeCount: ctx.graph.edgeCount });
  const townCounts = new Map();
  for (const p of territory.profiles) townCounts.set(p.inseeCode, (townCounts.get(p.inseeCode) ?? 0) + 1);
  const [town, townOrganisations] = [...townCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).at(-1); // the smallest town

  const step = (name, fn) => {
    const start = performance.now();
    try {
      const list = fn();
      emit({ step: name, ms: performance.now() - start, results: list.length, best: list[0]?.score ?? null });
    } catch (error) {
      emit({
        step: name,
        ms: performance.now() - start,
        error: `${error?.name ?? "Error"}: ${error?.message ?? error}`,
      });
    }
  };
  // How many candidates the unscoped ranking has to go through (scanTwoHopPairs over organisations, no pruning).
  t = performance.now();
  let candidates = 0;
  const isOrganisation = (i) => ctx.profiles.has(ctx.graph.ids[i]);
  scanTwoHopPairs(ctx.graph, { source: isOrganisation, target: isOrganisation, visit: () => candidates++ });
  emit({ step: "candidates", ms: performance.now() - t, candidates });
  step("territory", () => suggestPartnerships(ctx, {}, 100));
  emit({ step: "town-info", town, organisations: townOrganisations });
  step("town", () => suggestPartnerships(ctx, { inseeCode: town }, 20));
}

function benchTerritory() {
  return new Promise((resolve) => {
    const heapMb = 8192;
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${heapMb}`,
        fileURLToPath(import.meta.url),
        "--child=territory",
        `--organisations=${OPTIONS.nodes}`,
        `--seed=${OPTIONS.territorySeed}`,
      ],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const steps = {};
    let buffer = "";
    let stderr = "";
    let timedOut = false;
    const started = performance.now();
    child.stdout.on("data", (c) => {
      buffer += c.toString("utf8");
      let nl;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        const o = JSON.parse(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        steps[o.step] = o;
        log(`  territory: ${JSON.stringify(o)}`);
      }
    });
    child.stderr.on("data", (c) => (stderr = (stderr + c.toString("utf8")).slice(-4000)));
    const timer = setTimeout(() => {
      timedOut = true;
      log(`  territory: budget of ${OPTIONS.territoryTimeoutS} s reached, killing pid ${child.pid}`);
      child.kill("SIGKILL");
    }, OPTIONS.territoryTimeoutS * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ steps, timedOut, code, signal, stderr: stderr.trim(), wallMs: performance.now() - started, heapMb });
    });
  });
}

// ------------------------------------------------------------------ report ---

function report({ env, date, seed, graphs, territory, loads }) {
  const L = [];
  const p = (s = "") => L.push(s);
  p("# Benchmarks: opportunities");
  p();
  p("Generated by `bench/opportunities.mjs` (`npm run bench:opportunities`); do not edit by hand.");
  p();
  p("## Run");
  p();
  p(`- Date: ${date}`);
  p(
    `- Command: \`npm run bench:opportunities\` (= \`npm run build --silent && node bench/opportunities.mjs\`; options: ${JSON.stringify({ rounds: OPTIONS.rounds, kindRounds: OPTIONS.kindRounds, hubs: OPTIONS.hubs, networkxTimeoutS: OPTIONS.networkxTimeoutS, territoryTimeoutS: OPTIONS.territoryTimeoutS })})`,
  );
  p(`- Code: commit ${env.commit}`);
  p(`- Machine: ${env.cpuModel}, ${env.cores} cores, ${env.memoryGiB.toFixed(1)} GiB memory, ${env.os}`);
  p(
    `- Node ${env.node}; ${seed?.neo4j ?? "Neo4j: not run"} (local launcher, scripts/neo4j-local.mjs: -Xmx2g, 512 MiB page cache); Python ${env.python}, NetworkX ${env.networkx}`,
  );
  p(
    "- Everything on one machine, sequentially: Neo4j is stopped before the in-memory parts, and the TypeScript and NetworkX runs never overlap.",
  );
  p(
    `- Load average (1 min) before → after each part (the machine may be shared with other work; ${env.cores} cores): ${loads.map((l) => `${l.name} ${l.before.toFixed(2)} → ${l.after.toFixed(2)} (${sec(l.ms)})`).join("; ")}.`,
  );
  p();

  // ---------------------------------------------------------------- summary
  p("## Targets");
  p();
  p("| target | measured | result |");
  p("|---|---|---|");
  if (seed) {
    const a = seed.allKinds.all;
    p(
      `| Town-scoped suggestions at seed size (\`opportunities(inseeCode, limit: 20)\`, all kinds, over HTTP): p95 < 100 ms | p95 ${ms(a.p95)} (p50 ${ms(a.p50)}, p99 ${ms(a.p99)}, ${int(a.n)} warm requests) | ${verdict(a.p95 < 100)} |`,
    );
  }
  for (const g of graphs) {
    const label = g.info.options.hubs === 0 ? "no hubs" : `${g.info.options.hubs} hubs`;
    const ts = median(g.appMs);
    p(
      `| Territory-wide top 100, generated graph ${int(g.info.organisations)} organisations / ${int(g.info.edges)} relationships (${label}), app functions (\`scanTwoHopPairs\`, pruned): < 2 s | ${sec(ts)} (${g.appMs.length === 1 ? "1 run" : `median of ${g.appMs.length}`}; ${int(g.pairs)} candidate pairs, ${int(g.visited)} visited) | ${verdict(ts < 2000)} |`,
    );
    if (!g.networkx.timedOut) {
      const nxMs = g.networkx.result.compute_s * 1000;
      const ok =
        (g.comparison.identical || g.comparison.tieAware) && (g.prunedAgrees.identical || g.prunedAgrees.tieAware);
      p(
        `| Same, ≥ 10× faster than NetworkX on the same top 100 (${label}) | NetworkX ${sec(nxMs)} → **${(nxMs / ts).toFixed(1)}×**; top 100 ${g.comparison.identical ? "identical" : g.comparison.tieAware ? "equal up to ties" : "DIFFERENT"} | ${verdict(nxMs / ts >= 10 && ok)} |`,
      );
    } else {
      const lb = g.networkxLowerBoundS * 1000;
      p(
        `| Same, ≥ 10× faster than NetworkX on the same top 100 (${label}) | NetworkX did not finish within ${OPTIONS.networkxTimeoutS} s (killed); speed-up ≥ ${(lb / ts).toFixed(1)}× (lower bound) | ${lb / ts >= 10 ? verdict(true) : "**not shown** (lower bound below 10×)"} |`,
      );
    }
  }
  if (territory?.steps.territory) {
    const s = territory.steps.territory;
    p(
      `| (same 2 s target, informative) App path \`suggestPartnerships(ctx, {}, 100)\` on a generated 100,000-organisation territory | ${s.error ? `fails after ${sec(s.ms)}: ${s.error}` : sec(s.ms)} | ${verdict(!s.error && s.ms < 2000)} |`,
    );
  } else if (territory) {
    p(
      `| (same 2 s target, informative) App path \`suggestPartnerships(ctx, {}, 100)\` on a generated 100,000-organisation territory | ${territory.timedOut ? `did not finish within the ${OPTIONS.territoryTimeoutS} s budget` : `child exited with ${territory.code ?? territory.signal}`} | ${verdict(false)} |`,
    );
  }
  p();

  // ------------------------------------------------------------------ seed
  if (seed) {
    p("## 1. Seed size, over HTTP");
    p();
    p("What is measured: the seed (`seedDatabase`, demo population included) loaded into a fresh local Neo4j;");
    p(
      "graph-api started in-process as `tests/integration/harness.ts` does (`createServer` from graph-api/dist, a random JWT secret,",
    );
    p(
      "an `http.Server` on an ephemeral 127.0.0.1 port); one client (Node's `fetch`, keep-alive) POSTs to `/graphql`, sequentially, and",
    );
    p(
      "each figure is the client-side time from sending the request to having parsed the whole JSON answer. Each request asks for",
    );
    p(`\`${OPPORTUNITY_FIELDS}\` (explanations in French) — limit 20. Percentiles are nearest-rank.`);
    p();
    p(
      `- Seed: ${int(seed.seedGraph.organisations)} organisations, ${seed.towns} towns; cooperation graph ${int(seed.seedGraph.nodes)} nodes (organisations, events, pooled resources), ${int(seed.seedGraph.edges)} edges. Seeding took ${sec(seed.seedMs)}.`,
    );
    p(
      `- Snapshot load (\`loadOpportunityContext\`: six Cypher reads + \`buildOpportunityContext\`), called directly: first call on the fresh database **${ms(seed.loadColdMs)}**; then median ${ms(seed.loadWarm.median)}, max ${ms(seed.loadWarm.max)} over ${seed.loadWarm.n} calls.`,
    );
    p(
      `- First HTTP request (the server's finder loads its snapshot; Neo4j already warm from the calls above): **${ms(seed.coldRequestMs)}**.`,
    );
    p();
    const a = seed.allKinds;
    p(
      `All kinds, \`opportunities(inseeCode: $town, limit: 20)\`, ${OPTIONS.rounds} rounds × ${seed.towns} towns = ${a.all.n} requests after the first (${sec(seed.allKindsWallMs)} in all; ${a.meanResults.toFixed(1)} results per answer on average, ${a.empty} empty):`,
    );
    p();
    p("| requests | n | p50 | p95 | p99 | max | mean |");
    p("|---|---|---|---|---|---|---|");
    const row = (name, s) =>
      p(`| ${name} | ${s.n} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${ms(s.mean)} |`);
    row("all warm requests", a.all);
    if (a.reloads) row(`without the ${a.reloads} that reloaded the snapshot`, a.steady);
    p();
    p(
      `The finder keeps its snapshot while the graph's revision has not moved (db/graph-revision.ts), and nothing is written during these requests: only the first request above loads it (${a.reloads} reloads among the all-kinds requests${a.reloads ? `: ${a.reloadMs.map(ms).join(", ")}` : ""}).`,
    );
    p();
    p(
      `One kind at a time, \`opportunities(kind: $kind, inseeCode: $town, limit: 20)\`, ${OPTIONS.kindRounds} rounds × ${seed.towns} towns per kind:`,
    );
    p();
    p("| kind | n | p50 | p95 | p99 | max | results per answer | p95 < 100 ms |");
    p("|---|---|---|---|---|---|---|---|");
    for (const [kind, s] of Object.entries(seed.perKind)) {
      p(
        `| ${kind} | ${s.all.n} | ${ms(s.all.p50)} | ${ms(s.all.p95)} | ${ms(s.all.p99)} | ${ms(s.all.max)} | ${s.meanResults.toFixed(1)} | ${s.all.p95 < 100 ? "yes" : "no"} |`,
      );
    }
    p();
  }

  // --------------------------------------------------------------- graphs
  if (graphs.length) {
    p("## 2. Territory-wide top 100 on 100,000 organisations / 500,000 relationships");
    p();
    p(
      "Graphs: `generateGraph({ nodes: 100000, edges: 500000, seed, hubs })` from tools/src/opportunities/random-graph.ts,",
    );
    p(
      "built with `buildCooperationGraph(edges, generatedNodeIds(options))`. The ordinary nodes (`node-…`) are the organisations; hubs",
    );
    p(
      "(`hub-…`), when there are any, play events: they link organisations, and pairs that share one are candidates, but a hub is never",
    );
    p(
      "suggested itself. The raw edge list includes the generator's repeated (reversed) edges; both sides collapse them.",
    );
    p();
    p(
      "What each side computes — the same thing: the 100 pairs {u, v} of distinct, non-adjacent organisations with the highest resource",
    );
    p(
      "allocation index Σ_{w ∈ N(u) ∩ N(v)} 1/deg(w), ties broken by the pair's ids (as strings, u < v, then by (u, v)).",
    );
    p(
      "Pairs with no common neighbour score 0, so only two-hop pairs can be in the top 100 (the graphs have far more than 100 of them).",
    );
    p();
    p(
      "- **TypeScript (the app's functions)**, timed: `scanTwoHopPairs` (graph-api/src/domain/opportunities/link-prediction.ts, the kernel",
    );
    p(
      "  `suggestPartnerships` runs on), organisations as sources and targets, each pair's resource allocation offered to a bounded top-100",
    );
    p(
      "  heap (ids read only to break ties) — `topKApp` in the bench. The scan accumulates 1/deg(w) over the wedges u–w–v into a dense",
    );
    p(
      "  array per source, neighbours by increasing degree; **pruned** (the target): it stops expanding a source's remaining neighbours once",
    );
    p(
      "  their whole allocation is below the 100th score, then completes the pairs already reached exactly; **every pair**: no pruning,",
    );
    p(
      "  every candidate visited (this count is what NetworkX's candidate count is checked against). Graph generation and",
    );
    p("  `buildCooperationGraph` are not timed. One process, no worker threads.");
    p(
      "- **NetworkX**, in `bench/networkx_topk.py` (`python3`, fed the same raw edge list, extra nodes and organisation ids as JSON on stdin;",
    );
    p(
      "  `PYTHONHASHSEED=0`): builds its own `nx.Graph`, enumerates the same candidate pairs (two-hop pairs of organisations) in plain",
    );
    p(
      "  Python from its own adjacency, then, timed with `time.perf_counter` around this only (JSON parsing, graph building and candidate",
    );
    p("  enumeration excluded; `gc.freeze()` before it):");
    p("  `heapq.nsmallest(100, ((-p, u, v) for u, v, p in nx.resource_allocation_index(G, ebunch=candidates)))`.");
    p(
      "  `ebunch=None` (NetworkX's default: every non-edge, ≈ n²/2 ≈ 5·10⁹ pairs here) would give the same top 100 but is far out of",
    );
    p(
      "  reach, so NetworkX is given exactly the candidate set the TypeScript side enumerates; the candidate counts are checked equal.",
    );
    p("  Leaving the enumeration out of NetworkX's time favours NetworkX: the speed-ups below are conservative.");
    p(
      "- **Check**: the TypeScript and NetworkX top-100 lists must be identical — same pairs in the same order, scores within 1e-9.",
    );
    p(
      "- **Check**: the pruned top 100 must equal the unpruned one (same pairs in the same order, scores within 1e-9).",
    );
    p();
    p("Speed-ups are NetworkX's compute time over the pruned TypeScript time.");
    p();
    p(
      "| graph | nodes | relationships (distinct) | top degrees | candidate pairs | TS pruned (pairs visited) | TS every pair | NetworkX (compute only) | speed-up | top 100 identical to NetworkX's | pruned = every pair |",
    );
    p("|---|---|---|---|---|---|---|---|---|---|---|");
    for (const g of graphs) {
      const label = g.info.options.hubs === 0 ? "no hubs" : `${g.info.options.hubs} hubs`;
      const ts = median(g.appMs);
      const runs = (list) =>
        list.length === 1
          ? `${sec(median(list))} (1 run)`
          : `${sec(median(list))} (median of ${list.length}: ${list.map(sec).join(", ")})`;
      const tsCell = `${runs(g.appMs)}; ${int(g.visited)} pairs`;
      let nxCell;
      let speed;
      let same;
      if (!g.networkx.timedOut) {
        const r = g.networkx.result;
        nxCell =
          `${sec(r.compute_s * 1000)}` +
          (r.enumerate_s !== null
            ? ` (+ ${sec(r.enumerate_s * 1000)} enumerating candidates, untimed)`
            : " (candidates streamed, enumeration included)");
        speed = `${((r.compute_s * 1000) / ts).toFixed(1)}×`;
        same = g.comparison.identical
          ? `yes (max score difference ${g.comparison.maxDiff.toExponential(1)})`
          : g.comparison.tieAware
            ? "equal up to ties"
            : `**no** (${JSON.stringify(g.comparison)})`;
        if (!g.sameCandidates) same += `; candidate counts differ (${r.candidates} vs ${g.pairs})`;
        if (!g.sameGraph) same += `; graph sizes differ (${r.nodes}/${r.edges})`;
      } else {
        const last = g.networkx.progress.at(-1);
        nxCell = `> ${OPTIONS.networkxTimeoutS} s: killed at the budget${last ? ` (last progress: ${last.phase} pass, ${int(last.pairs)} pairs after ${last.seconds.toFixed(0)} s)` : ""}`;
        speed = `≥ ${((g.networkxLowerBoundS * 1000) / ts).toFixed(1)}× (lower bound)`;
        same = "n/a (NetworkX did not finish)";
      }
      p(
        `| ${label}, seed ${g.info.options.seed} | ${int(g.info.nodes)} | ${int(g.info.edges)} | ${g.info.topDegrees.join(", ")} | ${int(g.pairs)} | ${tsCell} | ${runs(g.fullMs)} | ${nxCell} | ${speed} | ${same} | ${g.prunedAgrees.identical ? "yes" : g.prunedAgrees.tieAware ? "equal up to ties" : `**no** (${JSON.stringify(g.prunedAgrees)})`} |`,
      );
    }
    p();
    for (const g of graphs) {
      if (g.networkx.timedOut) {
        const label = g.info.options.hubs === 0 ? "no hubs" : `${g.info.options.hubs} hubs`;
        const ref = graphs.find((x) => !x.networkx.timedOut);
        p(
          `With ${label}, NetworkX had to stream its candidates (the list of ${int(g.pairs)} pairs does not fit in memory as Python tuples),`,
        );
        p(
          "so its budget covers the enumeration as well (NetworkX iterates the ebunch twice: a check pass, then the scoring pass). The lower",
        );
        p(
          "bound is the time of its last progress report before it was killed." +
            (ref
              ? ` At the per-pair rate NetworkX showed on the graph without hubs (${((ref.networkx.result.compute_s / ref.networkx.result.candidates) * 1e6).toFixed(2)} µs per pair, enumeration excluded), scoring ${int(g.pairs)} pairs would take about ${sec((ref.networkx.result.compute_s / ref.networkx.result.candidates) * g.pairs * 1000)}, ${(((ref.networkx.result.compute_s / ref.networkx.result.candidates) * g.pairs * 1000) / median(g.appMs)).toFixed(1)}× the TypeScript time — an extrapolation, not a measurement.`
              : ""),
        );
        p();
      }
    }
    p(
      "Graph generation and building (not timed above): " +
        graphs
          .map(
            (g) =>
              `${g.info.options.hubs} hubs: generateGraph ${sec(g.info.generateMs)}, buildCooperationGraph ${sec(g.info.buildMs)}`,
          )
          .join("; ") +
        ".",
    );
    p();
  }

  // ------------------------------------------------------------ territory
  if (territory) {
    const s = territory.steps;
    p("## 3. The app's ranking on a generated 100,000-organisation territory");
    p();
    p(
      `\`generateTerritory({ organisations: 100000, seed: ${OPTIONS.territorySeed} })\` (random-graph.ts), turned into an \`OpportunityContext\` with`,
    );
    p(
      "`buildOpportunityContext` (profiles as generated, events named, the 25 theme codes, the 16 towns with a 4 × 4 grid as neighbours, no needs,",
    );
    p(
      `offers or declined suggestions), then \`suggestPartnerships\` timed as the finder calls it. In a child process (Node heap limit ${int(territory.heapMb)} MB,`,
    );
    p(`budget ${OPTIONS.territoryTimeoutS} s for the whole child).`);
    p();
    if (s.generate)
      p(
        `- generateTerritory: ${sec(s.generate.ms)} (${int(s.generate.profiles)} organisations, ${int(s.generate.events)} events, ${int(s.generate.edges)} edges); buildOpportunityContext: ${s.context ? `${sec(s.context.ms)} (${int(s.context.nodes)} nodes, ${int(s.context.edgeCount)} distinct edges)` : "not reached"}.`,
      );
    if (s.fit)
      p(
        `- Fitting the partnership model (\`fitOnGraph\`, from the ${int(s.fit.positives)} hidden partnerships and ${int(s.fit.negatives)} sampled unlinked pairs; ${s.fit.method}): **${sec(s.fit.ms)}**; the child's peak resident memory after the fit, generation and graph included: **${int(Math.round(s.fit.maxRssMb))} MB** (${int(Math.round(s.fit.rssBeforeMb))} MB before the fit).`,
      );
    if (s.town)
      p(
        `- \`suggestPartnerships(ctx, { inseeCode: ${s["town-info"]?.town ?? "?"} }, 20)\` (the smallest town, ${int(s["town-info"]?.organisations ?? 0)} organisations; informative, no target at this size): ${s.town.error ? `fails after ${sec(s.town.ms)}: ${s.town.error}` : `${sec(s.town.ms)}, ${s.town.results} results`}.`,
      );
    if (s.candidates)
      p(
        `- Candidate pairs of the unscoped ranking (two-hop pairs of organisations, counted with \`scanTwoHopPairs\`, no pruning, in ${sec(s.candidates.ms)}): ${int(s.candidates.candidates)}; \`suggestPartnerships\` goes through them with its pruning bound.`,
      );
    if (s.territory)
      p(
        `- \`suggestPartnerships(ctx, {}, 100)\`: ${s.territory.error ? `**fails** after ${sec(s.territory.ms)}: \`${s.territory.error}\`` : `**${sec(s.territory.ms)}**, ${s.territory.results} results`}.`,
      );
    if (territory.timedOut)
      p(
        `- The child was killed at its ${OPTIONS.territoryTimeoutS} s budget after ${sec(territory.wallMs)}; steps not listed above did not finish.`,
      );
    else if (territory.code !== 0)
      p(
        `- The child exited with ${territory.code ?? territory.signal}: \`${territory.stderr.split("\n").slice(-3).join(" ")}\``,
      );
    p();
  }
  return L.join("\n");
}

// -------------------------------------------------------------------- main ---

async function main() {
  if (args.child === "territory") return territoryChild();
  if (!existsSync(join(ROOT, "graph-api", "dist", "server.js")))
    throw new Error("graph-api/dist is missing: run `npx tsc -b` (or `npm run bench:opportunities`)");
  const env = machine();
  const date = new Date().toISOString();
  log(
    `${env.cpuModel}, ${env.cores} cores, ${env.memoryGiB.toFixed(1)} GiB; Node ${env.node}, NetworkX ${env.networkx}`,
  );

  // The machine may be shared: record the load around each part.
  const loads = [];
  const part = async (name, fn) => {
    const before = os.loadavg()[0];
    const started = performance.now();
    const value = await fn();
    loads.push({ name, before, after: os.loadavg()[0], ms: performance.now() - started });
    return value;
  };
  const seed = only.includes("seed") ? await part("1. seed, HTTP", benchSeed) : null;
  const graphs = [];
  if (only.includes("graph"))
    graphs.push(await part("2. graph, no hubs", () => benchGraph({ hubs: 0, tsRuns: OPTIONS.tsRuns, stream: false })));
  if (only.includes("hubs") && OPTIONS.hubs > 0)
    graphs.push(
      await part(`2. graph, ${OPTIONS.hubs} hubs`, () => benchGraph({ hubs: OPTIONS.hubs, tsRuns: 1, stream: true })),
    );
  let territory = null;
  if (only.includes("territory")) {
    if (typeof randomGraph.generateTerritory === "function") {
      log(
        `territory: generateTerritory(${OPTIONS.nodes}) + suggestPartnerships, budget ${OPTIONS.territoryTimeoutS} s`,
      );
      territory = await part("3. territory", benchTerritory);
    } else log("territory: random-graph.ts has no generateTerritory, skipped");
  }

  const text = report({ env, date, seed, graphs, territory, loads });
  process.stdout.write(text + "\n");
  if (OUT) {
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, text + "\n");
    log(`wrote ${relative(ROOT, OUT)}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
