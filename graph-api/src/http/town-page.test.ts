import { createHash } from "node:crypto";
import { parse } from "parse5";
import type { WidgetDirectory, WidgetEntry } from "../domain/widget-directory";
import { structurePage, TOWN_PAGE_CSP, townPage, townPageError } from "./town-page";

const entry = (over: Partial<WidgetEntry>): WidgetEntry => ({
  id: "x",
  name: "X",
  kind: "ASSOCIATION",
  activity: null,
  description: null,
  address: null,
  postalCode: null,
  website: null,
  themes: [],
  vitrine: false,
  illustrative: false,
  point: null,
  ...over,
});
const directory = (entries: WidgetEntry[], language: "fr" | "en" = "fr"): WidgetDirectory => ({
  language,
  town: { inseeCode: "94028", name: "Créteil" },
  count: entries.length,
  directoryPath: "/annuaire/94028",
  themes: [{ code: "food-aid", label: language === "fr" ? "Aide alimentaire" : "Food aid", count: 1 }],
  kinds: [{ code: "ASSOCIATION", label: "Association", count: entries.length }],
  outline: null,
  entries,
});

const VOID = new Set(["meta", "link", "br", "img", "input", "hr"]);
/**
 * What is wrong with the page's markup: the HTML standard's parse errors that parse5 reports (attributes,
 * doctype, characters), end tags that do not close the element open at that point (parse5 silently
 * repairs those), and ids used twice. Empty for a well-formed page.
 */
function parseErrors(html: string): string[] {
  const errors: string[] = [];
  parse(html, { onParseError: (e) => errors.push(`${e.code} at line ${e.startLine}`) });
  const open: string[] = [];
  for (const [, end, name] of html
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gi)) {
    if (VOID.has(name)) continue;
    if (!end) open.push(name);
    else if (open.pop() !== name) errors.push(`</${name}> closes nothing open`);
  }
  if (open.length) errors.push(`never closed: ${open.join(", ")}`);
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
  errors.push(...ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `id "${id}" used twice`));
  return errors;
}
const text = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

const vitrine = entry({
  id: "v1",
  name: "Le Panier du Mont-Mesly",
  vitrine: true,
  description: "Épicerie solidaire.",
  address: "1 rue X",
  postalCode: "94000",
  website: "https://panier.example/",
  themes: ["food-aid"],
});
const demo = entry({ id: "d1", name: "Atelier inventé", illustrative: true });

