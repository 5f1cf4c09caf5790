/** The explorer's shell: header, views (loaded on demand: graph, directory, map, dashboard, widget builder, visitors' error reports), language and sign-in. */
import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGES, setLanguage, type Language } from "./i18n";
import { SignIn } from "./components/SignIn";
import { VersionFooter } from "./components/VersionFooter";
import { IllustrativeSwitch } from "./components/IllustrativeSwitch";
import { client } from "./apollo";
import { canEdit, useSession } from "./auth";
import GraphRoute from "./views/graph-scope";

const VIEWS = {
  graph: GraphRoute,
  opportunities: lazy(() => import("./views/OpportunitiesView")),
  directory: lazy(() => import("./views/DirectoryView")),
  map: lazy(() => import("./views/MapView")),
  dashboard: lazy(() => import("./views/DashboardView")),
  widgets: lazy(() => import("./views/WidgetBuilderView")),
  reports: lazy(() => import("./views/ReportsView")),
  organisations: lazy(() => import("./views/OrganisationView")),
  "follow-up": lazy(() => import("./views/FollowUpView")),
} as const;
type View = keyof typeof VIEWS;
/** Views for coordinators only: their tab shows once one is signed in (the view itself says so to others). */
const COORDINATORS_ONLY: ReadonlySet<View> = new Set(["reports", "follow-up"]);
/** Views reached by links, not tabs (an organisation's profile, `#/organisations/<id>`). */
const WITHOUT_TAB: ReadonlySet<View> = new Set(["organisations"]);

function viewFromHash(): View {
  // The view is the address's first segment: `#/organisations/<id>` and `#/opportunities?town=…` carry parameters.
  const name = window.location.hash.replace(/^#\/?/, "").split(/[/?]/)[0];
  return name in VIEWS ? (name as View) : "graph";
}

export function App() {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<View>(viewFromHash());
  useEffect(() => {
    const onHash = () => setView(viewFromHash());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  useEffect(() => {
    document.title = `${t(`nav.${view}`)} — ${t("app.title")}`;
  }, [view, t, i18n.language]);
  const Current = VIEWS[view];
  const coordinator = canEdit(useSession());
  const tabs = (Object.keys(VIEWS) as View[]).filter(
    (v) => !WITHOUT_TAB.has(v) && (coordinator || !COORDINATORS_ONLY.has(v) || v === view),
  );

  return (
    <>
      <a className="skip" href="#main">
        {t("app.skip")}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{t("app.title")}</h1>
          <p>{t("app.subtitle")}</p>
        </div>
        <nav aria-label={t("nav.label")}>
          <ul className="tabs">
            {tabs.map((v) => (
              <li key={v}>
                <a href={`#/${v}`} aria-current={v === view ? "page" : undefined}>
                  {t(`nav.${v}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <IllustrativeSwitch />
          <label className="language">
            <span className="visually-hidden">{t("language.label")}</span>
            <select
              value={i18n.language}
              onChange={(e) => setLanguage(e.target.value as Language)}
              aria-label={t("language.label")}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <SignIn onChange={() => void client.resetStore()} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p>{t("common.loading")}</p>}>
          <Current />
        </Suspense>
      </main>
      <VersionFooter />
    </>
  );
}
