/**
 * Each view's state as parameters of its address (`#/graph?town=94028&select=…`),
 * so that back and forward, a reload, a bookmark or a saved view bring the
 * same view back. A view declares its parameters once (`defineParams`); a
 * value equal to its default is left out of the address, and a value the
 * view does not know (an old or hand-edited link) reads as the default.
 * Parameters a view does not declare are kept as they are when it writes
 * its own.
 */

/** One parameter: how it reads from and writes to the address. */
export interface Param<T> {
  read(raw: string | null): T;
  /** null: the default, left out of the address. */
  write(value: T): string | null;
}

export const text = (fallback = ""): Param<string> => ({
  read: (raw) => raw ?? fallback,
  write: (value) => (value === fallback ? null : value),
});

/** An optional id (a selected organisation); empty reads as none. */
export const optionalId: Param<string | null> = {
  read: (raw) => (raw ? raw : null),
  write: (value) => value || null,
};

/** One of a few values. */
export const oneOf = <T extends string>(values: readonly T[], fallback: T): Param<T> => ({
  read: (raw) => (values.includes(raw as T) ? (raw as T) : fallback),
  write: (value) => (value === fallback ? null : value),
});

/** An integer among `allowed` (when given) or from `min` up. */
export const integer = (fallback: number, allowed?: readonly number[], min = 0): Param<number> => ({
  read: (raw) => {
    const n = raw === null || raw === "" ? Number.NaN : Number(raw);
    if (!Number.isInteger(n)) return fallback;
    if (allowed) return allowed.includes(n) ? n : fallback;
    return n >= min ? n : fallback;
  },
  write: (value) => (value === fallback ? null : String(value)),
});

/** An optional integer (a year); absent or unreadable: null. */
export const optionalInteger: Param<number | null> = {
  read: (raw) => (raw && /^-?\d+$/.test(raw) ? Number(raw) : null),
  write: (value) => (value === null ? null : String(value)),
};

/**
 * A set of values among `allowed`, comma-separated (`types=EssStructure,Business`);
 * `none` says an empty set, so that it differs from the default.
 */
export const listOf = (allowed: readonly string[], fallback: readonly string[]): Param<string[]> => {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return {
    read: (raw) => {
      if (raw === null) return [...fallback];
      if (raw === "none") return [];
      const values = raw.split(",").filter((x) => allowed.includes(x));
      return values.length > 0 ? [...new Set(values)] : [...fallback];
    },
    write: (value) => (same(value, fallback) ? null : value.length === 0 ? "none" : value.join(",")),
  };
};

export const flag: Param<boolean> = {
  read: (raw) => raw === "1" || raw === "true",
  write: (value) => (value ? "1" : null),
};

type Params<S> = { [K in keyof S]: Param<S[K]> };

/** A view's parameters: their names in the address (the keys of `params`) and how each reads. */
export interface ViewParams<S> {
  readonly keys: readonly (keyof S & string)[];
  read(search: URLSearchParams | string): S;
  /** The address's parameters with the view's own replaced by `state` (others kept), as a query string without "?". */
  write(state: S, base?: URLSearchParams | string): string;
}

export function defineParams<S>(params: Params<S>): ViewParams<S> {
  const keys = Object.keys(params) as (keyof S & string)[];
  const toParams = (search: URLSearchParams | string) =>
    typeof search === "string" ? new URLSearchParams(search.replace(/^\?/, "")) : search;
  return {
    keys,
    read(search) {
      const p = toParams(search);
      return Object.fromEntries(keys.map((k) => [k, params[k].read(p.get(k))])) as S;
    },
    write(state, base = "") {
      const next = new URLSearchParams(toParams(base));
      for (const k of keys) {
        const value = params[k].write(state[k]);
        if (value === null) next.delete(k);
        else next.set(k, value);
      }
      return next.toString();
    },
  };
}
