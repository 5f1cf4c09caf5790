/**
 * Real and illustrative data: whether the views hide invented demo
 * organisations. The default comes from the API (hidden as soon as
 * organisations were imported or entered); a user's own choice is kept in
 * this browser.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { DATA_STATUS } from "./queries";

const KEY = "maillage.hideIllustrative";

interface DataScope {
  /** True when illustrative organisations are hidden from the graph, the directory and the map. */
  hideIllustrative: boolean;
  setHideIllustrative(hide: boolean): void;
  /** Illustrative organisations in the graph (0: the switch has nothing to do). */
  illustrativeCount: number;
}

const Context = createContext<DataScope>({
  hideIllustrative: false,
  setHideIllustrative: () => {},
  illustrativeCount: 0,
});

function storedChoice(): boolean | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === null ? null : v === "1";
  } catch {
    return null;
  }
}

export function DataScopeProvider({ children }: { children: ReactNode }) {
  const status = useQuery(DATA_STATUS);
  const [choice, setChoice] = useState<boolean | null>(storedChoice);
  const setHideIllustrative = useCallback((hide: boolean) => {
    setChoice(hide);
    try {
      localStorage.setItem(KEY, hide ? "1" : "0");
    } catch {
      // A browser that keeps nothing keeps the choice for this visit.
    }
  }, []);
  const data = status.data?.dataStatus;
  const value = useMemo<DataScope>(
    () => ({
      hideIllustrative: choice ?? data?.hideIllustrativeByDefault ?? false,
      setHideIllustrative,
      illustrativeCount: data?.illustrativeOrganisations ?? 0,
    }),
    [choice, data, setHideIllustrative],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useDataScope(): DataScope {
  return useContext(Context);
}

/** The nodes a view shows, and the edges among them, under the current choice. */
export function withoutIllustrative<
  N extends { id: string; illustrative: boolean },
  E extends { source: string; target: string },
>(view: { nodes: N[]; edges: E[] }, hide: boolean): { nodes: N[]; edges: E[] } {
  if (!hide) return view;
  const nodes = view.nodes.filter((n) => !n.illustrative);
  const kept = new Set(nodes.map((n) => n.id));
  return { nodes, edges: view.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
}
