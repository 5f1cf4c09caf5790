/**
 * The partners' widget end to end (docs/widget.md): a partner's page served from
 * another origin (a tiny HTTP server on another port) embeds both forms, the
 * script with <maillage-annuaire> and the iframe, for three towns, in
 * Debian's Chromium (playwright-core) against graph-api over the real seeded
 * Neo4j; and the town's public directory page. Screenshots go to tests/screenshots/ (git-ignored).
 */
import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser, Frame, Locator, Page } from "playwright-core";
import { AXE_SOURCE, launchChromium, signInAs } from "./browser";
import { startHarness, uniqueId, type Harness } from "./harness";
import { fold } from "@maillage/model";

const SHOTS = join(__dirname, "..", "screenshots");
const TOWNS = { creteil: "94028", sucy: "94071", alfortville: "94002" } as const;
/** The town the search and paging tests add their own structures to (removed afterwards). */
const SANTENY = "94070";

/** A partner's CMS page: its own, rather aggressive, styles, and the two forms of the widget. */
function partnerPage(api: string, body: string): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Mairie partenaire</title><link rel="icon" href="data:,">
<style>
  * { color: rgb(200, 0, 0) !important; font-family: serif !important; }
  h2, h3 { font-size: 40px; text-transform: uppercase; }
  li { display: inline; }
  section, div, p { padding: 30px; }
  a { background: rgb(255, 255, 0); }
