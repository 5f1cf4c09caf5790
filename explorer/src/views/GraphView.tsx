/**
 * The coordinators' network view: filters, the Cytoscape graph, an accessible
 * list of the nodes shown, search, "who can introduce?", the details of the
 * selected node and the opportunities of the scope.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useDataScope, withoutIllustrative } from "../data-scope";
import { useLazyQuery, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { NEIGHBOURHOOD, NODE_MEASURES, SEARCH, TERRITORY } from "../queries";
import { ALL_TYPES, GROUP_TYPES, LIMITS, type GraphScope } from "./graph-scope";
import { introductionPath, mergeViews, type GraphData } from "../graph/model";
import { fitVisible, useCytoscape } from "../graph/useCytoscape";
import { hiddenElements, yearRange } from "../graph/visibility";
import { appearanceFor, MEASURES, type Measure } from "../graph/measures";
import { Legend } from "../components/Legend";
import { DetailsPanel } from "../components/DetailsPanel";
import { OrganisationShortcuts } from "../features/opportunities/OrganisationShortcuts";
import { OpportunitiesPanel, type ShownOpportunity } from "../components/OpportunitiesPanel";
import { ExportButtons } from "../components/ExportButtons";
import { RequestProblem } from "../components/RequestProblem";
import { ThemeSelect, TownSelect } from "../components/TerritorySelects";
import { plainTextPhrase } from "../search-phrase";

const NOTHING: string[] = [];
const NONE: ReadonlySet<string> = new Set();

/** Side panels open at first on screens wide enough to leave the graph two thirds of the width. */
const wideEnough = (px: number) => typeof window !== "undefined" && window.innerWidth >= px;

