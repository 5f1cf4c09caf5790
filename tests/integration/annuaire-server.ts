/**
 * A stand-in for the company search API ("Recherche d'entreprises") on a
 * local port, answering /search as the real service does for the filters the
 * importer uses, from fictitious legal units. Every 200 body it sends is
 * checked against the OpenAPI description the State publishes
 * (tests/fixtures/annuaire/recherche-entreprises.open-api.yml, with ajv), and so
 * is every request's query string (parameter names, types and enums): a
 * mismatch is recorded in `contractErrors`, which the tests expect empty.
 *
 * Like a mirror that ignores `minimal`, it always sends the directors and
 * elected officials, so that a test can check that none reaches the graph.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { luhnValid } from "../../importers/src/identifiers";

export const SPEC_PATH = join(__dirname, "..", "fixtures", "annuaire", "recherche-entreprises.open-api.yml");

interface Parameter {
  name: string;
  in: string;
  schema: Record<string, unknown>;
}

/** Validators of /search's 200 body and of each query parameter, from the OpenAPI description. */
export function loadContract() {
  const spec = parse(readFileSync(SPEC_PATH, "utf8")) as {
    paths: Record<string, { get: { parameters: Parameter[] } }>;
    components: unknown;
  };
  // strict: false because the description uses OpenAPI's own keywords (example, x-…); nullable is understood by ajv.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // The description lists a director as oneOf two kinds whose schemas both accept any object, so
  // that strict oneOf refuses every director; either kind is what it means (anyOf).
  const result = (
    spec.components as { schemas: { result: { properties: { dirigeants: { items: Record<string, unknown> } } } } }
  ).schemas.result;
  const directors = result.properties.dirigeants.items;
  directors.anyOf = directors.oneOf;
  delete directors.oneOf;
  ajv.addSchema({ components: spec.components } as object, "spec");
  const payload = ajv.getSchema("spec#/components/schemas/payload") as ValidateFunction;
  const coercing = new Ajv({ strict: false, coerceTypes: true });
  addFormats(coercing);
  const parameters = new Map(
    spec.paths["/search"].get.parameters
      .filter((p) => p.in === "query")
      .map((p) => [p.name, coercing.compile(p.schema)]),
  );
  return {
    payload,
    /** Problems of a query string: unknown names, values of the wrong type or outside the enum. */
    checkQuery(params: URLSearchParams): string[] {
      const problems: string[] = [];
      for (const [name, value] of params) {
        const check = parameters.get(name);
        if (!check) problems.push(`unknown parameter ${name}`);
        else if (!check(value)) problems.push(`${name}=${value}: ${ajv.errorsText(check.errors)}`);
      }
      return problems;
    },
  };
}

/** A SIREN (8 digits + Luhn check) from a number. */
export function sirenOf(n: number): string {
  const body = `7${String(n).padStart(7, "0")}`;
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d;
  throw new Error("unreachable");
}

/** A SIRET of that SIREN (NIC with its check digit). */
export function siretOf(siren: string, establishment: number): string {
  const body = `${siren}${String(establishment).padStart(4, "0")}`;
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d;
  throw new Error("unreachable");
}

export interface Establishment {
  siret: string;
  commune: string;
  code_postal?: string | null;
  adresse?: string;
  libelle_commune?: string;
  activite_principale?: string;
  tranche_effectif_salarie?: string | null;
  date_creation?: string | null;
  date_fermeture?: string | null;
  est_siege: boolean;
  etat_administratif: "A" | "F";
  latitude?: string;
  longitude?: string;
  liste_enseignes?: string[] | null;
  nom_commercial?: string | null;
}

export interface Unit {
  siren: string;
  nom_complet: string;
  nom_raison_sociale?: string | null;
  nature_juridique?: string;
  date_creation?: string;
  date_fermeture?: string;
  etat_administratif: "A" | "C";
  section_activite_principale: string;
  complements: Record<string, unknown>;
  dirigeants: Record<string, unknown>[];
  etablissements: Establishment[];
}

export type Fault = "429" | "500" | "cut";

export interface FakeService {
  url: string;
  units: Unit[];
  /** Every request: its time, query string and User-Agent. */
  requests: { at: number; params: URLSearchParams; userAgent: string | undefined; answered: number | Fault }[];
  contractErrors: string[];
  /** Faults served once each, to the first request they match. */
  faults: { when: (params: URLSearchParams) => boolean; fault: Fault }[];
  close(): Promise<void>;
}

