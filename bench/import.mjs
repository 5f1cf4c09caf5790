#!/usr/bin/env node
// Benchmarks of the Sirene importer (issue target: "A generated 200,000-row
// file in the StockEtablissement format: parsed and validated at ≥ 50,000
// rows/s, written into Neo4j at ≥ 5,000 rows/s on this machine. Figures in
// docs/."):
//
//   0. Generation, seeded (mulberry32), into a temporary folder: a
//      StockEtablissement CSV (INSEE's exact header, comma-delimited, a value
//      quoted only when it holds a comma or a quote) of 200,000 active
//      establishments in the 16 GPSEA towns, valid SIRETs, Lambert-93
//      coordinates inside each town's boundary, NAF rev. 2 codes and staff
//      ranges; and the matching StockUniteLegale (one row per SIREN:
//      associations, SAS, SARL, a few cooperatives, mutuals and foundations;
//      no natural persons). Every name is illustrative ("… fictif 12345").
//   1. Parse + validate: `readSirene` alone (importers/dist), in a fresh child
//      process per run (quiet progress, a report in the temp folder), 3 runs,
//      median. rows/s = 200,000 / time. Target ≥ 50,000 rows/s. Peak RSS
//      (process.resourceUsage().maxRSS) of each run.
//   2. Constant memory: the same 200,000 territory rows inside a 1,000,000-row
//      file (800,000 establishments in other Île-de-France towns, skipped and
//      not kept), parsed once; peak RSS against the 200,000-row file's.
//   3. Write: a fresh local Neo4j (port 7697, data folder
//      .data/neo4j-bench-import, removed first), schema + territory seed (no
//      demo), then `runImport` on the two files, timed (total, read, write);
//      rows written/s = rows written / write time. Target ≥ 5,000 rows/s. A
//      second `runImport` of the same files (all unchanged), timed too. Counts
//      checked in Neo4j. Neo4j is stopped at the end, also on error.
//   4. annuaire (bench/import-annuaire.mjs): `npm run import -- annuaire
//      --businesses` against a local replay of the company search API, a
//      territory of 2,000 ESS organisations and 30,000 establishments, into a
//      fresh Neo4j: rows/s with the rate limit lifted, and the time at the
//      real service's 7 requests a second (requests / 7; measured with
//      --annuaire-limited, which takes minutes).
//
// Writes docs/benchmarks-import.md (full runs only) and prints the same
// report on stdout; progress goes to stderr.
//
//   npm run bench:import                               (builds first)
//   node bench/import.mjs [--rows=200000] [--runs=3] [--big-rows=1000000]
//        [--only=parse,memory,write,annuaire] [--port=7697] [--profile] [--keep-files]
//        [--annuaire-ess=2000] [--annuaire-establishments=30000] [--annuaire-limited]
//        [--out=path.md]

import { spawn, execFileSync } from "node:child_process";
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { annuaireSection, benchAnnuaire } from "./import-annuaire.mjs";
import { onlyParts, parseArgs, run, workspacePackages } from "./lib/common.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "importers", "package.json"));
const imp = (p) => require(join(ROOT, "importers", "dist", p));
const seedPkg = () => workspacePackages();

// ------------------------------------------------------------------ options ---

const args = parseArgs();
const PARTS = ["parse", "memory", "write", "annuaire"];
const only = onlyParts(args, PARTS);
const OPTIONS = {
  rows: Number(args.rows ?? 200_000),
  bigRows: Number(args["big-rows"] ?? 1_000_000),
  runs: Number(args.runs ?? 3),
  port: Number(args.port ?? 7697),
  seed: Number(args.seed ?? 2014),
  profile: args.profile === "true",
  keepFiles: args["keep-files"] === "true",
  annuaireEss: Number(args["annuaire-ess"] ?? 2_000),
  annuaireEstablishments: Number(args["annuaire-establishments"] ?? 30_000),
  annuaireLimited: args["annuaire-limited"] === "true",
};
const TARGET_PARSE = 50_000;
const TARGET_WRITE = 5_000;
const DEFAULT_OUT = join(ROOT, "docs", "benchmarks-import.md");
const OUT = args.out
  ? resolve(process.cwd(), args.out)
  : only.length === PARTS.length &&
      !args.rows &&
      !args["big-rows"] &&
      !args.runs &&
      !args["annuaire-ess"] &&
      !args["annuaire-establishments"]
    ? DEFAULT_OUT
    : null;

const log = (line) => process.stderr.write(`[bench] ${line}\n`);

const median = (values) => [...values].sort((a, b) => a - b)[Math.ceil(values.length / 2) - 1];
const sec = (msValue) => (msValue / 1000).toFixed(2) + " s";
const int = (x) => Math.round(x).toLocaleString("en-US");
const mib = (kib) => (kib / 1024).toFixed(0) + " MiB";
const verdict = (ok) => (ok ? "**PASS**" : "**FAIL**");
const loadavg = () => os.loadavg()[0];

// ---------------------------------------------------------------- generator ---

