/**
 * Every view of the explorer and its main states, checked with axe-core in
 * Debian's Chromium against the real API and the seeded Neo4j: no serious or
 * critical violation, anonymous and signed in as a coordinator, in French and
 * (for the network view and a profile) in English; and no view scrolls
 * sideways on a 390 × 844 phone. One browser, one context per role.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, seriousAxeViolations, signInAs } from "./browser";
import { startHarness, type Harness } from "./harness";

const SHOTS = join(__dirname, "..", "screenshots");
const WHO = "e2e-accessibility";
const VIEWS = [
  "graph",
  "opportunities",
  "organisation",
  "follow-up",
  "directory",
  "map",
  "dashboard",
  "widgets",
  "reports",
  "saved-view",
] as const;

describe("the explorer's accessibility, every view and state", () => {
  let api: Harness;
  let browser: Browser;
  let anonymous: Page;
  /** The sign-in lives in sessionStorage: one page for the whole session. */
  let coordinator: Page;
  let organisation: { id: string; name: string };
  let savedViewId: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    api = await startHarness();
    browser = await launchChromium();
    const [row] = await api.cypher<{ id: string; name: string }>(
      "MATCH (o:EssStructure)-[r]-() WITH o, count(r) AS links ORDER BY links DESC, o.id RETURN o.id AS id, o.name AS name LIMIT 1",
    );
    organisation = row;
    const saved = await api.gql<{ saveView: { id: string } }>(
      "mutation ($name: String!, $url: String!) { saveView(name: $name, url: $url) { id } }",
      { name: "Vue de test d'accessibilité", url: "#/directory?type=EssStructure" },
      await api.token("coordinator", WHO),
    );
    savedViewId = saved.data!.saveView.id;

    anonymous = await (await context(1366, 768)).newPage();
    coordinator = await (await context(1366, 768)).newPage();
    await signIn(coordinator);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.cypher("MATCH (v:SavedView) WHERE v.createdBy = $who DELETE v", { who: WHO });
    await api?.cypher("MATCH (a:AuditEntry) WHERE a.actor = $who DELETE a", { who: WHO });
    await api?.close();
  });

  const context = (width: number, height: number): Promise<BrowserContext> =>
    browser.newContext({ viewport: { width, height }, locale: "fr-FR" });
  const signIn = async (page: Page) => {
    await page.goto(`${api.url}/#/dashboard`);
    await signInAs(page, api, "coordinator", WHO);
    await page.getByText(`Connecté·e : ${WHO}`).waitFor();
  };

  /** Each state checked, with its violations (none expected). */
  let found: Record<string, string[]>;
  const check = async (page: Page, state: string) => {
    found[state] = await seriousAxeViolations(page);
    if (found[state].length > 0) console.log(`${state}:\n${found[state].join("\n")}`);
    if (found[state].length > 0) await page.screenshot({ path: join(SHOTS, `axe-${state.replace(/\W+/g, "-")}.png`) });
  };

  const hashOf = (view: (typeof VIEWS)[number]) =>
    view === "organisation"
      ? `#/organisations/${encodeURIComponent(organisation.id)}`
      : view === "saved-view"
        ? `#/views/${encodeURIComponent(savedViewId)}`
        : `#/${view}`;

  const waitForGraph = (page: Page) =>
    page.waitForFunction(() => ((window as any).__maillageCy?.nodes().length ?? 0) > 0, null, { timeout: 60_000 });

  /** Opens a view and waits until its content is drawn. */
  async function open(page: Page, view: (typeof VIEWS)[number], signedIn: boolean) {
    await page.goto(`${api.url}/${hashOf(view)}`);
    // The network view, once opened, stays in the page (hidden): the heading waited for is the visible one.
    await page.locator("main h2:visible").first().waitFor({ timeout: 60_000 });
    if (view === "graph") await waitForGraph(page);
    if (view === "follow-up" && signedIn)
      await page
        .getByRole("region", { name: /^(Suggérées|Suggested)/ })
        .getByRole("listitem")
        .first()
        .waitFor({ timeout: 60_000 });
    if (view === "directory" || (view === "saved-view" && signedIn))
      await page.locator("table tbody tr").first().waitFor({ timeout: 30_000 });
    if (view === "map") await page.locator(".leaflet-container").first().waitFor();
    await page.waitForLoadState("networkidle");
    // Transitions (150 ms at most in the style sheets) end before colours are read.
    await page.waitForTimeout(300);
  }

  const setLanguage = async (page: Page, language: "fr" | "en") => {
    await page.getByRole("combobox", { name: /^(Langue|Language)$/ }).selectOption(language);
    await page.waitForTimeout(200);
  };

  /** The network view's states: an organisation selected, the panels, the Exporter menu, focus mode. */
  async function graphStates(page: Page, role: string) {
    await open(page, "graph", role === "coordinator");
    const filters = page.getByRole("button", { name: "Filtres", exact: true });
    if ((await filters.getAttribute("aria-expanded")) !== "true") await filters.click();
    await page.locator("#graph-filters:visible").waitFor();
    await check(page, `${role} graph, filters open`);
    await filters.click();

    await page.locator("details.node-list summary").click();
    await page.locator("details.node-list li button").first().click();
    await page.waitForFunction(() => (window as any).__maillageCy.$("node.selected").length === 1);
    const side = page.getByRole("button", { name: "Détails et suggestions", exact: true });
    if ((await side.getAttribute("aria-expanded")) !== "true") await side.click();
    await page.getByTestId("details-name").waitFor();
    await page.waitForLoadState("networkidle");
    await check(page, `${role} graph, organisation selected, side panel open`);

    await page.getByRole("button", { name: "Ne montrer que ses alentours" }).click();
    await page.getByRole("button", { name: "Tout remontrer" }).waitFor();
    await check(page, `${role} graph, focus mode`);
    await page.getByRole("button", { name: "Tout remontrer" }).click();

    await page.getByText("Exporter", { exact: true }).click();
    await page.locator("details.export-menu[open]").waitFor();
    await check(page, `${role} graph, Exporter menu open`);
    await page.keyboard.press("Escape");
  }

  it("has no serious violation for an anonymous visitor", async () => {
    found = {};
    const page = anonymous;
    for (const view of VIEWS) {
      await open(page, view, false);
      await check(page, `anonymous ${view}`);
    }
    await graphStates(page, "anonymous");

    await page.goto(`${api.url}/#/opportunities?organisation=${encodeURIComponent(organisation.id)}`);
    await page.getByRole("heading", { level: 2, name: `Opportunités pour ${organisation.name}` }).waitFor();
    await page.waitForLoadState("networkidle");
    await check(page, "anonymous opportunities of one organisation");

    await page.goto(`${api.url}/#/directory?q=${encodeURIComponent(organisation.name)}`);
    await page.locator("table tbody tr").filter({ hasText: organisation.name }).first().waitFor({ timeout: 30_000 });
    await check(page, "anonymous directory with a search");

    await page.getByRole("link", { name: "Se connecter" }).click();
    await page.getByLabel("Mot de passe").waitFor();
    await check(page, "anonymous sign-in page");
    await page.goBack();

    await open(page, "graph", false);
    await setLanguage(page, "en");
    await check(page, "anonymous graph, English");
    await open(page, "organisation", false);
    await check(page, "anonymous organisation, English");
    await setLanguage(page, "fr");
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((state) => [state, []])));
  }, 300_000);

  it("has no serious violation for a coordinator", async () => {
    found = {};
    const page = coordinator;
    for (const view of VIEWS) {
      await open(page, view, true);
      await check(page, `coordinator ${view}`);
    }
    await graphStates(page, "coordinator");

    await page.goto(`${api.url}/#/opportunities?organisation=${encodeURIComponent(organisation.id)}`);
    await page.getByRole("heading", { level: 2, name: `Opportunités pour ${organisation.name}` }).waitFor();
    await page.waitForLoadState("networkidle");
    await check(page, "coordinator opportunities of one organisation");

    await open(page, "organisation", true);
    await page.getByRole("heading", { name: "Contacts" }).waitFor();
    await page.getByRole("button", { name: `Modifier ${organisation.name}` }).click();
    await page.getByRole("form", { name: `Modifier ${organisation.name}` }).waitFor();
    await check(page, "coordinator organisation, edit form open");

    await open(page, "follow-up", true);
    const card = page
      .getByRole("region", { name: /^Suggérées/ })
      .getByRole("listitem")
      .first();
    await card.getByRole("button", { name: "Refuser" }).click();
    const decline = page.getByRole("dialog", { name: "Refuser cette opportunité ?" });
    await decline.waitFor();
    await check(page, "coordinator follow-up, decline dialog open");
    await decline.getByRole("button", { name: "Revenir sans rien enregistrer" }).click();
    await card.getByRole("button", { name: "Mise en relation faite" }).click();
    const outcome = page.getByRole("dialog", { name: "Enregistrer une mise en relation" });
    await outcome.waitFor();
    await check(page, "coordinator follow-up, outcome dialog open");
    await outcome.getByRole("button", { name: "Revenir sans rien enregistrer" }).click();

    await page.goto(`${api.url}/#/directory?q=${encodeURIComponent(organisation.name)}`);
    await page.locator("table tbody tr").filter({ hasText: organisation.name }).first().waitFor({ timeout: 30_000 });
    await check(page, "coordinator directory with a search");

    await open(page, "graph", true);
    await setLanguage(page, "en");
    await check(page, "coordinator graph, English");
    await open(page, "organisation", true);
    await check(page, "coordinator organisation, English");
    await setLanguage(page, "fr");
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((state) => [state, []])));
  }, 300_000);

  it("scrolls no view sideways at 390 × 844 and starts the graph near the top, anonymous or signed in, in French and English", async () => {
    found = {};
    const wide: Record<string, number> = {};
    for (const role of ["anonymous", "coordinator"] as const) {
      // A visitor who opens the explorer on a phone (the panels' first state depends on the screen's width).
      const phone = await context(390, 844);
      const page = await phone.newPage();
      if (role === "coordinator") await signIn(page);
      for (const language of ["fr", "en"] as const) {
        await page.goto(`${api.url}/#/graph`);
        await setLanguage(page, language);
        for (const view of VIEWS) {
          await open(page, view, role === "coordinator");
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          const state = `${role} ${view} ${language}`;
          wide[state] = overflow;
          if (overflow > 0)
            await page.screenshot({ path: join(SHOTS, `axe-overflow-390-${state.replace(/\W+/g, "-")}.png`) });
          if (language === "fr") await check(page, `${role} ${view} at 390 × 844`);
          if (view === "graph") {
            // The graph starts in the upper half of the phone's screen, and the measure's select stays in its box.
            const { graphTop, selectRight, boxRight } = await page.evaluate(() => {
              const select = document.querySelector(".graph-tools select")!;
              return {
                graphTop: document.querySelector("[data-testid=graph]")!.getBoundingClientRect().top,
                selectRight: select.getBoundingClientRect().right,
                boxRight: document.querySelector(".graph-main")!.getBoundingClientRect().right,
              };
            });
            await page.screenshot({ path: join(SHOTS, `accessibility-graph-390-${role}-${language}.png`) });
            expect({ state, graphTop: graphTop < 844 / 2 }).toEqual({ state, graphTop: true });
            expect({ state, selectInside: selectRight <= boxRight }).toEqual({ state, selectInside: true });
          }
        }
      }
      await phone.close();
    }
    expect(wide).toEqual(Object.fromEntries(Object.keys(wide).map((state) => [state, 0])));
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((state) => [state, []])));
  }, 400_000);
});
