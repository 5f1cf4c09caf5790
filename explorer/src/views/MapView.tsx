/**
 * The map: the communes of the territory (outlines served by the API from the
 * territory's configuration) with their names, over the tiles of the
 * deployment's tile server when it has one (GET /api/map/basemap.json; none
 * by default: nothing is then loaded from outside), and the organisations of
 * the scope as coloured points, grouped where they would overlap. Beside the
 * map (below it on narrow screens), the list of what the map shows, in the view and
 * through the filters, sorted and paged; choosing an organisation in either
 * outlines it in both. Organisations without coordinates are counted and
 * listed « sans localisation ».
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { useDataScope } from "../data-scope";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { fold } from "@maillage/model";
import { ORGANISATION_NODES, TERRITORY } from "../queries";
import { NODE_STYLE, nodeColor } from "../graph/palette";
import type { GraphNode } from "../graph/model";
import { DetailsPanel } from "../components/DetailsPanel";
import { OrganisationShortcuts } from "../features/opportunities/OrganisationShortcuts";
import { isOrganisation } from "../features/opportunities/links";
import { DIRECTORY_LIMIT, ORGANISATION_TYPES } from "./DirectoryView";
import { RequestProblem } from "../components/RequestProblem";
import { NameSearch, Pager } from "../components/Pager";
import { ThemeSelect, TownSelect } from "../components/TerritorySelects";
import { useViewParams } from "../routing/use-view-params";
import { useOpenGraph } from "../routing/open-graph";
import { MAP_PARAMS, MAP_SORTS, type MapParams } from "./map-params";
import { ClusterLayer, radiusOf } from "../map/cluster-layer";
import { TownLabels } from "../map/town-labels";

interface CommuneProperties {
  code: string;
  nom: string;
}
type Communes = GeoJSON.FeatureCollection<GeoJSON.Geometry, CommuneProperties>;
/** The API route of the territory's commune outlines (404 when the configuration gives none). */
export const OUTLINES_URL = "/api/territory/outlines.geojson";
/** The API route of the deployment's tiles (`{ "tiles": null }` when it has none). */
export const BASEMAP_URL = "/api/map/basemap.json";
/** Loading, the outlines, or why there are none. */
type OutlinesState = { kind: "loading" } | { kind: "loaded"; communes: Communes } | { kind: "none" | "failed" };
interface Tiles {
  url: string;
  attribution: string;
  maxZoom: number;
}

/** The territory's outlines from the API; a 404 means the territory has none configured. */
function useOutlines(): OutlinesState {
  const [state, setState] = useState<OutlinesState>({ kind: "loading" });
  useEffect(() => {
    const abort = new AbortController();
    fetch(OUTLINES_URL, { signal: abort.signal })
      .then(async (res) => {
        if (res.status === 404) return setState({ kind: "none" });
        if (!res.ok) return setState({ kind: "failed" });
        const communes = (await res.json()) as Communes;
        setState(communes.features?.length ? { kind: "loaded", communes } : { kind: "none" });
      })
      .catch(() => {
        if (!abort.signal.aborted) setState({ kind: "failed" });
      });
    return () => abort.abort();
  }, []);
  return state;
}

