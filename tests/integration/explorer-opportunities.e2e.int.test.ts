/**
 * A coordinator's opportunity tasks end to end, in Debian's Chromium against
 * graph-api serving explorer/dist over the real seeded Neo4j, each with its
 * result and its number of clicks: an organisation's suggestions from the
 * graph, the directory and the map; a funding suggestion for an early-stage
 * structure; the opportunities view and an organisation's profile at three
 * sizes, in French and English (screenshots in tests/screenshots/).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, seriousAxeViolations, signInAs, signOutOf } from "./browser";
import { startHarness, type Harness } from "./harness";

const SHOTS = join(__dirname, "..", "screenshots");
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

describe("opportunities and profiles in Chromium", () => {
  let api: Harness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clicks = 0;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    api = await startHarness();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "fr-FR" });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    // Every click the test makes on the page is counted (a task's clicks are read before and after it).
    await page.exposeFunction("__countClick", () => void clicks++);
    await page.addInitScript(() =>
      document.addEventListener("click", (e) => e.isTrusted && (window as any).__countClick(), true),
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** How many suggestions the API gives an organisation (of a kind). */
  const suggestionCount = async (organisationId: string, kind?: string) => {
    const r = await api.gql<{ opportunities: { id: string }[] }>(
      "query ($id: ID, $kind: OpportunityKind) { opportunities(organisationId: $id, kind: $kind, limit: 5) { id } }",
      { id: organisationId, kind },
    );
    return r.data?.opportunities.length ?? 0;
  };

  /** The suggestions shown in the main list: each card's text. */
  const cards = async () => {
    const list = page.getByTestId("opportunities-list");
    await list.locator("> li").first().waitFor();
    return list.locator("> li").allInnerTexts();
  };

  const expectSuggestionsFor = async (name: string) => {
    await page.getByRole("heading", { level: 2, name: `Opportunités pour ${name}` }).waitFor();
    const texts = await cards();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toContain(name);
      expect(text).toMatch(/Piste (forte|moyenne|faible)/);
      // No score as a decimal (a distance such as « 0,9 km » is a fact, not a score).
      expect(text).not.toMatch(/\b[01][.,]\d\d\b(?!\s?km)/);
      expect(text).not.toContain("Score");
    }
  };

  it("pages the suggestions without overlap, orders them by score on demand and counts them per kind", async () => {
    const fetchPage = async (offset: number, order = "KINDS_IN_TURN") =>
      (
        await api.gql<{ opportunities: { id: string; score: number }[] }>(
          'query ($offset: Int!, $order: OpportunityOrder!) { opportunities(inseeCode: "94028", limit: 10, offset: $offset, order: $order) { id score } }',
          { offset, order },
        )
      ).data!.opportunities;
    const [first, second, both] = await Promise.all([fetchPage(0), fetchPage(10), fetchPage(0)]);
    expect(first).toHaveLength(10);
    expect(second.map((o) => o.id).filter((id) => first.some((o) => o.id === id))).toEqual([]);
    expect(both).toEqual(first);
    const byScore = await fetchPage(0, "SCORE");
    expect(byScore.map((o) => o.score)).toEqual([...byScore.map((o) => o.score)].sort((a, b) => b - a));
    const counts = await api.gql<{ opportunityCounts: { kind: string; count: number }[] }>(
      '{ opportunityCounts(inseeCode: "94028") { kind count atLeast } }',
    );
    const funding = counts.data!.opportunityCounts.find((c) => c.kind === "FUNDING")!;
    const fundingList = await api.gql<{ opportunities: unknown[] }>(
      '{ opportunities(inseeCode: "94028", kind: FUNDING, limit: 100) { id } }',
    );
    expect(fundingList.data!.opportunities).toHaveLength(Math.min(100, funding.count));
    const beyond = await api.gql("{ opportunities(limit: 100, offset: 450) { id } }");
    expect(beyond.errors?.[0].message).toContain("offset + limit at most 500");
  }, 60_000);

  it("shows an organisation's suggestions from the graph in two clicks", async () => {
    await page.goto(`${api.url}/#/graph`);
    await page.waitForFunction(() => ((window as any).__maillageCy?.nodes().length ?? 0) > 0);
    await page.waitForLoadState("networkidle");
    // An ESS structure of the graph with suggestions, brought to the middle and zoomed in on as a coordinator
    // would with the wheel (not a click), with no other node under its centre.
    const ids: string[] = await page.evaluate(() =>
      (window as any).__maillageCy.nodes('[type = "EssStructure"]').map((n: any) => n.id()),
    );
    let chosen: { id: string; x: number; y: number } | undefined;
    for (const id of ids.slice(0, 40)) {
      if ((await suggestionCount(id)) === 0) continue;
      const spot: { x: number; y: number; alone: boolean } = await page.evaluate((id) => {
        const cy = (window as any).__maillageCy;
        const node = cy.getElementById(id);
        cy.zoom(3);
        cy.center(node);
        const box = cy.container().getBoundingClientRect();
        const p = node.renderedPosition();
        const under = cy.nodes().filter((n: any) => {
          const bb = n.renderedBoundingBox({ includeLabels: false });
          return p.x >= bb.x1 && p.x <= bb.x2 && p.y >= bb.y1 && p.y <= bb.y2;
        });
        return { x: box.left + p.x, y: box.top + p.y, alone: under.length === 1 };
      }, id);
      if (spot.alone) {
        chosen = { id, x: spot.x, y: spot.y };
        break;
      }
    }
    expect(chosen).toBeDefined();
    const before = clicks;
    await page.mouse.click(chosen!.x, chosen!.y);
    const name = await page.getByTestId("details-name").innerText();
    await page.getByRole("link", { name: "Opportunités pour cette organisation" }).click();
    await expectSuggestionsFor(name);
    expect(clicks - before).toBe(2);
  }, 90_000);

  it("shows an organisation's suggestions from the directory in one click", async () => {
    await page.goto(`${api.url}/#/directory`);
    await page.locator("table tbody tr").nth(5).waitFor();
    const names = await page.locator("table tbody tr th button").allInnerTexts();
    const ids: { id: string; name: string }[] = [];
    for (const name of names.slice(0, 30)) {
      const [row] = await api.cypher<{ id: string }>("MATCH (o:EssStructure {name: $name}) RETURN o.id AS id LIMIT 1", {
        name,
      });
      if (row && (await suggestionCount(row.id)) > 0) {
        ids.push({ id: row.id, name });
        break;
      }
    }
    expect(ids).toHaveLength(1);
    const before = clicks;
    await page.getByRole("link", { name: `Opportunités pour ${ids[0].name}`, exact: true }).click();
    await expectSuggestionsFor(ids[0].name);
    expect(clicks - before).toBeLessThanOrEqual(2);
  }, 90_000);

  it("shows an organisation's suggestions from the list beside the map in one click", async () => {
    await page.goto(`${api.url}/#/map`);
    await page.waitForFunction(() => document.querySelectorAll(".leaflet-overlay-pane path").length > 16);
    const before = clicks;
    // The list beside the map is open: the map's organisations in view, each with its opportunities.
    await page.getByText(/organisations? dans la partie visible de la carte$/).waitFor();
    const links = page.getByRole("link", { name: /^Opportunités pour / });
    const labels = await links.evaluateAll((as) => as.map((a) => a.getAttribute("aria-label")!));
    let label: string | undefined;
    for (const l of labels.slice(0, 30)) {
      const name = l.replace(/^Opportunités pour /, "");
      const [row] = await api.cypher<{ id: string }>("MATCH (o:Organisation {name: $name}) RETURN o.id AS id LIMIT 1", {
        name,
      });
      if (row && (await suggestionCount(row.id)) > 0) {
        label = l;
        break;
      }
    }
    expect(label).toBeDefined();
    await page.getByRole("link", { name: label!, exact: true }).click();
    await expectSuggestionsFor(label!.replace(/^Opportunités pour /, ""));
    expect(clicks - before).toBe(1);
  }, 90_000);

  let early: { id: string; name: string };

  it("finds a funding suggestion for an early-stage structure in at most four clicks", async () => {
    const rows = await api.cypher<{ id: string; name: string }>(
      "MATCH (e:EssStructure {stage: 'EARLY'}) RETURN e.id AS id, e.name AS name ORDER BY e.name LIMIT 40",
    );
    for (const row of rows) {
      if ((await suggestionCount(row.id, "FUNDING")) > 0) {
        early = row;
        break;
      }
    }
    expect(early).toBeDefined();
    await page.goto(`${api.url}/#/opportunities`);
    await cards();
    const before = clicks;
    await page.getByRole("searchbox", { name: "Chercher une organisation" }).fill(early.name);
    await page.getByRole("button", { name: "Chercher", exact: true }).click();
    await page.getByRole("button", { name: early.name, exact: true }).click();
    await page.getByRole("heading", { level: 2, name: `Opportunités pour ${early.name}` }).waitFor();
    await page.getByRole("button", { name: /^Financement \d+/ }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="opportunities-list"] > li')].every(
        (li) => li.getAttribute("data-kind") === "FUNDING",
      ),
    );
    const texts = await cards();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toMatch(/^Financement/);
      expect(text).toContain(early.name);
      expect(text).toContain("Pourquoi :");
    }
    expect(clicks - before).toBeLessThanOrEqual(4);
    // The profile says the structure is in its first years, and where its facts come from, in words.
    await page.goto(`${api.url}/#/organisations/${encodeURIComponent(early.id)}`);
    await page.getByTestId("profile-name").waitFor();
    const facts = await page.getByRole("region", { name: "Informations publiques" }).innerText();
    expect(facts).toContain("Premières années");
    expect(facts).not.toContain("ILLUSTRATIVE");
    expect(await page.getByTestId("profile-provenance").innerText()).toMatch(/^Ces informations/);
    // Each fact says where it comes from, in words: no code, no one's identity.
    const notes = await page.getByTestId("fact-source").allInnerTexts();
    expect(notes).toHaveLength(await page.locator(".profile-section .fact").count());
    for (const note of notes) expect(note).not.toMatch(/[A-Z]{2,}_[A-Z]+|coordinator/);
  }, 90_000);

  it("shows a financer's profile with what it funds", async () => {
    const [financer] = await api.cypher<{ id: string; name: string }>(
      "MATCH (f:Financer) WHERE size(f.stages) > 0 RETURN f.id AS id, f.name AS name ORDER BY f.name LIMIT 1",
    );
    await page.goto(`${api.url}/#/organisations/${encodeURIComponent(financer.id)}`);
    await page.getByTestId("profile-name").waitFor();
    const facts = await page.getByRole("region", { name: "Informations publiques" }).innerText();
    expect(facts).toContain("Stades financés");
    expect(facts).toContain("Type de financeur");
  }, 60_000);

  it("shows a signed-in coordinator the contacts, the recorded introductions and a full-width edit form on a profile", async () => {
    await page.goto(`${api.url}/#/organisations/${encodeURIComponent(early.id)}`);
    await page.getByTestId("profile-name").waitFor();
    expect(await page.getByRole("heading", { name: "Contacts" }).count()).toBe(0);
    await signInAs(page, api, "coordinator", "e2e-coordinator");
    await page.getByRole("heading", { name: "Contacts" }).waitFor();
    await page.getByRole("heading", { name: "Mises en relation enregistrées" }).waitFor();
    await page.getByRole("button", { name: `Modifier ${early.name}` }).click();
    const save = page.getByRole("button", { name: "Enregistrer" });
    await save.waitFor();
    // The form takes the page's width, not a side panel's.
    const form = await page.locator(".profile-editing form").first().boundingBox();
    expect(form!.width).toBeGreaterThan(900);
    await signOutOf(page);
  }, 60_000);

  it.each(["fr", "en"] as const)(
    "shows both views at three sizes in %s, without sideways scrolling or serious accessibility violations",
    async (language) => {
      await page.setViewportSize(SIZES[0]);
      await page.goto(`${api.url}/#/opportunities`);
      await page.getByRole("combobox", { name: /^(Langue|Language)$/ }).selectOption(language);
      for (const [view, hash] of [
        ["opportunities", `#/opportunities?organisation=${encodeURIComponent(early.id)}`],
        ["organisation", `#/organisations/${encodeURIComponent(early.id)}`],
      ] as const) {
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await page.goto(`${api.url}/${hash}`);
          if (view === "opportunities") await cards();
          else await page.getByTestId("profile-name").waitFor();
          await page.waitForLoadState("networkidle");
          const main = await page.locator("main").innerText();
          expect(main).not.toMatch(/\b0[.,]\d\d\b/);
          if (language === "en") expect(main).not.toMatch(/Pourquoi|Piste|Financement/);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
          await page.screenshot({ path: join(SHOTS, `${view}-${language}-${size.width}.png`), fullPage: true });
          if (size.width === 1440) expect(await seriousAxeViolations(page)).toEqual([]);
        }
      }
      await page.setViewportSize(SIZES[0]);
      await page.getByRole("combobox", { name: /^(Langue|Language)$/ }).selectOption("fr");
    },
    120_000,
  );

  it("logged no error in the browser console", () => {
    expect(consoleErrors).toEqual([]);
  });
});
