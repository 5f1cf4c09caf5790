/**
 * The snippet builder for partners (docs/widget.md): pick a town and the widget's
 * options, see the widget live (this page loads /widget.js from the API that
 * serves it), and copy the code of either form: the script and custom
 * element, or the iframe. The preview and the snippets are made from the
 * same list of attributes, so what is copied is what is shown.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { themeLabel } from "../i18n/labels";
import { TERRITORY } from "../queries";
import { mainTown } from "./graph-params";

/** The widget's defaults (widget/src/options.ts): options left at their default stay out of the snippet. */
const DEFAULT_COLOURS = { accent: "#1b5e9c", background: "#ffffff", text: "#1f2328" } as const;
type Colour = keyof typeof DEFAULT_COLOURS;
const DEFAULT_MAX_ITEMS = 50;

export interface WidgetChoice {
  commune: string;
  lang: "fr" | "en";
  layout: "list" | "compact";
  maxItems: number;
  themes: string[];
  map: boolean;
  colours: Record<Colour, string>;
}

/** The widget's attributes for a choice (also the iframe page's query parameters). */
export function widgetAttributes(choice: WidgetChoice): [string, string][] {
  const attributes: [string, string][] = [["commune", choice.commune]];
  if (choice.lang !== "fr") attributes.push(["lang", choice.lang]);
  if (choice.layout !== "list") attributes.push(["layout", choice.layout]);
  if (choice.maxItems !== DEFAULT_MAX_ITEMS) attributes.push(["max-items", String(choice.maxItems)]);
  if (choice.themes.length) attributes.push(["themes", choice.themes.join(",")]);
  if (choice.map) attributes.push(["map", "true"]);
  for (const name of Object.keys(DEFAULT_COLOURS) as Colour[]) {
    if (choice.colours[name].toLowerCase() !== DEFAULT_COLOURS[name]) attributes.push([name, choice.colours[name]]);
  }
  return attributes;
}

const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export function scriptSnippet(origin: string, attributes: [string, string][]): string {
  const attrs = attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join("");
  return `<script src="${origin}/widget.js" async></script>\n<maillage-annuaire${attrs}></maillage-annuaire>`;
}

export function embedUrl(origin: string, attributes: [string, string][]): string {
  const [[, commune], ...rest] = attributes;
  const query = new URLSearchParams(rest).toString();
  return `${origin}/embed/commune/${encodeURIComponent(commune)}${query ? `?${query}` : ""}`;
}

export function iframeSnippet(origin: string, attributes: [string, string][], title: string): string {
  return (
    `<iframe src="${escapeAttribute(embedUrl(origin, attributes))}" title="${escapeAttribute(title)}" ` +
    `style="width:100%;height:600px;border:0" loading="lazy"></iframe>\n<script src="${origin}/embed.js" async></script>`
  );
}

/** Loads /widget.js once into the explorer's page (same origin: the explorer's CSP allows it). */
function useWidgetScript(): void {
  useEffect(() => {
    if (document.querySelector("script[data-maillage-widget]")) return;
    const script = document.createElement("script");
    script.src = "/widget.js";
    script.async = true;
    script.dataset.maillageWidget = "";
    document.head.append(script);
  }, []);
}

