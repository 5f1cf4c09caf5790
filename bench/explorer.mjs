#!/usr/bin/env node
// Benchmark of the explorer's graph view (issue target "Speed"): a generated
// graph of 5,000 organisations and 15,000 partnerships in a fresh local Neo4j
// (port 7698), graph-api in-process serving explorer/dist, Debian's Chromium
// headless (playwright-core). Measured in the page:
//   - first render with layout: from navigation start to the first frame drawn
//     with every node laid out (performance mark "maillage:graph-drawn" with 5,000 nodes);
//   - panning: frames per second while the view pans every animation frame for 3 s;
// for the canvas renderer and Cytoscape's WebGL renderer (?renderer=webgl).
// And the map view on the same organisations (points grouped by supercluster): the time to the first
// drawn points, then frames per second while the map pans (a 3 s mouse drag) and while it zooms
// in and out (the mouse wheel, 3 s).
// Also the bundle: what the first page loads, and the chunks loaded on demand; and, on the seed territory
// alone (before the generated graph is added), what a new visitor's first load of the network view
// transfers (bytes received, compressed, counted from Chromium's network events) and the time to its
// first drawn graph (the default view: Créteil's organisations).
// Writes docs/benchmarks-explorer.md (full runs only).
//
//   npm run bench:explorer        (builds first)
//   node bench/explorer.mjs [--nodes=5000] [--edges=15000] [--runs=3] [--renderers=canvas,webgl] [--port=7698] [--out=path.md]
//   node bench/explorer.mjs --seed-only [--runs=1]   (the seed territory's first load alone: a quick check)