const PER_PAGE_MAX = 25;

function asResult(unit: Unit, matching: Establishment[]) {
  const { etablissements, section_activite_principale, ...rest } = unit;
  const siege = etablissements.find((e) => e.est_siege);
  return {
    ...rest,
    section_activite_principale,
    nombre_etablissements: etablissements.length,
    nombre_etablissements_ouverts: etablissements.filter((e) => e.etat_administratif === "A").length,
    ...(siege ? { siege } : {}),
    matching_etablissements: matching,
  };
}

function search(units: Unit[], params: URLSearchParams) {
  const perPage = Math.min(Number(params.get("per_page") ?? 10), PER_PAGE_MAX);
  const page = Number(params.get("page") ?? 1);
  const q = params.get("q");
  let results: ReturnType<typeof asResult>[];
  if (q && /^\d{14}$/.test(q)) {
    // A direct SIRET search ignores every other filter and lists that establishment only.
    const unit = units.find((u) => u.etablissements.some((e) => e.siret === q));
    results = unit
      ? [
          asResult(
            unit,
            unit.etablissements.filter((e) => e.siret === q),
          ),
        ]
      : [];
  } else {
    const communes = params.get("code_commune")?.split(",");
    const ess = params.get("est_ess");
    const section = params.get("section_activite_principale");
    const state = params.get("etat_administratif");
    results = units
      .filter((u) => (state ? u.etat_administratif === state : true))
      .filter((u) => (ess ? (u.complements.est_ess === true) === (ess === "true") : true))
      .filter((u) => (section ? u.section_activite_principale === section : true))
      .map((u) => asResult(u, communes ? u.etablissements.filter((e) => communes.includes(e.commune)) : []))
      .filter((r) => !communes || r.matching_etablissements.length > 0);
  }
  // Each result lists a page of its matching establishments, as the service does.
  const limit = Number(params.get("limite_matching_etablissements") ?? 10);
  const establishmentsPage = Number(params.get("page_etablissements") ?? 1);
  results = results.map((r) => ({
    ...r,
    matching_etablissements: r.matching_etablissements.slice(
      (establishmentsPage - 1) * limit,
      establishmentsPage * limit,
    ),
  }));
  return {
    results: results.slice((page - 1) * perPage, page * perPage),
    total_results: results.length,
    page,
    per_page: perPage,
    total_pages: Math.ceil(results.length / perPage),
  };
}

export async function startFakeService(units: Unit[]): Promise<FakeService> {
  const contract = loadContract();
  const service: Omit<FakeService, "url" | "close"> = { units, requests: [], contractErrors: [], faults: [] };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const entry = {
      at: Date.now(),
      params: url.searchParams,
      userAgent: req.headers["user-agent"],
      answered: 0 as number | Fault,
    };
    service.requests.push(entry);
    if (url.pathname !== "/search") {
      res.writeHead(404).end();
      return;
    }
    for (const problem of contract.checkQuery(url.searchParams))
      service.contractErrors.push(`request ${url.search}: ${problem}`);
    const body = JSON.stringify(search(service.units, url.searchParams));
    if (!contract.payload(JSON.parse(body)))
      service.contractErrors.push(`response to ${url.search}: ${JSON.stringify(contract.payload.errors?.slice(0, 3))}`);
    const at = service.faults.findIndex((f) => f.when(url.searchParams));
    const fault = at >= 0 ? service.faults.splice(at, 1)[0].fault : null;
    if (fault === "429") {
      entry.answered = fault;
      res
        .writeHead(429, { "retry-after": "1", "content-type": "application/json" })
        .end(JSON.stringify({ erreur: "Trop de requêtes" }));
    } else if (fault === "500") {
      entry.answered = fault;
      res.writeHead(500, { "content-type": "text/html" }).end("<html>Internal Server Error</html>");
    } else if (fault === "cut") {
      // Headers announce the whole page; the connection drops halfway through the body.
      entry.answered = fault;
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.write(body.slice(0, Math.floor(body.length / 2)), () => res.destroy());
    } else {
      entry.answered = 200;
      res.writeHead(200, { "content-type": "application/json" }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return Object.assign(service, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
