/**
 * A client of the State's open company search API ("API Recherche
 * d'entreprises", no key) that keeps to its published terms: at most 7
 * requests a second per address, the `Retry-After` delay after a 429, an
 * explicit User-Agent. A 5xx, a network error or a body cut short is retried
 * with exponential backoff; a 4xx other than 429 stops, with the service's
 * own message.
 * @see ../../../tests/fixtures/annuaire/recherche-entreprises.open-api.yml (its description, "Limite des requêtes")
 */
// From dist/read or src/read alike: the package's own version names the client.
const { version } = require("../../package.json") as { version: string };

/** The public service; `ANNUAIRE_API_URL` names a mirror or a test server instead. */
export const DEFAULT_ANNUAIRE_API_URL = "https://recherche-entreprises.api.gouv.fr";

/** The service asks for a User-Agent that says who calls it. */
export const USER_AGENT = `Maillage-importer/${version} (ESS directory of Grand Paris Sud Est Avenir; open source)`;

export const defaults = {
  /** The service's published limit per address. */
  requestsPerSecond: 7,
  /** Attempts per request before giving up (the first one included). */
  maxAttempts: 6,
  /** First backoff after a 5xx or a broken response; doubled at each attempt, with jitter. */
  backoffMs: 1000,
  /** A Retry-After longer than this is cut to it, so that a run never sleeps for hours silently. */
  maxRetryAfterMs: 120_000,
  /** One request, body included. */
  timeoutMs: 30_000,
};

export type SearchApiSettings = typeof defaults & {
  baseUrl: string;
  /** Told each time the client waits before a retry (progress lines). */
  onRetry?: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
};

/** The service refused the request for good, or kept failing: the message says which and what it answered. */
export class SearchApiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SearchApiError";
  }
}

/** A page of /search, as far as the importer reads it (the OpenAPI description's `payload`). */
export interface SearchPage {
  results: SearchResult[];
  total_results: number;
  page: number;
  per_page: number;
  total_pages: number;
}

export interface SearchEstablishment {
  siret?: string;
  commune?: string | null;
  code_postal?: string | null;
  adresse?: string | null;
  libelle_commune?: string | null;
  activite_principale?: string | null;
  tranche_effectif_salarie?: string | null;
  date_creation?: string | null;
  date_fermeture?: string | null;
  est_siege?: boolean;
  etat_administratif?: string;
  latitude?: string | null;
  longitude?: string | null;
  liste_enseignes?: string[] | null;
  nom_commercial?: string | null;
}

export interface SearchResult {
  siren?: string;
  nom_complet?: string;
  nom_raison_sociale?: string | null;
  sigle?: string | null;
  nature_juridique?: string | null;
  date_creation?: string | null;
  date_fermeture?: string | null;
  etat_administratif?: string;
  siege?: SearchEstablishment;
  matching_etablissements?: SearchEstablishment[];
  complements?: Record<string, unknown>;
  // `dirigeants` and the elected officials (`complements.collectivite_territoriale.elus`) are
  // personal data: the importer never reads them, so they are not typed here.
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After: seconds, or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === "") return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function isPage(body: unknown): body is SearchPage {
  const b = body as SearchPage;
  return typeof b === "object" && b !== null && Array.isArray(b.results) && typeof b.total_results === "number";
}

export interface SearchClient {
  /**
   * GET /search with these parameters; resolves the page or throws
   * SearchApiError. Once `signal` is aborted, nothing more is sent for this
   * call (no retry, no request still waiting for its turn).
   */
  search(params: Record<string, string>, signal?: AbortSignal): Promise<SearchPage>;
  /** Requests sent so far, retries included. */
  readonly requests: number;
}

export function createSearchClient(settings: Partial<SearchApiSettings> & { baseUrl: string }): SearchClient {
  const s = { ...defaults, ...settings };
  const sleep = s.sleep ?? defaultSleep;
  const spacing = 1000 / s.requestsPerSecond;
  let nextStart = 0;
  let requests = 0;

  /** Spaces request starts by 1/rate: never more than the rate in any second. */
  async function turn(): Promise<void> {
    const wait = nextStart - Date.now();
    if (wait > 0) await sleep(wait);
    nextStart = Math.max(Date.now(), nextStart) + spacing;
  }

  async function search(params: Record<string, string>, signal?: AbortSignal): Promise<SearchPage> {
    const url = new URL("/search", s.baseUrl);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    const what = `GET ${url.pathname}${url.search}`;
    let last = "";
    const stopped = () => new SearchApiError(`${what}: not sent, the run is stopping`);
    for (let attempt = 1; attempt <= s.maxAttempts; attempt++) {
      await turn();
      if (signal?.aborted) throw stopped();
      requests++;
      let delay: number;
      try {
        const response = await fetch(url, {
          headers: { "user-agent": USER_AGENT, accept: "application/json" },
          signal: signal
            ? AbortSignal.any([signal, AbortSignal.timeout(s.timeoutMs)])
            : AbortSignal.timeout(s.timeoutMs),
        });
        const text = await response.text();
        if (response.ok) {
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            body = undefined;
          }
          if (isPage(body)) return body;
          last = `a response that is not a page of results (${text.length} characters${text.length ? `, ending "${text.slice(-40)}"` : ""}): cut short?`;
          delay = backoff(attempt);
        } else if (response.status === 429) {
          const asked = retryAfterMs(response.headers.get("retry-after"));
          delay = Math.min(asked ?? backoff(attempt), s.maxRetryAfterMs);
          last = `429 Too Many Requests (Retry-After: ${response.headers.get("retry-after") ?? "none"})`;
        } else if (response.status >= 500) {
          last = `${response.status} ${response.statusText}`;
          delay = backoff(attempt);
        } else {
          let message = text.slice(0, 300);
          try {
            message = (JSON.parse(text) as { erreur?: string }).erreur ?? message;
          } catch {
            // not JSON: the text itself
          }
          throw new SearchApiError(`${what} was refused: ${response.status} ${message}`);
        }
      } catch (error) {
        if (error instanceof SearchApiError) throw error;
        if (signal?.aborted) throw stopped();
        const e = error as Error & { cause?: { code?: string; message?: string } };
        last =
          e.name === "TimeoutError"
            ? `no answer within ${s.timeoutMs / 1000} s`
            : `${e.cause?.code ?? e.cause?.message ?? e.message}`;
        delay = backoff(attempt);
      }
      if (attempt < s.maxAttempts) {
        s.onRetry?.(
          `${what}: ${last}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${s.maxAttempts})`,
        );
        await sleep(delay);
        if (signal?.aborted) throw stopped();
        // The wait counts as the spacing: the next request may start at once.
        nextStart = Math.max(nextStart, Date.now());
      }
    }
    throw new SearchApiError(
      `${what} failed ${s.maxAttempts} times, last with ${last}. The service (${s.baseUrl}) may be down: run the same command later, it resumes where it stopped`,
    );
  }

  function backoff(attempt: number): number {
    return s.backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
  }

  return {
    search,
    get requests() {
      return requests;
    },
  };
}