import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { startLocalNeo4j } from "../scripts/neo4j-local.mjs";
import { countTransferredBytes, parseArgs, run, workspacePackages, writeReport } from "./lib/common.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "graph-api", "package.json"));
const args = parseArgs();
const OPTIONS = {
  nodes: Number(args.nodes ?? 5000),
  edges: Number(args.edges ?? 15000),
  runs: Number(args.runs ?? 3),
  port: Number(args.port ?? 7698),
  renderers: (args.renderers ?? "canvas,webgl").split(","),
  seedOnly: args["seed-only"] === "true",
};
/** The first load's targets on the seed territory. */
const FIRST_LOAD_MAX_BYTES = 400 * 1024;
/** Requests of the graph's query from Node before the page runs (the first one cold). */
const API_REQUESTS = 10;
const OUT = args.out
  ? join(process.cwd(), args.out)
  : !args.nodes && !args.edges && !args.runs && !args.renderers && !OPTIONS.seedOnly
    ? join(ROOT, "docs", "benchmarks-explorer.md")
    : null;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const log = (line) => process.stderr.write(`[bench] ${line}\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** 5,000 organisations spread over the 16 towns, 15,000 distinct partnerships, mostly within a town. */
async function loadGraph(driver, towns) {
  const { mulberry32 } = workspacePackages();
  const rand = mulberry32(7);
  const orgs = Array.from({ length: OPTIONS.nodes }, (_, i) => ({
    id: `bench-${String(i).padStart(5, "0")}`,
    label: rand() < 0.6 ? "EssStructure" : "Business",
    name: `Organisation fictive ${i}`,
    town: towns[Math.floor(rand() * towns.length)],
    lat: 48.72 + rand() * 0.1,
    lon: 2.42 + rand() * 0.18,
  }));
  const byTown = new Map();
  for (const o of orgs) (byTown.get(o.town) ?? byTown.set(o.town, []).get(o.town)).push(o);
  const seen = new Set();
  const edges = [];
  while (edges.length < OPTIONS.edges) {
    const a = orgs[Math.floor(rand() * orgs.length)];
    const local = byTown.get(a.town);
    const b = rand() < 0.8 ? local[Math.floor(rand() * local.length)] : orgs[Math.floor(rand() * orgs.length)];
    if (a === b) continue;
    const key = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ a: a.id, b: b.id });
  }
  for (const label of ["EssStructure", "Business"]) {
    const rows = orgs.filter((o) => o.label === label);
    await driver.executeQuery(
      `UNWIND $rows AS r MATCH (t:Town {inseeCode: r.town})
       CREATE (o:Organisation:${label} {id: r.id, name: r.name, source: 'bench/explorer.mjs', sourceKind: 'ILLUSTRATIVE', updatedAt: datetime(),
         location: point({latitude: r.lat, longitude: r.lon}), isVitrine: false, csrCommitments: []})-[:LOCATED_IN {source: 'bench', sourceKind: 'ILLUSTRATIVE', updatedAt: datetime()}]->(t)`,
      { rows },
    );
  }
  for (let i = 0; i < edges.length; i += 5000) {
    await driver.executeQuery(
      `UNWIND $rows AS r MATCH (a:Organisation {id: r.a}) MATCH (b:Organisation {id: r.b})
       CREATE (a)-[:PARTNERS_WITH {kind: 'CO_PROJECT', source: 'bench', sourceKind: 'ILLUSTRATIVE', updatedAt: datetime()}]->(b)`,
      { rows: edges.slice(i, i + 5000) },
    );
  }
  return { orgs: orgs.length, edges: edges.length };
}

async function measure(browser, url, renderer) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    let cdp;
    if (process.env.BENCH_CPU_PROFILE) {
      cdp = await page.context().newCDPSession(page);
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
      await cdp.send("Profiler.start");
    }
    const started = Date.now();
    await page.goto(
      `${url}/#/graph?town=&types=EssStructure,Business&limit=${OPTIONS.nodes}${renderer === "webgl" ? "&renderer=webgl" : ""}`,
    );
    const drawn = await page.waitForFunction(
      (n) => performance.getEntriesByName("maillage:graph-drawn").find((m) => m.detail?.nodes >= n),
      OPTIONS.nodes,
      { timeout: 120_000, polling: 100 },
    );
    const mark = await drawn.evaluate((m) => ({ startTime: m.startTime, detail: m.detail }));
    if (cdp) {
      const { profile } = await cdp.send("Profiler.stop");
      writeFileSync(`${process.env.BENCH_CPU_PROFILE}-${renderer}-${Date.now()}.cpuprofile`, JSON.stringify(profile));
    }
    const dataAt = await page.evaluate(
      () => performance.getEntriesByName("maillage:graph-data").at(-1)?.startTime ?? null,
    );
    // The graph's request: the largest answer from /graphql.
    const request = await page.evaluate(() => {
      const r = performance
        .getEntriesByType("resource")
        .filter((e) => e.name.endsWith("/graphql"))
        .sort((a, b) => b.encodedBodySize - a.encodedBodySize)[0];
      return r ? { startMs: r.startTime, endMs: r.responseEnd } : null;
    });
    // Panning as a user does it: a mouse drag across the graph for about 3 s, frames counted in the page meanwhile.
    const box = await page.getByTestId("graph").boundingBox();
    await startFrames(page);
    // From the empty margin (the layout leaves 30 px): a drag that starts on a node would move the node, not the view.
    const x0 = box.x + 10;
    const y0 = box.y + 10;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    const dragStarted = Date.now();
    for (let i = 0; Date.now() - dragStarted < 3000; i++) {
      await page.mouse.move(x0 + 150 + 150 * Math.sin(i / 10), y0 + 100 + 100 * Math.cos(i / 13));
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    const pan = await stopFrames(page);
    if (process.env.BENCH_LAYOUTS) {
      const variants = await page.evaluate(() => {
        const cy = window.__maillageCy;
        const out = {};
        const time = (name, opts) => {
          const t = performance.now();
          cy.layout({ name: "fcose", animate: false, fit: false, randomize: true, ...opts }).run();
          out[name] = Math.round(performance.now() - t);
        };
        time("draft", { quality: "draft" });
        time("draft-no-tile", { quality: "draft", tile: false });
        const t = performance.now();
        cy.layout({ name: "grid", animate: false, fit: false }).run();
        out.grid = Math.round(performance.now() - t);
        const t2 = performance.now();
        cy.style().update();
        out.styleUpdate = Math.round(performance.now() - t2);
        return out;
      });
      log(`layouts: ${JSON.stringify(variants)}`);
    }
    const resources = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((r) => r.name.split("/").pop()),
    );
    return {
      renderer,
      firstRenderMs: mark.startTime,
      dataMs: dataAt,
      request,
      paintMs: mark.detail.paintMs,
      layoutMs: mark.detail.layoutMs,
      addMs: mark.detail.addMs,
      nodes: mark.detail.nodes,
      edges: mark.detail.edges,
      fps: pan.fps,
      p95FrameMs: pan.p95FrameMs,
      wallMs: Date.now() - started,
      resources,
    };
  } finally {
    await page.close();
  }
}