describe("the public directory page of a town", () => {
  it("is one well-formed HTML page, with no script, titled and headed with the town's name", () => {
    const html = townPage(directory([vitrine, demo]));
    expect(parseErrors(html)).toEqual([]);
    expect(parseErrors("<!doctype html><html><body><ul><li>x</ul></li></body></html>")).toEqual([
      "</ul> closes nothing open",
      "</li> closes nothing open",
    ]);
    expect(html).not.toMatch(/<script/i);
    expect(/<title>(.*)<\/title>/.exec(html)![1]).toBe("Annuaire de l&#39;ESS de Créteil");
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain("<h1>Annuaire de l&#39;ESS de Créteil</h1>");
    expect(html).toContain('<html lang="fr">');
  });

  it("shows the vitrine first, each structure's public facts on a card, and flags invented ones", () => {
    const page = text(townPage(directory([vitrine, demo])));
    expect(page.indexOf("Vitrine de l'ESS")).toBeLessThan(page.indexOf("Le Panier du Mont-Mesly"));
    expect(page.indexOf("Le Panier du Mont-Mesly")).toBeLessThan(page.indexOf("Atelier inventé"));
    for (const fact of [
      "Association",
      "Épicerie solidaire.",
      "1 rue X, 94000 Créteil",
      "Site web de Le Panier du Mont-Mesly",
      "Aide alimentaire",
    ])
      expect(page).toContain(fact);
    expect(page).toContain("Exemple fictif : cette structure est inventée.");
    expect(page.match(/Exemple fictif/g)).toHaveLength(1);
    // A whole demo directory says so once, at the top.
    const allDemo = text(townPage(directory([demo, { ...vitrine, illustrative: true }])));
    expect(allDemo).toContain("Annuaire de démonstration : ces structures sont inventées.");
    expect(allDemo).not.toContain("Exemple fictif");
  });

  it("writes every value from the database as text: no markup, no attribute escapes", () => {
    const hostile = entry({
      id: 'h"><script>alert(1)</script>',
      name: "<img src=x onerror=alert(1)>",
      description: "</li></ul><script>alert(2)</script>",
      website: 'https://x.example/"onmouseover="alert(3)',
      activity: "&amp; <b>",
    });
    const html = townPage(directory([hostile]));
    expect(html).not.toMatch(/<script|<img|<b>|"onmouseover/i);
    expect(parseErrors(html)).toEqual([]);
    expect(text(html)).toContain("&#60;img src=x onerror=alert(1)&#62;");
  });

  it("is in English with ?lang=en, and each language links to the other", () => {
    const en = townPage(directory([vitrine], "en"));
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<h1>ESS directory of Créteil</h1>");
    expect(text(en)).toContain("ESS showcase");
    expect(en).toContain('<a href="/annuaire/94028" hreflang="fr" lang="fr"');
    expect(townPage(directory([vitrine]))).toContain('<a href="/annuaire/94028?lang=en" hreflang="en" lang="en"');
  });

  it("allows its own style sheet by hash, and nothing else to run or load", () => {
    const html = townPage(directory([vitrine]));
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    expect(TOWN_PAGE_CSP).toContain(`'sha256-${createHash("sha256").update(style).digest("base64")}'`);
    expect(TOWN_PAGE_CSP).toContain("default-src 'none'");
    expect(TOWN_PAGE_CSP).not.toMatch(/script-src|unsafe/);
  });

  it("says what went wrong on a page of its own, escaped", () => {
    const html = townPageError("fr", "Aucune commune n'a le code <b>.");
    expect(parseErrors(html)).toEqual([]);
    expect(html).toContain("<h1>Annuaire de l&#39;ESS</h1>");
    expect(html).not.toContain("<b>");
  });
});

describe("the public page of a structure", () => {
  it("is linked from its card in the town's page", () => {
    const html = townPage(directory([vitrine, demo]));
    expect(html).toContain('<h2><a href="/annuaire/94028/structure/v1">Le Panier du Mont-Mesly</a></h2>');
    expect(townPage(directory([vitrine], "en"))).toContain('href="/annuaire/94028/structure/v1?lang=en"');
  });

  it("is one well-formed page, without script, headed with the structure's name, its facts and the way back to the town", () => {
    const html = structurePage(directory([vitrine, demo]), vitrine);
    expect(parseErrors(html)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("<title>Le Panier du Mont-Mesly — Annuaire de l&#39;ESS de Créteil</title>");
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain("<h1>Le Panier du Mont-Mesly</h1>");
    expect(text(html)).toContain("Épicerie solidaire.");
    expect(text(html)).toContain("Vitrine de l&#39;ESS");
    expect(html).toContain(`<a href="/annuaire/94028">Toutes les structures de l&#39;ESS à Créteil</a>`);
    expect(html).toContain('<link rel="alternate" hreflang="en" href="/annuaire/94028/structure/v1?lang=en">');
    // Not the other structures of the town.
    expect(html).not.toContain("Atelier inventé");
  });

  it("flags an invented structure and escapes what the database holds", () => {
    const hostile = entry({ id: 'h"1', name: "<img src=x onerror=alert(1)>", illustrative: true });
    const html = structurePage(directory([vitrine, hostile], "en"), hostile);
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("<h1>&#60;img src=x onerror=alert(1)&#62;</h1>");
    expect(text(html)).toContain("Invented example: this organisation does not exist.");
    expect(html).toContain('hreflang="fr" href="/annuaire/94028/structure/h%221"');
  });
});