/** NAF rev. 2 sub-classes, weighted: what associations do, and what companies do. */
const NAF_ASSOCIATION = [
  ["94.99Z", 30],
  ["88.99B", 8],
  ["93.12Z", 8],
  ["85.59B", 6],
  ["90.01Z", 4],
  ["88.10B", 3],
  ["93.29Z", 3],
  ["88.91A", 2],
  ["94.91Z", 1],
  ["85.59A", 3],
  ["88.99A", 3],
  ["90.04Z", 2],
  ["91.02Z", 1],
  ["87.30A", 1],
  ["56.10A", 1],
  ["81.30Z", 1],
  ["38.11Z", 1],
  ["47.79Z", 1],
];
const NAF_COMPANY = [
  ["47.11B", 4],
  ["47.11D", 2],
  ["47.11F", 1],
  ["47.19B", 2],
  ["47.24Z", 2],
  ["47.73Z", 2],
  ["47.79Z", 1],
  ["47.71Z", 3],
  ["56.10A", 8],
  ["56.10C", 4],
  ["56.30Z", 3],
  ["43.21A", 5],
  ["43.22A", 4],
  ["43.34Z", 3],
  ["43.99C", 3],
  ["41.20A", 2],
  ["45.20A", 3],
  ["49.32Z", 4],
  ["49.41A", 2],
  ["62.01Z", 5],
  ["62.02A", 3],
  ["68.20A", 3],
  ["68.20B", 4],
  ["68.31Z", 3],
  ["69.20Z", 2],
  ["70.22Z", 6],
  ["71.12B", 2],
  ["74.10Z", 2],
  ["81.21Z", 3],
  ["86.21Z", 3],
  ["86.90D", 1],
  ["96.02A", 4],
  ["96.09Z", 2],
  ["38.32Z", 1],
  ["10.71C", 2],
  ["55.10Z", 1],
  ["88.10A", 1],
  ["87.10A", 1],
  ["85.59A", 2],
  ["01.13Z", 1],
  ["16.23Z", 1],
  ["33.12Z", 1],
  ["46.90Z", 2],
  ["52.29A", 1],
  ["73.11Z", 2],
];
/** Legal categories (weight): 92xx associations, 57xx SAS, 54xx SARL, 55xx SA, cooperatives, mutuals, foundations. */
const CATEGORIES = [
  ["9220", 34],
  ["9210", 2],
  ["9260", 1],
  ["5710", 26],
  ["5499", 20],
  ["5498", 7],
  ["5599", 2],
  ["5202", 1],
  ["5458", 1],
  ["5560", 1],
  ["6317", 0.5],
  ["8210", 0.5],
  ["9300", 0.5],
  ["5785", 0.5],
  ["6540", 2],
  ["7344", 1],
];
const STAFF = [
  ["NN", 30],
  ["", 12],
  ["00", 10],
  ["01", 14],
  ["02", 10],
  ["03", 8],
  ["11", 7],
  ["12", 5],
  ["21", 2],
  ["22", 1],
  ["31", 0.5],
  ["32", 0.5],
];
const STREET_TYPES = ["RUE", "RUE", "RUE", "AV", "AV", "BD", "PL", "ALL", "CHE", "IMP", "RTE", "SQ"];
const STREET_NAMES = [
  "DE LA REPUBLIQUE",
  "DU GENERAL DE GAULLE",
  "JEAN JAURES",
  "VICTOR HUGO",
  "DE PARIS",
  "DU MARECHAL FOCH",
  "PASTEUR",
  "DES ECOLES",
  "DE LA GARE",
  "GAMBETTA",
  "DU 8 MAI 1945",
  "DE VERDUN",
  "PAUL VAILLANT COUTURIER",
  "DES PEUPLIERS",
  "DE L EGLISE",
  "DE BRIE",
  "DU MOULIN",
  "DES TILLEULS",
  "SALVADOR ALLENDE",
  "DU PORT",
  "DE VILLENEUVE",
  "DES CHAMPS",
  "DU PAVE",
  "DE LA MARNE",
];

function weighted(table) {
  const total = table.reduce((s, [, w]) => s + w, 0);
  const cumulative = [];
  let acc = 0;
  for (const [value, w] of table) cumulative.push([value, (acc += w / total)]);
  return (r) => {
    for (const [value, c] of cumulative) if (r < c) return value;
    return cumulative[cumulative.length - 1][0];
  };
}

/** Points inside a WGS84 ring (ray casting). */
function insideRing(ring, lon, lat) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** INSEE's quoting: a value is quoted when it holds the delimiter, a quote or a line break. */
const csvValue = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