</style>
<script src="${api}/widget.js" async></script>
</head><body>
<h1>Mairie partenaire</h1>
<button id="host-button" type="button">Bouton du site</button>
<div class="root entry vitrine badge controls" id="host-probe"><h3>Titre du site</h3><p>Texte du site</p></div>
${body}
<script>window.hostScriptRan = true;</script>
<script src="${api}/embed.js" async></script>
</body></html>`;
}

const iframe = (api: string, code: string, query = "") =>
  `<iframe id="f-${code}" src="${api}/embed/commune/${code}${query}" title="Annuaire de l'ESS ${code}" style="width:100%;border:0"></iframe>`;

interface DirectoryJson {
  town: { name: string };
  count: number;
  entries: Record<string, unknown>[];
  themes: { code: string; label: string; count: number }[];
}

describe("partner widget in Chromium, from another origin", () => {
  let api: Harness;
  let partner: Server;
  let partnerUrl: string;
  let browser: Browser;
  const pages: Record<string, string> = {};
  const tag = uniqueId("widget-e2e");

  const directory = async (code: string, lang = "fr"): Promise<DirectoryJson> =>
    (await fetch(`${api.url}/api/widget/communes/${code}?lang=${lang}`)).json() as Promise<DirectoryJson>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    api = await startHarness();
    partner = createServer((req, res) => {
      const html = pages[req.url ?? ""];
      res.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
      res.end(html ?? "not found");
    });
    await new Promise<void>((resolve) => partner.listen(0, "127.0.0.1", resolve));
    partnerUrl = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
    const a = api.url;
    pages["/"] = partnerPage(
      a,
      `<maillage-annuaire id="w-creteil" commune="${TOWNS.creteil}" map max-items="8" foo="bar"></maillage-annuaire>
       <maillage-annuaire id="w-sucy" commune="${TOWNS.sucy}" lang="en" layout="compact" accent="#8a1538"></maillage-annuaire>
       <maillage-annuaire id="w-alfortville" commune="${TOWNS.alfortville}" max-items="3"></maillage-annuaire>
       ${iframe(a, TOWNS.creteil)}${iframe(a, TOWNS.sucy, "?lang=en&layout=compact")}${iframe(a, TOWNS.alfortville, "?max-items=3&map=true")}`,
    );
    pages["/errors"] = partnerPage(
      a,
      `<maillage-annuaire id="w-unknown" commune="75056"></maillage-annuaire>
       <maillage-annuaire id="w-invalid" commune="Créteil" lang="xx"></maillage-annuaire>
       ${iframe(a, "75056")}`,
    );
    pages["/one"] = partnerPage(a, `<maillage-annuaire id="w-one" commune="94044"></maillage-annuaire>`);
    pages["/santeny"] = partnerPage(
      a,
      `<maillage-annuaire id="w-santeny" commune="${SANTENY}"></maillage-annuaire>
       <maillage-annuaire id="w-santeny-13" commune="${SANTENY}" max-items="13"></maillage-annuaire>
       <maillage-annuaire id="w-santeny-en" commune="${SANTENY}" lang="en"></maillage-annuaire>
       ${iframe(a, SANTENY)}`,
    );
    // Santeny gets structures of our own: a bakery whose description says "développe", two that
    // speak of bikes (one in its name), and enough others for more than one page of the widget.
    const structures = [
      { name: `Boulangerie des Coteaux ${tag}`, description: "Elle développe un pain bio avec les habitants." },
      { name: `Le Panier ${tag}`, description: "Épicerie solidaire, livraisons à vélo." },
      { name: `Vélos du Réveillon ${tag}`, description: "Réparation et prêt." },
      ...Array.from({ length: 11 }, (_, i) => ({
        name: `Jardin partagé ${i + 1} ${tag}`,
        description: "Association de quartier.",
      })),
    ];
    await api.cypher(
      `MATCH (t:Town {inseeCode: $code}) UNWIND $structures AS s
       CREATE (:EssStructure {id: $tag + '-' + toString(s.i), name: s.name, description: s.description, legalForm: 'ASSOCIATION', sourceKind: 'ILLUSTRATIVE', source: 'test'})-[:LOCATED_IN]->(t)`,
      { code: SANTENY, tag, structures: structures.map((x, i) => ({ ...x, i })) },
    );
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await api?.cypher("MATCH (r:ErrorReport)-[:ABOUT]->(s:EssStructure) WHERE s.id STARTS WITH $tag DETACH DELETE r", {
      tag,
    });
    await api?.cypher("MATCH (s:EssStructure) WHERE s.id STARTS WITH $tag DETACH DELETE s", { tag });
    await browser?.close();
    await new Promise((resolve) => partner?.close(resolve));
    await api?.close();
  });

  /** A fresh page that records console messages, page errors and where its requests go. */
  async function open(
    _path: string,
  ): Promise<{ page: Page; console: { type: string; text: string }[]; errors: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "fr-FR" });
    const log = {
      page,
      console: [] as { type: string; text: string }[],
      errors: [] as string[],
      requests: [] as string[],
    };
    page.on("console", (m) => log.console.push({ type: m.type(), text: m.text() }));
    page.on("pageerror", (e) => log.errors.push(e.message));
    page.on("request", (r) => log.requests.push(r.url()));
    return log;
  }

  const ready = (widget: Locator) => widget.locator("[data-count]").waitFor();
  const axe = async (target: Page | Frame, selector: string) => {
    await target.evaluate(AXE_SOURCE);
    const result = await target.evaluate(
      async (sel) => (window as any).axe.run(document.querySelector(sel), { resultTypes: ["violations"] }),
      selector,
    );
    return (result.violations as { id: string; impact: string; nodes: { target: unknown[] }[] }[]).map(
      (v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))}`,
    );
  };

  let main: Awaited<ReturnType<typeof open>>;

  it("shows each town's public directory in both forms, the vitrine de l'ESS first, with a count and a link to the town's directory page", async () => {
    main = await open("/");
    await main.page.goto(`${partnerUrl}/`);
    for (const [name, code] of Object.entries(TOWNS)) {
      const lang = name === "sucy" ? "en" : "fr";
      const data = await directory(code, lang);
      const forms: [string, Locator][] = [
        [`element ${name}`, main.page.locator(`#w-${name}`)],
        [`iframe ${name}`, main.page.frameLocator(`#f-${code}`).locator("maillage-annuaire")],
      ];
      for (const [form, widget] of forms) {
        await ready(widget);
        // Alone in its page, the iframe's widget title is the page's h1; on the partner's page, an h2.
        const level = form.startsWith("iframe") ? 1 : 2;
        expect([form, await widget.getByRole("heading", { level }).textContent()]).toEqual([
          form,
          expect.stringContaining(data.town.name),
        ]);
        expect(await widget.locator("[data-count]").getAttribute("data-count")).toBe(String(data.count));
        const first = widget.locator("li.entry").first();
        const vitrine = data.entries.find((e) => e.vitrine);
        if (vitrine) {
          expect(await first.getByRole("heading", { level: level + 1 }).textContent()).toBe(vitrine.name);
          expect(await first.textContent()).toContain(lang === "en" ? "ESS showcase" : "Vitrine de l'ESS");
        }
        // The whole directory is the town's public page, in the widget's language.
        const link = widget.getByRole("link", {
          name:
            lang === "en"
              ? `See the whole directory of ${data.town.name} (new window)`
              : /^Voir tout l'annuaire (de |d')/,
        });
        expect(await link.getAttribute("href")).toBe(`${api.url}/annuaire/${code}${lang === "en" ? "?lang=en" : ""}`);
      }
    }
    // max-items: Alfortville lists 3 and says how many there are.
    const alfortville = main.page.locator("#w-alfortville");
    expect(await alfortville.locator("li.entry").count()).toBe(Math.min(3, (await directory(TOWNS.alfortville)).count));
    // The mini-map: the commune outline and a point per placed structure.
    expect(
      await main.page
        .locator("#w-creteil")
        .getByRole("img", { name: /Carte de Créteil avec \d+ structures situées/ })
        .count(),
    ).toBe(1);
    // The iframes grow to their content once on screen (the default height of an iframe is 150 px;
    // Chromium does not lay out cross-origin frames off screen).
    for (const code of Object.values(TOWNS)) {
      await main.page.locator(`#f-${code}`).scrollIntoViewIfNeeded();
      await main.page.waitForFunction(
        (id) => document.getElementById(id)!.getBoundingClientRect().height > 300,
        `f-${code}`,
      );
    }
    await main.page.screenshot({ path: join(SHOTS, "widget-partner.png"), fullPage: true });
    // Nothing is loaded from anywhere but the partner and the API.
    expect(
      main.requests.filter((u) => !u.startsWith(partnerUrl) && !u.startsWith(api.url) && !u.startsWith("data:")),
    ).toEqual([]);
  }, 90_000);

  it("shows only public fields: never a person's contact", async () => {
    const data = await directory(TOWNS.creteil);
    const keys = new Set(data.entries.flatMap((e) => Object.keys(e)));
    expect([...keys].sort()).toEqual([
      "activity",
      "address",
      "description",
      "id",
      "illustrative",
      "kind",
      "name",
      "point",
      "postalCode",
      "themes",
      "vitrine",
      "website",
    ]);
    const contacts = await api.cypher<{ value: string }>(
      `MATCH (:Town {inseeCode: $code})<-[:LOCATED_IN]-(:EssStructure)-[:HAS_CONTACT]->(c:Contact)
       UNWIND [c.email, c.phone, c.name] AS value WITH value WHERE value IS NOT NULL RETURN DISTINCT value`,
      { code: TOWNS.creteil },
    );
    expect(contacts.length).toBeGreaterThan(0);
    const shown = (await main.page.locator("#w-creteil").innerText()) + JSON.stringify(data);
    expect(contacts.filter((c) => shown.includes(c.value))).toEqual([]);
  });

  it("keeps styles apart both ways: the partner's CSS does not reach the widget, the widget's does not reach the page", async () => {
    const page = main.page;
    const inside = await page.locator("#w-creteil").evaluate((host) => {
      const root = host.shadowRoot!;
      const style = (sel: string) => getComputedStyle(root.querySelector(sel)!);
      return {
        h3Colour: style("h3").color,
        h3Size: style("h3").fontSize,
        font: style("h3").fontFamily,
        li: style("li.entry").display,
        p: style("p").paddingTop,
      };
    });
    expect(inside.h3Colour).not.toBe("rgb(200, 0, 0)");
    expect(inside.h3Size).not.toBe("40px");
    expect(inside.font).not.toBe("serif");
    expect(inside.li).not.toBe("inline");
    expect(inside.p).toBe("0px");
    // The partner's own elements keep the partner's styles, even with the widget's class names.
    const host = await page.locator("#host-probe").evaluate((probe) => {
      const s = getComputedStyle(probe);
      return {
        border: s.borderTopWidth,
        background: s.backgroundColor,
        padding: s.paddingTop,
        h3: getComputedStyle(probe.querySelector("h3")!).fontSize,
        colour: s.color,
      };
    });
    expect(host).toEqual({
      border: "0px",
      background: "rgba(0, 0, 0, 0)",
      padding: "30px",
      h3: "40px",
      colour: "rgb(200, 0, 0)",
    });
    expect(await page.evaluate(() => (window as any).hostScriptRan)).toBe(true);
    // The colour option reaches the widget through its custom property.
    const accent = await page
      .locator("#w-sucy")
      .evaluate((h) => getComputedStyle(h.shadowRoot!.querySelector("footer a")!).color);
    expect(accent).toBe("rgb(138, 21, 56)");
  });

  it("switches language when the lang attribute changes", async () => {
    const widget = main.page.locator("#w-creteil");
    await widget.evaluate((el) => el.setAttribute("lang", "en"));
    await widget.getByRole("heading", { name: "Social and solidarity economy directory — Créteil" }).waitFor();
    const en = await directory(TOWNS.creteil, "en");
    const options = await widget.getByRole("combobox", { name: "Theme" }).locator("option").allTextContents();
    expect(options).toContain(`${en.themes[0].label} (${en.themes[0].count})`);
    await widget.evaluate((el) => el.setAttribute("lang", "fr"));
    await widget.getByRole("heading", { name: "Annuaire de l'ESS — Créteil" }).waitFor();
  });

  it("filters by text, theme and kind, with the keyboard alone", async () => {
    const page = main.page;
    const widget = page.locator("#w-creteil");
    const count = () => widget.locator("[data-count]").getAttribute("data-count");
    const total = Number(await count());
    await page.locator("#host-button").focus();
    await page.keyboard.press("Tab");
    const focused = () =>
      page.evaluate(
        () =>
          (document.activeElement?.shadowRoot?.activeElement as HTMLElement | null)?.id ?? document.activeElement?.id,
      );
    expect(await focused()).toMatch(/-q$/);
    await page.keyboard.type("epicerie");
    await page.waitForFunction(
      (all) =>
        Number(
          document.querySelector("#w-creteil")!.shadowRoot!.querySelector("[data-count]")!.getAttribute("data-count"),
        ) < all,
      total,
    );
    const afterSearch = Number(await count());
    expect(afterSearch).toBeGreaterThan(0);
    // Accents do not matter: every entry shown mentions "épicerie" (name, activity, description, kind or theme).
    expect(
      (await widget.locator("li.entry").allInnerTexts()).filter((text) => !fold(text).includes("epicerie")),
    ).toEqual([]);
    expect(await widget.getByRole("status").first().textContent()).toMatch(
      new RegExp(`^${afterSearch} structures? sur ${total}$`),
    );
    // Clear the search, then choose a theme and a kind with the arrow keys.
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/-theme$/);
    await page.keyboard.press("ArrowDown");
    const theme = await widget.getByRole("combobox", { name: "Thème" }).inputValue();
    expect(theme).not.toBe("");
    const withTheme = Number(await count());
    expect(withTheme).toBeLessThan(total);
    await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/-kind$/);
    await page.keyboard.press("Tab");
    // Then the links of the entries, in reading order.
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.tagName)).toBe("A");
    await widget.getByRole("combobox", { name: "Thème" }).selectOption("");
    expect(Number(await count())).toBe(total);
  });

  it("has no accessibility violation inside the widget (axe-core), in both forms", async () => {
    for (const id of ["#w-creteil", "#w-sucy", "#w-alfortville"])
      expect([id, await axe(main.page, id)]).toEqual([id, []]);
    const frame = main.page.frame({ url: new RegExp(`/embed/commune/${TOWNS.sucy}`) })!;
    expect(await axe(frame, "maillage-annuaire")).toEqual([]);
  });

  it("warns about unknown options in the console and logs no error", () => {
    expect(main.console.filter((m) => m.type === "warning").map((m) => m.text)).toContain(
      '<maillage-annuaire>: unknown option "foo" ignored; known options: commune, lang, layout, max-items, themes, map, accent, background, text, heading-level',
    );
    expect(main.console.filter((m) => m.type === "error")).toEqual([]);
    expect(main.errors).toEqual([]);
  });

  it("says so in the widget when the town code is unknown or invalid, in both forms", async () => {
    const { page, errors } = await open("/errors");
    await page.goto(`${partnerUrl}/errors`);
    const unknown = "Aucune commune du territoire couvert par cet annuaire n'a le code 75056.";
    await page.locator("#w-unknown").getByRole("alert").filter({ hasText: unknown }).waitFor();
    await page.frameLocator("#f-75056").getByRole("alert").filter({ hasText: unknown }).waitFor();
    await page
      .locator("#w-invalid")
      .getByRole("alert")
      .filter({ hasText: "Le code de commune manque ou n'est pas valide" })
      .waitFor();
    expect(await axe(page, "#w-unknown")).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "widget-errors.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a retry message while the API is down, and the directory once it answers again; the host page keeps working", async () => {
    const { page, errors } = await open("/one");
    let down = true;
    await page.route(`${api.url}/api/widget/**`, (route) =>
      down ? route.abort("connectionrefused") : route.continue(),
    );
    await page.goto(`${partnerUrl}/one`);
    const widget = page.locator("#w-one");
    await widget.getByRole("alert").filter({ hasText: "L'annuaire est momentanément indisponible." }).waitFor();
    expect(await page.evaluate(() => (window as any).hostScriptRan)).toBe(true);
    expect(await axe(page, "#w-one")).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "widget-api-down.png") });
    // A server error (e.g. Neo4j down: 503) says the same.
    await page.unroute(`${api.url}/api/widget/**`);
    await page.route(`${api.url}/api/widget/**`, (route) =>
      down ? route.fulfill({ status: 503, body: "{}" }) : route.continue(),
    );
    await widget.getByRole("button", { name: "Réessayer" }).press("Enter");
    await widget.getByRole("alert").filter({ hasText: "momentanément indisponible" }).waitFor();
    down = false;
    await widget.getByRole("button", { name: "Réessayer" }).click();
    await ready(widget);
    expect(await widget.getByRole("heading", { level: 2 }).textContent()).toContain("Limeil-Brévannes");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("builds the snippets in the explorer, with a live preview of either form and copy buttons", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: "fr-FR" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${api.url}/#/widgets`);
    expect(
      await page
        .getByRole("navigation")
        .getByRole("link", { name: "Widgets", exact: true })
        .getAttribute("aria-current"),
    ).toBe("page");
    await page.getByRole("combobox", { name: "Commune" }).selectOption(TOWNS.sucy);
    await page.getByRole("combobox", { name: "Langue du widget" }).selectOption("en");
    await page.getByRole("combobox", { name: "Présentation" }).selectOption("compact");
    const preview = page.getByTestId("widget-preview").locator("maillage-annuaire");
    await preview.getByRole("heading", { name: "Social and solidarity economy directory — Sucy-en-Brie" }).waitFor();
    const expected = `<script src="${api.url}/widget.js" async></script>\n<maillage-annuaire commune="${TOWNS.sucy}" lang="en" layout="compact" map="true"></maillage-annuaire>`;
    expect(
      await page.getByRole("textbox", { name: "Code à copier : Script et élément personnalisé" }).inputValue(),
    ).toBe(expected);
    await page.getByRole("button", { name: "Copier le code : Script et élément personnalisé" }).click();
    await page.getByRole("status").filter({ hasText: "Code copié" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    const iframeCode = await page.getByRole("textbox", { name: "Code à copier : Iframe" }).inputValue();
    expect(iframeCode).toContain(
      `src="${api.url}/embed/commune/${TOWNS.sucy}?lang=en&amp;layout=compact&amp;map=true"`,
    );
    expect(iframeCode).toContain('title="ESS directory of Sucy-en-Brie"');
    await page.screenshot({ path: join(SHOTS, "widget-builder.png") });
    expect(await axe(page, "main")).toEqual([]);
    await page.getByRole("radio", { name: "Iframe" }).check();
    await page
      .frameLocator("[data-testid=widget-preview-iframe]")
      .getByRole("heading", { name: /Sucy-en-Brie/ })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  const names = (widget: Locator) => widget.locator("li.entry > .name").allTextContents();
  const shot = async (
    page: Page,
    name: string,
    sizes = [
      [1440, 900],
      [390, 844],
    ],
  ) => {
    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: width < 1000 ? false : true });
    }
  };

  it('finds structures by the start of their words, names first: "vélo" does not find a bakery that "développe"', async () => {
    const { page, errors } = await open("/santeny");
    await page.goto(`${partnerUrl}/santeny`);
    const widget = page.locator("#w-santeny");
    await ready(widget);
    await widget.getByRole("searchbox", { name: "Rechercher" }).fill("vélo");
    await widget.locator("[data-count]").filter({ hasText: /sur/ }).waitFor();
    const found = await names(widget);
    expect(found).not.toContain(`Boulangerie des Coteaux ${tag}`);
    // The name match before the structure that only delivers by bike.
    expect(found.indexOf(`Vélos du Réveillon ${tag}`)).toBeGreaterThanOrEqual(0);
    expect(found.indexOf(`Vélos du Réveillon ${tag}`)).toBeLessThan(found.indexOf(`Le Panier ${tag}`));
    // Every structure shown has a word that starts with "velo", accents aside.
    const texts = await widget.locator("li.entry").allInnerTexts();
    expect(
      texts.filter(
        (x) =>
          !fold(x)
            .split(/[^\p{L}\p{N}]+/u)
            .some((w) => w.startsWith("velo")),
      ),
    ).toEqual([]);
    expect(await widget.locator("[data-count]").textContent()).toBe(
      `${found.length} ${found.length === 1 ? "structure" : "structures"} sur ${(await directory(SANTENY)).count}`,
    );
    // The word itself still finds the bakery.
    await widget.getByRole("searchbox", { name: "Rechercher" }).fill("développe");
    await widget.locator("li.entry > .name", { hasText: `Boulangerie des Coteaux ${tag}` }).waitFor();
    await shot(page, "widget-search");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("lists 12 structures first, 12 more with each 'Afficher plus' up to max-items, moving the focus to the first one added, in both forms", async () => {
    const { page, errors } = await open("/santeny");
    await page.goto(`${partnerUrl}/santeny`);
    const total = (await directory(SANTENY)).count;
    expect(total).toBeGreaterThan(13);
    const widget = page.locator("#w-santeny");
    await ready(widget);
    expect(await widget.locator("li.entry").count()).toBe(12);
    const shown = widget.locator("[data-shown]");
    expect(await shown.textContent()).toBe(`12 structures affichées sur ${total}`);
    expect(await shown.getAttribute("role")).toBe("status");
    const more = widget.getByRole("button", { name: "Afficher plus" });
    await more.focus();
    await page.keyboard.press("Enter");
    await widget.locator(`li.entry:nth-child(${Math.min(24, total)})`).waitFor();
    expect(await widget.locator("li.entry").count()).toBe(Math.min(24, total));
    expect(await shown.textContent()).toBe(
      total > 24 ? `24 structures affichées sur ${total}` : `Les ${total} structures sont affichées.`,
    );
    // The keyboard goes on from the first structure added, the 13th.
    const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent);
    expect(focused).toBe((await names(widget))[12]);
    // A new search starts again from the first page.
    await widget.getByRole("searchbox", { name: "Rechercher" }).fill("jardin");
    await widget.locator("[data-count]").filter({ hasText: /sur/ }).waitFor();
    expect(await widget.locator("li.entry").count()).toBeLessThanOrEqual(12);

    // max-items stays the ceiling: 13 at most, then a sentence says how many there are, without a button.
    const capped = page.locator("#w-santeny-13");
    await capped.getByRole("button", { name: "Afficher plus" }).click();
    await capped.locator("li.entry:nth-child(13)").waitFor();
    expect(await capped.locator("li.entry").count()).toBe(13);
    expect(await capped.getByRole("button", { name: "Afficher plus" }).count()).toBe(0);
    expect(await capped.getByText(`Les 13 premières structures sur ${total} sont affichées.`).count()).toBe(1);

    const english = page.locator("#w-santeny-en");
    expect(await english.locator("[data-shown]").textContent()).toBe(`12 of ${total} organisations shown`);
    await english.getByRole("button", { name: "Show more" }).click();
    await english.locator(`li.entry:nth-child(${Math.min(24, total)})`).waitFor();
    expect(await english.locator("li.entry").count()).toBe(Math.min(24, total));

    // The iframe form: the same first page and button; the frame grows with it.
    const frame = page.frameLocator(`#f-${SANTENY}`).locator("maillage-annuaire");
    await page.locator(`#f-${SANTENY}`).scrollIntoViewIfNeeded();
    await ready(frame);
    expect(await frame.locator("li.entry").count()).toBe(12);
    const before = (await page.locator(`#f-${SANTENY}`).boundingBox())!.height;
    await frame.getByRole("button", { name: "Afficher plus" }).click();
    await frame.locator(`li.entry:nth-child(${Math.min(24, total)})`).waitFor();
    expect(await frame.locator("li.entry").count()).toBe(Math.min(24, total));
    await page.waitForFunction(
      ([id, h]) => document.getElementById(id as string)!.getBoundingClientRect().height > (h as number) + 200,
      [`f-${SANTENY}`, before],
    );
    expect(await axe(page, "#w-santeny")).toEqual([]);
    await page.locator("#w-santeny").scrollIntoViewIfNeeded();
    await shot(page, "widget-show-more");
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("titles the iframe page with the town's name and gives it a level-one heading (axe: whole page)", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    for (const [query, title] of [
      ["", "Annuaire de l'ESS de Créteil"],
      ["?lang=en", "ESS directory of Créteil"],
    ]) {
      await page.goto(`${api.url}/embed/commune/${TOWNS.creteil}${query}`);
      await ready(page.locator("maillage-annuaire"));
      expect(await page.title()).toBe(title);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Créteil");
      await page.evaluate(AXE_SOURCE);
      const result = await page.evaluate(async () =>
        (window as any).axe.run(document, { resultTypes: ["violations"] }),
      );
      expect((result.violations as { id: string }[]).map((v) => v.id)).toEqual([]);
    }
    await page.close();
  }, 60_000);

  it("serves each town's public directory as HTML that reads without JavaScript: title, h1, the vitrine first, cards, demo flagged, no contact", async () => {
    const data = await directory(TOWNS.creteil);
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "fr-FR" });
    const page = await context.newPage();
    const response = (await page.goto(`${api.url}/annuaire/${TOWNS.creteil}`))!;
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; /);
    expect(headers["access-control-allow-origin"]).toBeUndefined();
    expect(await page.title()).toBe("Annuaire de l'ESS de Créteil");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Annuaire de l'ESS de Créteil"]);
    expect(await page.locator("script").count()).toBe(0);
    // One card per structure, in the widget's order: the vitrine first, with its badge.
    const cards = page.getByRole("list", { name: "Structures de l'ESS à Créteil" }).locator("> li");
    expect(await cards.count()).toBe(data.count);
    expect(await cards.getByRole("heading", { level: 2 }).allTextContents()).toEqual(data.entries.map((e) => e.name));
    const vitrine = data.entries.find((e) => e.vitrine);
    if (vitrine) expect(await cards.first().textContent()).toContain("Vitrine de l'ESS");
    // Invented structures say so, as in the widget.
    const demo = data.entries.filter((e) => e.illustrative).length;
    const body = await page.locator("body").innerText();
    if (demo === data.count) expect(body).toContain("Annuaire de démonstration : ces structures sont inventées.");
    else expect(await page.getByText("Exemple fictif : cette structure est inventée.").count()).toBe(demo);
    // Public facts only.
    const contacts = await api.cypher<{ value: string }>(
      `MATCH (:Town {inseeCode: $code})<-[:LOCATED_IN]-(:EssStructure)-[:HAS_CONTACT]->(c:Contact)
       UNWIND [c.email, c.phone, c.name] AS value WITH value WHERE value IS NOT NULL RETURN DISTINCT value`,
      { code: TOWNS.creteil },
    );
    expect(contacts.filter((c) => body.includes(c.value))).toEqual([]);
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(SHOTS, `town-page-fr-${width}.png`) });
    }
    // English through ?lang=en, linked from the French page.
    await page.getByRole("link", { name: "English version" }).click();
    expect(page.url()).toBe(`${api.url}/annuaire/${TOWNS.creteil}?lang=en`);
    expect(await page.title()).toBe("ESS directory of Créteil");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("list", { name: "ESS organisations in Créteil" }).locator("> li").count()).toBe(
      data.count,
    );
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(SHOTS, `town-page-en-${width}.png`) });
    }
    // Each card's name leads to the structure's own page, without JavaScript, and back.
    await page.goto(`${api.url}/annuaire/${TOWNS.creteil}`);
    const first = data.entries[0];
    await page.getByRole("link", { name: first.name, exact: true }).click();
    expect(page.url()).toBe(`${api.url}/annuaire/${TOWNS.creteil}/structure/${encodeURIComponent(first.id)}`);
    expect(await page.title()).toBe(`${first.name} — Annuaire de l'ESS de Créteil`);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([first.name]);
    if (first.description) expect(await page.locator("main").innerText()).toContain(first.description);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SHOTS, "structure-page-fr-390.png") });
    await page.getByRole("link", { name: "Toutes les structures de l'ESS à Créteil" }).click();
    expect(page.url()).toBe(`${api.url}/annuaire/${TOWNS.creteil}`);
    // A structure that is not of this town: a page that says so, with a 404.
    const elsewhere = (await page.goto(`${api.url}/annuaire/${TOWNS.creteil}/structure/no-such-structure?lang=en`))!;
    expect(elsewhere.status()).toBe(404);
    expect(await page.locator("main").innerText()).toContain(
      "This organisation is not (or no longer) in this town's directory.",
    );
    // A town that is not of the territory: a page that says so, in French, with a 404.
    const unknown = (await page.goto(`${api.url}/annuaire/75056`))!;
    expect(unknown.status()).toBe(404);
    expect(await page.locator("main").innerText()).toContain(
      "Aucune commune du territoire Grand Paris Sud Est Avenir n'a le code 75056.",
    );
    await context.close();

    // axe-core, with JavaScript on only to run it (the page's CSP still allows no script of its own).
    const checked = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const structure = `/annuaire/${TOWNS.creteil}/structure/${encodeURIComponent(data.entries[0].id)}`;
    for (const path of [
      `/annuaire/${TOWNS.creteil}`,
      `/annuaire/${TOWNS.sucy}?lang=en`,
      `/annuaire/${SANTENY}`,
      "/annuaire/75056",
      structure,
      `${structure}?lang=en`,
    ]) {
      await checked.goto(`${api.url}${path}`);
      await checked.evaluate(AXE_SOURCE);
      const result = await checked.evaluate(async () =>
        (window as any).axe.run(document, { resultTypes: ["violations"] }),
      );
      expect([path, (result.violations as { id: string }[]).map((v) => v.id)]).toEqual([path, []]);
    }
    await checked.close();
  }, 90_000);

  it("leads from the widget's 'Voir tout l'annuaire' to the town's public page", async () => {
    const { page } = await open("/santeny");
    await page.goto(`${partnerUrl}/santeny`);
    const widget = page.locator("#w-santeny");
    await ready(widget);
    const [opened] = await Promise.all([
      page.waitForEvent("popup"),
      widget.getByRole("link", { name: /^Voir tout l'annuaire de Santeny/ }).click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`${api.url}/annuaire/${SANTENY}`);
    expect(await opened.getByRole("heading", { level: 1 }).textContent()).toBe("Annuaire de l'ESS de Santeny");
    expect(await opened.getByRole("heading", { level: 2, name: `Vélos du Réveillon ${tag}` }).count()).toBe(1);
    await page.close();
  }, 60_000);

  it("takes a visitor's error report from a widget card to the coordinators' list, changing nothing until a coordinator decides", async () => {
    const bike = `Vélos du Réveillon ${tag}`;
    const [structure] = await api.cypher<{ id: string; description: string }>(
      "MATCH (s:EssStructure {name: $bike}) RETURN s.id AS id, s.description AS description",
      { bike },
    );
    const { page } = await open("/santeny");
    await page.goto(`${partnerUrl}/santeny`);
    const widget = page.locator("#w-santeny");
    await ready(widget);
    await widget.getByRole("searchbox", { name: "Rechercher" }).fill("réveillon");
    const [form] = await Promise.all([
      page.waitForEvent("popup"),
      widget.getByRole("link", { name: `Signaler une erreur sur la fiche de ${bike} (nouvelle fenêtre)` }).click(),
    ]);
    await form.waitForLoadState();
    expect(form.url()).toBe(`${api.url}/annuaire/${SANTENY}/signaler/${structure.id}`);
    expect(await form.getByRole("heading", { level: 1 }).textContent()).toBe("Signaler une erreur");
    expect(await form.locator("main").innerText()).toContain(`Sur la fiche de ${bike}`);
    expect(await form.locator("script").count()).toBe(0);
    // A person reads before sending: the form refuses what comes faster than that.
    await form.waitForTimeout(3_100);
    // Too short: the form comes back with what is wrong, beside the field and at the top.
    await form.getByRole("textbox", { name: "Qu'est-ce qui est faux ?" }).fill("faux");
    await form.getByRole("button", { name: "Envoyer le signalement" }).click();
    await form.getByText("Le signalement n'est pas parti :").waitFor();
    expect(await form.getByRole("textbox", { name: "Qu'est-ce qui est faux ?" }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    expect(await form.getByRole("textbox", { name: "Qu'est-ce qui est faux ?" }).inputValue()).toBe("faux");
    await form.evaluate(AXE_SOURCE);
    const axeForm = await form.evaluate(async () => (window as any).axe.run(document, { resultTypes: ["violations"] }));
    expect((axeForm.violations as { id: string }[]).map((v) => v.id)).toEqual([]);
    await form.setViewportSize({ width: 390, height: 844 });
    await form.screenshot({ path: join(SHOTS, "report-form-error-390.png"), fullPage: true });
    const message = `Le site web ne répond plus ${tag}.`;
    await form.getByRole("textbox", { name: "Qu'est-ce qui est faux ?" }).fill(message);
    await form.getByRole("textbox", { name: "Votre adresse e-mail (facultatif)" }).fill("visiteur@example.org");
    await form.getByRole("button", { name: "Envoyer le signalement" }).click();
    await form.getByRole("heading", { level: 1, name: "Merci, votre signalement a été transmis" }).waitFor();
    await form.close();

    // Stored for coordinators only; the structure is as it was.
    const list = async (token?: string) =>
      fetch(`${api.url}/api/error-reports`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await list()).status).toBe(401);
    expect((await list(await api.token("researcher"))).status).toBe(403);
    const { reports } = (await (await list(await api.token("coordinator"))).json()) as {
      reports: { id: string; message: string; email: string; status: string; structure: { id: string } }[];
    };
    const mine = reports.filter((r) => r.structure.id === structure.id);
    expect(mine.map((r) => ({ message: r.message, email: r.email, status: r.status }))).toEqual([
      { message, email: "visiteur@example.org", status: "NEW" },
    ]);
    expect(
      (
        await api.cypher("MATCH (s:EssStructure {id: $id}) RETURN s.description AS description", { id: structure.id })
      )[0].description,
    ).toBe(structure.description);

    // In the explorer, the coordinator sees it and accepts it.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "fr-FR" });
    const explorer = await context.newPage();
    await explorer.goto(`${api.url}/#/reports`);
    await signInAs(explorer, api, "coordinator", "test-coordinator");
    const card = explorer.locator("li.report-card", { hasText: message });
    await card.waitFor();
    expect(await card.getByRole("heading", { level: 3 }).textContent()).toBe(`${bike} (Santeny)`);
    await explorer.screenshot({ path: join(SHOTS, "reports-explorer-1440.png") });
    expect(await axe(explorer, "main")).toEqual([]);
    await card.getByRole("button", { name: `Accepter sur ${bike}` }).click();
    await explorer.getByText("Signalement accepté.").waitFor();
    const [decided] = await api.cypher<{ status: string; by: string; email: string | null }>(
      "MATCH (r:ErrorReport {message: $message}) RETURN r.status AS status, r.decidedBy AS by, r.email AS email",
      { message },
    );
    // The visitor's email served to reply before deciding: erased with the decision, as the form promises.
    expect(decided).toEqual({ status: "ACCEPTED", by: "test-coordinator", email: null });
    await context.close();
    await page.close();
  }, 90_000);

  it("drops robots' reports without a word and holds one address to a few reports", async () => {
    const [structure] = await api.cypher<{ id: string }>("MATCH (s:EssStructure {name: $name}) RETURN s.id AS id", {
      name: `Le Panier ${tag}`,
    });
    const url = `${api.url}/annuaire/${SANTENY}/signaler/${structure.id}`;
    const stamp = /name="stamp" value="([^"]+)"/.exec(await (await fetch(url)).text())![1];
    const count = async () =>
      (
        await api.cypher<{ n: number }>(
          "MATCH (r:ErrorReport)-[:ABOUT]->(:EssStructure {id: $id}) RETURN count(r) AS n",
          { id: structure.id },
        )
      )[0].n;
    const send = (fields: Record<string, string>) =>
      fetch(url, {
        method: "POST",
        body: new URLSearchParams({ stamp, message: "Le téléphone a changé.", email: "", website: "", ...fields }),
        redirect: "manual",
      });
    // Sent at once, or with the hidden field filled: answered as a person would be, and not kept.
    const fast = await send({});
    expect(fast.status).toBe(303);
    expect(fast.headers.get("location")).toMatch(/sent=1$/);
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    expect((await send({ website: "http://spam.example" })).status).toBe(303);
    expect((await send({ stamp: `${Date.now() - 10_000}.${"A".repeat(43)}` })).status).toBe(303);
    expect(await count()).toBe(0);
    // One address may send 5 reports in ten minutes (this file's other reports, from the same address, count too);
    // the next is refused, with a page that says so.
    let refused: Response | undefined;
    for (let i = 0; i < 6 && !refused; i++) {
      const answer = await send({});
      if (answer.status === 429) refused = answer;
      else expect(answer.status).toBe(303);
    }
    expect(refused?.status).toBe(429);
    const all = await api.cypher<{ n: number }>(
      "MATCH (r:ErrorReport)-[:ABOUT]->(s:EssStructure) WHERE s.id STARTS WITH $tag RETURN count(r) AS n",
      { tag },
    );
    expect(all[0].n).toBe(5);
    expect(await count()).toBeGreaterThan(0);
    expect(await refused!.text()).toContain("Trop de signalements envoyés");
    expect(refused!.headers.get("content-security-policy")).toContain("form-action 'self'");
  }, 60_000);

  it("answers a bad request with the API's error shape: what was wrong, a code, never cached", async () => {
    const error = async (path: string) => {
      const res = await fetch(`${api.url}${path}`);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      return {
        status: res.status,
        cache: res.headers.get("cache-control"),
        code: body.errors[0].extensions.code,
        message: body.errors[0].message,
      };
    };
    expect(await error("/api/widget/communes/9402")).toEqual({
      status: 400,
      cache: "no-store",
      code: "BAD_USER_INPUT",
      message: '"9402" is not an INSEE commune code: expected 5 characters such as 94028',
    });
    expect(await error(`/api/widget/communes/${TOWNS.creteil}?lang=de`)).toMatchObject({
      status: 400,
      code: "BAD_USER_INPUT",
      message: 'lang must be one of fr, en; got "de"',
    });
    expect(await error("/api/widget/communes/75056")).toMatchObject({
      status: 404,
      cache: "no-store",
      code: "NOT_FOUND",
      message: "No town of the territory has INSEE code 75056",
    });
    // Outside the widget's routes too: the same shape as /graphql's errors.
    expect(await error("/api/no-such-route")).toMatchObject({
      status: 404,
      code: "NOT_FOUND",
      message: expect.stringContaining("POST /graphql"),
    });
  }, 60_000);

  it("answers other origins on the widget's data and script only, read-only; the iframe page may be framed anywhere", async () => {
    const data = await fetch(`${api.url}/api/widget/communes/${TOWNS.creteil}`, { headers: { origin: partnerUrl } });
    expect(data.headers.get("access-control-allow-origin")).toBe("*");
    expect(data.headers.get("access-control-allow-credentials")).toBeNull();
    expect(data.headers.get("cache-control")).toContain("max-age=");
    const etag = data.headers.get("etag")!;
    expect(
      (await fetch(`${api.url}/api/widget/communes/${TOWNS.creteil}`, { headers: { "if-none-match": etag } })).status,
    ).toBe(304);
    expect((await fetch(`${api.url}/widget.js`)).headers.get("access-control-allow-origin")).toBe("*");
    expect((await fetch(`${api.url}/api/widget/communes/${TOWNS.creteil}`, { method: "POST" })).status).toBe(405);
    for (const path of ["/healthz", "/", "/embed.js", `/embed/commune/${TOWNS.creteil}`]) {
      expect([
        path,
        (await fetch(`${api.url}${path}`, { headers: { origin: partnerUrl } })).headers.get(
          "access-control-allow-origin",
        ),
      ]).toEqual([path, null]);
    }
    const embed = await fetch(`${api.url}/embed/commune/${TOWNS.creteil}`);
    expect(embed.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(embed.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(embed.headers.get("x-frame-options")).toBeNull();
    // From the partner's page, the widget's data can be read, the GraphQL API cannot.
    const fromPartner = await main.page.evaluate(async (a) => {
      const read = (url: string, init?: RequestInit) =>
        fetch(url, init).then(
          (r) => `read ${r.status}`,
          () => "blocked",
        );
      return {
        widget: await read(`${a}/api/widget/communes/94028`),
        graphql: await read(`${a}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: '{"query":"{ __typename }"}',
        }),
      };
    }, api.url);
    expect(fromPartner).toEqual({ widget: "read 200", graphql: "blocked" });
    await main.page.close();
  });
});
