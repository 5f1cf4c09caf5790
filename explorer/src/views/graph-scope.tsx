/**
 * The network view's scope (town, theme, node types, size) and its graph,
 * held in the main bundle: the graph's request starts as soon as the view
 * opens, while the code of GraphView (Cytoscape, fcose: the largest chunk)
 * is still loading, instead of after it.
 */
import { lazy, Suspense } from "react";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { COOPERATION_GRAPH, TERRITORY } from "../queries";
import { useViewParams } from "../routing/use-view-params";
import { GRAPH_PARAMS, MAIN_TOWN, mainTown } from "./graph-params";

export { ALL_TYPES, LIMITS } from "./graph-params";
export { GROUP_TYPES } from "./graph-params";

/**
 * The scope and the selection live in the address (graph-params.ts), so that a view can be shared,
 * kept when changing tab, or benchmarked (`#/graph?town=94028&limit=1000&renderer=webgl`).
 */
function useGraphScope() {
  const [params, setParams] = useViewParams(GRAPH_PARAMS);
  const initial = { webgl: params.renderer === "webgl" };
  const { theme, types, limit } = params;
  // The territory's main town once its towns are known (the graph waits for them: a small answer, often cached).
  const territory = useQuery(TERRITORY, { skip: params.town !== MAIN_TOWN });
  const resolved =
    params.town === MAIN_TOWN
      ? territory.data
        ? (mainTown(territory.data.territory.towns) ?? "")
        : null
      : params.town;
  const inseeCode = resolved ?? "";
  const setInseeCode = (town: string) => setParams({ town });
  const setTheme = (theme: string) => setParams({ theme });
  const setTypes = (change: string[] | ((current: string[]) => string[])) =>
    setParams((p) => ({ types: typeof change === "function" ? change(p.types) : change }));
  const setLimit = (limit: number) => setParams({ limit });
  const selected = params.select;
  const setSelected = (select: string | null) => setParams({ select });
  const variables = { inseeCode: inseeCode || null, theme: theme || null, types, limit };
  // Thousands of nodes: kept out of the normalised cache, which would cost seconds to fill.
  const scope = useQuery(COOPERATION_GRAPH, { variables, fetchPolicy: "no-cache", skip: resolved === null });
  // While the main town is looked up, the graph is said to be loading.
  const graph =
    resolved === null ? { ...scope, loading: !territory.error, error: territory.error ?? scope.error } : scope;
  return {
    initial,
    params,
    setParams,
    inseeCode,
    setInseeCode,
    theme,
    setTheme,
    types,
    setTypes,
    limit,
    setLimit,
    selected,
    setSelected,
    scope: graph,
  };
}

export type GraphScope = ReturnType<typeof useGraphScope>;

const GraphView = lazy(() => import("./GraphView"));

/** The network view: its scope and request here, the view itself loaded on demand (its own Suspense, so that the request is not held back). */
export default function GraphRoute() {
  const { t } = useTranslation();
  const scope = useGraphScope();
  return (
    <Suspense fallback={<p>{t("common.loading")}</p>}>
      <GraphView scope={scope} />
    </Suspense>
  );
}
