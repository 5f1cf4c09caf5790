/**
 * <maillage-annuaire commune="94028">: the ESS directory of one town, for
 * partner websites (docs/widget.md). Rendered in Shadow DOM with Lit; one GET of the
 * public widget endpoint of the API that served this script. Options:
 * options.ts; words: strings.ts; styles: styles.ts; docs/widget.md for partners.
 *
 * The host page must never break: nothing here throws out of the element,
 * defining it twice is harmless, and errors become a readable message.
 */
import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from "lit";
import { html as tagged, literal } from "lit/static-html.js";
import { DirectoryError, fetchDirectory, type Directory, type Entry, type LoadError } from "./data";
import { parseOptions, type WidgetOptions } from "./options";
import { search } from "./search";
import { STRINGS, type Strings } from "./strings";
import { styles } from "./styles";

export const TAG = "maillage-annuaire";

/** Where the API is: the folder this script was loaded from (read while the script runs, when currentScript is set). */
const SCRIPT = document.currentScript as HTMLScriptElement | null;
const API_BASE = SCRIPT?.src ? SCRIPT.src.replace(/[^/]*([?#].*)?$/, "") : `${location.origin}/`;

/** Structures listed at first, and added by each "Show more": a short embed on a town-hall page, more on request. */
export const PAGE_SIZE = 12;
/** h1…h6, for the heading-level option (the structures' headings are one level below the title). */
const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

type State =
  | { status: "loading" }
  | { status: "ready"; data: Directory; arrivedAt: number }
  | { status: "error"; reason: LoadError };

const isColour = (v: string) => (typeof CSS !== "undefined" && CSS.supports ? CSS.supports("color", v) : true);
let serial = 0;

export class MaillageAnnuaire extends LitElement {
  static override styles = styles;
  static override properties = {
    state: { state: true },
    query: { state: true },
    theme: { state: true },
    kind: { state: true },
    limit: { state: true },
  };
  static override get observedAttributes(): string[] {
    // Every attribute counts: the parser warns about unknown ones. `lang` is the global attribute, read as the language.
    return [
      ...super.observedAttributes,
      "commune",
      "lang",
      "layout",
      "max-items",
      "themes",
      "map",
      "accent",
      "background",
      "text",
      "heading-level",
    ];
  }

  declare state: State;
  declare query: string;
  declare theme: string;
  declare kind: string;
  /** How many of the matching structures are listed (up to max-items): PAGE_SIZE more with each "Show more". */
  declare limit: number;
  /** After "Show more", the position of the first added structure, whose heading gets the focus. */
  private focusAt = -1;
  private options!: WidgetOptions;
  private optionsDirty = true;
  /** The town and language of the data shown or being loaded. */
  private loadedKey = "";
  private readonly uid = `maillage-${++serial}`;

  constructor() {
    super();
    this.state = { status: "loading" };
    this.query = "";
    this.theme = "";
    this.kind = "";
    this.limit = PAGE_SIZE;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (old !== value) {
      this.optionsDirty = true;
      this.requestUpdate();
    }
  }

  protected override willUpdate(_changed: PropertyValues): void {
    if (!this.optionsDirty) return;
    this.optionsDirty = false;
    const attributes = Object.fromEntries(this.getAttributeNames().map((n) => [n, this.getAttribute(n)]));
    this.options = parseOptions(attributes, undefined, isColour);
    const key = `${this.options.commune}|${this.options.lang}`;
    if (key !== this.loadedKey) void this.load();
  }

  /** Loads (or reloads, for "try again") the town's directory. */
  async load(): Promise<void> {
    const { commune, lang } = this.options;
    const key = `${commune}|${lang}`;
    this.loadedKey = key;
    if (!commune) {
      this.state = { status: "error", reason: "invalid" };
      return;
    }
    this.state = { status: "loading" };
    try {
      const data = await fetchDirectory(API_BASE, commune, lang);
      if (this.loadedKey !== key) return;
      this.theme = this.kind = "";
      this.limit = PAGE_SIZE;
      this.state = { status: "ready", data, arrivedAt: performance.now() };
    } catch (error) {
      if (this.loadedKey !== key) return;
      this.state = { status: "error", reason: error instanceof DirectoryError ? error.reason : "down" };
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (this.focusAt >= 0) {
      // Keyboard and screen-reader users land on the first structure just added, not back at the top or on nothing.
      (this.renderRoot.querySelectorAll<HTMLElement>("li.entry > .name")[this.focusAt] ?? null)?.focus();
      this.focusAt = -1;
    }
    const previous = changed.get("state") as State | undefined;
    if (!changed.has("state") || previous?.status === this.state.status) return;
    const state = this.state;
    if (state.status === "ready") {
      // The list is in the DOM now; after the next frame it is painted: partners and the benchmark read these measures.
      performance.measure(`${TAG}:render`, { start: state.arrivedAt, end: performance.now() });
      requestAnimationFrame(() =>
        setTimeout(() => {
          const measure = performance.measure(`${TAG}:first-paint`, { start: state.arrivedAt, end: performance.now() });
          this.emit("maillage-ready", {
            commune: state.data.town.inseeCode,
            count: state.data.count,
            firstPaintMs: measure?.duration,
          });
        }),
      );
    } else if (state.status === "error") this.emit("maillage-error", { reason: state.reason });
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    const t = STRINGS[this.options.lang];
    const { accent, background, text, layout } = this.options;
    const style = [accent && `--accent:${accent}`, background && `--bg:${background}`, text && `--fg:${text}`]
      .filter(Boolean)
      .join(";");
    const state = this.state;
    return html`<section class="root ${layout}" style=${style || nothing} lang=${this.options.lang} aria-labelledby="${this.uid}-title" aria-busy=${state.status === "loading"}>
      ${state.status === "ready" ? this.renderDirectory(state.data, t) : this.renderWaiting(state, t)}
    </section>`;
  }

  private renderWaiting(state: Exclude<State, { status: "ready" }>, t: Strings): TemplateResult {
    const heading = this.heading(t.heading);
    if (state.status === "loading") return html`${heading}<p class="message" role="status">${t.loading}</p>`;
    const message =
      state.reason === "unknown"
        ? t.unknownTown(this.options.commune ?? "")
        : state.reason === "invalid"
          ? t.invalidCommune
          : t.down;
    return html`${heading}
      <div class="message" role="alert"><p>${message}</p></div>
      ${state.reason === "down" ? html`<button type="button" @click=${() => void this.load()}>${t.retry}</button>` : nothing}`;
  }

  private renderDirectory(data: Directory, t: Strings): TemplateResult {
    const { maxItems, themes: kept, map } = this.options;
    const scope = kept.length ? data.entries.filter((e) => e.themes.some((c) => kept.includes(c))) : data.entries;
    const themeLabel = new Map(data.themes.map((x) => [x.code, x.label]));
    const kindLabel = new Map(data.kinds.map((x) => [x.code, x.label]));
    const themeChoices = data.themes.filter((x) => !kept.length || kept.includes(x.code));
    const kindChoices = data.kinds.filter((k) => scope.some((e) => e.kind === k.code));
    const matches = search(
      scope.filter((e) => (!this.theme || e.themes.includes(this.theme)) && (!this.kind || e.kind === this.kind)),
      this.query,
      (e) => ({
        name: e.name,
        other: [e.activity, e.description, e.kind && kindLabel.get(e.kind), ...e.themes.map((c) => themeLabel.get(c))],
      }),
    );
    const shown = matches.slice(0, Math.min(this.limit, maxItems));
    const canShowMore = matches.length > shown.length && shown.length < maxItems;
    const filtered = matches.length !== scope.length;
    const allDemo = data.entries.length > 0 && data.entries.every((e) => e.illustrative);
    const directory = `${API_BASE}${data.directoryPath.replace(/^\//, "")}`;
    const id = this.uid;

    return html`${this.heading(t.title(data.town.name))}
      <p class="muted" role="status" aria-live="polite" data-count=${matches.length}>${t.count(matches.length, scope.length, filtered)}</p>
      ${allDemo ? html`<p class="muted">${t.demoAll}</p>` : nothing}
      <div class="controls" role="search" aria-label=${t.filters}>
        <label for="${id}-q">${t.search}
          <input id="${id}-q" type="search" .value=${this.query} placeholder=${t.searchHint} autocomplete="off" @input=${(e: Event) => this.filter("query", (e.target as HTMLInputElement).value)} />
        </label>
        <label for="${id}-theme">${t.theme}
          <select id="${id}-theme" @change=${(e: Event) => this.filter("theme", (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.theme}>${t.allThemes}</option>
            ${themeChoices.map((x) => html`<option value=${x.code} ?selected=${this.theme === x.code}>${x.label} (${x.count})</option>`)}
          </select>
        </label>
        <label for="${id}-kind">${t.kind}
          <select id="${id}-kind" @change=${(e: Event) => this.filter("kind", (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.kind}>${t.allKinds}</option>
            ${kindChoices.map((k) => html`<option value=${k.code} ?selected=${this.kind === k.code}>${k.label}</option>`)}
          </select>
        </label>
      </div>
      <div class="body">
        ${map && data.outline ? this.renderMap(data, matches, t) : nothing}
        ${
          shown.length
            ? html`<ul class="entries" aria-label=${t.list(data.town.name)}>
              ${shown.map((e) => this.renderEntry(e, t, themeLabel, kindLabel, allDemo, data.town.name))}
            </ul>`
            : html`<p class="message">${t.none}</p>`
        }
      </div>
      <div class="paging">
        <p class="muted" role="status" id="${id}-shown" data-shown=${shown.length}>${matches.length > PAGE_SIZE ? t.shown(shown.length, matches.length) : ""}</p>
        ${
          canShowMore
            ? html`<button type="button" aria-describedby="${id}-shown" @click=${() => this.showMore(shown.length)}>${t.showMore}</button>`
            : matches.length > shown.length
              ? html`<p class="muted">${t.more(shown.length, matches.length)}</p>`
              : nothing
        }
      </div>
      <footer>
        <a href=${directory} target="_blank" rel="noopener">${t.directory(data.town.name)}<span class="visually-hidden"> ${t.newWindow}</span></a>
      </footer>`;
  }

  private renderEntry(
    e: Entry,
    t: Strings,
    themeLabel: Map<string, string>,
    kindLabel: Map<string, string>,
    allDemo: boolean,
    town: string,
  ): TemplateResult {
    const compact = this.options.layout === "compact";
    const kind = [e.kind && kindLabel.get(e.kind), e.activity].filter(Boolean).join(" · ");
    const address = [e.address, [e.postalCode, town].filter(Boolean).join(" ")].filter(Boolean).join(", ");
    return html`<li class="entry ${e.vitrine ? "vitrine" : ""}" data-id=${e.id}>
      ${e.vitrine ? html`<p class="badge">${t.vitrine}</p>` : nothing}
      ${tagged`<${HEADINGS[this.options.headingLevel]} class="name" tabindex="-1">${e.name}</${HEADINGS[this.options.headingLevel]}>`}
      ${kind ? html`<p class="muted">${kind}</p>` : nothing}
      ${!compact && e.description ? html`<p>${e.description}</p>` : nothing}
      ${!compact && e.address ? html`<p>${address}</p>` : nothing}
      ${
        e.website
          ? html`<p><a href=${e.website} target="_blank" rel="noopener noreferrer">${t.website}<span class="visually-hidden"> ${t.websiteOf(e.name)} ${t.newWindow}</span></a></p>`
          : nothing
      }
      ${
        !compact && e.themes.length
          ? html`<ul class="themes" aria-label=${t.themes}>${e.themes.map((c) => html`<li>${themeLabel.get(c) ?? c}</li>`)}</ul>`
          : nothing
      }
      ${e.illustrative && !allDemo ? html`<p class="muted">${t.demo}</p>` : nothing}
      <p class="report"><a href=${this.reportUrl(e.id)} target="_blank" rel="noopener">${t.report}<span class="visually-hidden"> ${t.reportOn(e.name)} ${t.newWindow}</span></a></p>
    </li>`;
  }

  /** The directory's title, at the level the partner's page needs (an h1 alone on the iframe page). */
  private heading(text: string): TemplateResult {
    const tag = HEADINGS[this.options.headingLevel - 1];
    return tagged`<${tag} class="title" id="${this.uid}-title">${text}</${tag}>`;
  }

  /** The public form where a visitor says what is wrong on a structure (graph-api's error-reports router). */
  private reportUrl(id: string): string {
    const { commune, lang } = this.options;
    return `${API_BASE}annuaire/${commune}/signaler/${encodeURIComponent(id)}${lang === "fr" ? "" : `?lang=${lang}`}`;
  }

  /** A new search or filter starts again from the first page. */
  private filter(name: "query" | "theme" | "kind", value: string): void {
    this[name] = value;
    this.limit = PAGE_SIZE;
  }

  private showMore(from: number): void {
    this.focusAt = from;
    this.limit = from + PAGE_SIZE;
  }

  private renderMap(data: Directory, entries: Entry[], t: Strings): TemplateResult {
    const placed = entries.filter((e) => e.point);
    return html`<figure class="map" style="margin:0">
      <svg viewBox=${data.outline!.viewBox} role="img" aria-label=${t.map(data.town.name, placed.length)}>
        <path class="outline" d=${data.outline!.path}></path>
        ${placed.map((e) => svg`<circle class="point ${e.vitrine ? "main" : ""}" cx=${e.point![0]} cy=${e.point![1]} r=${e.vitrine ? 6 : 4}><title>${e.name}</title></circle>`)}
      </svg>
    </figure>`;
  }
}

try {
  if (!customElements.get(TAG)) customElements.define(TAG, MaillageAnnuaire);
} catch (error) {
  console.warn(`<${TAG}>: could not be defined`, error);
}

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: MaillageAnnuaire;
  }
}