/** Frames counted in the page from now until `stopFrames`. */
const startFrames = (page) =>
  page.evaluate(() => {
    window.__frames = [];
    const tick = (now) => {
      window.__frames.push(now);
      if (!window.__stopFrames) requestAnimationFrame(tick);
    };
    window.__stopFrames = false;
    requestAnimationFrame(tick);
  });
const stopFrames = (page) =>
  page.evaluate(() => {
    window.__stopFrames = true;
    const f = window.__frames;
    const gaps = f
      .slice(1)
      .map((t, i) => t - f[i])
      .sort((a, b) => a - b);
    return {
      fps: (f.length - 1) / ((f.at(-1) - f[0]) / 1000),
      p95FrameMs: gaps[Math.floor(gaps.length * 0.95)] ?? NaN,
    };
  });

/**
 * The map view with every generated organisation: from navigation start to the first points drawn
 * (grouped where they overlap), then panning (a mouse drag for 3 s, started outside the territory
 * so that it grabs the map, not a point) and zooming (the mouse wheel in and out for 3 s).
 */
async function measureMap(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(`${url}/#/map`);
    await page.waitForFunction(
      (n) => {
        const status = [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent).join(" ");
        const match = /([\d\s\u202f\u00a0]+) organisations (sur la carte|on the map)/.exec(status);
        return match && Number(match[1].replace(/\D/g, "")) >= n && document.querySelector(".point-cluster");
      },
      // The scope is the best connected 5,000 organisations, a few of the seed's reference ones without a place among them.
      OPTIONS.nodes * 0.99,
      { timeout: 120_000, polling: 50 },
    );
    const drawnMs = await page.evaluate(() => performance.now());
    const counts = await page.evaluate(() => ({
      groups: document.querySelectorAll(".point-cluster").length,
      points: document.querySelectorAll("path.organisation-point").length,
      placed: Number(
        /([\d\s\u202f\u00a0]+) organisations/
          .exec(document.querySelector('[role="status"]').textContent)[1]
          .replace(/\D/g, ""),
      ),
    }));
    const box = await page.getByTestId("map").boundingBox();
    const x0 = box.x + box.width - 40;
    const y0 = box.y + 40;
    await startFrames(page);
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    const dragStarted = Date.now();
    for (let i = 0; Date.now() - dragStarted < 3000; i++) {
      await page.mouse.move(x0 - 200 - 150 * Math.sin(i / 10), y0 + 150 + 100 * Math.cos(i / 13));
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    const pan = await stopFrames(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await startFrames(page);
    const zoomStarted = Date.now();
    for (let i = 0; Date.now() - zoomStarted < 3000; i++) {
      await page.mouse.wheel(0, i % 6 < 3 ? -120 : 120);
      await page.waitForTimeout(150);
    }
    const zoom = await stopFrames(page);
    return { drawnMs, ...counts, panFps: pan.fps, panP95: pan.p95FrameMs, zoomFps: zoom.fps, zoomP95: zoom.p95FrameMs };
  } finally {
    await page.close();
  }
}

/**
 * A new visitor opening the network view on the seed territory: an empty
 * cache, bytes received counted until the page is idle, time from navigation
 * start to the first frame drawn with the graph laid out.
 */
async function measureFirstLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "fr-FR" });
  const page = await context.newPage();
  try {
    const transferred = await countTransferredBytes(page);
    await page.goto(`${url}/#/graph`);
    const drawn = await page.waitForFunction(
      () => performance.getEntriesByName("maillage:graph-drawn").find((m) => m.detail?.nodes > 0),
      null,
      { timeout: 120_000, polling: 50 },
    );
    const mark = await drawn.evaluate((m) => ({ startTime: m.startTime, detail: m.detail }));
    await page.waitForLoadState("networkidle");
    const { total, byType } = transferred();
    return { firstDrawnMs: mark.startTime, nodes: mark.detail.nodes, edges: mark.detail.edges, bytes: total, byType };
  } finally {
    await context.close();
  }
}

