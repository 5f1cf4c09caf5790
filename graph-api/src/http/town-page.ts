/**
 * The public directory page of a town, `/annuaire/:inseeCode?lang=fr|en`:
 * where the widget's "see the whole directory" leads. Plain HTML written on
 * the server, with no script at all, so that search engines, screen readers
 * and browsers without JavaScript read it whole: a level-one heading with the
 * town's name, the vitrine de l'ESS first, then each structure as a card with
 * its public facts (those of the widget's data, never a contact). Demo
 * records stay flagged as invented, as in the widget.
 * Every value from the database goes through escapeHtml; websites are
 * http(s) only (safeWebsite, upstream).
 * @see docs/widget.md
 */
import { createHash } from "node:crypto";
import type { WidgetDirectory, WidgetEntry, WidgetLanguage } from "../domain/widget-directory";
import { reportPath, structurePagePath, townPagePath } from "../domain/widget-directory";
import { aTown, directoryTitle } from "./french";
import { escapeHtml } from "./html";
import { configuredTerritory } from "@maillage/reference";

const e = escapeHtml;

/** The words of the page, French first; the labels of themes and kinds come with the data. */
const WORDS = {
  fr: {
    territory: (territory: string) => `Économie sociale et solidaire · ${territory}`,
    lede: (town: string, n: number) =>
      n === 0
        ? `Aucune structure de l'économie sociale et solidaire (ESS) n'est encore recensée ${aTown(town)}.`
        : `${n === 1 ? "La structure" : `Les ${n} structures`} de l'économie sociale et solidaire (ESS) recensées ${aTown(town)} : associations, coopératives, mutuelles, fondations et entreprises solidaires.`,
    demoAll: "Annuaire de démonstration : ces structures sont inventées.",
    list: (town: string) => `Structures de l'ESS ${aTown(town)}`,
    vitrine: "Vitrine de l'ESS",
    website: "Site web",
    websiteOf: (name: string) => `de ${name}`,
    themes: "Thèmes",
    demo: "Exemple fictif : cette structure est inventée.",
    report: "Signaler une erreur",
    reportOn: (name: string) => `sur la fiche de ${name}`,
    other: { lang: "en", label: "English version" },
    back: (town: string) => `Toutes les structures de l'ESS ${aTown(town)}`,
    footer: "Données publiques des structures ; aucune coordonnée personnelle n'est publiée.",
    description: (town: string, n: number) =>
      `Les ${n} structures de l'économie sociale et solidaire ${aTown(town)} (${configuredTerritory().name}) : activités, adresses, sites web et thèmes.`,
  },
  en: {
    territory: (territory: string) => `Social and solidarity economy · ${territory}`,
    lede: (town: string, n: number) =>
      n === 0
        ? `No social and solidarity economy (ESS) organisation is listed in ${town} yet.`
        : `${n === 1 ? "The social and solidarity economy (ESS) organisation" : `The ${n} social and solidarity economy (ESS) organisations`} listed in ${town}: associations, cooperatives, mutuals, foundations and social enterprises.`,
    demoAll: "Demonstration directory: these organisations are invented.",
    list: (town: string) => `ESS organisations in ${town}`,
    vitrine: "ESS showcase",
    website: "Website",
    websiteOf: (name: string) => `of ${name}`,
    themes: "Themes",
    demo: "Invented example: this organisation does not exist.",
    report: "Report an error",
    reportOn: (name: string) => `about ${name}`,
    other: { lang: "fr", label: "Version française" },
    back: (town: string) => `All ESS organisations in ${town}`,
    footer: "Public data of the organisations; no personal contact details are published.",
    description: (town: string, n: number) =>
      `The ${n} social and solidarity economy organisations of ${town} (${configuredTerritory().name}): activities, addresses, websites and themes.`,
  },
} satisfies Record<WidgetLanguage, unknown>;