export default function GraphView({ scope: graphScope }: { scope: GraphScope }) {
  const { t } = useTranslation();
  const { initial, inseeCode, setInseeCode, theme, setTheme, types, setTypes, limit, setLimit, scope } = graphScope;
  // The selection is in the address (graph-scope.tsx): back and forward, links and saved views bring it back.
  const { selected, setSelected } = graphScope;
  const [expanded, setExpanded] = useState<GraphData[]>([]);
  const [shown, setShown] = useState<ShownOpportunity | null>(null);
  const [phrase, setPhrase] = useState("");
  const [pathEnds, setPathEnds] = useState<{ from: string; to: string }>({ from: "", to: "" });
  const [path, setPath] = useState<string[] | null | undefined>(undefined);
  const [pathOpen, setPathOpen] = useState(false);
  const [focus, setFocus] = useState<{ id: string; depth: number } | null>(null);
  const [depth, setDepth] = useState(1);
  const [hiddenNodes, setHiddenNodes] = useState<ReadonlySet<string>>(NONE);
  const [year, setYear] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [measure, setMeasure] = useState<Measure>("degree");
  const [filtersOpen, setFiltersOpen] = useState(() => wideEnough(1200));
  const [sideOpen, setSideOpen] = useState(() => wideEnough(1700));

  const territory = useQuery(TERRITORY);
  const { hideIllustrative } = useDataScope();
  const [loadNeighbourhood] = useLazyQuery(NEIGHBOURHOOD);
  const [search, searched] = useLazyQuery(SEARCH);

  const data = useMemo(() => {
    if (scope.data)
      performance.mark("maillage:graph-data", { detail: { nodes: scope.data.cooperationGraph.nodes.length } });
    return withoutIllustrative(
      mergeViews([scope.data?.cooperationGraph ?? { nodes: [], edges: [] }, ...expanded]),
      hideIllustrative,
    );
  }, [scope.data, expanded, hideIllustrative]);
  const byId = useMemo(() => new Map(data.nodes.map((n) => [n.id, n])), [data]);
  const invented = useMemo(() => data.nodes.filter((n) => n.illustrative).length, [data]);
  const suggested = useMemo(() => {
    if (!shown) return [];
    const [first, ...others] = shown.memberIds;
    return others.map((other) => ({ id: `suggested:${shown.id}:${other}`, source: first, target: other }));
  }, [shown]);

  const years = useMemo(() => yearRange(data), [data]);
  const hidden = useMemo(
    () =>
      focus || hiddenNodes.size > 0 || year !== null
        ? hiddenElements(data, { focus, hidden: hiddenNodes, year })
        : NONE,
    [data, focus, hiddenNodes, year],
  );
  // The year slider replays the network's growth, one year a second.
  useEffect(() => {
    if (!playing || !years) return;
    const timer = setInterval(() => {
      setYear((y) => {
        const next = y === null || y >= years[1] ? years[0] : y + 1;
        if (next >= years[1]) setPlaying(false);
        return next;
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [playing, years]);

  const ids = useMemo(() => data.nodes.map((n) => n.id), [data]);
  const measured = useQuery(NODE_MEASURES, {
    variables: { ids, first: Math.min(1000, Math.max(1, ids.length)) },
    skip: measure === "degree" || ids.length === 0,
  });
  const appearance = useMemo(
    () => (measure === "degree" ? null : appearanceFor(measure, measured.data?.networkMetrics.nodes.nodes ?? [])),
    [measure, measured.data],
  );

  const container = useRef<HTMLDivElement>(null);
  // The same array while nothing is highlighted: a new one would restyle every element of the graph on each render.
  const highlighted = useMemo(() => path ?? shown?.memberIds ?? NOTHING, [path, shown]);
  // The scope's suggestions are asked for once its graph is on screen: computing them (seconds on a
  // large territory) would otherwise compete with drawing the graph for the same processors.
  const [drawnScope, setDrawnScope] = useState<unknown>(null);
  const scopeData = scope.data;
  const onDrawn = useCallback(() => setDrawnScope(scopeData), [scopeData]);
  const cy = useCytoscape(container, {
    data,
    suggested,
    selected,
    highlighted,
    onSelect: setSelected,
    onDrawn,
    webgl: initial.webgl,
    hidden,
    appearance,
  });
  // An organisation chosen (on the graph, in the list, in the search results): its details open beside the graph.
  useEffect(() => {
    if (selected) setSideOpen(true);
  }, [selected]);
  // Entering or leaving the focus shows what is left in sight, whole.
  useEffect(() => {
    if (cy.current) fitVisible(cy.current);
  }, [focus, cy]);

  const zoomBy = (factor: number) => {
    const instance = cy.current;
    if (!instance) return;
    instance.zoom({
      level: instance.zoom() * factor,
      renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 },
    });
  };
  const resetScope = () => {
    setExpanded([]);
    setShown(null);
    setPath(undefined);
    setSelected(null);
    setFocus(null);
    setHiddenNodes(NONE);
  };

  const expand = useCallback(
    async (id: string) => {
      const result = await loadNeighbourhood({ variables: { id } });
      if (result.data) setExpanded((views) => [...views, result.data!.neighbourhood]);
      setSelected(id);
      setHiddenNodes((h) => {
        if (!h.has(id)) return h;
        const next = new Set(h);
        next.delete(id);
        return next;
      });
    },
    [loadNeighbourhood, setSelected],
  );

  // A town or theme reached through the address (back, forward, a link) starts afresh, as one chosen here.
  useEffect(() => {
    setExpanded([]);
    setShown(null);
    setPath(undefined);
  }, [inseeCode, theme]);

  // An organisation selected by the address but outside the view (a link from the directory or the map, a
  // saved view) is brought in with its neighbours, once.
  const broughtIn = useRef(new Set<string>());
  useEffect(() => {
    if (!selected || !scope.data || byId.has(selected) || broughtIn.current.has(selected)) return;
    broughtIn.current.add(selected);
    void expand(selected);
  }, [selected, scope.data, byId, expand]);

  const showOpportunity = async (o: ShownOpportunity) => {
    // Members outside the view are brought in with their neighbourhoods.
    for (const id of o.memberIds) if (!byId.has(id)) await expand(id);
    setPath(undefined);
    setShown(o);
    setSelected(o.memberIds[0]);
  };

  const organisations = data.nodes
    .filter((n) => !["Town", "Event", "SharedResource", "CallForProjects"].includes(n.type))
    .sort((a, b) => a.name.localeCompare(b.name, "fr"));
  const listed = [...data.nodes]
    .sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name, "fr"))
    .slice(0, 200);
  const towns = territory.data?.territory.towns ?? [];
  const themes = territory.data?.territory.themes ?? [];
  const results = searched.data
    ? [...searched.data.searchEssStructures.edges, ...searched.data.searchBusinesses.edges].map((e) => e.node)
    : null;

  return (
    <div className={`graph-layout${filtersOpen ? " filters-open" : ""}${sideOpen ? " side-open" : ""}`}>
      <aside id="graph-filters" className="panel filters" aria-labelledby="filters-title" hidden={!filtersOpen}>
        <h2 id="filters-title">{t("graph.filters")}</h2>
        <TownSelect
          label={t("graph.town")}
          anyLabel={t("graph.allTowns")}
          items={towns}
          value={inseeCode}
          onChange={(code) => {
            setInseeCode(code);
            resetScope();
          }}
        />
        <ThemeSelect
          label={t("graph.theme")}
          anyLabel={t("graph.allThemes")}
          items={themes}
          value={theme}
          onChange={(code) => {
            setTheme(code);
            resetScope();
          }}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={GROUP_TYPES.every((type) => types.includes(type))}
            onChange={(e) =>
              setTypes((current) =>
                e.target.checked
                  ? [...current.filter((x) => !GROUP_TYPES.includes(x)), ...GROUP_TYPES]
                  : current.filter((x) => !GROUP_TYPES.includes(x)),
              )
            }
          />
          {t("graphTools.groupsAsNodes")}
        </label>
        <fieldset>
          <legend>{t("graph.types")}</legend>
          {ALL_TYPES.map((type) => (
            <label key={type} className="check">
              <input
                type="checkbox"
                checked={types.includes(type)}
                onChange={(e) =>
                  setTypes((current) => (e.target.checked ? [...current, type] : current.filter((x) => x !== type)))
                }
              />
              {t(`types.${type}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t("graph.limit")}
          <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
            {LIMITS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>

        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            if (phrase.trim()) void search({ variables: { phrase: plainTextPhrase(phrase) } });
          }}
        >
          <label htmlFor="graph-search">{t("graph.search")}</label>
          <div className="search-row">
            <input
              id="graph-search"
              type="search"
              value={phrase}
              placeholder={t("graph.searchPlaceholder")}
              onChange={(e) => setPhrase(e.target.value)}
            />
            <button type="submit">{t("graphTools.searchButton")}</button>
          </div>
        </form>
        {results && (
          <section aria-label={t("graph.searchResults")}>
            {results.length === 0 ? (
              <p>{t("graph.noResult")}</p>
            ) : (
              <ul className="plain">
                {results.map((r) => (
                  <li key={r.id}>
                    <button
                      type="button"
                      className="link"
                      onClick={() => (byId.has(r.id) && !hidden.has(r.id) ? setSelected(r.id) : void expand(r.id))}
                    >
                      {r.name}
                    </button>{" "}
                    <OrganisationShortcuts id={r.id} name={r.name} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}

        <details onToggle={(e) => setPathOpen((e.target as HTMLDetailsElement).open)}>
          <summary>{t("graph.path")}</summary>
          {/* Thousands of options: rendered only while the section is open. */}
          {pathOpen && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                const found = introductionPath(data, pathEnds.from, pathEnds.to);
                setShown(null);
                setPath(found);
              }}
            >
              {(["from", "to"] as const).map((end) => (
                <label key={end}>
                  {t(end === "from" ? "graph.pathFrom" : "graph.pathTo")}
                  <select value={pathEnds[end]} onChange={(e) => setPathEnds((p) => ({ ...p, [end]: e.target.value }))}>
                    <option value="" />
                    {organisations.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              <button type="submit" disabled={!pathEnds.from || !pathEnds.to}>
                {t("graph.pathFind")}
              </button>
            </form>
          )}
          {path === null && <p role="status">{t("graph.pathNone")}</p>}
          {path && (
            <p role="status">
              {t("graph.pathFound", { names: path.map((id) => byId.get(id)?.name ?? id).join(" → ") })}
            </p>
          )}
        </details>
        <Legend invented={invented > 0} />
      </aside>

      <section className="graph-main" aria-labelledby="graph-title">
        <h2 id="graph-title" className="visually-hidden">
          {t("nav.graph")}
        </h2>
        <div className="graph-toolbar">
          <p role="status" aria-live="polite">
            {scope.loading
              ? t("common.loading")
              : t(invented > 0 ? "graph.summaryInvented" : "graph.summary", {
                  nodes: data.nodes.length,
                  edges: data.edges.length,
                  invented,
                })}
            {scope.data?.cooperationGraph.truncated ? ` ${t("graph.truncated", { count: limit })}` : ""}
          </p>
          <div className="toolbar-actions">
            <button
              type="button"
              aria-expanded={filtersOpen}
              aria-controls="graph-filters"
              onClick={() => setFiltersOpen((o) => !o)}
            >
              {t("graph.filters")}
            </button>
            <button
              type="button"
              aria-expanded={sideOpen}
              aria-controls="graph-side"
              onClick={() => setSideOpen((o) => !o)}
            >
              {t("graphTools.sidePanel")}
            </button>
            <ExportButtons
              cy={cy}
              data={{
                nodes: data.nodes,
                edges: [...data.edges, ...suggested.map((s) => ({ ...s, type: "SUGGESTED", kind: null, since: null }))],
              }}
              scope={[towns.find((x) => x.inseeCode === inseeCode)?.name, theme].filter(Boolean).join(" ") || null}
            />
          </div>
        </div>
        <div className="graph-tools">
          <label>
            {t("graphTools.measure")}
            <select value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
              {MEASURES.map((m) => (
                <option key={m} value={m}>
                  {t(`graphTools.measures.${m}`)}
                </option>
              ))}
            </select>
          </label>
          {years && (
            <div className="year-slider">
              <label>
                {t("graphTools.year")} <output>{year ?? t("graphTools.allYears")}</output>
                <input
                  type="range"
                  min={years[0]}
                  max={years[1] + 1}
                  step={1}
                  value={year ?? years[1] + 1}
                  aria-valuetext={year === null ? t("graphTools.allYears") : String(year)}
                  onChange={(e) => {
                    const value = Number(e.target.value);
                    setPlaying(false);
                    setYear(value > years[1] ? null : value);
                  }}
                />
              </label>
              <button type="button" aria-pressed={playing} onClick={() => setPlaying((p) => !p)}>
                {playing ? t("graphTools.pause") : t("graphTools.play")}
              </button>
            </div>
          )}
          {expanded.length > 0 && (
            <button type="button" onClick={() => setExpanded((views) => views.slice(0, -1))}>
              {t("graphTools.undoExpand")}
            </button>
          )}
          {hiddenNodes.size > 0 && (
            <button type="button" onClick={() => setHiddenNodes(NONE)}>
              {t("graphTools.showHidden", { count: hiddenNodes.size })}
            </button>
          )}
        </div>
        {(selected || focus) && (
          <div className="selection-bar" role="group" aria-label={t("graphTools.selection")}>
            {focus ? (
              <>
                <p>{t("graphTools.focused", { name: byId.get(focus.id)?.name ?? "", count: focus.depth })}</p>
                <button type="button" onClick={() => setFocus(null)}>
                  {t("graphTools.leaveFocus")}
                </button>
              </>
            ) : (
              <p>{byId.get(selected!)?.name}</p>
            )}
            {selected && (
              <>
                <label>
                  {t("graphTools.steps")}
                  <select value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
                    {[1, 2, 3].map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" onClick={() => setFocus({ id: selected, depth })}>
                  {t("graphTools.focus")}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setHiddenNodes((h) => new Set([...h, selected]));
                    setSelected(null);
                  }}
                >
                  {t("graphTools.hide")}
                </button>
                <button type="button" onClick={() => setSideOpen(true)}>
                  {t("graphTools.details")}
                </button>
              </>
            )}
          </div>
        )}
        {scope.error && <RequestProblem error={scope.error} />}
        <div className="cy-frame">
          <div
            ref={container}
            className="cy"
            role="img"
            aria-label={t("graph.canvas", { nodes: data.nodes.length, edges: data.edges.length })}
            data-testid="graph"
          />
          <div className="zoom-buttons" role="group" aria-label={t("graphTools.zoom")}>
            <button
              type="button"
              onClick={() => zoomBy(1.5)}
              aria-label={t("graphTools.zoomIn")}
              title={t("graphTools.zoomIn")}
            >
              +
            </button>
            <button
              type="button"
              onClick={() => zoomBy(1 / 1.5)}
              aria-label={t("graphTools.zoomOut")}
              title={t("graphTools.zoomOut")}
            >
              −
            </button>
            <button type="button" onClick={() => cy.current && fitVisible(cy.current)} title={t("graph.fit")}>
              {t("graph.fit")}
            </button>
          </div>
        </div>
        <details className="node-list">
          <summary>{t("graph.nodeList")}</summary>
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
                    ({t(`types.${n.type}`)}, {n.degree}
                    {n.illustrative ? `, ${t("common.inventedShort")}` : ""})
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      </section>

      <aside id="graph-side" className="panel side" aria-label={t("graphTools.sidePanel")} hidden={!sideOpen}>
        <button type="button" className="close-panel" onClick={() => setSideOpen(false)}>
          {t("graphTools.closePanel")}
        </button>
        <DetailsPanel
          beside="graph"
          node={selected ? (byId.get(selected) ?? null) : null}
          townName={(code) => towns.find((x) => x.inseeCode === code)?.name ?? code}
          onExpand={expand}
          onCreated={expand}
        />
        <OpportunitiesPanel
          inseeCode={inseeCode || null}
          theme={theme || null}
          organisationId={null}
          shownId={shown?.id ?? null}
          onShow={(o) => void showOpportunity(o)}
          ready={!!scope.data && (drawnScope === scope.data || scope.data.cooperationGraph.nodes.length === 0)}
        />
      </aside>
    </div>
  );
}