async function copy(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export default function WidgetBuilderView() {
  const { t, i18n } = useTranslation();
  useWidgetScript();
  const territory = useQuery(TERRITORY);
  const towns = territory.data?.territory.towns ?? [];
  const themes = territory.data?.territory.themes ?? [];
  const [choice, setChoice] = useState<WidgetChoice>({
    commune: "",
    lang: "fr",
    layout: "list",
    maxItems: DEFAULT_MAX_ITEMS,
    themes: [],
    map: true,
    colours: { ...DEFAULT_COLOURS },
  });
  // The territory's main town, once its towns are known.
  if (choice.commune === "" && towns.length > 0) setChoice((c) => ({ ...c, commune: mainTown(towns) ?? "" }));
  const [form, setForm] = useState<"script" | "iframe">("script");
  const [copied, setCopied] = useState("");
  const set = <K extends keyof WidgetChoice>(key: K, value: WidgetChoice[K]) =>
    setChoice((c) => ({ ...c, [key]: value }));

  const origin = window.location.origin;
  const attributes = useMemo(() => widgetAttributes(choice), [choice]);
  const townName = towns.find((x) => x.inseeCode === choice.commune)?.name ?? choice.commune;
  const snippets = {
    script: scriptSnippet(origin, attributes),
    iframe: iframeSnippet(origin, attributes, t("widgets.iframeTitle", { town: townName, lng: choice.lang })),
  };

  // The live preview: the element's attributes follow the choice.
  const preview = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = preview.current;
    if (!host || form !== "script" || !choice.commune) return;
    const element =
      host.querySelector("maillage-annuaire") ?? host.appendChild(document.createElement("maillage-annuaire"));
    for (const name of element.getAttributeNames())
      if (!attributes.some(([n]) => n === name)) element.removeAttribute(name);
    for (const [name, value] of attributes) element.setAttribute(name, value);
  }, [attributes, form, choice.commune]);

  const onCopy = (which: "script" | "iframe") =>
    copy(snippets[which]).then(
      () => setCopied(t("widgets.copied", { form: t(`widgets.forms.${which}`) })),
      () => setCopied(t("widgets.copyFailed")),
    );

  return (
    <div className="widgets-layout">
      <form className="panel filters" aria-labelledby="widgets-options-title" onSubmit={(e) => e.preventDefault()}>
        <h2 id="widgets-options-title">{t("widgets.options")}</h2>
        <label>
          {t("widgets.town")}
          <select value={choice.commune} onChange={(e) => set("commune", e.target.value)}>
            {towns.map((town) => (
              <option key={town.inseeCode} value={town.inseeCode}>
                {town.name} ({town.inseeCode})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("widgets.language")}
          <select value={choice.lang} onChange={(e) => set("lang", e.target.value as WidgetChoice["lang"])}>
            <option value="fr">{t("language.fr")}</option>
            <option value="en">{t("language.en")}</option>
          </select>
        </label>
        <label>
          {t("widgets.layout")}
          <select value={choice.layout} onChange={(e) => set("layout", e.target.value as WidgetChoice["layout"])}>
            <option value="list">{t("widgets.layouts.list")}</option>
            <option value="compact">{t("widgets.layouts.compact")}</option>
          </select>
        </label>
        <label>
          {t("widgets.maxItems")}
          <input
            type="number"
            min={1}
            max={200}
            value={choice.maxItems}
            onChange={(e) =>
              set("maxItems", Math.min(200, Math.max(1, Math.round(Number(e.target.value)) || DEFAULT_MAX_ITEMS)))
            }
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={choice.map} onChange={(e) => set("map", e.target.checked)} />
          {t("widgets.map")}
        </label>
        <fieldset>
          <legend>{t("widgets.colours")}</legend>
          {(Object.keys(DEFAULT_COLOURS) as Colour[]).map((name) => (
            <label key={name} className="check">
              <input
                type="color"
                value={choice.colours[name]}
                onChange={(e) => set("colours", { ...choice.colours, [name]: e.target.value })}
              />
              {t(`widgets.colour.${name}`)}
            </label>
          ))}
          <button type="button" onClick={() => set("colours", { ...DEFAULT_COLOURS })}>
            {t("widgets.resetColours")}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t("widgets.themes")}</legend>
          <p className="muted">{t("widgets.themesHelp")}</p>
          {themes.map((theme) => (
            <label key={theme.code} className="check">
              <input
                type="checkbox"
                checked={choice.themes.includes(theme.code)}
                onChange={(e) =>
                  set(
                    "themes",
                    e.target.checked ? [...choice.themes, theme.code] : choice.themes.filter((c) => c !== theme.code),
                  )
                }
              />
              {themeLabel(theme, i18n.language)}
            </label>
          ))}
        </fieldset>
      </form>

      <section className="widgets-main" aria-labelledby="widgets-title">
        <h2 id="widgets-title">{t("widgets.title")}</h2>
        <p>{t("widgets.intro")}</p>
        <p role="status" aria-live="polite" className="muted">
          {copied}
        </p>
        {(["script", "iframe"] as const).map((which) => (
          <div key={which} className="snippet">
            <h3 id={`snippet-${which}`}>{t(`widgets.forms.${which}`)}</h3>
            <p className="muted">{t(`widgets.formHelp.${which}`)}</p>
            <textarea
              readOnly
              rows={which === "script" ? 4 : 6}
              value={snippets[which]}
              aria-label={t("widgets.code", { form: t(`widgets.forms.${which}`) })}
              spellCheck={false}
            />
            <button type="button" onClick={() => void onCopy(which)}>
              {t("widgets.copy", { form: t(`widgets.forms.${which}`) })}
            </button>
          </div>
        ))}
      </section>

      <section className="widgets-preview" aria-labelledby="widgets-preview-title">
        <h2 id="widgets-preview-title">{t("widgets.preview")}</h2>
        <fieldset>
          <legend>{t("widgets.previewForm")}</legend>
          {(["script", "iframe"] as const).map((which) => (
            <label key={which} className="check">
              <input
                type="radio"
                name="preview-form"
                value={which}
                checked={form === which}
                onChange={() => setForm(which)}
              />
              {t(`widgets.forms.${which}`)}
            </label>
          ))}
        </fieldset>
        {form === "script" ? (
          <div ref={preview} data-testid="widget-preview" />
        ) : (
          <iframe
            src={embedUrl(origin, attributes)}
            title={t("widgets.iframeTitle", { town: townName, lng: choice.lang })}
            className="widget-iframe"
            data-testid="widget-preview-iframe"
          />
        )}
      </section>
    </div>
  );
}
