/**
 * The map: the communes of the territory (outlines served by the API from the
 * territory's configuration, no background tiles: nothing is loaded from the
 * internet; a territory without outlines gets the points only, and the map says
 * so) and the organisations
 * of the scope as coloured points. Clicking a point shows its details;
 * clicking a commune chooses it. The points are also listed below the map and
 * in the directory, for keyboard and screen reader users.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { useDataScope } from "../data-scope";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { ORGANISATION_NODES, TERRITORY } from "../queries";
import { NODE_STYLE, nodeColor } from "../graph/palette";
import type { GraphNode } from "../graph/model";
import { DetailsPanel } from "../components/DetailsPanel";
import { OrganisationShortcuts } from "../features/opportunities/OrganisationShortcuts";
import { isOrganisation } from "../features/opportunities/links";
import { DIRECTORY_LIMIT, ORGANISATION_TYPES } from "./DirectoryView";
import { RequestProblem } from "../components/RequestProblem";
import { TownSelect } from "../components/TerritorySelects";
import { useViewParams } from "../routing/use-view-params";
import { useOpenGraph } from "../routing/open-graph";
import { MAP_PARAMS } from "./map-params";

interface CommuneProperties {
  code: string;
  nom: string;
}
type Communes = GeoJSON.FeatureCollection<GeoJSON.Geometry, CommuneProperties>;
/** The API route of the territory's commune outlines (404 when the configuration gives none). */
export const OUTLINES_URL = "/api/territory/outlines.geojson";
/** Loading, the outlines, or why there are none. */
type OutlinesState = { kind: "loading" } | { kind: "loaded"; communes: Communes } | { kind: "none" | "failed" };

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
const NO_FEATURES: CommuneProperties[] = [];
/** Where the map looks before it knows the territory (mainland France's centre). */
const FALLBACK_VIEW: L.LatLngTuple = [46.6, 2.5];
/** Points listed under the map (all of them are in the directory). */
const LIST_LIMIT = 300;

const OUTLINE: L.PathOptions = {
  color: "#3d3d3d",
  weight: 1.2,
  fillColor: "#eef2f6",
  fillOpacity: 0.6,
  className: "commune-outline",
};
const OUTLINE_CHOSEN: L.PathOptions = { color: "#1b5e9c", weight: 3, fillColor: "#dbe9f6", fillOpacity: 0.6 };

const radius = (n: GraphNode) => 4 + Math.min(6, Math.sqrt(n.degree));

