/**
 * Views kept in the address, end to end in Chromium against the real API and
 * Neo4j: a town and a filter chosen on the network view survive a change of
 * tab, back and forward, and a reload; "show its neighbours" from the
 * directory lands on the organisation, selected; a coordinator saves a view
 * and its link opens it in a fresh page. Screenshots of the saved views at
 * three sizes, in French and English, go to tests/screenshots/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, seriousAxeViolations, signInAs } from "./browser";
import { startHarness, uniqueId, type Harness } from "./harness";

const SHOTS = join(__dirname, "..", "screenshots");
const SIZES = [
  [1440, 900],
  [1366, 768],
  [390, 844],
] as const;

jest.setTimeout(180_000);

describe("explorer views kept in the address", () => {
  let api: Harness;
  let browser: Browser;
  let page: Page;
  const who = uniqueId("e2e-views");
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    api = await startHarness();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "fr-FR" });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.cypher("MATCH (v:SavedView {createdBy: $who}) DELETE v", { who });
    await api?.cypher("MATCH (a:AuditEntry {actor: $who}) DELETE a", { who });
    await api?.close();
  });

  const hash = () => page.evaluate(() => decodeURIComponent(window.location.hash));
  const cyTowns = () =>
    page.evaluate(() =>
      [
        ...new Set(
          (window as any).__maillageCy.nodes('[type = "EssStructure"]').map((n: any) => n.data("inseeCode") as string),
        ),
      ].sort(),
    );
  const waitForTown = (town: string) =>
    page.waitForFunction(
      (code) => {
        const cy = (window as any).__maillageCy;
        const ess = cy?.nodes('[type = "EssStructure"]') ?? [];
        return ess.length > 0 && ess.every((n: any) => n.data("inseeCode") === code);
      },
      town,
      { timeout: 60_000 },
    );
  const townSelect = (p: Page = page) => p.getByRole("combobox", { name: "Commune" });
  const businessBox = () => page.getByRole("checkbox", { name: "Entreprise", exact: true });

  it("keeps the network view's town and filters through a change of tab, back and forward, and a reload", async () => {
    await page.goto(`${api.url}/#/graph`);
    await waitForTown("94028");
    await townSelect().selectOption("94071");
    await waitForTown("94071");
    await businessBox().uncheck();
    await page.waitForFunction(() => (window as any).__maillageCy.nodes('[type = "Business"]').length === 0);
    expect(await hash()).toMatch(/^#\/graph\?town=94071&types=/);
    expect(await hash()).not.toContain("Business");
    const position = await page.evaluate(() => {
      const n = (window as any).__maillageCy.nodes('[type = "EssStructure"]').first();
      (window as any).__keptCy = (window as any).__maillageCy;
      return { id: n.id() as string, x: n.position("x") as number, y: n.position("y") as number };
    });

    // Another tab, with a filter of its own, then back to the network by its tab.
    await page.getByRole("navigation").getByRole("link", { name: "Annuaire", exact: true }).click();
    await page.getByRole("combobox", { name: "Type d'organisation" }).selectOption("Financer");
    await page.waitForFunction(() => window.location.hash.includes("type=Financer"));
    await page.getByRole("navigation").getByRole("link", { name: "Réseau", exact: true }).click();
    expect(await hash()).toMatch(/^#\/graph\?town=94071&types=/);
    expect(await townSelect().inputValue()).toBe("94071");
    expect(await businessBox().isChecked()).toBe(false);
    expect(await cyTowns()).toEqual(["94071"]);
    // The same graph, not drawn again: the same instance, the node where it was.
    expect(await page.evaluate(() => (window as any).__keptCy === (window as any).__maillageCy)).toBe(true);
    expect(
      await page.evaluate((id) => {
        const n = (window as any).__maillageCy.getElementById(id);
        return { x: n.position("x"), y: n.position("y") };
      }, position.id),
    ).toEqual({ x: position.x, y: position.y });

    // Back: the directory with its filter; back again: its first state; forward twice: the network again.
    await page.goBack();
    await page.getByRole("combobox", { name: "Type d'organisation" }).waitFor();
    expect(await page.getByRole("combobox", { name: "Type d'organisation" }).inputValue()).toBe("Financer");
    await page.goBack();
    await page.waitForFunction(() => !window.location.hash.includes("type=Financer"));
    expect(await page.getByRole("combobox", { name: "Type d'organisation" }).inputValue()).toBe("");
    await page.goForward();
    await page.goForward();
    await page.waitForFunction(() => window.location.hash.startsWith("#/graph"));
    expect(await townSelect().inputValue()).toBe("94071");
    // Back on the network view past the change of tab and of filter: every type again.
    for (let i = 0; i < 4; i++) await page.goBack();
    await page.waitForFunction(() => window.location.hash === "#/graph?town=94071");
    expect(await businessBox().isChecked()).toBe(true);
    await page.goForward();
    await page.waitForFunction(() => window.location.hash.includes("types="));
    expect(await businessBox().isChecked()).toBe(false);

    // A reload shows the same view.
    await page.reload();
    await waitForTown("94071");
    expect(await townSelect().inputValue()).toBe("94071");
    expect(await businessBox().isChecked()).toBe(false);
  });

  it("opens an organisation's neighbours from the directory: the network view, on its town, with it selected", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Annuaire", exact: true }).click();
    await page.getByRole("combobox", { name: "Type d'organisation" }).selectOption("EssStructure");
    await page.getByRole("combobox", { name: "Commune" }).selectOption("94028");
    const first = page.locator("table.directory tbody th button").first();
    await first.waitFor();
    const name = (await first.textContent())!.trim();
    await first.click();
    await page.getByTestId("details-name").filter({ hasText: name }).waitFor();
    await page.getByRole("button", { name: "Afficher ses voisins" }).click();
    await page.waitForFunction(() => window.location.hash.startsWith("#/graph"));
    // The organisation's town is named in the address (a first visit's town is left out, whatever it is).
    expect(await hash()).toMatch(/town=94028/);
    expect(await hash()).toMatch(/select=/);
    expect(await townSelect().inputValue()).toBe("94028");
    await page.waitForFunction((n) => (window as any).__maillageCy?.$("node.selected").data("name") === n, name, {
      timeout: 60_000,
    });
    await page.getByTestId("details-name").filter({ hasText: name }).waitFor();
  });

  it("lets a coordinator save the view and share its link, which opens it in a fresh page after signing in", async () => {
    await page.goto(`${api.url}/#/graph?town=94071&types=EssStructure%2CFinancer%2CSupportProvider`);
    await waitForTown("94071");
    expect(await page.getByText("Vues enregistrées").count()).toBe(0);
    await signInAs(page, api, "coordinator", who);

    await page.getByText("Vues enregistrées").click();
    const panel = page.locator(".saved-views-panel");
    await panel.getByLabel("Nom de la vue").fill("Structures et financeurs de Champigny");
    await panel.getByRole("button", { name: "Enregistrer cette vue" }).click();
    await panel.getByRole("status").filter({ hasText: "enregistrée" }).waitFor();
    await panel.getByRole("link", { name: "Structures et financeurs de Champigny" }).waitFor();
    const [saved] = await api.cypher("MATCH (v:SavedView {createdBy: $who}) RETURN v.id AS id, v.url AS url", { who });
    expect(saved.url).toBe("#/graph?town=94071&types=EssStructure%2CFinancer%2CSupportProvider");

    for (const language of ["fr", "en"] as const) {
      if (language === "en") await page.getByLabel("Langue").selectOption("en");
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await panel.waitFor();
        await page.screenshot({ path: join(SHOTS, `saved-views-${language}-${width}.png`) });
        const box = (await panel.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel("Language").selectOption("fr");
    await page.setViewportSize({ width: 1440, height: 900 });

    // The link, in a fresh browser (no session): sign in, then the saved view opens.
    const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "fr-FR" });
    const other = await fresh.newPage();
    await other.goto(`${api.url}/#/views/${saved.id}`);
    await other.getByText("réservée à l’équipe de coordination").waitFor();
    await other.screenshot({ path: join(SHOTS, "saved-view-sign-in.png") });
    await signInAs(other, api, "coordinator", `${who}-colleague`);
    await other.waitForFunction(() => window.location.hash.startsWith("#/graph?town=94071"));
    await other.waitForFunction(
      () => (document.querySelector(".filters select") as HTMLSelectElement | null)?.value === "94071",
    );
    await other.waitForFunction(
      () =>
        (window as any).__maillageCy?.nodes('[type = "Business"]').length === 0 &&
        (window as any).__maillageCy.nodes('[type = "EssStructure"]').length > 0,
    );
    await fresh.close();

    // Deleting one's own view, after confirming.
    page.once("dialog", (d) => void d.accept());
    await panel.getByRole("button", { name: "Supprimer « Structures et financeurs de Champigny »" }).click();
    await panel.getByRole("status").filter({ hasText: "supprimée" }).waitFor();
    expect(await api.cypher("MATCH (v:SavedView {id: $id}) RETURN v", { id: saved.id })).toEqual([]);
  });

  it("logged no error in the browser console", () => {
    expect(consoleErrors).toEqual([]);
  });
});