/** The deployment's tiles, or null (none configured, or the route did not answer: the outlines alone). */
function useBasemap(): Tiles | null {
  const [tiles, setTiles] = useState<Tiles | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetch(BASEMAP_URL, { signal: abort.signal })
      .then(async (res) => {
        if (!res.ok) return;
        const body = (await res.json()) as { tiles?: Tiles | null };
        if (body.tiles?.url) setTiles(body.tiles);
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, []);
  return tiles;
}

const NO_FEATURES: CommuneProperties[] = [];
/** Where the map looks before it knows the territory (mainland France's centre). */
const FALLBACK_VIEW: L.LatLngTuple = [46.6, 2.5];
/** Organisations a page of the list beside the map shows. */
const PAGE_SIZE = 20;
/** Organisations without a location listed under the map (all are in the directory). */
const UNLOCATED_LISTED = 100;

const OUTLINE: L.PathOptions = {
  color: "#3d3d3d",
  weight: 1.2,
  fillColor: "#eef2f6",
  fillOpacity: 0.6,
  className: "commune-outline",
};
const OUTLINE_CHOSEN: L.PathOptions = { color: "#1b5e9c", weight: 3, fillColor: "#dbe9f6", fillOpacity: 0.6 };
/** Over tiles, the outlines are lines with a faint fill, so that the streets show through. */
const OVER_TILES: L.PathOptions = { fillOpacity: 0.08 };

/** Invented organisations: paler, with a dashed outline (as in the network view). */
const look = (n: GraphNode, chosen: boolean): L.CircleMarkerOptions => ({
  radius: chosen ? radiusOf(n) + 3 : radiusOf(n),
  color: chosen ? "#000" : n.illustrative ? "#374151" : "#fff",
  weight: chosen ? 3 : n.illustrative ? 1.5 : 1,
  dashArray: n.illustrative && !chosen ? "3 2" : undefined,
  fillColor: nodeColor(n.type, n.legalForm),
  fillOpacity: n.illustrative ? 0.5 : 0.9,
});

export default function MapView() {
  const { t, i18n } = useTranslation();
  // The map's state is in its address (map-params.ts): kept when changing tab, shared by a link.
  const [params, setParams] = useViewParams(MAP_PARAMS);
  const { town: inseeCode, theme, q: text, hide: hidden, sort, select: selected } = params;
  const setSelected = (select: string | null) => setParams({ select });
  const setInseeCode = (change: string | ((current: string) => string)) =>
    setParams((p) => ({ town: typeof change === "function" ? change(p.town) : change }));
  const setHidden = (change: string[] | ((current: string[]) => string[])) =>
    setParams((p) => ({ hide: typeof change === "function" ? change(p.hide) : change }));
  const openGraph = useOpenGraph();

  const territory = useQuery(TERRITORY);
  const outlineState = useOutlines();
  const tiles = useBasemap();
  const communes = outlineState.kind === "loaded" ? outlineState.communes : null;
  const communeProps = useMemo(() => communes?.features.map((f) => f.properties) ?? NO_FEATURES, [communes]);
  const scope = useQuery(ORGANISATION_NODES, {
    variables: {
      inseeCode: inseeCode || null,
      theme: theme || null,
      types: ORGANISATION_TYPES,
      limit: DIRECTORY_LIMIT,
    },
  });

  const towns = territory.data?.territory.towns ?? [];
  const themes = territory.data?.territory.themes ?? [];
  const townName = (code: string) =>
    towns.find((x) => x.inseeCode === code)?.name ?? communeProps.find((p) => p.code === code)?.nom ?? code;
  const { hideIllustrative } = useDataScope();
  const nodes = useMemo(() => scope.data?.cooperationGraph.nodes ?? [], [scope.data]);
  // The directory's filters: scope (town, theme) asked of the API, then the name and the data shown.
  const inScope = useMemo(() => {
    const wanted = fold(text.trim());
    return nodes.filter((n) => !(hideIllustrative && n.illustrative) && (!wanted || fold(n.name).includes(wanted)));
  }, [nodes, hideIllustrative, text]);
  const located = useMemo(() => inScope.filter((n) => n.latitude != null && n.longitude != null), [inScope]);
  const points = useMemo(() => located.filter((n) => !hidden.includes(n.type)), [located, hidden]);
  const unlocated = useMemo(
    () => inScope.filter((n) => (n.latitude == null || n.longitude == null) && !hidden.includes(n.type)),
    [inScope, hidden],
  );
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const counts = useMemo(
    () => Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, inScope.filter((n) => n.type === type).length])),
    [inScope],
  );

  // Leaflet objects live outside React; the callbacks reach the latest state through refs.
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const outlines = useRef<L.GeoJSON | null>(null);
  const clusters = useRef<ClusterLayer | null>(null);
  const labels = useRef<TownLabels | null>(null);
  const select = useRef(setSelected);
  const choose = useRef(setInseeCode);
  select.current = setSelected;
  choose.current = setInseeCode;
  /** The part of the map in view, after each move: the list shows what is in it. */
  const [view, setView] = useState<L.LatLngBounds | null>(null);

  const describe = useRef((n: GraphNode) => n.name);
  describe.current = (n: GraphNode) =>
    `${n.name} (${t(`types.${n.type}`)}${n.illustrative ? `, ${t("common.inventedShort")}` : ""}${
      n.geoPrecision === "commune" ? `, ${t("map.atTownCentre")}` : ""
    })`;
  const clusterName = useRef((count: number) => String(count));
  clusterName.current = (count: number) => t("map.cluster", { count });

  useEffect(() => {
    if (!container.current) return;
    const m = L.map(container.current, {
      attributionControl: false,
      zoomControl: false,
      zoomSnap: 0.25,
      minZoom: 6,
      maxZoom: 18,
    });
    m.setView(FALLBACK_VIEW, 6);
    map.current = m;
    clusters.current = new ClusterLayer(m, {
      look,
      describe: (n) => describe.current(n),
      clusterName: (count) => clusterName.current(count),
      onChoose: (id) => select.current(id),
    });
    labels.current = new TownLabels(m);
    const moved = () => setView(m.getBounds());
    m.on("moveend", moved);
    moved();
    return () => {
      m.off("moveend", moved);
      clusters.current?.remove();
      labels.current?.remove();
      m.remove();
      map.current = outlines.current = clusters.current = labels.current = null;
    };
  }, []);

  // The zoom buttons, named in the interface's language.
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const zoom = L.control.zoom({ zoomInTitle: t("map.zoomIn"), zoomOutTitle: t("map.zoomOut") }).addTo(m);
    return () => {
      zoom.remove();
    };
  }, [t]);

  // The deployment's tiles, under everything, with who they come from.
  useEffect(() => {
    const m = map.current;
    if (!m || !tiles) return;
    const layer = L.tileLayer(tiles.url, { maxZoom: tiles.maxZoom, maxNativeZoom: tiles.maxZoom }).addTo(m);
    const attribution = L.control.attribution({ prefix: false }).addTo(m);
    const source = document.createElement("span");
    source.textContent = tiles.attribution;
    attribution.addAttribution(source.outerHTML);
    m.setMaxZoom(Math.min(18, tiles.maxZoom));
    outlines.current?.setStyle(OVER_TILES);
    return () => {
      layer.remove();
      attribution.remove();
    };
  }, [tiles]);

  // The outlines, once the API has sent them: drawn under the points with their names, and the map fits them.
  useEffect(() => {
    const m = map.current;
    if (!m || !communes) return;
    const layer = L.geoJSON(communes, {
      style: () => (tiles ? { ...OUTLINE, ...OVER_TILES } : OUTLINE),
      onEachFeature: (feature: GeoJSON.Feature<GeoJSON.Geometry, CommuneProperties>, path) => {
        path.on("click", () =>
          choose.current((code) => (code === feature.properties.code ? "" : feature.properties.code)),
        );
      },
    }).addTo(m);
    layer.bringToBack();
    // At once, not animated: a zoom animation under way would make Leaflet drop the fit.
    m.fitBounds(layer.getBounds(), { padding: [10, 10], animate: false });
    m.setMinZoom(Math.min(9, Math.floor(m.getZoom())));
    outlines.current = layer;
    labels.current?.setOutlines(layer);
    return () => {
      layer.remove();
      outlines.current = null;
    };
    // The tiles change the outlines' fill in their own effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [communes]);

  // The chosen commune is outlined and the map zooms to it.
  useEffect(() => {
    const layer = outlines.current;
    if (!layer || !map.current) return;
    let bounds: L.LatLngBounds | null = null;
    layer.eachLayer((l) => {
      const path = l as L.Path & {
        feature?: GeoJSON.Feature<GeoJSON.Geometry, CommuneProperties>;
        getBounds?: () => L.LatLngBounds;
      };
      const chosen = path.feature?.properties.code === inseeCode;
      path.setStyle({ ...(chosen ? OUTLINE_CHOSEN : OUTLINE), ...(tiles ? OVER_TILES : {}) });
      if (chosen && path.getBounds) bounds = path.getBounds();
    });
    map.current.fitBounds(bounds ?? layer.getBounds(), { padding: [10, 10] });
    // Only a change of commune moves the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inseeCode]);

  // Without outlines, the map fits the organisations it places.
  useEffect(() => {
    const m = map.current;
    if (!m || communes || points.length === 0) return;
    m.fitBounds(L.latLngBounds(points.map((n) => [n.latitude!, n.longitude!] as L.LatLngTuple)), {
      padding: [20, 20],
      maxZoom: 14,
    });
  }, [points, communes]);

  // The points, grouped again when the scope, the filters or the language change.
  useEffect(() => {
    clusters.current?.setNodes(points);
  }, [points, t]);

  // The chosen organisation is outlined in black on the map.
  useEffect(() => {
    clusters.current?.choose(selected);
  }, [selected, points]);

  // The list: what the map shows, in the view, sorted; the page follows the chosen organisation.
  const inView = useMemo(() => {
    const shown = view ? points.filter((n) => view.contains([n.latitude!, n.longitude!])) : points;
    const collator = new Intl.Collator(i18n.language, { sensitivity: "base", numeric: true });
    return [...shown].sort(
      (a, b) =>
        (sort === "degree" ? b.degree - a.degree : 0) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id),
    );
  }, [points, view, sort, i18n.language]);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(inView.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const listed = inView.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  // A move, a filter or another order starts the list again at its first page…
  useEffect(() => setPage(0), [view, points, sort]);
  // …unless an organisation is chosen: its page is shown and its entry brought into sight.
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!selected) return;
    const at = inView.findIndex((n) => n.id === selected);
    if (at >= 0) setPage(Math.floor(at / PAGE_SIZE));
  }, [selected, inView]);
  useEffect(() => {
    if (!selected) return;
    const entry = list.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(selected)}"]`);
    entry?.scrollIntoView?.({ block: "nearest" });
  }, [selected, current]);

  /** Chosen in the list: outlined on the map, which zooms in until it stands on its own. */
  const chooseFromList = (n: GraphNode) => {
    setSelected(n.id);
    const m = map.current;
    if (!m || n.latitude == null || n.longitude == null || !clusters.current) return;
    const zoom = Math.min(clusters.current.zoomToSee(n.id), m.getMaxZoom());
    if (zoom > m.getZoom()) m.setView([n.latitude, n.longitude], zoom);
  };

  const setFilter =
    <K extends keyof MapParams>(key: K) =>
    (value: MapParams[K]) =>
      setParams({ [key]: value } as Partial<MapParams>, { replace: key === "q" });

  const entry = (n: GraphNode, onChoose: () => void) => (
    <li key={n.id} data-id={n.id} className={selected === n.id ? "selected" : undefined}>
      <button type="button" className="link" aria-pressed={selected === n.id} onClick={onChoose}>
        {n.name}{" "}
        <span className="muted">
          ({t(`types.${n.type}`)}, {n.inseeCode ? townName(n.inseeCode) : t("map.noTown")}
          {n.illustrative ? `, ${t("common.inventedShort")}` : ""}
          {n.geoPrecision === "commune" ? `, ${t("map.atTownCentre")}` : ""})
        </span>
      </button>{" "}
      {isOrganisation(n.type) && <OrganisationShortcuts id={n.id} name={n.name} />}
    </li>
  );

  return (
    <div className="map-layout">
      <aside className="panel filters" aria-labelledby="map-filters-title">
        <h2 id="map-filters-title">{t("map.filters")}</h2>
        <NameSearch value={text} onChange={setFilter("q")} />
        <TownSelect
          label={t("map.town")}
          anyLabel={t("map.allTowns")}
          items={towns.length ? towns : communeProps.map((p) => ({ inseeCode: p.code, name: p.nom }))}
          value={inseeCode}
          onChange={setInseeCode}
        />
        <ThemeSelect
          label={t("directory.theme")}
          anyLabel={t("directory.allThemes")}
          items={themes}
          value={theme}
          onChange={setFilter("theme")}
        />
        <fieldset className="legend map-legend">
          <legend>{t("map.legend")}</legend>
          {ORGANISATION_TYPES.map((type) => (
            <label key={type} className="check">
              <input
                type="checkbox"
                checked={!hidden.includes(type)}
                onChange={(e) => setHidden((h) => (e.target.checked ? h.filter((x) => x !== type) : [...h, type]))}
              />
              <span className="swatch round" style={{ background: NODE_STYLE[type].color }} aria-hidden="true" />
              {t(`types.${type}`)} <span className="muted">({counts[type] ?? 0})</span>
            </label>
          ))}
          <p className="muted">{t("map.legendShades")}</p>
          <p className="muted">
            <span className="swatch cluster" aria-hidden="true" /> {t("map.legendCluster")}
          </p>
          {points.some((n) => n.illustrative) && (
            <p className="muted">
              <span className="swatch round invented" aria-hidden="true" /> {t("graph.legendInvented")}
            </p>
          )}
          {communes && (
            <p className="muted">
              <span className="swatch outline" aria-hidden="true" /> {t("map.commune")}
            </p>
          )}
        </fieldset>
        <p className="muted">{t("map.keyboard")}</p>
      </aside>

      <section className="map-main" aria-labelledby="map-title">
        <h2 id="map-title" className="visually-hidden">
          {t("nav.map")}
        </h2>
        <p role="status" aria-live="polite">
          {scope.loading ? t("common.loading") : t("map.summary", { count: points.length, missing: unlocated.length })}
          {scope.data?.cooperationGraph.truncated ? ` ${t("map.truncated", { count: DIRECTORY_LIMIT })}` : ""}
        </p>
        {scope.error && <RequestProblem error={scope.error} />}
        {(outlineState.kind === "none" || outlineState.kind === "failed") && (
          <p className="notice" data-testid="map-no-outlines">
            {t(outlineState.kind === "none" ? "map.noOutlines" : "map.outlinesFailed")}
          </p>
        )}
        <div
          ref={container}
          className="leaflet-map"
          role="region"
          aria-label={t("map.canvas", { count: points.length })}
          data-testid="map"
        />
      </section>

      <div className="map-side">
        <section className="map-list" aria-labelledby="map-list-title" data-testid="map-list">
          <h3 id="map-list-title">{t("map.listTitle", { count: inView.length })}</h3>
          <label className="map-sort">
            {t("map.sortBy")}
            <select value={sort} onChange={(e) => setFilter("sort")(e.target.value as MapParams["sort"])}>
              {MAP_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`map.sorts.${s}`)}
                </option>
              ))}
            </select>
          </label>
          {inView.length === 0 ? (
            <p className="muted">{t("map.listEmpty")}</p>
          ) : (
            <ol ref={list} className="plain map-entries" start={current * PAGE_SIZE + 1}>
              {listed.map((n) => entry(n, () => chooseFromList(n)))}
            </ol>
          )}
          {pages > 1 && <Pager page={current} pages={pages} onChange={setPage} label={t("map.pagination")} />}
          {unlocated.length > 0 && (
            <details className="unlocated" data-testid="map-unlocated">
              <summary>{t("map.unlocated", { count: unlocated.length })}</summary>
              <p className="muted">{t("map.unlocatedHelp")}</p>
              <ul className="plain">
                {unlocated.slice(0, UNLOCATED_LISTED).map((n) => entry(n, () => setSelected(n.id)))}
              </ul>
              {unlocated.length > UNLOCATED_LISTED && (
                <p className="muted">{t("map.unlocatedMore", { count: UNLOCATED_LISTED })}</p>
              )}
            </details>
          )}
        </section>
        <aside className="panel side">
          <DetailsPanel
            beside="map"
            node={selected ? (byId.get(selected) ?? null) : null}
            townName={townName}
            onExpand={(id) => openGraph(id, byId.get(id)?.inseeCode)}
          />
        </aside>
      </div>
    </div>
  );
}
