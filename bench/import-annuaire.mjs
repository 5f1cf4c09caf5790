// Part "annuaire" of bench/import.mjs: `npm run import -- annuaire --businesses`
// on a replayed territory. A local HTTP server answers /search as the company
// search API does for the importer's queries (est_ess, code_commune,
// section_activite_principale, etat_administratif, page, per_page 25, a
// direct SIRET search), from a seeded territory of ESS organisations and
// businesses in the 16 towns (names illustrative). The importer runs twice
// with the rate limit lifted (first run: all new; second: unchanged), timed;
// the time at the real service's 7 requests a second is the requests made
// divided by 7 (a floor: the requests go one after the other), and measured
// when --annuaire-limited is given (minutes).

import { createServer } from "node:http";
import { rmSync } from "node:fs";
import { join, relative } from "node:path";

const NAF_BY_SECTION = {
  A: "01.13Z",
  C: "10.71C",
  F: "43.21A",
  G: "47.11B",
  H: "49.41A",
  I: "56.10A",
  J: "62.01Z",
  K: "66.19B",
  L: "68.20A",
  M: "70.22Z",
  N: "81.21Z",
  P: "85.59A",
  Q: "86.21Z",
  R: "90.01Z",
  S: "96.02A",
};
const USED_SECTIONS = Object.keys(NAF_BY_SECTION);

/** The Luhn check digit that completes `body`. */
const luhnComplete = (luhnValid, body) => {
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d;
  throw new Error("unreachable");
};

/**
 * Legal units with their establishments: `ess` ESS units (associations, a
 * few SCOP) and businesses, `establishments` establishments in all, spread
 * over the towns (and their centroids).
 */
export function replayTerritory({ towns, ess, establishments, seed, mulberry32, luhnValid }) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const units = [];
  let siren = 0;
  let made = 0;
  const unitOf = (isEss) => {
    const s = luhnComplete(luhnValid, String(60_000_000 + siren++).padStart(8, "0"));
    const section = isEss ? pick(["Q", "S", "R", "P"]) : pick(USED_SECTIONS);
    const count = isEss && random() < 0.25 ? 2 : 1;
    const etablissements = [];
    for (let k = 1; k <= count && made < establishments; k++, made++) {
      const town = pick(towns);
      etablissements.push({
        siret: luhnComplete(luhnValid, `${s}${String(k).padStart(4, "0")}`),
        commune: town.inseeCode,
        code_postal: town.postalCode,
        adresse: `${1 + Math.floor(random() * 120)} RUE FICTIVE ${town.postalCode} ${town.name.toUpperCase()}`,
        activite_principale: NAF_BY_SECTION[section] ?? "88.99B",
        tranche_effectif_salarie: pick(["NN", "00", "01", "02", "03", "11"]),
        est_siege: k === 1,
        etat_administratif: "A",
        latitude: String(town.latitude + (random() - 0.5) / 200),
        longitude: String(town.longitude + (random() - 0.5) / 200),
        liste_enseignes: null,
        nom_commercial: null,
      });
    }
    const scop = isEss && random() < 0.05;
    units.push({
      siren: s,
      nom_complet: `${isEss ? "ASSOCIATION" : "ENTREPRISE"} FICTIVE ${siren}`,
      nom_raison_sociale: `${isEss ? "ASSOCIATION" : "ENTREPRISE"} FICTIVE ${siren}`,
      nature_juridique: isEss ? (scop ? "5458" : "9220") : "5710",
      date_creation: "2015-01-01",
      etat_administratif: "A",
      section_activite_principale: section,
      complements: { est_ess: isEss, est_entrepreneur_individuel: false },
      etablissements,
    });
  };
  for (let i = 0; i < ess; i++) unitOf(true);
  while (made < establishments) unitOf(false);
  return units;
}