export default function MapView() {
  const { t } = useTranslation();
  // The map's state is in its address (map-params.ts): kept when changing tab, shared by a link.
  const [params, setParams] = useViewParams(MAP_PARAMS);
  const { town: inseeCode, hide: hidden, select: selected } = params;
  const setSelected = (select: string | null) => setParams({ select });
  const setInseeCode = (change: string | ((current: string) => string)) =>
    setParams((p) => ({ town: typeof change === "function" ? change(p.town) : change }));
  const setHidden = (change: string[] | ((current: string[]) => string[])) =>
    setParams((p) => ({ hide: typeof change === "function" ? change(p.hide) : change }));
  const openGraph = useOpenGraph();

  const territory = useQuery(TERRITORY);
  const outlineState = useOutlines();
  const communes = outlineState.kind === "loaded" ? outlineState.communes : null;
  const communeProps = useMemo(() => communes?.features.map((f) => f.properties) ?? NO_FEATURES, [communes]);
  const scope = useQuery(ORGANISATION_NODES, {
    variables: { inseeCode: inseeCode || null, theme: null, types: ORGANISATION_TYPES, limit: DIRECTORY_LIMIT },
  });

  const towns = territory.data?.territory.towns ?? [];
  const townName = (code: string) =>
    towns.find((x) => x.inseeCode === code)?.name ?? communeProps.find((p) => p.code === code)?.nom ?? code;
  const { hideIllustrative } = useDataScope();
  const nodes = useMemo(() => scope.data?.cooperationGraph.nodes ?? [], [scope.data]);
  const located = useMemo(
    () => nodes.filter((n) => n.latitude != null && n.longitude != null && !(hideIllustrative && n.illustrative)),
    [nodes, hideIllustrative],
  );
  const points = useMemo(() => located.filter((n) => !hidden.includes(n.type)), [located, hidden]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const counts = useMemo(
    () => Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, located.filter((n) => n.type === type).length])),
    [located],
  );
  const listed = useMemo(
    () => [...points].sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name, "fr")).slice(0, LIST_LIMIT),
    [points],
  );

  // Leaflet objects live outside React; the callbacks reach the latest state through refs.
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const outlines = useRef<L.GeoJSON | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);
  const select = useRef(setSelected);
  const choose = useRef(setInseeCode);
  select.current = setSelected;
  choose.current = setInseeCode;

  useEffect(() => {
    if (!container.current) return;
    const m = L.map(container.current, { attributionControl: false, zoomSnap: 0.25, minZoom: 6, maxZoom: 18 });
    m.setView(FALLBACK_VIEW, 6);
    map.current = m;
    markers.current = L.layerGroup().addTo(m);
    return () => {
      m.remove();
      map.current = outlines.current = markers.current = null;
    };
  }, []);

  // The outlines, once the API has sent them: drawn under the points, and the map fits them.
  useEffect(() => {
    const m = map.current;
    if (!m || !communes) return;
    const layer = L.geoJSON(communes, {
      style: () => OUTLINE,
      onEachFeature: (feature: GeoJSON.Feature<GeoJSON.Geometry, CommuneProperties>, path) => {
        path.bindTooltip(feature.properties.nom, { sticky: true });
        path.on("click", () =>
          choose.current((code) => (code === feature.properties.code ? "" : feature.properties.code)),
        );
      },
    }).addTo(m);
    layer.bringToBack();
    m.setMinZoom(9);
    m.fitBounds(layer.getBounds(), { padding: [10, 10] });
    outlines.current = layer;
    return () => {
      layer.remove();
      outlines.current = null;
    };
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
      path.setStyle(chosen ? OUTLINE_CHOSEN : OUTLINE);
      if (chosen && path.getBounds) bounds = path.getBounds();
    });
    map.current.fitBounds(bounds ?? layer.getBounds(), { padding: [10, 10] });
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

  // The points, drawn again when the scope or the types shown change.
  const drawn = useRef(new Map<string, { marker: L.CircleMarker; node: GraphNode }>());
  // Invented organisations: paler, with a dashed outline (as in the network view).
  const look = (n: GraphNode, chosen: boolean): L.CircleMarkerOptions => ({
    radius: chosen ? radius(n) + 3 : radius(n),
    color: chosen ? "#000" : n.illustrative ? "#374151" : "#fff",
    weight: chosen ? 3 : n.illustrative ? 1.5 : 1,
    dashArray: n.illustrative && !chosen ? "3 2" : undefined,
    fillColor: nodeColor(n.type, n.legalForm),
    fillOpacity: n.illustrative ? 0.5 : 0.9,
  });
  useEffect(() => {
    const group = markers.current;
    if (!group) return;
    group.clearLayers();
    drawn.current.clear();
    for (const n of points) {
      const marker = L.circleMarker([n.latitude!, n.longitude!], { ...look(n, false), className: "organisation-point" })
        .bindTooltip(`${n.name} (${t(`types.${n.type}`)}${n.illustrative ? `, ${t("common.inventedShort")}` : ""})`)
        .on("click", () => select.current(n.id))
        .addTo(group);
      drawn.current.set(n.id, { marker, node: n });
    }
  }, [points, t]);

  // The selected point is outlined in black and brought to the front (only it and the previous one change).
  useEffect(() => {
    const shown = selected ? drawn.current.get(selected) : undefined;
    if (!shown) return;
    shown.marker
      .setStyle(look(shown.node, true))
      .setRadius(radius(shown.node) + 3)
      .bringToFront();
    return () => {
      shown.marker.setStyle(look(shown.node, false)).setRadius(radius(shown.node));
    };
  }, [selected, points]);

  return (
    <div className="map-layout">
      <aside className="panel filters" aria-labelledby="map-filters-title">
        <h2 id="map-filters-title">{t("map.filters")}</h2>
        <TownSelect
          label={t("map.town")}
          anyLabel={t("map.allTowns")}
          items={towns.length ? towns : communeProps.map((p) => ({ inseeCode: p.code, name: p.nom }))}
          value={inseeCode}
          onChange={setInseeCode}
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
          {scope.loading
            ? t("common.loading")
            : t("map.summary", { count: points.length, missing: nodes.length - located.length })}
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
        <details className="node-list">
          <summary>{t("map.list", { count: listed.length, total: points.length })}</summary>
          <ul className="plain columns">
            {listed.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  className="link"
                  aria-pressed={selected === n.id}
                  onClick={() => setSelected(n.id)}
                >
                  {n.name}{" "}
                  <span className="muted">
                    ({t(`types.${n.type}`)}, {n.inseeCode ? townName(n.inseeCode) : t("common.none")}
                    {n.illustrative ? `, ${t("common.inventedShort")}` : ""})
                  </span>
                </button>{" "}
                {isOrganisation(n.type) && <OrganisationShortcuts id={n.id} name={n.name} />}
              </li>
            ))}
          </ul>
          {points.length > listed.length && (
            <p className="muted">
              {t("map.listMore", { count: LIST_LIMIT })} <a href="#/directory">{t("nav.directory")}</a>
            </p>
          )}
        </details>
      </section>

      <aside className="panel side">
        <DetailsPanel
          node={selected ? (byId.get(selected) ?? null) : null}
          townName={townName}
          onExpand={(id) => openGraph(id, byId.get(id)?.inseeCode)}
        />
      </aside>
    </div>
  );
}
