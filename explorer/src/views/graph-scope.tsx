/**
 * The network view's scope (town, theme, node types, size) and its graph,
 * held in the main bundle: the graph's request starts as soon as the view
 * opens, while the code of GraphView (Cytoscape, fcose: the largest chunk)
 * is still loading, instead of after it.
 */
import { lazy, Suspense, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { COOPERATION_GRAPH } from "../queries";

export const ALL_TYPES = [
  "EssStructure",
  "Business",
  "Financer",
  "SupportProvider",
  "ResearchUnit",
  "Event",
  "SharedResource",
  "CallForProjects",
  "Town",
];
/** Towns and events group organisations (the town filter, the event's participants): by default they are not drawn as nodes, which would make hubs of them. */
export const GROUP_TYPES = ["Town", "Event"];
const DEFAULT_TYPES = ["EssStructure", "Business", "Financer", "SupportProvider", "ResearchUnit"];
export const LIMITS = [100, 300, 1000, 3000, 5000];

/** Filters given in the address (`#/graph?town=94028&limit=1000&renderer=webgl`), so that a view can be shared or benchmarked. */
function initialFilters() {
  const params = new URLSearchParams(window.location.hash.split("?")[1] ?? "");
  const limit = Number(params.get("limit"));
  return {
    inseeCode: params.has("town") ? (params.get("town") ?? "") : "94028",
    theme: params.get("theme") ?? "",
    types:
      params
        .get("types")
        ?.split(",")
        .filter((x) => ALL_TYPES.includes(x)) ?? DEFAULT_TYPES,
    limit: LIMITS.includes(limit) ? limit : 300,
    webgl: params.get("renderer") === "webgl",
  };
}

function useGraphScope() {
  const [initial] = useState(initialFilters);
  const [inseeCode, setInseeCode] = useState<string>(initial.inseeCode);
  const [theme, setTheme] = useState<string>(initial.theme);
  const [types, setTypes] = useState<string[]>(initial.types);
  const [limit, setLimit] = useState(initial.limit);
  const variables = { inseeCode: inseeCode || null, theme: theme || null, types, limit };
  // Thousands of nodes: kept out of the normalised cache, which would cost seconds to fill.
  const scope = useQuery(COOPERATION_GRAPH, { variables, fetchPolicy: "no-cache" });
  return { initial, inseeCode, setInseeCode, theme, setTheme, types, setTypes, limit, setLimit, scope };
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
