/**
 * The coordinator's follow-up tasks end to end, in Debian's Chromium against
 * the real API and the seeded Neo4j: record an introduction with a note and
 * take it back (≤ 4 clicks plus typing), and print this year's report
 * (≤ 2 clicks), whose print layout has no navigation. Screenshots of the
 * follow-up view, a confirmation dialog and the dashboard (screen and print)
 * at three sizes, in French and English, go to tests/screenshots/.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { launchChromium, signInAs } from "./browser";
import { startHarness, type Harness } from "./harness";

const SHOTS = join(__dirname, "..", "screenshots");
const SIZES = [
  { name: "1440", width: 1440, height: 900 },
  { name: "1366", width: 1366, height: 768 },
  { name: "390", width: 390, height: 844 },
] as const;
const WHO = "e2e-follow-up";

describe("follow-up of introductions and the printable report, in Chromium", () => {
  let api: Harness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clicks = 0;
  /** A click the coordinator makes (counted). */
  const click = async (target: Locator) => {
    clicks += 1;
    await target.click();
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    api = await startHarness();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "fr-FR" });
    page = await context.newPage();
    await page.goto(`${api.url}/#/dashboard`);
    await signInAs(page, api, "coordinator", WHO);
    await page.getByText(`Connecté·e : ${WHO}`).waitFor();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.cypher(`MATCH (o:Opportunity) WHERE o.createdBy = '${WHO}' DETACH DELETE o`);
    await api?.close();
  });

  const noSidewaysScroll = () =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);

  it("records an introduction with a note from the follow-up view, then undoes it, in at most 4 clicks", async () => {
    clicks = 0;
    await click(page.getByRole("navigation").getByRole("link", { name: "Suivi des mises en relation", exact: true }));
    const suggested = page.getByRole("region", { name: /^Suggérées/ });
    const card = suggested.getByRole("listitem").first();
    // The whole territory's suggestions are computed on demand: seconds on a busy machine.
    await card.waitFor({ timeout: 60_000 });
    // The card marks invented organisations (« données fictives »); the dialog names them plainly.
    const names = (await card.locator(".follow-names").textContent())!.replaceAll(" (données fictives)", "");
    await click(card.getByRole("button", { name: "Mise en relation faite" }));
    const dialog = page.getByRole("dialog", { name: "Enregistrer une mise en relation" });
    expect(await dialog.textContent()).toContain(`La mise en relation entre ${names} sera enregistrée à votre nom`);
    await dialog.getByLabel("Note pour les collègues (facultative)").fill("Présentées au petit-déjeuner ESS");
    await page.screenshot({ path: join(SHOTS, "follow-up-dialog-fr-1440.png") });
    await click(dialog.getByRole("button", { name: "Enregistrer", exact: true }));
    await page.getByText(`Mise en relation enregistrée entre ${names}.`).waitFor();

    // The card moved to the second column, with its note, date and author in words.
    const contacted = page.getByRole("region", { name: /^Mises en relation/ });
    const moved = contacted.getByRole("listitem").filter({ hasText: "Présentées au petit-déjeuner ESS" });
    await moved.waitFor();
    expect(await moved.textContent()).toMatch(/Mise en relation le \d+ \S+ \d{4}, par vous/);
    const stored = await api.cypher(
      `MATCH (o:Opportunity) WHERE o.createdBy = '${WHO}' RETURN o.status AS status, o.notes AS notes`,
    );
    expect(stored.map((r) => r.status)).toEqual(["CONTACTED"]);
    await page.screenshot({ path: join(SHOTS, "follow-up-fr-1440.png"), fullPage: true });

    await click(page.locator(".undo-notice").getByRole("button", { name: "Annuler" }));
    await page.getByText(`La dernière étape entre ${names} a été annulée.`).waitFor();
    await moved.waitFor({ state: "detached" });
    const after = await api.cypher(
      `MATCH (o:Opportunity) WHERE o.createdBy = '${WHO}' AND o.status <> 'SUGGESTED' RETURN o.status AS status`,
    );
    expect(after).toEqual([]);
    expect(clicks).toBeLessThanOrEqual(4);
  }, 150_000);

  it("asks for a reason before a decline, and writes nothing when the coordinator goes back", async () => {
    const card = page
      .getByRole("region", { name: /^Suggérées/ })
      .getByRole("listitem")
      .first();
    await card.waitFor({ timeout: 60_000 });
    await card.getByRole("button", { name: "Refuser" }).click();
    const dialog = page.getByRole("dialog", { name: "Refuser cette opportunité ?" });
    expect(await dialog.getByRole("button", { name: "Oui, refuser" }).isDisabled()).toBe(true);
    await dialog.getByLabel("Raison du refus").selectOption("NO_CAPACITY");
    await page.screenshot({ path: join(SHOTS, "follow-up-decline-dialog-fr-1440.png") });
    await dialog.getByRole("button", { name: "Revenir sans rien enregistrer" }).click();
    await dialog.waitFor({ state: "detached" });
    await card.getByRole("button", { name: "Accepter" }).click();
    expect(await page.getByRole("dialog").textContent()).toMatch(/sera ajouté|sera ajoutée/);
    await page.getByRole("button", { name: "Revenir sans rien enregistrer" }).click();
    const stored = await api.cypher(`MATCH (o:Opportunity) WHERE o.createdBy = '${WHO}' RETURN o.status AS status`);
    expect(stored.filter((r) => r.status !== "SUGGESTED")).toEqual([]);
  }, 120_000);

  it("prints this year's report in at most 2 clicks, without navigation or buttons", async () => {
    clicks = 0;
    await click(page.getByRole("navigation").getByRole("link", { name: "Tableau de bord", exact: true }));
    const year = new Date().getFullYear();
    await page.getByRole("heading", { name: `${year} comparée à ${year - 1}` }).waitFor();
    await page.evaluate(() => {
      (window as any).__printed = 0;
      window.print = () => {
        (window as any).__printed += 1;
      };
    });
    await click(page.getByRole("button", { name: "Imprimer / PDF" }));
    expect(await page.evaluate(() => (window as any).__printed)).toBe(1);
    expect(clicks).toBeLessThanOrEqual(2);

    await page.emulateMedia({ media: "print" });
    const shown = (selector: string) =>
      page.evaluate((s) => {
        const el = document.querySelector(s);
        return !!el && getComputedStyle(el).display !== "none";
      }, selector);
    expect(await shown("header.app-header")).toBe(false);
    expect(await shown("nav")).toBe(false);
    expect(await shown(".report-tools")).toBe(false);
    expect(await shown(".print-only")).toBe(true);
    expect(await page.locator(".print-only").textContent()).toContain(`l'année ${year}, comparée à ${year - 1}`);
    await page.screenshot({ path: join(SHOTS, "dashboard-print-fr-1440.png"), fullPage: true });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(join(SHOTS, "dashboard-report-fr.pdf"), pdf);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(8);
    await page.emulateMedia({ media: "screen" });
  }, 90_000);

  it("keeps the exports behind one Exporter menu and downloads a CSV for French spreadsheets", async () => {
    await page.goto(`${api.url}/#/graph`);
    await page.waitForFunction(() => ((window as any).__maillageCy?.nodes().length ?? 0) > 0, undefined, {
      timeout: 60_000,
    });
    // Closed, the menu shows one word: no format names above the graph.
    const toolbar = (await page.locator(".toolbar-actions").innerText()).trim();
    expect(toolbar).not.toMatch(/GraphML|GEXF|NetworkX|CSV/);
    await page.getByText("Exporter", { exact: true }).click();
    await page.screenshot({ path: join(SHOTS, "graph-export-menu-fr-1440.png") });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /Liste des organisations \(tableur\)/ }).click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, first] = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(header).toBe(
      "Identifiant;Type;Nom;Code INSEE de la commune;Forme juridique;Nombre de liens;Donnée fictive;Latitude;Longitude",
    );
    expect(first.split(";")[1]).toMatch(
      /^(Structure de l'ESS|Entreprise|Financeur|Accompagnateur|Recherche|Commune|Évènement|Ressource partagée)$/,
    );
    await page.keyboard.press("Escape");
  }, 120_000);

  it("takes screenshots of the follow-up view and the dashboard at three sizes, in French and English", async () => {
    for (const language of ["fr", "en"] as const) {
      await page.getByRole("combobox", { name: /^(Langue|Language)$/ }).selectOption(language);
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        for (const view of ["follow-up", "dashboard"] as const) {
          await page.goto(`${api.url}/#/${view}`);
          // The network view, once opened, stays in the page (hidden): the heading waited for is the visible one.
          await page.locator("main h2:visible").first().waitFor();
          if (view === "follow-up")
            await page
              .getByRole("region", { name: /^(Suggérées|Suggested)/ })
              .getByRole("listitem")
              .first()
              .waitFor({ timeout: 60_000 });
          else await page.locator("main svg").first().waitFor();
          await page.waitForTimeout(300);
          await page.screenshot({ path: join(SHOTS, `${view}-${language}-${size.name}.png`) });
          if (size.width === 390)
            expect({ view, language, fits: await noSidewaysScroll() }).toMatchObject({ fits: true });
        }
      }
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 400_000);
});
