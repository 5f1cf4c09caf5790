/** "Show its neighbours" from another view: the network view, on the organisation's town, with it selected. */
import { useCallback } from "react";
import { GRAPH_PARAMS } from "../views/graph-params";
import { keptSearch } from "./kept-search";

/** The network view's address with `id` selected in its town (its other filters as they were left). */
export function graphAddress(id: string, town: string | null | undefined): string {
  const current = GRAPH_PARAMS.read(keptSearch("graph"));
  const search = GRAPH_PARAMS.write(
    { ...current, town: town ?? current.town, select: id, focus: null },
    keptSearch("graph"),
  );
  return `#/graph?${search}`;
}

/** Goes to the network view with an organisation selected (a step of the history: back returns here). */
export function useOpenGraph(): (id: string, town?: string | null) => void {
  return useCallback((id: string, town?: string | null) => {
    window.location.hash = graphAddress(id, town);
  }, []);
}
