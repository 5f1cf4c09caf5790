/**
 * The coordinators' network view: filters, the Cytoscape graph, an accessible
 * list of the nodes shown, search, "who can introduce?", the details of the
 * selected node and the opportunities of the scope.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useDataScope, withoutIllustrative } from "../data-scope";
import { useLazyQuery, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { NEIGHBOURHOOD, SEARCH, TERRITORY } from "../queries";
import { ALL_TYPES, LIMITS, type GraphScope } from "./graph-scope";
import { introductionPath, mergeViews, type GraphData } from "../graph/model";
import { useCytoscape } from "../graph/useCytoscape";
import { Legend } from "../components/Legend";
import { DetailsPanel } from "../components/DetailsPanel";
import { OrganisationShortcuts } from "../features/opportunities/OrganisationShortcuts";
import { OpportunitiesPanel, type ShownOpportunity } from "../components/OpportunitiesPanel";
import { ExportButtons } from "../components/ExportButtons";
import { RequestProblem } from "../components/RequestProblem";
import { ThemeSelect, TownSelect } from "../components/TerritorySelects";
import { plainTextPhrase } from "../search-phrase";

const NOTHING: string[] = [];

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
  const suggested = useMemo(() => {
    if (!shown) return [];
    const [first, ...others] = shown.memberIds;
    return others.map((other) => ({ id: `suggested:${shown.id}:${other}`, source: first, target: other }));
  }, [shown]);

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
  });

  const resetScope = () => {
    setExpanded([]);
    setShown(null);
    setPath(undefined);
    setSelected(null);
  };

  const expand = useCallback(
    async (id: string) => {
      const result = await loadNeighbourhood({ variables: { id } });
      if (result.data) setExpanded((views) => [...views, result.data!.neighbourhood]);
      setSelected(id);
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
    <div className="graph-layout">
      <aside className="panel filters" aria-labelledby="filters-title">
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
          <label>
            {t("graph.search")}
            <input
              type="search"
              value={phrase}
              placeholder={t("graph.searchPlaceholder")}
              onChange={(e) => setPhrase(e.target.value)}
            />
          </label>
        </form>
        {results && (
          <section aria-label={t("graph.searchResults")}>
            {results.length === 0 ? (
              <p>{t("graph.noResult")}</p>
            ) : (
              <ul className="plain">
                {results.map((r) => (
                  <li key={r.id}>
                    <button type="button" className="link" onClick={() => void expand(r.id)}>
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
        <Legend />
      </aside>

      <section className="graph-main" aria-labelledby="graph-title">
        <h2 id="graph-title" className="visually-hidden">
          {t("nav.graph")}
        </h2>
        <div className="graph-toolbar">
          <p role="status" aria-live="polite">
            {scope.loading
              ? t("common.loading")
              : t("graph.summary", { nodes: data.nodes.length, edges: data.edges.length })}
            {scope.data?.cooperationGraph.truncated ? ` ${t("graph.truncated", { count: limit })}` : ""}
          </p>
          <div className="toolbar-actions">
            <button type="button" onClick={() => cy.current?.fit(undefined, 30)}>
              {t("graph.fit")}
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
        {scope.error && <RequestProblem error={scope.error} />}
        <div
          ref={container}
          className="cy"
          role="img"
          aria-label={t("graph.canvas", { nodes: data.nodes.length, edges: data.edges.length })}
          data-testid="graph"
        />
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
                    ({t(`types.${n.type}`)}, {n.degree})
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      </section>

      <aside className="panel side">
        <DetailsPanel
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
