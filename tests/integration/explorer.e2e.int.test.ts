/**
 * The explorer end to end: Debian's Chromium (headless, driven by
 * playwright-core; no browser download) against graph-api serving
 * explorer/dist, over the real seeded Neo4j. Screenshots of each view go to
 * tests/screenshots/ (git-ignored) for a person to look at.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, seriousAxeViolations, signInAs } from "./browser";
import { startHarness, type Harness } from "./harness";

const SHOTS = join(__dirname, "..", "screenshots");

describe("explorer in Chromium", () => {
  let api: Harness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Requests to anywhere but the API's own origin: there must be none. */
  const outside: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    api = await startHarness();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "fr-FR" });
    page = await context.newPage();
    page.on("request", (r) => {
      if (!r.url().startsWith(api.url) && !r.url().startsWith("data:") && !r.url().startsWith("blob:"))
        outside.push(r.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.cypher("MATCH (o:Opportunity) WHERE o.createdBy CONTAINS 'e2e-coordinator' DETACH DELETE o");
    await api?.close();
  });

  const cyNodes = () =>
    page.evaluate(() =>
      (window as any).__maillageCy
        .nodes()
        .map((n: any) => ({ id: n.id(), type: n.data("type"), inseeCode: n.data("inseeCode") })),
    );
  const waitForGraph = async () => {
    await page
      .getByRole("status")
      .filter({ hasText: /\d+ (éléments|items), \d+ (liens|links)/ })
      .first()
      .waitFor();
    await page.waitForFunction(() => ((window as any).__maillageCy?.nodes().length ?? 0) > 0);
  };
  it("opens on Créteil's network, in French, with nothing loaded from outside", async () => {
    const response = await page.goto(`${api.url}/`);
    expect(response!.status()).toBe(200);
    expect(response!.headers()["content-security-policy"]).toContain("default-src 'self'");
    await waitForGraph();
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(
      await page
        .getByRole("navigation")
        .getByRole("link", { name: "Réseau", exact: true })
        .getAttribute("aria-current"),
    ).toBe("page");
    const nodes = await cyNodes();
    const organisations = nodes.filter((n: any) =>
      ["EssStructure", "Business", "Financer", "SupportProvider", "ResearchUnit"].includes(n.type),
    );
    expect(organisations.length).toBeGreaterThan(20);
    // The town's own organisations, and the financers, support providers and research units linked to them.
    const local = organisations.filter((n: any) => ["EssStructure", "Business"].includes(n.type));
    expect(local.every((n: any) => n.inseeCode === "94028")).toBe(true);
    expect(organisations.some((n: any) => n.type === "Financer")).toBe(true);
    // Towns and events group and filter; they are not drawn as nodes by default.
    expect(nodes.filter((n: any) => ["Town", "Event"].includes(n.type))).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "graph-creteil.png") });
    expect(outside).toEqual([]);
  }, 60_000);

  it("filters by town, finds an organisation by full-text search and shows its details with provenance", async () => {
    await page.getByRole("combobox", { name: "Commune" }).selectOption("94071");
    await page.waitForFunction(() =>
      (window as any).__maillageCy.nodes().some((n: any) => n.data("inseeCode") === "94071"),
    );
    await waitForGraph();
    const nodes = await cyNodes();
    expect(nodes.filter((n: any) => n.type === "EssStructure").every((n: any) => n.inseeCode === "94071")).toBe(true);

    // What is typed is searched as words: brackets and slashes are not Lucene syntax here.
    await page.getByRole("searchbox", { name: "Rechercher une organisation" }).fill("épicerie (vrac) / A&B");
    await page.getByRole("searchbox", { name: "Rechercher une organisation" }).press("Enter");
    const first = page.getByRole("region", { name: "Résultats" }).getByRole("button").first();
    const name = (await first.textContent())!.trim();
    expect(name.toLowerCase()).toContain("picerie");
    await first.click();
    await page.getByTestId("details-name").filter({ hasText: name }).waitFor();
    await page.getByRole("heading", { name: "Provenance" }).waitFor();
    // The kind of source in words, never its code.
    const provenance = await page.locator(".provenance").textContent();
    expect(provenance).toMatch(
      /Données fictives de démonstration|Page publique d'un partenaire|Import de registres ouverts|Saisie par les chargé·es de mission/,
    );
    expect(provenance).not.toMatch(/ILLUSTRATIVE|PUBLIC_PAGE|OPEN_DATA_IMPORT|COORDINATOR/);
    // The searched organisation is now on the graph, selected.
    expect(await page.evaluate(() => (window as any).__maillageCy.$("node.selected").data("name"))).toBe(name);
    await page.screenshot({ path: join(SHOTS, "graph-details.png") });
  }, 60_000);

  it("shows an opportunity on the graph as a dashed suggested edge between its members", async () => {
    const list = page.getByRole("region", { name: "Opportunités" });
    await list.getByRole("button", { name: "Montrer sur le graphe" }).first().click();
    await page.waitForFunction(() => (window as any).__maillageCy.edges(".suggested").length > 0);
    const suggested = await page.evaluate(() =>
      (window as any).__maillageCy.edges(".suggested").map((e: any) => [e.source().id(), e.target().id()]),
    );
    expect(suggested.length).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, "graph-opportunity.png") });
  }, 60_000);

  it("finds who can introduce one organisation to another: a shortest path through partners, highlighted", async () => {
    // Two organisations of the view two partnerships apart, found in the graph the page shows.
    const [from, via, to] = await page.evaluate(() => {
      const cy = (window as any).__maillageCy;
      const partners = (n: any) =>
        n
          .connectedEdges('[type = "PARTNERS_WITH"]')
          .connectedNodes()
          .filter((m: any) => m.id() !== n.id());
      for (const a of cy.nodes('[type = "EssStructure"]').toArray()) {
        for (const b of partners(a).toArray()) {
          const c = partners(b)
            .toArray()
            .find((x: any) => x.id() !== a.id() && !a.neighborhood().has(x));
          if (c) return [a.id(), b.id(), c.id()];
        }
      }
      return [];
    });
    expect(to).toBeDefined();
    await page.getByText("Qui peut présenter ?").click();
    await page.getByRole("combobox", { name: "De" }).selectOption(from);
    await page.getByRole("combobox", { name: "À" }).selectOption(to);
    await page.getByRole("button", { name: "Chercher un chemin" }).click();
    const status = page.getByRole("status").filter({ hasText: "Chemin :" });
    await status.waitFor();
    const highlighted = await page.evaluate(() =>
      (window as any).__maillageCy.nodes(".highlighted").map((n: any) => n.id()),
    );
    // Two steps: the shortest path has three organisations (through `via` or another partner in common).
    expect(highlighted).toHaveLength(3);
    expect(highlighted).toEqual(expect.arrayContaining([from, to]));
    expect(via).toBeDefined();
    await page.screenshot({ path: join(SHOTS, "graph-path.png") });
    await page.getByText("Qui peut présenter ?").click();
  }, 60_000);

  it("lets a signed-in coordinator record an introduction; anonymous visitors see no edit control", async () => {
    const list = page.getByRole("region", { name: "Opportunités" });
    expect(await list.getByRole("button", { name: "Mise en relation faite" }).count()).toBe(0);
    await signInAs(page, api, "coordinator", "e2e-coordinator");
    await page.getByText("Connecté·e : e2e-coordinator").waitFor();
    const item = list
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: "Mise en relation faite" }) })
      .first();
    const members = (await item.locator("p").nth(1).textContent())!;
    await item.getByRole("button", { name: "Mise en relation faite" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Enregistrer", exact: true }).click();
    await list
      .getByRole("listitem")
      .filter({ hasText: members })
      .locator(".opportunity-head")
      .filter({ hasText: "Mise en relation" })
      .first()
      .waitFor();
    const recorded = await api.cypher(
      "MATCH (o:Opportunity) WHERE o.createdBy CONTAINS 'e2e-coordinator' RETURN o.status AS status",
    );
    expect(recorded.map((r) => r.status)).toContain("CONTACTED");
  }, 60_000);

  it("switches to English", async () => {
    await page.getByLabel("Langue").selectOption("en");
    await page.getByRole("navigation").getByRole("link", { name: "Network", exact: true }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.getByRole("heading", { name: "Opportunities" }).waitFor();
    await page.getByLabel("Language").selectOption("fr");
    await page.getByRole("navigation").getByRole("link", { name: "Réseau", exact: true }).waitFor();
  }, 30_000);

  /** What shows that each view has loaded its data (not a "Chargement…" placeholder). */
  const LOADED: Record<string, () => Promise<void>> = {
    graph: waitForGraph,
    directory: async () => {
      await page.locator("table tbody tr").nth(5).waitFor();
    },
    map: async () => {
      // The 16 commune outlines, and organisations as points.
      await page.waitForFunction(() => document.querySelectorAll(".leaflet-overlay-pane path").length > 16);
    },
    dashboard: async () => {
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      await page.locator("svg").first().waitFor();
    },
  };

  it.each(["graph", "directory", "map", "dashboard"])(
    "shows the %s view with its data and no serious or critical accessibility violation (axe-core)",
    async (view) => {
      await page.goto(`${api.url}/#/${view}`);
      await LOADED[view]();
      await page.waitForLoadState("networkidle");
      // The address may change the view's scope (the network view goes back to its first town): loaded again.
      await page.waitForFunction(() => !/^Chargement…$/m.test(document.querySelector("main")!.innerText));
      expect(await page.locator("main").innerText()).not.toMatch(/^Chargement…$/m);
      await page.screenshot({ path: join(SHOTS, `${view}.png`) });
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(outside).toEqual([]);
    },
    60_000,
  );

  it("logged no error in the browser console", () => {
    expect(consoleErrors).toEqual([]);
  });
});
