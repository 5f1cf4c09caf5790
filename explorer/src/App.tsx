/** The explorer's shell and routes (React Router, hash addresses): header, views (loaded on demand: graph, directory, map, dashboard, widget builder, visitors' error reports, accounts), language, sign-in and the account menu. */
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ComponentType } from "react";
import {
  createHashRouter,
  Link,
  Navigate,
  Outlet,
  RouterProvider,
  useLocation,
  useNavigate,
  useParams,
} from "react-router";
import { useTranslation } from "react-i18next";
import { useQuery } from "@apollo/client/react";
import { TERRITORY } from "./queries";
import { LANGUAGES, setLanguage, type Language } from "./i18n";
import { AccountMenu } from "./components/AccountMenu";
import { VersionFooter } from "./components/VersionFooter";
import { IllustrativeSwitch } from "./components/IllustrativeSwitch";
import { client } from "./apollo";
import { canEdit, isAdmin, loadSession, useSession } from "./auth";
import GraphRoute from "./views/graph-scope";
import { ViewLocationProvider, type ViewLocation } from "./routing/use-view-params";
import { keepSearch, keptSearch } from "./routing/kept-search";
import { OpenSavedView, SavedViewsMenu } from "./components/SavedViews";

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
  accounts: lazy(() => import("./views/AccountsView")),
  convention: lazy(() => import("./views/ConventionView")),
} as const;
const SignInView = lazy(() => import("./views/SignInView"));
const PasswordView = lazy(() => import("./views/PasswordView"));
type View = keyof typeof VIEWS;
/** Views for coordinators only: their tab shows once one is signed in (the view itself says so to others). */
const COORDINATORS_ONLY: ReadonlySet<View> = new Set(["reports", "follow-up", "convention"]);
/** Views for admins only (the accounts page). */
const ADMINS_ONLY: ReadonlySet<View> = new Set(["accounts"]);
/** Views reached by links, not tabs (an organisation's profile, `#/organisations/<id>`). */
const WITHOUT_TAB: ReadonlySet<View> = new Set(["organisations"]);

/** A view's tab: its address as it was left (routing/kept-search.ts), so that coming back finds it as it was. */
function tabAddress(view: View, current: View | null, search: string): string {
  return `/${view}${view === current ? search : keptSearch(view)}`;
}

const isView = (name: string | undefined): name is View => !!name && name in VIEWS;

/**
 * The shell: header, tabs and the current view. The network view, once opened, stays mounted while
 * another tab is shown (hidden), so that its graph, positions and expansions are there when coming back.
 */
function Shell() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const segment = location.pathname.split("/")[1];
  const view: View | null = isView(segment) ? segment : null;
  const onGraph = view === "graph";
  const [graphOpened, setGraphOpened] = useState(onGraph);
  if (onGraph && !graphOpened) setGraphOpened(true);

  useEffect(() => {
    if (view) keepSearch(view, location.search);
  }, [view, location.search]);
  useEffect(() => {
    const title = view ? t(`nav.${view}`) : t("savedViews.title");
    document.title = `${title} — ${t("app.title")}`;
  }, [view, t, i18n.language]);
  // Cytoscape measures its container again when the window says it changed: the network view was hidden.
  useEffect(() => {
    if (onGraph && graphOpened) window.dispatchEvent(new Event("resize"));
  }, [onGraph, graphOpened]);

  const graphLocation = useMemo<ViewLocation>(
    () =>
      onGraph
        ? {
            search: location.search,
            go: (search, options) => void navigate({ pathname: "/graph", search: search ? `?${search}` : "" }, options),
          }
        : { search: keptSearch("graph"), go: (search) => keepSearch("graph", search ? `?${search}` : "") },
    // keptSearch is read when the network view is left: the address it had then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [onGraph, onGraph ? location.search : null, navigate],
  );

  const session = useSession();
  const coordinator = canEdit(session);
  const admin = isAdmin(session);
  const territoryName = useQuery(TERRITORY).data?.territory.name;
  // On a phone the tabs slide sideways in their bar: the current one is brought into the bar's view.
  const tabList = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const list = tabList.current;
    const current = list?.querySelector<HTMLElement>("[aria-current=page]");
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    const bar = list.getBoundingClientRect();
    const tab = current.getBoundingClientRect();
    if (tab.left < bar.left || tab.right > bar.right)
      list.scrollLeft += tab.left - bar.left - (bar.width - tab.width) / 2;
  }, [view]);
  const tabs = (Object.keys(VIEWS) as View[]).filter(
    (v) =>
      !WITHOUT_TAB.has(v) &&
      (coordinator || !COORDINATORS_ONLY.has(v) || v === view) &&
      (admin || !ADMINS_ONLY.has(v) || v === view),
  );

  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          // The address's "#" is the router's: the link moves the focus without changing it.
          e.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        {t("app.skip")}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{t("app.title")}</h1>
          <p>{territoryName ? t("app.subtitle", { territory: territoryName }) : t("app.subtitleShort")}</p>
        </div>
        <nav aria-label={t("nav.label")}>
          <ul className="tabs" ref={tabList}>
            {tabs.map((v) => (
              <li key={v}>
                <Link to={tabAddress(v, view, location.search)} aria-current={v === view ? "page" : undefined}>
                  {t(`nav.${v}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <IllustrativeSwitch />
          <SavedViewsMenu />
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
          <AccountMenu onChange={() => void client.resetStore()} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {graphOpened && (
          <div hidden={!onGraph} className="kept-view">
            <ViewLocationProvider value={graphLocation}>
              <Suspense fallback={<p>{t("common.loading")}</p>}>
                <GraphRoute />
              </Suspense>
            </ViewLocationProvider>
          </div>
        )}
        <Outlet />
      </main>
      <VersionFooter />
    </>
  );
}

/** Any view but the network one (kept by the shell): its component, with its address. */
function ViewRoute() {
  const { t } = useTranslation();
  const { view } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const value = useMemo<ViewLocation>(
    () => ({
      search: location.search,
      go: (search, options) =>
        void navigate({ pathname: location.pathname, search: search ? `?${search}` : "" }, options),
    }),
    [location.search, location.pathname, navigate],
  );
  if (!isView(view)) return <Navigate to="/graph" replace />;
  if (view === "graph") return null;
  const Current = VIEWS[view];
  return (
    <ViewLocationProvider key={view} value={value}>
      <Suspense fallback={<p>{t("common.loading")}</p>}>
        <Current />
      </Suspense>
    </ViewLocationProvider>
  );
}

/** A page outside the tabs (sign-in, choosing a password), loaded on demand. */
function Lazy({ view: Page }: { view: ComponentType }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p>{t("common.loading")}</p>}>
      <Page />
    </Suspense>
  );
}

/**
 * The explorer's addresses, after the "#" (old links such as `#/directory` or `#directory` still work):
 * `#/<view>?<its parameters>` for each view of VIEWS (and `#/<view>/<more>` for views that take a path,
 * such as an organisation's page), `#/views/<id>` for a saved view, `#/sign-in` and `#/password/<one-time token>`;
 * anything else opens the network view.
 */
export const router = createHashRouter([
  {
    path: "/",
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/graph" replace /> },
      { path: "views/:id", element: <OpenSavedView /> },
      { path: "sign-in", element: <Lazy view={SignInView} /> },
      { path: "password/:token", element: <Lazy view={PasswordView} /> },
      { path: ":view/*", element: <ViewRoute /> },
    ],
  },
]);

export function App() {
  // Who is signed in: asked of the server once, when the explorer opens.
  useEffect(() => {
    void loadSession();
  }, []);
  return <RouterProvider router={router} />;
}
