// A neo4j-driver wrapper that records every Cypher statement the application
// sends (sessions' transactions, tx.run, driver.executeQuery), so that the
// benchmarks and docs/query-plans.md see exactly what graph-api issues:
// @neo4j/graphql's generated statements as well as our hand-written ones.

/** Wraps `driver`; statements run while `sink.current` is an array are pushed to it as { text, params }. */
export function capturingDriver(driver, sink) {
  const record = (text, params) => {
    if (sink.current && typeof text === "string") sink.current.push({ text, params: params ?? {} });
  };
  const wrapTx = (tx) =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === "run") return (text, params, ...rest) => (record(text, params), target.run(text, params, ...rest));
        const value = target[prop];
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const wrapSession = (session) =>
    new Proxy(session, {
      get(target, prop) {
        if (prop === "executeRead" || prop === "executeWrite")
          return (work, config) => target[prop]((tx) => work(wrapTx(tx)), config);
        if (prop === "run") return (text, params, ...rest) => (record(text, params), target.run(text, params, ...rest));
        if (prop === "beginTransaction") return (...args) => wrapTx(target.beginTransaction(...args));
        const value = target[prop];
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === "session") return (...args) => wrapSession(target.session(...args));
      if (prop === "executeQuery")
        return (text, params, config) => (record(text, params), target.executeQuery(text, params, config));
      const value = target[prop];
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Every primitive value in a result (neo4j Integers as numbers), sorted: results compared whatever their shape. */
export function leaves(value, out = []) {
  if (value === null || value === undefined) return out;
  if (typeof value === "object" && typeof value.toNumber === "function" && "low" in value && "high" in value) {
    out.push(String(value.toNumber()));
    return out;
  }
  if (Array.isArray(value)) {
    for (const v of value) leaves(v, out);
    return out;
  }
  if (typeof value === "object") {
    if (typeof value.toObject === "function" && typeof value.keys !== "undefined" && typeof value.get === "function")
      return leaves(value.toObject(), out);
    if (value.constructor && value.constructor.name !== "Object") {
      out.push(String(value));
      return out;
    }
    for (const v of Object.values(value)) leaves(v, out);
    return out;
  }
  out.push(typeof value === "number" && !Number.isInteger(value) ? value.toFixed(6) : String(value));
  return out;
}

/** Whether every value of `part` appears in `whole` (as a multiset). */
export function containsAll(whole, part) {
  const counts = new Map();
  for (const v of whole) counts.set(v, (counts.get(v) ?? 0) + 1);
  for (const v of part) {
    const n = counts.get(v) ?? 0;
    if (n === 0) return false;
    counts.set(v, n - 1);
  }
  return true;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
export const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN;
};