class LineWriter {
  constructor(path) {
    this.path = path;
    this.fd = openSync(path, "w");
    this.parts = [];
    this.size = 0;
  }
  row(values) {
    const line = values.map(csvValue).join(",") + "\n";
    this.parts.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush() {
    writeSync(this.fd, this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Writes StockEtablissement and StockUniteLegale files: `territoryRows`
 * establishments in the 16 towns, `outsideRows` in other Île-de-France
 * communes, interleaved. Deterministic for a given seed.
 */
function generateSireneFiles({ dir, prefix, territoryRows, outsideRows, seed }) {
  const { ETABLISSEMENT_COLUMNS, UNITE_LEGALE_COLUMNS, luhnValid } = imp("index.js");
  const { nafLabel } = imp("reference/naf.js");
  const { mulberry32, loadTerritory } = seedPkg();
  const proj4 = require("proj4");
  const toLambert93 = proj4(
    "WGS84",
    "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  );
  for (const [code] of [...NAF_ASSOCIATION, ...NAF_COMPANY])
    if (!nafLabel(code)) throw new Error(`generator: ${code} is not a NAF rev. 2 code`);

  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const nafAssociation = weighted(NAF_ASSOCIATION);
  const nafCompany = weighted(NAF_COMPANY);
  const category = weighted(CATEGORIES);
  const staff = weighted(STAFF);
  const towns = loadTerritory().towns.map((t) => {
    const lons = t.ring.map((p) => p[0]);
    const lats = t.ring.map((p) => p[1]);
    return {
      ...t,
      box: [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)],
      label: t.name.toUpperCase().replace(/-/g, " "),
    };
  });
  // Towns weighted by population, as establishments are.
  const town = weighted(towns.map((t) => [t, t.population]));
  const territoryCodes = new Set(towns.map((t) => t.inseeCode));
  const others = require("@etalab/decoupage-administratif/data/communes.json").filter(
    (c) =>
      c.type === "commune-actuelle" &&
      ["75", "77", "78", "91", "92", "93", "94", "95"].includes(c.departement) &&
      !territoryCodes.has(c.code),
  );

  const checkDigit = (digits) => {
    for (let d = 0; d < 10; d++) if (luhnValid(digits + d)) return String(d);
    throw new Error("unreachable");
  };
  const sirens = new Set();
  const newSiren = () => {
    for (;;) {
      const base = String(30_000_000 + Math.floor(random() * 69_999_999)).padStart(8, "0");
      const siren = base + checkDigit(base);
      if (siren !== "356000000" && !sirens.has(siren)) {
        sirens.add(siren);
        return siren;
      }
    }
  };
  const date = (from, to) => {
    const y = from + Math.floor(random() * (to - from + 1));
    return `${y}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
  };

  const establishmentsFile = join(dir, `${prefix}StockEtablissement_utf8.csv`);
  const legalUnitsFile = join(dir, `${prefix}StockUniteLegale_utf8.csv`);
  const est = new LineWriter(establishmentsFile);
  const ul = new LineWriter(legalUnitsFile);
  est.row(ETABLISSEMENT_COLUMNS);
  ul.row(UNITE_LEGALE_COLUMNS);
  const eIndex = new Map(ETABLISSEMENT_COLUMNS.map((c, i) => [c, i]));
  const uIndex = new Map(UNITE_LEGALE_COLUMNS.map((c, i) => [c, i]));
  const stats = {
    establishments: 0,
    territory: 0,
    outside: 0,
    legalUnits: 0,
    associations: 0,
    essFlag: 0,
    rnaIds: 0,
    quoted: 0,
    withoutEnseigne: 0,
    categories: {},
  };

  let territoryLeft = territoryRows;
  let outsideLeft = outsideRows;
  let unitNumber = 0;
  while (territoryLeft + outsideLeft > 0) {
    const inTerritory = random() * (territoryLeft + outsideLeft) < territoryLeft;
    const r = random();
    let count = r < 0.8 ? 1 : r < 0.93 ? 2 : r < 0.98 ? 3 : 4 + Math.floor(random() * 5);
    count = Math.min(count, inTerritory ? territoryLeft : outsideLeft);
    if (inTerritory) territoryLeft -= count;
    else outsideLeft -= count;
    unitNumber++;

    const siren = newSiren();
    const cat = category(random());
    const association = cat.startsWith("92");
    // INSEE flags most associations ESS; a few companies (cooperatives, ESUS) too.
    const ess =
      association || cat.startsWith("93") || cat.startsWith("82") || cat.startsWith("63")
        ? random() < 0.95
        : random() < 0.04;
    // RNA ids on single-establishment associations only: the importer gives every establishment of an
    // association its legal unit's RNA id, and rnaId is unique on EssStructure (see the report).
    const rnaId = association && count === 1 && random() < 0.75 ? `W94${String(unitNumber).padStart(7, "0")}` : ""; // unique
    const essForm = association || cat.startsWith("93") || cat.startsWith("82");
    const unitNaf = essForm ? nafAssociation(random()) : nafCompany(random());
    const created = date(1950, 2025);
    const kind = association
      ? "Association fictive"
      : cat.startsWith("93")
        ? "Fondation fictive"
        : cat.startsWith("82")
          ? "Mutuelle fictive"
          : "Société fictive";
    const unitName = `${kind} ${String(unitNumber).padStart(6, "0")}`;
    const u = new Array(UNITE_LEGALE_COLUMNS.length).fill("");
    const setU = (c, v) => (u[uIndex.get(c)] = v);
    setU("siren", siren);
    setU("statutDiffusionUniteLegale", "O");
    setU("dateCreationUniteLegale", created);
    setU("identifiantAssociationUniteLegale", rnaId);
    setU("trancheEffectifsUniteLegale", staff(random()));
    setU("anneeEffectifsUniteLegale", "2022");
    setU("dateDernierTraitementUniteLegale", "2025-03-10T16:03:04");
    setU("nombrePeriodesUniteLegale", String(1 + Math.floor(random() * 4)));
    setU("categorieEntreprise", "PME");
    setU("anneeCategorieEntreprise", "2022");
    setU("dateDebut", created);
    setU("etatAdministratifUniteLegale", "A");
    setU("denominationUniteLegale", unitName);
    setU("categorieJuridiqueUniteLegale", cat);
    setU("activitePrincipaleUniteLegale", unitNaf);
    setU("nomenclatureActivitePrincipaleUniteLegale", "NAFRev2");
    setU("nicSiegeUniteLegale", "00015");
    setU("economieSocialeSolidaireUniteLegale", ess ? "O" : "N");
    setU("societeMissionUniteLegale", "N");
    setU("caractereEmployeurUniteLegale", random() < 0.5 ? "O" : "N");
    ul.row(u);
    stats.legalUnits++;
    if (association) stats.associations++;
    if (ess) stats.essFlag++;
    if (rnaId) stats.rnaIds++;
    stats.categories[cat] = (stats.categories[cat] ?? 0) + count * (inTerritory ? 1 : 0);

    for (let k = 0; k < count; k++) {
      const nic4 = String(k + 1).padStart(4, "0");
      const nic = nic4 + checkDigit(siren + nic4);
      const siret = siren + nic;
      let inseeCode, postalCode, communeLabel, x, y;
      if (inTerritory) {
        const t = town(random());
        let lon, lat;
        do {
          lon = t.box[0] + random() * (t.box[1] - t.box[0]);
          lat = t.box[2] + random() * (t.box[3] - t.box[2]);
        } while (!insideRing(t.ring, lon, lat));
        [x, y] = toLambert93.forward([lon, lat]);
        inseeCode = t.inseeCode;
        postalCode = pick(t.postalCodes);
        communeLabel = t.label;
      } else {
        const c = pick(others);
        inseeCode = c.code;
        postalCode = c.codesPostaux?.[0] ?? "";
        communeLabel = c.nom.toUpperCase();
        x = 600_000 + random() * 120_000;
        y = 6_800_000 + random() * 100_000;
      }
      const n = stats.establishments + 1;
      const naf = k === 0 ? unitNaf : essForm ? nafAssociation(random()) : nafCompany(random());
      // Most establishments have a sign; some a usual name only, some neither (the legal unit's name is used); a few hold a comma (quoted).
      const nameKind = random();
      const name = `Établissement fictif ${String(n).padStart(7, "0")}${random() < 0.05 ? ", site annexe" : ""}`;
      const e = new Array(ETABLISSEMENT_COLUMNS.length).fill("");
      const setE = (c, v) => (e[eIndex.get(c)] = v);
      const estCreated = k === 0 ? created : date(Number(created.slice(0, 4)), 2025);
      setE("siren", siren);
      setE("nic", nic);
      setE("siret", siret);
      setE("statutDiffusionEtablissement", "O");
      setE("dateCreationEtablissement", estCreated);
      setE("trancheEffectifsEtablissement", staff(random()));
      setE("anneeEffectifsEtablissement", "2022");
      setE("dateDernierTraitementEtablissement", "2025-03-10T16:03:04");
      setE("etablissementSiege", k === 0 ? "true" : "false");
      setE("nombrePeriodesEtablissement", String(1 + Math.floor(random() * 3)));
      if (random() < 0.1)
        setE("complementAdresseEtablissement", `BAT ${pick(["A", "B", "C"])}, ESC ${1 + Math.floor(random() * 4)}`);
      setE("numeroVoieEtablissement", String(1 + Math.floor(random() * 180)));
      if (random() < 0.05) setE("indiceRepetitionEtablissement", pick(["B", "T"]));
      setE("typeVoieEtablissement", pick(STREET_TYPES));
      setE("libelleVoieEtablissement", pick(STREET_NAMES));
      setE("codePostalEtablissement", postalCode);
      setE("libelleCommuneEtablissement", communeLabel);
      setE("codeCommuneEtablissement", inseeCode);
      setE(
        "identifiantAdresseEtablissement",
        `${inseeCode}_${String(Math.floor(random() * 9999)).padStart(4, "0")}_${String(Math.floor(random() * 99999)).padStart(5, "0")}`,
      );
      setE("coordonneeLambertAbscisseEtablissement", x.toFixed(1));
      setE("coordonneeLambertOrdonneeEtablissement", y.toFixed(1));
      setE("dateDebut", estCreated);
      setE("etatAdministratifEtablissement", "A");
      if (nameKind < 0.7) setE("enseigne1Etablissement", name);
      else if (nameKind < 0.85) setE("denominationUsuelleEtablissement", name);
      else if (inTerritory) stats.withoutEnseigne++;
      setE("activitePrincipaleEtablissement", naf);
      setE("nomenclatureActivitePrincipaleEtablissement", "NAFRev2");
      setE("caractereEmployeurEtablissement", random() < 0.5 ? "O" : "N");
      est.row(e);
      stats.establishments++;
      if (inTerritory) stats.territory++;
      else stats.outside++;
      if (e.some((v) => /[",]/.test(v))) stats.quoted++;
    }
  }
  est.close();
  ul.close();
  return {
    establishmentsFile,
    legalUnitsFile,
    bytes: statSync(establishmentsFile).size + statSync(legalUnitsFile).size,
    establishmentsBytes: statSync(establishmentsFile).size,
    stats,
  };
}

// ------------------------------------------------------- child: parse once ---

/** Runs in a child process: readSirene once over the files, prints one JSON line. */
async function parseChild() {
  const { readSirene } = imp("sources/sirene.js");
  const { createImportContext } = imp("context.js");
  const { ImportReport } = imp("report.js");
  const { emptyCounts } = imp("model.js");
  const files = args.files.split(",");
  const counts = emptyCounts();
  const report = new ImportReport(args.report);
  await report.ready();
  // A progress that records when each file is done (and nothing per row).
  const passes = [];
  let passStart;
  const progress = {
    file: (path) => {
      passStart = performance.now();
      return { tick() {}, done: () => passes.push({ file: basename(path), ms: performance.now() - passStart }) };
    },
    phase: () => ({ add() {}, done() {} }),
    message() {},
  };
  const ctx = createImportContext(counts, report, progress);
  if (global.gc) global.gc();
  const baselineRssKiB = process.resourceUsage().maxRSS;
  const started = performance.now();
  let records = 0;
  let ess = 0;
  let located = 0;
  for await (const record of readSirene(files, ctx)) {
    records++;
    if (record.label === "EssStructure") ess++;
    if (record.fields.location) located++;
  }
  const ms = performance.now() - started;
  await report.close();
  process.stdout.write(
    JSON.stringify({
      ms,
      passes,
      counts,
      records,
      ess,
      located,
      skipReasons: Object.fromEntries(report.skipReasons),
      baselineRssKiB,
      maxRssKiB: process.resourceUsage().maxRSS,
      heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
    }) + "\n",
  );
}

/**
 * Runs in a child process: the layers under readSirene alone, over both files, to split its time.
 * - "tokeniser": Papa Parse alone, flowing ('data' events, no backpressure): the ceiling of the tokeniser;
 * - "readCsv": the importer's readCsvBatches (UTF-8 check, Papa Parse with backpressure, line numbers,
 *   header matching, one object per row with the columns kept: all of them here).
 */
async function stageChild() {
  const { readCsvBatches } = imp("read/csv-file.js");
  const { ETABLISSEMENT_COLUMNS, UNITE_LEGALE_COLUMNS } = imp("index.js");
  const Papa = require("papaparse");
  const { createReadStream } = await import("node:fs");
  const [establishments, legalUnits] = args.files.split(",");
  const out = [];
  for (const [file, columns] of [
    [establishments, ETABLISSEMENT_COLUMNS],
    [legalUnits, UNITE_LEGALE_COLUMNS],
  ]) {
    const started = performance.now();
    let n = 0;
    if (args.stage === "tokeniser") {
      const parser = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 }).pipe(
        Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: ",", skipEmptyLines: true }),
      );
      await new Promise((resolve, reject) => {
        parser.on("data", () => n++);
        parser.on("end", resolve);
        parser.on("error", reject);
      });
      n--; // the header
    } else {
      for await (const batch of readCsvBatches(file, { columns, required: [], expected: "a Sirene file" }))
        for (const record of batch) n += record.values ? 1 : 0;
    }
    out.push({ file: basename(file), rows: n, ms: performance.now() - started });
  }
  process.stdout.write(JSON.stringify({ stage: args.stage, files: out, ms: out.reduce((s, f) => s + f.ms, 0) }) + "\n");
}

function runStageChild(stage, files) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [fileURLToPath(import.meta.url), "--child=stage", `--stage=${stage}`, `--files=${files.join(",")}`],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err = (err + c).slice(-4000)));
    child.on("close", (code) =>
      code !== 0
        ? reject(new Error(`stage child exited with ${code}:\n${err}`))
        : resolve(JSON.parse(out.trim().split("\n").at(-1))),
    );
  });
}

function runParseChild(files, tmp, { profileDir } = {}) {
  return new Promise((resolve, reject) => {
    const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
    const child = spawn(
      process.execPath,
      [
        ...nodeArgs,
        fileURLToPath(import.meta.url),
        "--child=parse",
        `--files=${files.join(",")}`,
        `--report=${join(tmp, `report-${Date.now()}.csv`)}`,
      ],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err = (err + c).slice(-4000)));
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`parse child exited with ${code}:\n${err}`));
      resolve(JSON.parse(out.trim().split("\n").at(-1)));
    });
  });
}

/** Self time by function from a .cpuprofile, top n, with the share of the sampled total. */
function summariseProfile(file, n = 25) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const intervals = profile.timeDeltas;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const dt = intervals[i] ?? 0;
    total += dt;
    const f = node.callFrame;
    const path = f.url.startsWith("file:") ? fileURLToPath(f.url) : f.url.startsWith("/") ? f.url : null;
    const where = f.url
      ? `${path ? relative(ROOT, path).replace(/^.*node_modules\//, "node_modules/") : f.url}:${f.lineNumber + 1}`
      : "";
    const key = `${f.functionName || "(anonymous)"} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  // Grouped by package / file as well.
  const byFile = new Map();
  for (const [key, us] of self) {
    const m = /\s(\S+):\d+$/.exec(key);
    const fileKey = m ? m[1].replace(/^(node_modules\/(?:@[^/]+\/)?[^/]+)\/.*$/, "$1") : key;
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us);
  }
  const top = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, functions: top(self), files: top(byFile) };
}

// ------------------------------------------------------------- part: write ---

/** CPU time (user + system) of a process so far, from /proc (Linux); NaN elsewhere. */
function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/** Which of write.ts's queries a Cypher text is. */
function queryKind(cypher) {
  if (cypher.includes("OPTIONAL MATCH")) return "find existing";
  if (cypher.includes("CREATE (x:Organisation")) return "create";
  if (cypher.includes("LOCATED_IN")) return "link town + themes";
  if (cypher.includes("SET x +=")) return "update";
  return "other";
}

/**
 * The driver, with the time of each query run inside write transactions
 * added up by kind (from the call until its result is complete).
 */
function timedDriver(driver, totals) {
  const wrapTx = (tx) => ({
    run(cypher, params) {
      const started = performance.now();
      return tx.run(cypher, params).then((result) => {
        const kind = queryKind(cypher);
        const entry = (totals[kind] ??= { n: 0, ms: 0 });
        entry.n++;
        entry.ms += performance.now() - started;
        return result;
      });
    },
  });
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === "session") {
        return (config) => {
          const session = target.session(config);
          const executeWrite = session.executeWrite.bind(session);
          const executeRead = session.executeRead.bind(session);
          session.executeWrite = async (work, c) => {
            let workDone = 0;
            const result = await executeWrite(async (tx) => {
              const value = await work(wrapTx(tx));
              workDone = performance.now();
              return value;
            }, c);
            const entry = (totals.commit ??= { n: 0, ms: 0 });
            entry.n++;
            entry.ms += performance.now() - workDone;
            return result;
          };
          session.executeRead = (work, c) => executeRead((tx) => work(wrapTx(tx)), c);
          return session;
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

async function benchWrite(files, tmp) {
  const { startLocalNeo4j } = await import(join(ROOT, "scripts", "neo4j-local.mjs"));
  const { openDriver, seedDatabase } = seedPkg();
  const { runImport, createProgress } = imp("index.js");
  const dataDir = join(ROOT, ".data", "neo4j-bench-import");
  rmSync(dataDir, { recursive: true, force: true });
  log(`starting Neo4j on 127.0.0.1:${OPTIONS.port} (data in ${relative(ROOT, dataDir)})`);
  const neo4j = await startLocalNeo4j({ port: OPTIONS.port, dataDir, log });
  const result = {};
  let driver;
  try {
    driver = openDriver({ uri: neo4j.uri });
    const [component] = (
      await driver.executeQuery(
        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
      )
    ).records;
    result.neo4j = `${component.get("name")} ${component.get("version")} ${component.get("edition")}`;
    let t = performance.now();
    await seedDatabase(driver, { demo: false });
    result.seedMs = performance.now() - t;
    log(`schema + territory seeded (no demo) in ${sec(result.seedMs)}`);

    const runs = [];
    for (const name of ["first import (all new)", "second import (same files)"]) {
      const queries = {};
      const cpu = { node: process.cpuUsage(), neo4j: processCpuMs(neo4j.process.pid) };
      t = performance.now();
      const summary = await runImport({
        source: "sirene",
        files,
        dryRun: false,
        driver: timedDriver(driver, queries),
        reportPath: join(tmp, `import-report-${runs.length + 1}.csv`),
        progress: createProgress({ quiet: true }),
        ...(process.env.BENCH_BATCH ? { batchSize: Number(process.env.BENCH_BATCH) } : {}),
        ...(process.env.BENCH_CONCURRENCY ? { concurrency: Number(process.env.BENCH_CONCURRENCY) } : {}),
      });
      const totalMs = performance.now() - t;
      const nodeCpu = process.cpuUsage(cpu.node);
      const cpuMs = {
        node: (nodeCpu.user + nodeCpu.system) / 1000,
        neo4j: processCpuMs(neo4j.process.pid) - cpu.neo4j,
      };
      const written = summary.counts.created + summary.counts.updated + summary.counts.unchanged;
      runs.push({
        name,
        totalMs,
        readMs: summary.readMs,
        writeMs: summary.writeMs,
        counts: summary.counts,
        written,
        skipReasons: summary.skipReasons,
        queries,
        cpuMs,
      });
      log(
        `${name}: total ${sec(totalMs)} (read ${sec(summary.readMs)}, write ${sec(summary.writeMs)}); ${JSON.stringify(summary.counts)} → ${int((written * 1000) / summary.writeMs)} rows/s written`,
      );
      log(
        `  CPU: node ${sec(cpuMs.node)}, Neo4j ${sec(cpuMs.neo4j)}; queries: ${Object.entries(queries)
          .map(([q, v]) => `${q} ${v.n}× ${sec(v.ms)}`)
          .join(", ")}`,
      );
    }
    result.runs = runs;

    const one = async (query) => (await driver.executeQuery(query)).records[0].toObject();
    result.check = {
      ...(await one(
        "MATCH (o:Organisation {sourceKind: 'OPEN_DATA_IMPORT'}) RETURN count(o) AS organisations, sum(CASE WHEN o:EssStructure THEN 1 ELSE 0 END) AS essStructures, sum(CASE WHEN o:Business THEN 1 ELSE 0 END) AS businesses, count(o.location) AS located",
      )),
      ...(await one(
        "MATCH (o:Organisation {sourceKind: 'OPEN_DATA_IMPORT'})-[l:LOCATED_IN]->(:Town) RETURN count(l) AS locatedIn, count(DISTINCT o) AS withTown",
      )),
      ...(await one(
        "MATCH (o:Organisation {sourceKind: 'OPEN_DATA_IMPORT'})-[h:HAS_THEME]->(:Theme) RETURN count(h) AS hasTheme, count(DISTINCT o) AS withTheme",
      )),
      ...(await one(
        "MATCH (o:Organisation {sourceKind: 'OPEN_DATA_IMPORT'}) WITH o, count{ (o)-[:LOCATED_IN]->(:Town) } AS n WHERE n > 1 RETURN count(o) AS withSeveralTowns",
      )),
    };
    log(`in Neo4j: ${JSON.stringify(result.check)}`);
  } finally {
    if (driver) await driver.close().catch(() => {});
    log("stopping Neo4j");
    await neo4j.stop();
  }
  return result;
}

// --------------------------------------------------------------- machine ---

function machine() {
  let cpuModel = "unknown";
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpuModel;
  } catch {}
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" }).trim();
    if (dirty) commit += " (with uncommitted changes)";
  } catch {}
  const version = (pkg) => {
    try {
      return JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")).version;
    } catch {
      return "?";
    }
  };
  return {
    cpuModel,
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    commit,
    libs: `papaparse ${version("papaparse")}, zod ${version("zod")}, proj4 ${version("proj4")}, neo4j-driver ${version("neo4j-driver")}`,
  };
}

// ------------------------------------------------------------------ report ---

function report({ env, date, gen, big, parse, stages, profile, memory, write, annuaire, loads }) {
  const L = [];
  const p = (s = "") => L.push(s);
  const rows = gen.stats.establishments;
  p("# Benchmarks: Sirene import");
  p();
  p("Generated by `bench/import.mjs` (`npm run bench:import`); do not edit by hand.");
  p();
  p("## Run");
  p();
  p(`- Date: ${date}`);
  p(
    `- Command: \`npm run bench:import\` (= \`npm run build --silent && node bench/import.mjs\`; options: ${JSON.stringify({ rows: OPTIONS.rows, bigRows: OPTIONS.bigRows, runs: OPTIONS.runs, seed: OPTIONS.seed })})`,
  );
  p(`- Code: commit ${env.commit}`);
  p(`- Machine: ${env.cpuModel}, ${env.cores} cores, ${env.memoryGiB.toFixed(1)} GiB memory, ${env.os}`);
  p(
    `- Node ${env.node} (${env.libs}); ${write?.neo4j ?? "Neo4j: not run"} (local launcher, scripts/neo4j-local.mjs: -Xmx2g, 512 MiB page cache, on the same machine)`,
  );
  p(
    `- Load average (1 min) before → after each part (the machine may be shared with other work; ${env.cores} cores): ${loads.map((l) => `${l.name} ${l.before.toFixed(2)} → ${l.after.toFixed(2)} (${sec(l.ms)})`).join("; ")}.`,
  );
  p();

  p("## Targets");
  p();
  p("| target | measured | result |");
  p("|---|---|---|");
  if (parse) {
    const m = median(parse.map((r) => r.ms));
    const rate = (rows * 1000) / m;
    p(
      `| ${int(rows)}-row StockEtablissement file (+ its StockUniteLegale) parsed and validated (\`readSirene\`): ≥ ${int(TARGET_PARSE)} rows/s | **${int(rate)} rows/s** (${sec(m)}, median of ${parse.length} runs) | ${verdict(rate >= TARGET_PARSE)} |`,
    );
  }
  if (write) {
    const w = write.runs[0];
    const rate = (w.written * 1000) / w.writeMs;
    p(
      `| Same files written into Neo4j (\`runImport\`, write phase, fresh database): ≥ ${int(TARGET_WRITE)} rows/s | **${int(rate)} rows/s** (${int(w.written)} rows in ${sec(w.writeMs)}) | ${verdict(rate >= TARGET_WRITE)} |`,
    );
  }
  p();

  p("## Generated files");
  p();
  const s = gen.stats;
  p(
    `Seeded generator (mulberry32, seed ${OPTIONS.seed}) in \`bench/import.mjs\`, written to a temporary folder and removed after the run. Every name is illustrative ("Établissement fictif 0000123", "Association fictive 000045", "Société fictive 000046").`,
  );
  p();
  p(
    `- StockEtablissement: ${int(s.establishments)} rows + header (${(gen.establishmentsBytes / 2 ** 20).toFixed(1)} MiB), INSEE's ${imp("index.js").ETABLISSEMENT_COLUMNS.length}-column header, UTF-8, comma-delimited, a value quoted only when it holds a comma or a quote (${int(s.quoted)} rows have one). All active (\`etatAdministratifEtablissement\` = A), in the 16 GPSEA towns weighted by population, with valid SIRETs (Luhn), NAF rev. 2 codes (\`NAFRev2\`, ${NAF_ASSOCIATION.length + NAF_COMPANY.length} codes), staff ranges (NN, empty, 00 … 32), an address and Lambert-93 coordinates drawn inside the town's boundary (WGS84 → EPSG:2154 with proj4). 70 % carry \`enseigne1Etablissement\`, 15 % only \`denominationUsuelleEtablissement\`, 15 % neither (the legal unit's name is used).`,
  );
  p(
    `- StockUniteLegale: ${int(s.legalUnits)} rows (one per SIREN; 80 % of legal units have one establishment, the others 2 to 8), ${UNITE_LEGALE_COLUMNS_LENGTH()} columns. ${int(s.associations)} associations (92xx, ${int(s.rnaIds)} with an RNA id), the others mostly companies: SAS (5710), SARL (5499), EURL (5498), SCI (6540), SA (5599), SNC (5202) and a few other categories; a few agricultural cooperatives (6317), mutuals (8210), foundations (9300); ${int(s.essFlag)} flagged \`economieSocialeSolidaireUniteLegale\` = O. No natural persons (category 1000).`,
  );
  p(`- Total size ${(gen.bytes / 2 ** 20).toFixed(1)} MiB; generated in ${sec(gen.ms)}.`);
  p();

  if (parse) {
    const m = median(parse.map((r) => r.ms));
    const r0 = parse[0];
    p("## 1. Parse and validate");
    p();
    p(
      "`readSirene` from importers/dist over the two files, all records pulled (as `runImport` does before writing), with the importer's own context (`createImportContext`: the 16 towns and every INSEE commune code) and an `ImportReport` in the temporary folder; a progress object that does nothing per row and records when each file is done. Each run in a fresh Node process (cold start of the code, as the CLI runs), timed from the first row to the last record; loading modules and the commune list is not counted.",
    );
    p();
    p(
      "| run | time | rows/s | pass 1: StockEtablissement | pass 2: StockUniteLegale | records | rejected | peak RSS |",
    );
    p("|---|---|---|---|---|---|---|---|");
    parse.forEach((r, i) => {
      const pass = (k) =>
        r.passes[k]
          ? `${sec(r.passes[k].ms)} (${int(((k === 0 ? rows : s.legalUnits) * 1000) / r.passes[k].ms)} rows/s)`
          : "—";
      p(
        `| ${i + 1} | ${sec(r.ms)} | ${int((rows * 1000) / r.ms)} | ${pass(0)} | ${pass(1)} | ${int(r.records)} | ${int(r.counts.rejected)} | ${mib(r.maxRssKiB)} |`,
      );
    });
    p(`| **median** | **${sec(m)}** | **${int((rows * 1000) / m)}** | | | | | |`);
    p();
    p(
      `Every row was accepted: ${int(r0.records)} records (${int(r0.ess)} EssStructure, ${int(r0.records - r0.ess)} Business; ${int(r0.located)} with a location), ${int(r0.counts.rejected)} rejected, ${int(r0.counts.skipped)} skipped.`,
    );
    p();
  }
  if (stages && parse) {
    const m = median(parse.map((r) => r.ms));
    const [tok, rc] = stages;
    const rowsAll = rows + s.legalUnits;
    p("### Where the time goes: layers");
    p();
    p(
      `The layers under \`readSirene\`, each alone over the same two files (${int(rowsAll)} rows in all), fresh process, median of ${OPTIONS.runs} runs:`,
    );
    p();
    p("| layer | time | share of readSirene | what it adds |");
    p("|---|---|---|---|");
    p(
      `| Papa Parse alone, flowing (\`data\` events, no backpressure, 1 MiB chunks) | ${sec(tok.ms)} (${tok.run.files.map((f) => `${f.file} ${sec(f.ms)}`).join(", ")}) | ${((tok.ms / m) * 100).toFixed(0)} % | tokenising only: the ceiling with this parser, ${int((rows * 1000) / tok.ms)} rows/s (${int(rows)} / this time) |`,
    );
    p(
      `| \`readCsvBatches\` (importers/dist/read/csv-file.js), every column kept | ${sec(rc.ms)} (${rc.run.files.map((f) => `${f.file} ${sec(f.ms)}`).join(", ")}) | ${((rc.ms / m) * 100).toFixed(0)} % | +${sec(rc.ms - tok.ms)}: strict UTF-8 decoding, backpressure (16 KiB chunks, rows read in batches), line numbers, one object per row (${imp("index.js").ETABLISSEMENT_COLUMNS.length} / ${UNITE_LEGALE_COLUMNS_LENGTH()} columns here; \`readSirene\` keeps only those it reads) |`,
    );
    p(
      `| \`readSirene\` (part 1's median) | ${sec(m)} | 100 % | +${sec(m - rc.ms)}: file kinds (headers read), territory filter, zod schema, SIRET check, NAF check, Lambert-93 → WGS84 (proj4), the establishments map, pass 2's SIREN set and map, the records |`,
    );
    p();
  }
  if (profile) {
    p("### Where the time goes (CPU profile of one more run, `node --cpu-prof`)");
    p();
    p(`Self time by file / package (${sec(profile.totalMs)} sampled, whole process):`);
    p();
    p("| file or package | self time | share |");
    p("|---|---|---|");
    for (const f of profile.files.slice(0, 12))
      p(`| \`${f.name}\` | ${f.ms.toFixed(0)} ms | ${(f.share * 100).toFixed(1)} % |`);
    p();
    p("Self time by function (top 15):");
    p();
    p("| function | self time | share |");
    p("|---|---|---|");
    for (const f of profile.functions.slice(0, 15))
      p(`| \`${f.name}\` | ${f.ms.toFixed(0)} ms | ${(f.share * 100).toFixed(1)} % |`);
    p();
  }
  if (memory) {
    p("## 2. Memory against file size");
    p();
    p(
      `The same reader over a ${int(big.stats.establishments)}-row StockEtablissement file (${(big.establishmentsBytes / 2 ** 20).toFixed(0)} MiB; ${int(big.stats.territory)} rows in the 16 towns, ${int(big.stats.outside)} in other Île-de-France communes) and its ${int(big.stats.legalUnits)}-row StockUniteLegale (${(big.bytes / 2 ** 20).toFixed(0)} MiB in all), one run in a fresh process. Rows outside the territory are skipped in pass 1 and not kept; what is kept grows with the territory's rows, not with the file.`,
    );
    p();
    const small = parse ? parse[0] : null;
    p("| file | rows | in the towns | time | rows/s | records | peak RSS | RSS before reading |");
    p("|---|---|---|---|---|---|---|---|");
    if (small)
      p(
        `| ${int(rows)} rows (part 1, run 1) | ${int(rows)} | ${int(rows)} | ${sec(small.ms)} | ${int((rows * 1000) / small.ms)} | ${int(small.records)} | ${mib(small.maxRssKiB)} | ${mib(small.baselineRssKiB)} |`,
      );
    p(
      `| ${int(big.stats.establishments)} rows | ${int(big.stats.establishments)} | ${int(big.stats.territory)} | ${sec(memory.ms)} | ${int((big.stats.establishments * 1000) / memory.ms)} | ${int(memory.records)} | ${mib(memory.maxRssKiB)} | ${mib(memory.baselineRssKiB)} |`,
    );
    p();
    if (small)
      p(
        `Five times the rows (and bytes), same territory rows: peak RSS ${mib(small.maxRssKiB)} → ${mib(memory.maxRssKiB)} (${memory.maxRssKiB >= small.maxRssKiB ? "+" : ""}${(((memory.maxRssKiB - small.maxRssKiB) / small.maxRssKiB) * 100).toFixed(0)} %). Skipped: ${Object.entries(
          memory.skipReasons,
        )
          .map(([k, v]) => `${int(v)} ${k}`)
          .join("; ")}.`,
      );
    p();
  }
  if (write) {
    p("## 3. Write into Neo4j");
    p();
    p(
      `A fresh local Neo4j (data folder .data/neo4j-bench-import, removed first); \`seedDatabase\` with the demo off (schema, the 16 towns, themes, programme: ${sec(write.seedMs)}); then \`runImport\` (importers/dist/run.js: read everything, then batches of 1,000 rows, one write transaction each) on the two files, from this process, quiet progress. "read" and "write" are \`runImport\`'s own \`readMs\` and \`writeMs\`; rows written/s = rows written (created + updated + unchanged) / write time.`,
    );
    p();
    p("| run | total | read | write | created | updated | unchanged | rejected | rows written/s |");
    p("|---|---|---|---|---|---|---|---|---|");
    for (const r of write.runs)
      p(
        `| ${r.name} | ${sec(r.totalMs)} | ${sec(r.readMs)} | ${sec(r.writeMs)} | ${int(r.counts.created)} | ${int(r.counts.updated)} | ${int(r.counts.unchanged)} | ${int(r.counts.rejected)} | ${int((r.written * 1000) / r.writeMs)} |`,
      );
    p();
    p(
      "Where the write time goes: time spent in each of write.ts's queries (from `tx.run` until the result is complete, summed over batches), in commits (from the end of the transaction function until `executeWrite` resolves), and the rest of the write time (planning in Node: `planFields`, `importedJson`, parameters; sessions); CPU time of the two processes over the whole `runImport` (reading included):",
    );
    p();
    const kinds = [...new Set(write.runs.flatMap((r) => Object.keys(r.queries)))].sort(
      (a, b) => (a === "commit") - (b === "commit"),
    );
    p(`| run | ${kinds.join(" | ")} | rest of write | CPU: Node | CPU: Neo4j |`);
    p(`|---|${kinds.map(() => "---|").join("")}---|---|---|`);
    for (const r of write.runs) {
      const inQueries = Object.values(r.queries).reduce((s, q) => s + q.ms, 0);
      p(
        `| ${r.name} | ${kinds.map((k) => (r.queries[k] ? `${sec(r.queries[k].ms)} (${r.queries[k].n}×)` : "—")).join(" | ")} | ${sec(r.writeMs - inQueries)} | ${sec(r.cpuMs.node)} | ${sec(r.cpuMs.neo4j)} |`,
      );
    }
    p();
    const c = write.check;
    p(
      `${int(write.runs[0].written / (write.runs[0].queries.commit?.n || 1))} rows per transaction (runImport's default batch size).`,
    );
    p();
    const ok = c.organisations === rows && c.locatedIn === rows && c.withSeveralTowns === 0;
    p(
      `Checked in Neo4j after both runs: ${int(c.organisations)} \`Organisation\` nodes with \`sourceKind\` = OPEN_DATA_IMPORT (${int(c.essStructures)} EssStructure, ${int(c.businesses)} Business; ${int(c.located)} with a location), ${int(c.locatedIn)} \`LOCATED_IN\` links (${int(c.withSeveralTowns)} organisations with more than one town), ${int(c.hasTheme)} \`HAS_THEME\` links on ${int(c.withTheme)} organisations — ${ok ? `as expected (${int(rows)} of each)` : `**NOT as expected** (${int(rows)} organisations, one town each)`}.`,
    );
    p();
  }
  if (annuaire) p(annuaireSection(annuaire, { int, sec }));
  return L.join("\n") + "\n";
}

const UNITE_LEGALE_COLUMNS_LENGTH = () => imp("index.js").UNITE_LEGALE_COLUMNS.length;

// -------------------------------------------------------------------- main ---

async function main() {
  if (args.child === "parse") return parseChild();
  if (args.child === "stage") return stageChild();
  const env = machine();
  const date = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const loads = [];
  const part = async (name, fn) => {
    const before = loadavg();
    const t = performance.now();
    const value = await fn();
    loads.push({ name, before, after: loadavg(), ms: performance.now() - t });
    return value;
  };
  const tmp = mkdtempSync(join(os.tmpdir(), "maillage-bench-import-"));
  log(`temporary folder ${tmp}`);
  try {
    let t = performance.now();
    const gen = generateSireneFiles({
      dir: tmp,
      prefix: "",
      territoryRows: OPTIONS.rows,
      outsideRows: 0,
      seed: OPTIONS.seed,
    });
    gen.ms = performance.now() - t;
    log(
      `generated ${int(gen.stats.establishments)} establishments, ${int(gen.stats.legalUnits)} legal units (${(gen.bytes / 2 ** 20).toFixed(1)} MiB) in ${sec(gen.ms)}`,
    );
    const files = [gen.establishmentsFile, gen.legalUnitsFile];

    let parse = null;
    let profile = null;
    let stages = null;
    if (only.includes("parse")) {
      parse = await part("parse", async () => {
        const runs = [];
        for (let i = 0; i < OPTIONS.runs; i++) {
          const r = await runParseChild(files, tmp);
          runs.push(r);
          log(
            `parse run ${i + 1}/${OPTIONS.runs}: ${sec(r.ms)} → ${int((OPTIONS.rows * 1000) / r.ms)} rows/s (${r.passes.map((x) => `${x.file} ${sec(x.ms)}`).join(", ")}); ${int(r.records)} records, ${r.counts.rejected} rejected; peak RSS ${mib(r.maxRssKiB)}`,
          );
        }
        return runs;
      });
      const rate = (OPTIONS.rows * 1000) / median(parse.map((r) => r.ms));
      if (OPTIONS.profile || rate < TARGET_PARSE) {
        stages = [];
        for (const stage of ["tokeniser", "readCsv"]) {
          const runs = [];
          for (let i = 0; i < OPTIONS.runs; i++) runs.push(await runStageChild(stage, files));
          const m = median(runs.map((r) => r.ms));
          stages.push({ stage, ms: m, run: runs.find((r) => r.ms === m) });
          log(`stage ${stage}: median ${sec(m)} (${runs.map((r) => sec(r.ms)).join(", ")})`);
        }
        const profileDir = join(tmp, "profile");
        log(`profiling one parse run (${OPTIONS.profile ? "--profile" : "below target"})`);
        await runParseChild(files, tmp, { profileDir });
        const file = readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
        profile = summariseProfile(join(profileDir, file));
        if (args["profile-out"]) writeFileSync(args["profile-out"], readFileSync(join(profileDir, file)));
        for (const f of profile.files.slice(0, 10)) log(`  ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.name}`);
        for (const f of profile.functions.slice(0, 15)) log(`  ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.name}`);
      }
    }

    let big = null;
    let memory = null;
    if (only.includes("memory")) {
      t = performance.now();
      big = generateSireneFiles({
        dir: tmp,
        prefix: "big-",
        territoryRows: OPTIONS.rows,
        outsideRows: OPTIONS.bigRows - OPTIONS.rows,
        seed: OPTIONS.seed + 1,
      });
      big.ms = performance.now() - t;
      log(
        `generated ${int(big.stats.establishments)} establishments (${int(big.stats.territory)} in the towns), ${int(big.stats.legalUnits)} legal units (${(big.bytes / 2 ** 20).toFixed(0)} MiB) in ${sec(big.ms)}`,
      );
      memory = await part("memory", () => runParseChild([big.establishmentsFile, big.legalUnitsFile], tmp));
      log(
        `big parse: ${sec(memory.ms)}, ${int(memory.records)} records, peak RSS ${mib(memory.maxRssKiB)} (before reading ${mib(memory.baselineRssKiB)})`,
      );
      if (!OPTIONS.keepFiles) {
        rmSync(big.establishmentsFile);
        rmSync(big.legalUnitsFile);
      }
    }

    const write = only.includes("write") ? await part("write", () => benchWrite(files, tmp)) : null;

    const annuaire = only.includes("annuaire")
      ? await part("annuaire", () =>
          benchAnnuaire({
            ROOT,
            port: OPTIONS.port,
            ess: OPTIONS.annuaireEss,
            establishments: OPTIONS.annuaireEstablishments,
            seed: OPTIONS.seed,
            limited: OPTIONS.annuaireLimited,
            tmp,
            imp,
            seedPkg,
            log,
          }),
        )
      : null;

    const text = report({ env, date, gen, big, parse, stages, profile, memory, write, annuaire, loads });
    if (OUT) {
      writeFileSync(OUT, text);
      log(`report written to ${relative(ROOT, OUT)}`);
    } else log("partial run (sizes or parts changed): report not written to docs/ (use --out=…)");
    process.stdout.write(text);
  } finally {
    if (OPTIONS.keepFiles) log(`files kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

run(main);
