/**
 * A view reads and writes its state in its address through `useViewParams`.
 * Inside the explorer's router the address is the page's (`#/graph?…`), so
 * back, forward and reload follow it; the shell gives a view that stays
 * mounted while hidden (the network view) the address it had when it was
 * left. Without a router (a component rendered alone, in tests) the state is
 * kept in the component.
 *
 * Several changes in one event (a town chosen and the selection cleared)
 * make one step of the history, not one each.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import type { ViewParams } from "./view-params";

export interface NavigateOptions {
  /** Replace the current step of the history instead of adding one (typing in a search field). */
  replace?: boolean;
}

/** Where a view's parameters live: the query string of its address, and how to go to another one. */
export interface ViewLocation {
  search: string;
  go(search: string, options?: NavigateOptions): void;
}

const ViewLocationContext = createContext<ViewLocation | null>(null);

export function ViewLocationProvider({ value, children }: { value: ViewLocation; children: ReactNode }) {
  return <ViewLocationContext.Provider value={value}>{children}</ViewLocationContext.Provider>;
}

export type ParamsUpdate<S> = Partial<S> | ((current: S) => Partial<S>);

export function useViewParams<S>(
  params: ViewParams<S>,
): [S, (update: ParamsUpdate<S>, options?: NavigateOptions) => void] {
  const location = useContext(ViewLocationContext);
  const [localSearch, setLocalSearch] = useState("");
  const search = location ? location.search : localSearch;
  // Values that did not change keep their identity (a list of types stays the same array): effects and
  // memos that depend on one parameter do not run again when another changes.
  const previous = useRef<S | null>(null);
  const state = useMemo(() => {
    const next = params.read(search);
    const before = previous.current;
    if (before)
      for (const key of params.keys)
        if (JSON.stringify(before[key]) === JSON.stringify(next[key])) next[key] = before[key];
    return next;
  }, [params, search]);
  previous.current = state;

  // Changes made before the address follows (same event) build on each other, then go as one step.
  const pending = useRef<{ search: string; replace: boolean } | null>(null);
  const seen = useRef(search);
  if (seen.current !== search) seen.current = search;
  const go = useRef<((search: string, options?: NavigateOptions) => void) | null>(null);
  go.current = location ? location.go : null;

  const update = useCallback(
    (change: ParamsUpdate<S>, options: NavigateOptions = {}) => {
      const base = pending.current?.search ?? seen.current;
      const current = params.read(base);
      const patch = typeof change === "function" ? change(current) : change;
      const next = params.write({ ...current, ...patch }, base);
      const first = !pending.current;
      pending.current = { search: next, replace: (pending.current?.replace ?? true) && !!options.replace };
      // Without a router the state is the component's: set at once (React renders the event's changes together).
      if (!go.current) setLocalSearch(next);
      if (!first) return;
      queueMicrotask(() => {
        const step = pending.current;
        pending.current = null;
        if (!step || !go.current || step.search === seen.current.replace(/^\?/, "")) return;
        go.current(step.search, { replace: step.replace });
      });
    },
    [params],
  );
  return [state, update];
}
