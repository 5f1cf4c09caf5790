/**
 * The map end to end, in Debian's Chromium against graph-api serving
 * explorer/dist over the seeded Neo4j: town names on the outlines, points
 * grouped with their count and split on zooming in, the list beside the map
 * following it both ways, research units placed, and a basemap from a tile
 * server this test starts (tiny PNG tiles) only when the server is configured
 * with one, the content security policy opening to that one origin then and
 * staying as it was otherwise. Screenshots at three sizes, French and English,
 * go to tests/screenshots/ (git-ignored).
 */
import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, seriousAxeViolations } from "./browser";
import { startHarness, type Harness } from "./harness";

const SHOTS = join(__dirname, "..", "screenshots");
/** A 1×1 beige PNG: what the test's tile server answers for every tile. */
const TILE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN48eQOAAVgAqnWTRlUAAAAAElFTkSuQmCC",
  "base64",
);
const ATTRIBUTION = "Tuiles de test locales";

/** The explorer's policy without tiles, as it was before tiles could be configured. */
const DEFAULT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

describe("the map in Chromium", () => {
  let api: Harness;
  let withTiles: Harness;
  let tiles: Server;
  let tileOrigin: string;
  const tileRequests: string[] = [];
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    tiles = createServer((req, res) => {
      tileRequests.push(req.url ?? "");
      if (/^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? "")) res.writeHead(200, { "Content-Type": "image/png" }).end(TILE);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => tiles.listen(0, "127.0.0.1", resolve));
    tileOrigin = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}`;
    api = await startHarness();
    withTiles = await startHarness({
      config: {
        basemap: { url: `${tileOrigin}/{z}/{x}/{y}.png`, attribution: ATTRIBUTION, maxZoom: 19, origin: tileOrigin },
      },
    });
    browser = await launchChromium();
    // The map's question, asked once before the pages do: a fresh database answers it slowly the first time.
    for (let attempt = 0; attempt < 3; attempt++) {
      const warm = await api.gql(
        `query { cooperationGraph(types: ["EssStructure", "Business", "Financer", "SupportProvider", "ResearchUnit"], limit: 5000) { nodes { id } } }`,
      );
      if (!warm.errors) break;
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await withTiles?.close();
    await new Promise((resolve) => tiles?.close(resolve));
  });

  /** A page on the map, with what it asked of other origins and what it logged as errors. */
  const openMap = async (
    server: Harness,
    options: { width?: number; height?: number; language?: "fr" | "en"; hash?: string } = {},
  ) => {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
      locale: options.language === "en" ? "en-GB" : "fr-FR",
    });
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(server.url) && !url.startsWith("data:") && !url.startsWith("blob:")) outside.push(url);
    });
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    const response = await page.goto(`${server.url}/#/map${options.hash ?? ""}`);
    if (options.language) {
      const language = page.getByRole("combobox", { name: /^(Langue|Language)$/ });
      if ((await language.inputValue()) !== options.language) await language.selectOption(options.language);
    }
    // The outlines, their names and the organisations, grouped or not.
    // (The first answer of a fresh server on a shared machine may take a while.)
    const slow = { timeout: 90_000 };
    await page.waitForFunction(() => document.querySelectorAll("path.commune-outline").length === 16, null, slow);
    await page.waitForFunction(
      () => document.querySelectorAll(".point-cluster, path.organisation-point").length > 0,
      null,
      slow,
    );
    await page.getByTestId("map-list").locator("ol li").first().waitFor(slow);
    return { page, response: response!, outside, errors, close: () => context.close() };
  };

  const zoomIn = async (page: Page) => {
    const before = await listCount(page);
    await page.getByRole("button", { name: /^(Zoomer|Zoom in)$/ }).click();
    // The list follows the view once the move ends.
    await page.waitForFunction(
      (n) => Number(/^(\d+)/.exec(document.querySelector("#map-list-title")?.textContent ?? "")?.[1]) !== n,
      before,
    );
  };
  const listCount = async (page: Page) => Number(/^(\d+)/.exec(await page.locator("#map-list-title").innerText())![1]);
  const clusterCounts = (page: Page) =>
    page.locator(".point-cluster").evaluateAll((els) => els.map((e) => Number(e.textContent)));
  /** The names of the towns written on the map and shown. */
  const shownTownNames = (page: Page) =>
    page
      .locator(".town-label:not(.town-label-hidden)")
      .evaluateAll((els) =>
        els.filter((e) => e.firstElementChild!.getBoundingClientRect().width > 0).map((e) => e.textContent),
      );

  it("without a tile server: the outlines alone, nothing asked of another origin, the security policy as before", async () => {
    const { page, response, outside, errors, close } = await openMap(api);
    expect(response.headers()["content-security-policy"]).toBe(DEFAULT_CSP);
    expect(await (await fetch(`${api.url}/api/map/basemap.json`)).json()).toEqual({ tiles: null });
    expect(await page.locator(".leaflet-tile").count()).toBe(0);
    expect(await page.locator(".leaflet-control-attribution").count()).toBe(0);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 150_000);

  it("writes the towns' names on their outlines, and more of them as one zooms in", async () => {
    const { page, close } = await openMap(api);
    const names = await shownTownNames(page);
    expect(names).toEqual(expect.arrayContaining(["Créteil", "Sucy-en-Brie", "Boissy-Saint-Léger"]));
    // Zoomed in on Créteil, its name is still there.
    const town = page.getByRole("combobox", { name: "Commune" });
    await town.selectOption("94028");
    await page.waitForFunction(() =>
      [...document.querySelectorAll(".town-label:not(.town-label-hidden)")].some((e) => e.textContent === "Créteil"),
    );
    await close();
  }, 150_000);

  it("groups nearby organisations with their number, and a group splits when one zooms in on it", async () => {
    const { page, close } = await openMap(api);
    const summary = await page
      .getByRole("status")
      .filter({ hasText: /organisations sur la carte/ })
      .innerText();
    const placed = Number(/^(\d+) organisations sur la carte/.exec(summary)![1]);
    const counts = await clusterCounts(page);
    expect(counts.length).toBeGreaterThan(0);
    // Every organisation of the map is in a group or drawn alone (the view holds the whole territory).
    const alone = await page.locator("path.organisation-point").count();
    expect(counts.reduce((a, b) => a + b, 0) + alone).toBe(placed);
    // The biggest group, chosen with the keyboard as a button, zooms the map in and splits.
    const biggest = Math.max(...counts);
    const cluster = page.locator(".point-cluster", { hasText: new RegExp(`^${biggest}$`) }).first();
    expect(await cluster.getAttribute("role")).toBe("button");
    expect(await cluster.getAttribute("aria-label")).toBe(`${biggest} organisations ici : zoomer pour les séparer`);
    const listed = await listCount(page);
    await cluster.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => {
      const title = document.querySelector("#map-list-title")?.textContent ?? "";
      return Number(/^(\d+)/.exec(title)?.[1]) < n;
    }, listed);
    const after = await clusterCounts(page);
    expect(Math.max(0, ...after)).toBeLessThan(biggest);
    expect(after.length + (await page.locator("path.organisation-point").count())).toBeGreaterThan(1);
    await close();
  }, 150_000);

  it("lists what the map shows, sorted and paged, and a choice in either is outlined in both", async () => {
    const { page, close } = await openMap(api);
    const whole = await listCount(page);
    const list = page.getByTestId("map-list");
    // Until one is chosen, the panel says where to choose one.
    await page.getByText("Sélectionnez une organisation sur la carte ou dans la liste.").waitFor();
    // Paged, sorted by name.
    const names = await list
      .locator("ol > li > button[aria-pressed]")
      .evaluateAll((els) => els.map((e) => e.firstChild!.textContent!.trim()));
    expect(names).toHaveLength(20);
    expect([...names].sort((a, b) => a.localeCompare(b, "fr", { sensitivity: "base" }))).toEqual(names);
    await list
      .getByRole("navigation")
      .getByRole("button", { name: /suivante|Next/ })
      .click();
    expect(await list.getByText(/Page 2/).isVisible()).toBe(true);
    // The view narrows the list.
    await zoomIn(page);
    await zoomIn(page);
    const inView = await listCount(page);
    expect(inView).toBeLessThan(whole);
    // Chosen in the list: its details open and its point is outlined in black.
    const first = list.locator("ol > li > button[aria-pressed]").first();
    const name = (await first.evaluate((e) => e.firstChild!.textContent!.trim())) as string;
    await first.click();
    await page.getByTestId("details-name").filter({ hasText: name }).waitFor();
    expect(await first.getAttribute("aria-pressed")).toBe("true");
    await page.waitForFunction(() => document.querySelectorAll('path.organisation-point[stroke="#000"]').length === 1);
    // Chosen on the map: another point; its entry in the list is marked and in sight.
    const other = page.locator('path.organisation-point:not([stroke="#000"])').first();
    await other.dispatchEvent("click");
    // The list follows the map's choice: the entry first pressed is released and another is pressed.
    await page.waitForFunction((previous) => {
      const pressed = document.querySelectorAll('[data-testid="map-list"] button[aria-pressed="true"]');
      return pressed.length === 1 && pressed[0].firstChild?.textContent?.trim() !== previous;
    }, name);
    const chosen = list.locator('button[aria-pressed="true"]');
    const chosenName = (await chosen.evaluate((e) => e.firstChild!.textContent!.trim())) as string;
    await page.getByTestId("details-name").filter({ hasText: chosenName }).waitFor();
    expect(await chosen.isVisible()).toBe(true);
    await close();
  }, 150_000);

  it("counts the research units and places those in the territory; says how many organisations have no location", async () => {
    const { page, close } = await openMap(api);
    const legend = page.getByRole("group", { name: /Légende/ });
    expect(
      await legend
        .getByRole("checkbox", { name: /Recherche/ })
        .locator("..")
        .innerText(),
    ).toMatch(/Recherche\s*\(11\)/);
    // The directory's name filter applies to the map and its list.
    await page.getByRole("searchbox").fill("ERUDITE");
    await page.waitForFunction(() =>
      /^1 organisation /.test(document.querySelector("#map-list-title")?.textContent ?? ""),
    );
    const entry = page.getByTestId("map-list").locator("ol > li").first();
    expect(await entry.innerText()).toMatch(/ERUDITE \(Recherche, Créteil, .*au centre de la commune/);
    // Lab'Urba, based outside the territory, is listed without a location.
    await page.getByRole("searchbox").fill("Lab'Urba");
    const unlocated = page.getByTestId("map-unlocated");
    await unlocated.getByText("1 organisation sans localisation").waitFor();
    await unlocated.locator("summary").click();
    expect(await unlocated.locator("li").first().innerText()).toMatch(
      /Lab'Urba \(Recherche, commune hors du territoire ou inconnue/,
    );
    await close();
  }, 150_000);

  it("with a tile server configured: its tiles under the outlines, its attribution, the policy opened to it alone", async () => {
    const { page, response, outside, errors, close } = await openMap(withTiles);
    const csp = response.headers()["content-security-policy"];
    expect(csp).toBe(
      DEFAULT_CSP.replace("img-src 'self' data: blob:", `img-src 'self' data: blob: ${tileOrigin}`).replace(
        "connect-src 'self'",
        `connect-src 'self' ${tileOrigin}`,
      ),
    );
    expect(await (await fetch(`${withTiles.url}/api/map/basemap.json`)).json()).toEqual({
      tiles: { url: `${tileOrigin}/{z}/{x}/{y}.png`, attribution: ATTRIBUTION, maxZoom: 19 },
    });
    await page.waitForFunction(
      () => [...document.querySelectorAll<HTMLImageElement>("img.leaflet-tile")].filter((i) => i.complete).length > 0,
    );
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((url) => url.startsWith(`${tileOrigin}/`))).toBe(true);
    expect(await page.locator(".leaflet-control-attribution").innerText()).toBe(ATTRIBUTION);
    // The names stay readable over the tiles.
    expect(await shownTownNames(page)).toContain("Créteil");
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "map-tiles-1440x900.fr.png") });
    await close();
  }, 150_000);

  it.each([
    [1440, 900],
    [1366, 768],
    [390, 844],
  ])(
    "at %i×%i, in French and English, has no serious accessibility violation (screenshots)",
    async (width, height) => {
      for (const language of ["fr", "en"] as const) {
        const { page, errors, close } = await openMap(api, { width, height, language });
        const heading =
          language === "fr" ? /organisations? dans la partie visible/ : /organisations? in the part of the map/;
        await page.getByRole("heading", { name: heading }).waitFor();
        await page.screenshot({ path: join(SHOTS, `map-${width}x${height}.${language}.png`), fullPage: width < 500 });
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await close();
      }
    },
    240_000,
  );
});