/** The page's style sheet, inline and allowed by its hash alone (TOWN_PAGE_CSP): the page loads nothing else. */
export const TOWN_PAGE_STYLE = `
:root{--accent:#1b5e9c;--fg:#1f2328;--muted:#57606a;--line:#d0d7de;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--fg);background:#fff}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem 1rem;padding-top:1rem;color:var(--muted)}
header p{margin:0}
h1{font-size:1.75rem;line-height:1.2;margin:1rem 0 .5rem}
h2{font-size:1.1rem;line-height:1.3;margin:0 0 .25rem}
p{margin:.25rem 0}
a{color:var(--accent)}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.lede{max-width:48rem}
.notice{border-left:4px solid #9a6700;padding:.25rem .75rem;background:#fff8c5}
.cards{list-style:none;padding:0;margin:1.5rem 0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr))}
.card{border:1px solid var(--line);border-radius:8px;padding:1rem;scroll-margin-top:1rem}
.card:target{outline:3px solid var(--accent)}
.vitrine{grid-column:1/-1;border:2px solid var(--accent)}
.badge{display:inline-block;background:var(--accent);color:#fff;font-size:.85rem;font-weight:700;border-radius:999px;padding:0 .6rem;margin:0 0 .4rem}
.muted{color:var(--muted)}
.themes{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem;padding:0;margin:.5rem 0 0}
.themes li{border:1px solid var(--line);border-radius:999px;padding:0 .55rem;font-size:.875rem}
.demo{font-style:italic;color:#7d4e00}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
form{max-width:40rem;margin:1.5rem 0}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
.hint{color:var(--muted);font-size:.9rem;margin:0 0 .35rem}
textarea,input{font:inherit;width:100%;padding:.5rem;border:1px solid var(--muted);border-radius:4px;color:var(--fg);background:#fff}
textarea:focus-visible,input:focus-visible,button:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
[aria-invalid=true]{border:2px solid #b3261e}
.error{color:#b3261e;font-weight:600;margin:.25rem 0}
.summary{border:2px solid #b3261e;border-radius:8px;padding:.5rem 1rem;margin:1rem 0}
.summary h2{color:#b3261e}
button{font:inherit;font-weight:600;margin-top:1.25rem;padding:.5rem 1rem;border:1px solid var(--accent);border-radius:4px;background:var(--accent);color:#fff;cursor:pointer}
.report{font-size:.875rem;margin-top:.5rem}
footer{border-top:1px solid var(--line);margin-top:2rem;padding-top:1rem;padding-bottom:2rem;color:var(--muted);font-size:.9rem}
`;

/**
 * No script, no frame, nothing from elsewhere: only its own inline style (by hash) and favicon.
 * Framing is refused as on the explorer; forms may only post back here.
 */
export const TOWN_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(TOWN_PAGE_STYLE).digest("base64")}'`,
  "img-src 'self' data:",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/** One structure's public facts: a card of the town's list (its name links to its page), or the body of its own page. */
function card(entry: WidgetEntry, directory: WidgetDirectory, allDemo: boolean, own = false): string {
  const w = WORDS[directory.language];
  const town = directory.town.name;
  const kinds = new Map(directory.kinds.map((k) => [k.code, k.label]));
  const themes = new Map(directory.themes.map((t) => [t.code, t.label]));
  const kind = [entry.kind && kinds.get(entry.kind), entry.activity].filter(Boolean).join(" · ");
  const address = entry.address ? [entry.address, [entry.postalCode, town].filter(Boolean).join(" ")].join(", ") : null;
  const lines = [
    entry.vitrine ? `<p class="badge">${e(w.vitrine)}</p>` : "",
    own
      ? ""
      : `<h2><a href="${e(structurePagePath(directory.town.inseeCode, entry.id, directory.language))}">${e(entry.name)}</a></h2>`,
    kind ? `<p class="muted">${e(kind)}</p>` : "",
    entry.description ? `<p>${e(entry.description)}</p>` : "",
    address ? `<p>${e(address)}</p>` : "",
    entry.website
      ? `<p><a href="${e(entry.website)}" rel="noopener noreferrer">${e(w.website)}<span class="visually-hidden"> ${e(w.websiteOf(entry.name))}</span></a></p>`
      : "",
    entry.themes.length
      ? `<ul class="themes" aria-label="${e(w.themes)}">${entry.themes.map((c) => `<li>${e(themes.get(c) ?? c)}</li>`).join("")}</ul>`
      : "",
    entry.illustrative && !allDemo ? `<p class="demo">${e(w.demo)}</p>` : "",
    `<p class="report"><a href="${e(reportPath(directory.town.inseeCode, entry.id, directory.language))}">${e(w.report)}<span class="visually-hidden"> ${e(w.reportOn(entry.name))}</span></a></p>`,
  ];
  if (own) return `<div class="card${entry.vitrine ? " vitrine" : ""}">${lines.filter(Boolean).join("\n")}</div>`;
  // The id makes each card a link target too (/annuaire/94028#s-<id>), for links made before the structure pages.
  return `<li class="card${entry.vitrine ? " vitrine" : ""}" id="s-${e(entry.id)}">${lines.filter(Boolean).join("\n")}</li>`;
}

