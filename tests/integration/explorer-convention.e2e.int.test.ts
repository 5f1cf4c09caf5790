/**
 * A business convention end to end, in Debian's Chromium against the real API
 * and the seeded Neo4j: a coordinator creates it, invites two ESS structures
 * found by name and businesses from Maillage's suggestions, plans the grid,
 * pins a meeting and plans again, prints a participant's agenda, records a
 * meeting's outcome and sees it on the dashboard. Screenshots of the planner
 * at three sizes, in French and English, go to tests/screenshots/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, seriousAxeViolations, signInAs } from "./browser";
import { startHarness, type Harness } from "./harness";

const SHOTS = join(__dirname, "..", "screenshots");
const SIZES = [
  { name: "1440", width: 1440, height: 900 },
  { name: "1366", width: 1366, height: 768 },
  { name: "390", width: 390, height: 844 },
] as const;
const WHO = "e2e-convention";

describe("the business convention planner, in Chromium", () => {
  let api: Harness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;
  let conventionUrl = "";

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    api = await startHarness();
    token = await api.token("coordinator", WHO);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "fr-FR" });
    page = await context.newPage();
    await page.goto(`${api.url}/#/convention`);
    await signInAs(page, api, "coordinator", WHO);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (api) {
      const touched = await api.cypher(`MATCH (o:Opportunity) WHERE o.createdBy = '${WHO}' RETURN o.id AS id`);
      for (const { id } of touched)
        await api.gql(`mutation($id: ID!) { undoOpportunityStep(id: $id) { id } }`, { id }, token);
      await api.cypher(`MATCH (o:Opportunity) WHERE o.createdBy = '${WHO}' DETACH DELETE o`);
      const conventions = await api.cypher(`MATCH (c:Convention) WHERE c.createdBy = '${WHO}' RETURN c.id AS id`);
      for (const { id } of conventions)
        await api.gql(`mutation($id: ID!) { deleteConvention(id: $id) }`, { id }, token);
      await api.close();
    }
  });

  /** What sticks out of the page sideways (inside a container that scrolls sideways is fine). */
  const wider = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth + 1;
      const scrolls = (e: Element | null): boolean =>
        !!e && (["auto", "scroll"].includes(getComputedStyle(e).overflowX) || scrolls(e.parentElement));
      const page = document.documentElement.scrollWidth <= width ? [] : ["the page scrolls sideways"];
      return [
        ...page,
        ...[...document.querySelectorAll("main *")]
          .filter((e) => e.getBoundingClientRect().right > width && !scrolls(e.parentElement))
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? "").slice(0, 40)}`),
      ];
    });

  it("creates a convention, invites, plans, pins, prints an agenda, records an outcome and sees it on the dashboard", async () => {
    // Two ESS structures Maillage has business suggestions for, named as a coordinator would type them.
    const suggested = await api.gql(
      `{ opportunities(kind: ESS_BUSINESS, limit: 40, order: SCORE) { members { name kind } } }`,
      {},
      token,
    );
    expect(suggested.errors).toBeUndefined();
    const structures = [
      ...new Set(
        (suggested.data!.opportunities as { members: { name: string; kind: string }[] }[]).map(
          (o) => o.members.find((m) => m.kind === "EssStructure")!.name,
        ),
      ),
    ].slice(0, 2);

    await page.getByRole("navigation").getByRole("link", { name: "Convention d'affaires", exact: true }).click();
    await page.getByRole("heading", { name: "Convention d'affaires" }).waitFor();
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Titre").fill("Top 10 des entreprises engagées (essai)");
    await page.getByLabel("Date", { exact: true }).fill(inAWeek);
    await page.getByLabel("Lieu").fill("Maison de l'innovation, Créteil");
    await page.getByLabel("Nombre de tables").fill("6");
    await page.getByRole("button", { name: "Créer la convention" }).click();
    await page.getByRole("link", { name: "Ouvrir la convention" }).click();
    await page.getByRole("heading", { name: "Top 10 des entreprises engagées (essai)" }).waitFor();
    conventionUrl = page.url();

    const participants = page.getByRole("region", { name: /^Participants/ });
    for (const name of structures) {
      await participants.getByLabel("Chercher une structure ou une entreprise à inviter").fill(name);
      await participants.getByRole("button", { name: "Chercher" }).click();
      await participants
        .getByRole("button", { name: `Inviter ${name}` })
        .first()
        .click();
      await participants.getByRole("link", { name, exact: true }).waitFor();
    }
    // Maillage's proposals, with their reasons: tick six businesses and invite them.
    const proposals = participants.locator(".proposal-list > li");
    await proposals.first().waitFor({ timeout: 60_000 });
    expect(await proposals.first().textContent()).toMatch(/Pour .+ :/);
    const boxes = participants.locator(".proposal-list input[type=checkbox]");
    const count = Math.min(6, await boxes.count());
    for (let i = 0; i < count; i++) await boxes.nth(i).check();
    await participants.getByRole("button", { name: `Inviter les ${count} organisations cochées` }).click();
    await participants.getByRole("heading", { name: `Participants (${count + 2})` }).waitFor();

    // Plan the grid: the solver's status in words, a grid of slots and tables.
    const grid = page.getByRole("region", { name: "Grille des rendez-vous" });
    await grid.getByRole("button", { name: "Calculer la grille" }).click();
    await grid
      .getByText(/^(Grille optimale|Grille à .* au plus de la meilleure possible)/)
      .waitFor({ timeout: 60_000 });
    const cells = grid.locator("table.meeting-grid td .pair");
    expect(await cells.count()).toBeGreaterThan(2);

    // Pin the first meeting, plan again: it stays where it was.
    const first = grid
      .locator("table.meeting-grid td")
      .filter({ has: page.locator(".pair") })
      .first();
    const pair = (await first.locator(".pair").textContent())!;
    await first.getByRole("button", { name: /^Épingler/ }).click();
    await grid.locator("td.pinned .pair", { hasText: pair }).waitFor();
    await grid.getByRole("button", { name: "Calculer la grille" }).click();
    await grid.getByText(/^(Grille optimale|Grille à)/).waitFor();
    await grid.locator("td.pinned .pair", { hasText: pair }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A participant's agenda, printed without the explorer around it.
    const day = page.getByRole("region", { name: "Le jour J" });
    await day.getByLabel("Participant").selectOption({ label: structures[0] });
    await day.getByRole("link", { name: "Agenda à imprimer" }).click();
    await page.getByRole("heading", { name: `Agenda de ${structures[0]}` }).waitFor();
    expect(await page.locator(".agenda-table tbody tr").count()).toBeGreaterThan(3);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Imprimer / PDF" }).isVisible()).toBe(false);
    await page.screenshot({ path: join(SHOTS, "convention-agenda-print-fr.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("link", { name: "← Toutes les conventions" }).waitFor();
    await page.goto(conventionUrl);

    // After the day: the first meeting gave a partnership.
    const outcomes = page.getByRole("region", { name: "Après la convention : ce qu'il en est sorti" });
    const meeting = outcomes.getByRole("listitem").first();
    const names = (await meeting.locator("strong").textContent())!;
    await meeting.getByLabel(`Suite du rendez-vous ${names}`).selectOption({ label: "Partenariat" });
    await meeting.getByLabel("Note (facultative)").fill("Contrat de traiteur");
    await meeting.getByRole("button", { name: `Enregistrer ${names}` }).click();
    await outcomes.getByText(`Enregistré pour ${names} : Partenariat.`).waitFor();
    await outcomes.getByText(/Partenariat — « Contrat de traiteur »/).waitFor();

    // The dashboard counts it this year.
    await page.getByRole("navigation").getByRole("link", { name: "Tableau de bord", exact: true }).click();
    const held = page.getByRole("rowheader", { name: /Rendez-vous tenus en convention d'affaires/ });
    await held.waitFor({ timeout: 60_000 });
    expect((await held.locator("xpath=..").locator("td").first().textContent())!.trim()).toBe("1");
    const born = page.getByRole("rowheader", { name: /dont partenariats nés/ });
    expect((await born.locator("xpath=..").locator("td").first().textContent())!.trim()).toBe("1");
  }, 300_000);

  it("takes screenshots of the planner at three sizes, in French and English, with nothing wider than a phone", async () => {
    for (const language of ["fr", "en"] as const) {
      await page.getByRole("combobox", { name: /^(Langue|Language)$/ }).selectOption(language);
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(conventionUrl);
        await page.locator("table.meeting-grid").waitFor({ timeout: 60_000 });
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(SHOTS, `convention-${language}-${size.name}.png`) });
        await page.screenshot({ path: join(SHOTS, `convention-${language}-${size.name}-full.png`), fullPage: true });
        // The grid and the outcomes on their own, to look at them at each size.
        await page
          .getByRole("region", { name: /^(Grille des rendez-vous|Meeting grid)$/ })
          .screenshot({ path: join(SHOTS, `convention-grid-${language}-${size.name}.png`) });
        if (size.width === 390) {
          expect({ language, wider: await wider() }).toEqual({ language, wider: [] });
          // The grid's title names the table and stays whole above it while the grid scrolls sideways.
          const title = /par créneau et par table|by slot and table/;
          await page.getByRole("table", { name: title }).waitFor();
          const box = (await page.getByText(title).boundingBox())!;
          expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        }
      }
    }
    await page.getByRole("combobox", { name: /^(Langue|Language)$/ }).selectOption("fr");
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 300_000);
});