async function main() {
  const dist = join(ROOT, "explorer", "dist", "assets");
  if (!existsSync(dist)) throw new Error("explorer/dist is missing: run `npm run build`");
  const dataDir = join(ROOT, ".data", "neo4j-bench-explorer");
  rmSync(dataDir, { recursive: true, force: true });
  log(`starting Neo4j on ${OPTIONS.port}`);
  const neo = await startLocalNeo4j({ port: OPTIONS.port, dataDir, log: (l) => log(l) });
  const seed = workspacePackages();
  const { createServer } = require(join(ROOT, "graph-api", "dist", "server.js"));
  const pino = require("pino");
  const driver = seed.openDriver({ uri: `bolt://127.0.0.1:${OPTIONS.port}` });
  let httpServer;
  let server;
  let browser;
  try {
    // With its illustrative organisations (the seed territory a new installation shows), removed again
    // before the generated graph is added.
    await seed.seedDatabase(driver, { demo: true });
    const towns = seed.loadTerritory().towns.map((t) => t.inseeCode);
    httpServer = createHttpServer();
    server = await createServer({
      config: {
        env: "production",
        bodyLimit: "1mb",
        queryTimeoutMs: 30000,
        neo4j: { database: undefined },
        jwt: { kind: "secret", secret: randomBytes(32) },
      },
      driver,
      logger: pino({ level: "silent" }),
      httpServer,
    });
    // Requests the server is still answering: a page closed after its run leaves its last requests
    // (the scope's opportunities: seconds of computation) running, and each run starts on an idle server.
    let inFlight = 0;
    httpServer.on("request", (req, res) => {
      inFlight++;
      res.once("close", () => inFlight--);
      server.app(req, res);
    });
    const serverIdle = async () => {
      const started = Date.now();
      while (inFlight > 0 && Date.now() - started < 120_000) await new Promise((r) => setTimeout(r, 50));
      if (Date.now() - started > 100) log(`waited ${Date.now() - started} ms for the previous page's requests to end`);
    };
    await new Promise((r) => httpServer.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${httpServer.address().port}`;
    const { chromium } = require("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--enable-unsafe-swiftshader",
      ],
    });
    // The seed territory first, before the generated organisations are added to its towns. The first
    // visit meets a cold server; the next ones are counted warm.
    const firstLoads = [];
    for (let run = 0; run <= Math.max(1, OPTIONS.seedOnly ? OPTIONS.runs : 3); run++) {
      await serverIdle();
      const r = await measureFirstLoad(browser, url);
      log(
        `seed territory, first load${run === 0 ? " (cold server)" : ""}: ${(r.bytes / 1024).toFixed(0)} KiB transferred (${Object.entries(
          r.byType,
        )
          .map(([type, b]) => `${type} ${(b / 1024).toFixed(0)} KiB`)
          .join(", ")}), first graph drawn at ${Math.round(r.firstDrawnMs)} ms (${r.nodes} nodes, ${r.edges} edges)`,
      );
      if (run > 0) firstLoads.push(r);
    }
    if (OPTIONS.seedOnly) return;
    await serverIdle();
    await driver.executeQuery("MATCH ()-[r]->() WHERE r.sourceKind = 'ILLUSTRATIVE' DELETE r");
    await driver.executeQuery("MATCH (n) WHERE n.sourceKind = 'ILLUSTRATIVE' DETACH DELETE n");
    const loaded = await loadGraph(driver, towns);
    log(`graph: ${loaded.orgs} organisations, ${loaded.edges} partnerships`);
    // The API alone, as the page asks it (server time + JSON over loopback). The first request meets a cold
    // server (fresh Neo4j, nothing compiled yet); the next ones warm it as a server in use is: the page runs
    // measure the explorer on a running server, not the server's start.
    const apiMs = [];
    for (let i = 0; i < API_REQUESTS; i++) {
      const t = performance.now();
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
        body: JSON.stringify({
          query: `{ cooperationGraph(types: ["EssStructure", "Business"], limit: ${OPTIONS.nodes}) { nodes { id type name inseeCode legalForm latitude longitude illustrative degree } edges { id source target type kind since } truncated } }`,
        }),
      });
      const body = await res.text();
      apiMs.push(performance.now() - t);
      log(`API cooperationGraph: ${Math.round(apiMs.at(-1))} ms, ${(body.length / 2 ** 20).toFixed(1)} MiB`);
    }
    const results = [];
    for (const renderer of OPTIONS.renderers) {
      for (let run = 0; run < OPTIONS.runs; run++) {
        await serverIdle();
        const r = await measure(browser, url, renderer);
        log(
          `${renderer} run ${run + 1}: first render ${Math.round(r.firstRenderMs)} ms (request ${Math.round(r.request?.startMs)}–${Math.round(r.request?.endMs)} ms, data at ${Math.round(r.dataMs)} ms, paint ${Math.round(r.paintMs)} ms, add ${Math.round(r.addMs)} ms, layout ${Math.round(r.layoutMs)} ms; ${r.nodes} nodes, ${r.edges} edges), panning ${r.fps.toFixed(1)} fps (p95 frame ${r.p95FrameMs.toFixed(1)} ms)`,
        );
        results.push(r);
      }
    }
    const maps = [];
    for (let run = 0; run < OPTIONS.runs; run++) {
      await serverIdle();
      const m = await measureMap(browser, url);
      log(
        `map run ${run + 1}: ${m.placed} organisations placed, first drawn at ${Math.round(m.drawnMs)} ms (${m.groups} groups, ${m.points} single points), panning ${m.panFps.toFixed(1)} fps (p95 frame ${m.panP95.toFixed(1)} ms), zooming ${m.zoomFps.toFixed(1)} fps (p95 frame ${m.zoomP95.toFixed(1)} ms)`,
      );
      maps.push(m);
    }
    const chunks = readdirSync(dist)
      .filter((f) => f.endsWith(".js"))
      .map((f) => ({ file: f, kB: statSync(join(dist, f)).size / 1024 }));
    // The report compares both renderers; a run of one only logs its figures.
    if (OPTIONS.renderers.includes("canvas") && OPTIONS.renderers.includes("webgl"))
      report(results, chunks, loaded, apiMs, firstLoads, maps);
  } finally {
    await browser?.close();
    if (server) await server.stop();
    httpServer?.close();
    await driver.close();
    await neo.stop();
  }
}

function report(results, chunks, loaded, apiMs, firstLoads, maps) {
  const L = [];
  const p = (s = "") => L.push(s);
  let commit = "?";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
    if (execFileSync("git", ["status", "--porcelain"], { cwd: ROOT }).toString().trim())
      commit += " (with uncommitted changes)";
  } catch {}
  const by = (renderer) => results.filter((r) => r.renderer === renderer);
  const verdict = (ok) => (ok ? "**PASS**" : "**FAIL**");
  p("# Benchmarks: explorer graph and map views");
  p();
  p("Generated by `bench/explorer.mjs` (`npm run bench:explorer`); do not edit by hand.");
  p();
  p(`- Date: ${new Date().toISOString()}; code: commit ${commit}`);
  p(
    `- Machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; Chromium: ${CHROMIUM} headless (software rendering, no GPU)`,
  );
  p(
    `- Graph: ${loaded.orgs} generated organisations in the 16 towns and ${loaded.edges} partnerships in a fresh local Neo4j; the page asks \`cooperationGraph(types: [EssStructure, Business], limit: ${OPTIONS.nodes})\`, as a coordinator choosing "whole territory, ${OPTIONS.nodes} organisations" does.`,
  );
  p(
    "- First render with layout: from navigation start to the renderer's first frame with every node at its laid-out place (`performance.mark(\"maillage:graph-drawn\")`, set on Cytoscape's `render` event; for WebGL, which has none, in the animation frame after its draw), including the API request, on a server that has answered the same query " +
      API_REQUESTS +
      " times before (warm, as a server in use is; its first, cold answer is in the table below), each run starting once the server has finished the previous page's requests. Until 2026-11-28 the mark was set before that frame, so the styling and drawing of the first frame (about 2 s here) were not counted. Panning: frames per second (animation frames counted in the page) during a 3 s mouse drag across the graph, as a user pans.",
  );
  p();
  p("| target | canvas renderer | WebGL renderer | result |");
  p("|---|---|---|---|");
  const c = by("canvas");
  const w = by("webgl");
  const first = (rs) =>
    `${(median(rs.map((r) => r.firstRenderMs)) / 1000).toFixed(2)} s (runs: ${rs.map((r) => (r.firstRenderMs / 1000).toFixed(2)).join(", ")})`;
  const fps = (rs) =>
    `${median(rs.map((r) => r.fps)).toFixed(1)} fps (p95 frame ${median(rs.map((r) => r.p95FrameMs)).toFixed(1)} ms)`;
  const bestFirst = Math.min(median(c.map((r) => r.firstRenderMs)), median(w.map((r) => r.firstRenderMs)));
  const bestFps = Math.max(median(c.map((r) => r.fps)), median(w.map((r) => r.fps)));
  p(
    `| First render with layout < 3 s (${OPTIONS.nodes} nodes, ${OPTIONS.edges} edges) | ${first(c)} | ${first(w)} | ${verdict(bestFirst < 3000)} |`,
  );
  p(`| Panning ≥ 30 frames/s | ${fps(c)} | ${fps(w)} | ${verdict(bestFps >= 30)} |`);
  p();
  const firstBytes = median(firstLoads.map((r) => r.bytes));
  p(
    "On the seed territory alone (before the generated organisations are added), a new visitor opening the network view (Créteil, the default): bytes received over the network until the page is idle (compressed, headers included: Chromium's `Network.loadingFinished` events), and the time from navigation start to the first frame drawn with the graph laid out (canvas renderer; median of the warm runs, the cold server's first answer left out).",
  );
  p();
  p("| seed territory | value | result |");
  p("|---|---|---|");
  p(
    `| First load of the network view < ${FIRST_LOAD_MAX_BYTES / 1024} KiB | ${(firstBytes / 1024).toFixed(0)} KiB (${Object.entries(
      firstLoads[0]?.byType ?? {},
    )
      .map(([type, b]) => `${type} ${(b / 1024).toFixed(0)} KiB`)
      .join(", ")}) | ${verdict(firstBytes < FIRST_LOAD_MAX_BYTES)} |`,
  );
  p(
    `| Time to the first drawn graph (${firstLoads[0]?.nodes} nodes, ${firstLoads[0]?.edges} links) | ${(median(firstLoads.map((r) => r.firstDrawnMs)) / 1000).toFixed(2)} s (runs: ${firstLoads.map((r) => (r.firstDrawnMs / 1000).toFixed(2)).join(", ")}) | — |`,
  );
  p();
  p("Where the first render's time goes (median over the runs of each renderer):");
  p();
  p("| step | canvas | WebGL |");
  p("|---|---|---|");
  const step = (rs, f) => `${Math.round(median(rs.map(f)))} ms`;
  p(
    `| API request alone (\`fetch\` from Node, same query): the first, on a cold server → median of the ${apiMs.length - 1} next | ${Math.round(apiMs[0])} ms → ${Math.round(median(apiMs.slice(1)))} ms | — |`,
  );
  p(
    `| graph request in the page: sent → answered (from navigation start) | ${step(c, (r) => r.request?.startMs)} → ${step(c, (r) => r.request?.endMs)} | ${step(w, (r) => r.request?.startMs)} → ${step(w, (r) => r.request?.endMs)} |`,
  );
  p(`| data in the page (from navigation start) | ${step(c, (r) => r.dataMs)} | ${step(w, (r) => r.dataMs)} |`);
  p(
    `| layout (Pivot MDS above 1,500 nodes, fcose up to that) | ${step(c, (r) => r.layoutMs)} | ${step(w, (r) => r.layoutMs)} |`,
  );
  p(`| elements added to Cytoscape | ${step(c, (r) => r.addMs)} | ${step(w, (r) => r.addMs)} |`);
  p(
    `| first frame drawn: Cytoscape styles every element, then draws | ${step(c, (r) => r.paintMs)} | ${step(w, (r) => r.paintMs)} |`,
  );
  p();
  p("## Map view");
  p();
  p(
    `The same ${loaded.orgs} generated organisations (and the seed's reference organisations) on the map (\`#/map\`, whole territory): the points are grouped where they would overlap (supercluster, recomputed at the end of each move), so a move redraws nothing until it ends. First drawn: from navigation start to the first frame with every organisation counted and the groups drawn. Panning: frames per second during a 3 s mouse drag; zooming: during 3 s of mouse-wheel steps in and out (Leaflet's animated zoom). Median of ${maps.length} runs.`,
  );
  p();
  p("| target | value | result |");
  p("|---|---|---|");
  const mapMedian = (f) => median(maps.map(f));
  p(
    `| Map drawn (${mapMedian((m) => m.placed)} organisations placed: ${mapMedian((m) => m.groups)} groups, ${mapMedian((m) => m.points)} single points at first) | ${(mapMedian((m) => m.drawnMs) / 1000).toFixed(2)} s (runs: ${maps.map((m) => (m.drawnMs / 1000).toFixed(2)).join(", ")}) | — |`,
  );
  p(
    `| Map panning ≥ 30 frames/s | ${mapMedian((m) => m.panFps).toFixed(1)} fps (p95 frame ${mapMedian((m) => m.panP95).toFixed(1)} ms) | ${verdict(mapMedian((m) => m.panFps) >= 30)} |`,
  );
  p(
    `| Map zooming ≥ 30 frames/s | ${mapMedian((m) => m.zoomFps).toFixed(1)} fps (p95 frame ${mapMedian((m) => m.zoomP95).toFixed(1)} ms) | ${verdict(mapMedian((m) => m.zoomFps) >= 30)} |`,
  );
  p();
  const firstLoad = new Set(c[0]?.resources ?? []);
  p("## Bundle");
  p();
  p("| chunk | size | loaded by the network view |");
  p("|---|---|---|");
  for (const ch of chunks.sort((a, b) => b.kB - a.kB))
    p(`| ${ch.file} | ${ch.kB.toFixed(0)} KiB | ${firstLoad.has(ch.file) ? "yes" : "no (on demand)"} |`);
  writeReport(L, OUT);
}

run(main);