/** A stand-in for /search answering from `units`; resolves { url, requests, close }. */
export async function replayService(units) {
  const state = { requests: 0 };
  // The answer of one filter set, computed once and paged: the same query asks for pages 1…n.
  const cache = new Map();
  const select = (params) => {
    const communes = params.get("code_commune")?.split(",") ?? [];
    const key = ["est_ess", "code_commune", "section_activite_principale", "etat_administratif"]
      .map((k) => params.get(k))
      .join("|");
    let hits = cache.get(key);
    if (!hits) {
      const ess = params.get("est_ess");
      const section = params.get("section_activite_principale");
      hits = [];
      for (const u of units) {
        if (ess !== null && u.complements.est_ess !== (ess === "true")) continue;
        if (section !== null && u.section_activite_principale !== section) continue;
        const matching = u.etablissements.filter((e) => communes.includes(e.commune));
        if (matching.length) hits.push({ u, matching });
      }
      cache.set(key, hits);
    }
    return hits;
  };
  const server = createServer((req, res) => {
    state.requests++;
    const params = new URL(req.url ?? "/", "http://localhost").searchParams;
    const q = params.get("q");
    let hits;
    if (q) {
      const u = units.find((x) => x.etablissements.some((e) => e.siret === q));
      hits = u ? [{ u, matching: u.etablissements.filter((e) => e.siret === q) }] : [];
    } else hits = select(params);
    const perPage = Math.min(25, Number(params.get("per_page") ?? 10));
    const page = Number(params.get("page") ?? 1);
    const results = hits.slice((page - 1) * perPage, page * perPage).map(({ u, matching }) => {
      const { etablissements, ...rest } = u;
      return { ...rest, siege: etablissements[0], matching_etablissements: matching };
    });
    res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({
        results,
        total_results: hits.length,
        page,
        per_page: perPage,
        total_pages: Math.ceil(hits.length / perPage),
      }),
    );
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    get requests() {
      return state.requests;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Runs the part: a fresh Neo4j, the replayed service, two timed imports (and a rate-limited one with `limited`). */
export async function benchAnnuaire({ ROOT, port, ess, establishments, seed, limited, tmp, imp, seedPkg, log }) {
  const { startLocalNeo4j } = await import(join(ROOT, "scripts", "neo4j-local.mjs"));
  const { openDriver, seedDatabase, loadTerritory, mulberry32 } = seedPkg();
  const { runAnnuaireImport } = imp("run-annuaire.js");
  const { createProgress, luhnValid } = imp("index.js");
  const towns = loadTerritory().towns.map((t) => ({
    inseeCode: t.inseeCode,
    name: t.name,
    postalCode: t.postalCodes[0],
    latitude: t.centroid.latitude,
    longitude: t.centroid.longitude,
  }));
  const units = replayTerritory({ towns, ess, establishments, seed, mulberry32, luhnValid });
  const service = await replayService(units);
  const dataDir = join(ROOT, ".data", "neo4j-bench-import");
  rmSync(dataDir, { recursive: true, force: true });
  log(
    `annuaire: ${units.length} legal units (${ess} ESS), ${establishments} establishments, served from ${service.url}; starting Neo4j on 127.0.0.1:${port} (data in ${relative(ROOT, dataDir)})`,
  );
  const neo4j = await startLocalNeo4j({ port, dataDir, log });
  const result = { units: units.length, ess, establishments, runs: [] };
  let driver;
  try {
    driver = openDriver({ uri: neo4j.uri });
    await seedDatabase(driver, { demo: false });
    const runs = [
      ["first import (all new)", Infinity],
      ["second import (unchanged)", Infinity],
      ...(limited ? [["third import, 7 requests/s (unchanged)", 7]] : []),
    ];
    for (const [name, rate] of runs) {
      const before = service.requests;
      const t = performance.now();
      const summary = await runAnnuaireImport({
        driver,
        dryRun: false,
        reportPath: join(tmp, `annuaire-report-${result.runs.length + 1}.csv`),
        progress: createProgress({ quiet: true }),
        baseUrl: service.url,
        businesses: true,
        statePath: join(tmp, "annuaire-state.json"),
        client: { requestsPerSecond: rate === Infinity ? 1e9 : rate },
      });
      const ms = performance.now() - t;
      const requests = service.requests - before;
      const rows = summary.counts.read;
      result.runs.push({
        name,
        ms,
        writeMs: summary.writeMs,
        requests,
        rows,
        counts: summary.counts,
        limitedFloorMs: (requests / 7) * 1000,
      });
      log(
        `annuaire ${name}: ${(ms / 1000).toFixed(1)} s, ${requests} requests, ${rows} rows → ${Math.round((rows * 1000) / ms)} rows/s; ${JSON.stringify(summary.counts)}; at 7 requests/s ≥ ${(requests / 7).toFixed(0)} s`,
      );
    }
    const [check] = (
      await driver.executeQuery(
        "MATCH (o:Organisation) WHERE o.importedJson CONTAINS '\"annuaire\"' RETURN count(o) AS organisations, sum(CASE WHEN o:EssStructure THEN 1 ELSE 0 END) AS essStructures, count(o.location) AS located",
      )
    ).records;
    result.check = check.toObject();
    for (const k of Object.keys(result.check)) result.check[k] = Number(result.check[k]);
  } finally {
    if (driver) await driver.close().catch(() => {});
    await service.close();
    log("stopping Neo4j");
    await neo4j.stop();
  }
  return result;
}

/** The report's section. */
export function annuaireSection(a, { int, sec }) {
  const L = [];
  const p = (s = "") => L.push(s);
  p("## 4. annuaire: the company search API, replayed");
  p();
  p(
    `\`runAnnuaireImport\` with \`--businesses\` over the 16 towns (1 ESS query, 16 × 21 business queries and their pages, then the SIRET look-ups of organisations no query returned) against a local replay of the service (bench/import-annuaire.mjs: ${int(a.units)} legal units, ${int(a.ess)} of them ESS, ${int(a.establishments)} establishments), into a fresh Neo4j seeded without the demo. Each page is written in its own transaction as it comes. The rate limit is lifted for the timed runs; the time at the real service's 7 requests a second is at least requests / 7, since requests go one after the other${a.runs.length > 2 ? " (the third run measures it)" : " (measured with `--annuaire-limited`)"}.`,
  );
  p();
  p(
    "| run | requests | rows read | time | of which writing | rows/s | at 7 requests/s | created | updated | unchanged | skipped | rejected |",
  );
  p("|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of a.runs)
    p(
      `| ${r.name} | ${int(r.requests)} | ${int(r.rows)} | ${sec(r.ms)} | ${sec(r.writeMs)} | ${int((r.rows * 1000) / r.ms)} | ≥ ${sec(r.limitedFloorMs)} | ${int(r.counts.created)} | ${int(r.counts.updated)} | ${int(r.counts.unchanged)} | ${int(r.counts.skipped)} | ${int(r.counts.rejected)} |`,
    );
  p();
  const ok = a.check.organisations === a.establishments;
  p(
    `Checked in Neo4j: ${int(a.check.organisations)} organisations from the annuaire (${int(a.check.essStructures)} ESS structures, ${int(a.check.located)} located) — ${ok ? "one per establishment, as expected" : `**NOT as expected** (${int(a.establishments)})`}.`,
  );
  p();
  return L.join("\n");
}