/** The whole page for one town, in the directory's language. */
export function townPage(directory: WidgetDirectory): string {
  const lang = directory.language;
  const w = WORDS[lang];
  const { name, inseeCode } = directory.town;
  const title = directoryTitle(name, lang);
  const allDemo = directory.entries.length > 0 && directory.entries.every((x) => x.illustrative);
  const cards = directory.entries.map((x) => card(x, directory, allDemo)).join("\n");
  return publicPage(directory, {
    title,
    description: w.description(name, directory.count),
    path: (language) => townPagePath(inseeCode, language),
    main: `<h1>${e(title)}</h1>
<p class="lede">${e(w.lede(name, directory.count))}</p>
${allDemo ? `<p class="notice">${e(w.demoAll)}</p>` : ""}
${directory.entries.length ? `<ul class="cards" aria-label="${e(w.list(name))}">\n${cards}\n</ul>` : ""}`,
  });
}

/** One structure's public page: its facts under its name, and the way back to its town's directory. */
export function structurePage(directory: WidgetDirectory, entry: WidgetEntry): string {
  const lang = directory.language;
  const w = WORDS[lang];
  const { name: town, inseeCode } = directory.town;
  const description = [entry.activity, entry.description].filter(Boolean).join(" — ") || w.list(town);
  return publicPage(directory, {
    title: `${entry.name} — ${directoryTitle(town, lang)}`,
    description,
    path: (language) => structurePagePath(inseeCode, entry.id, language),
    main: `<p><a href="${e(townPagePath(inseeCode, lang))}">${e(w.back(town))}</a></p>
<h1>${e(entry.name)}</h1>
${card(entry, directory, false, true)}`,
  });
}

/** The frame every public directory page shares: language links, canonical address, style, footer. */
function publicPage(
  directory: WidgetDirectory,
  page: { title: string; description: string; path: (language: WidgetLanguage) => string; main: string },
): string {
  const lang = directory.language;
  const w = WORDS[lang];
  const other = w.other;
  const otherPath = page.path(other.lang as WidgetLanguage);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(page.title)}</title>
<meta name="description" content="${e(page.description)}">
<link rel="canonical" href="${e(page.path(lang))}">
<link rel="alternate" hreflang="${lang}" href="${e(page.path(lang))}">
<link rel="alternate" hreflang="${other.lang}" href="${e(otherPath)}">
<link rel="icon" href="data:,">
<style>${TOWN_PAGE_STYLE}</style>
</head>
<body>
<header>
<p>${e(w.territory(configuredTerritory().name))}</p>
<p><a href="${e(otherPath)}" hreflang="${other.lang}" lang="${other.lang}">${e(other.label)}</a></p>
</header>
<main>
${page.main}
</main>
<footer><p>${e(w.footer)}</p></footer>
</body>
</html>
`;
}

/** A short page of the public directory's look (error, form, thanks): no script, not indexed. */
export function simplePage(lang: WidgetLanguage, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)}</title>
<link rel="icon" href="data:,">
<style>${TOWN_PAGE_STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The page that says why there is no directory (unknown town, malformed code, service down), in the asked language. */
export function townPageError(lang: WidgetLanguage, message: string): string {
  const heading = lang === "en" ? "ESS directory" : "Annuaire de l'ESS";
  return simplePage(lang, heading, `<h1>${e(heading)}</h1>\n<p>${e(message)}</p>`);
}

/** The visitor's words for why there is no page: the server's own messages are in English and for developers. */
export const TOWN_PAGE_ERRORS = {
  unknownStructure: {
    fr: () => "Cette structure ne figure pas (ou plus) dans l'annuaire de cette commune.",
    en: () => "This organisation is not (or no longer) in this town's directory.",
  },
  unknown: {
    fr: (code: string) => `Aucune commune du territoire ${configuredTerritory().name} n'a le code ${code}.`,
    en: (code: string) => `No town of the ${configuredTerritory().name} territory has the code ${code}.`,
  },
  invalid: {
    fr: () => "Cette adresse ne désigne pas une commune : le code doit avoir 5 caractères, par exemple 94028.",
    en: () => "This address does not name a town: the code has 5 characters, such as 94028.",
  },
  down: {
    fr: () => "L'annuaire est momentanément indisponible. Réessayez dans quelques instants.",
    en: () => "The directory is unavailable at the moment. Please try again in a few moments.",
  },
} satisfies Record<string, Record<WidgetLanguage, (code: string) => string>>;
