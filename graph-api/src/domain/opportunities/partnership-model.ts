/**
 * The partnership model: how much each signal of a pair (partnership-features.ts)
 * counts, learnt on the graph it serves.
 *
 * Fitting hides a share of the graph's links between organisations, takes
 * them as positives, and samples pairs of organisations that are not linked
 * uniformly as negatives (repeated on a small graph, see `examples`); the
 * coordinators' past decisions on
 * partnership suggestions join them as labelled examples (accepted: 1,
 * declined: 0). The signals are standardised; a signal that does not vary on
 * this graph (no places, no themes…) gets no weight. Then, by k-fold
 * cross-validation on these examples, it compares an L2-regularised
 * logistic regression with each single link-prediction heuristic
 * (`chooseMethod`): the best heuristic by the mean of AUC and average
 * precision, or a better-established one within a standard error of it, and
 * the regression only when it is clearly ahead of that heuristic by both
 * measures. With fewer than `minPositives` links to learn from, it does not
 * fit the regression and keeps the heuristic, and says so.
 *
 * Either way the model is a linear score on standardised signals (a single
 * heuristic is a weight of 1 on its signal), turned into [0, 1] by the
 * logistic function: its ranking is the heuristic's or the regression's.
 */
import { CholeskyDecomposition, Matrix } from "ml-matrix";
import { PARTNERSHIP_SIGNALS, PARTNERSHIP_SIGNAL_LABELS, mulberry32, type PartnershipSignal } from "@maillage/model";
import { hasEdge, type CooperationGraph } from "./cooperation-graph";
import { pairSignals, SIGNAL_COUNT, type PairTables } from "./partnership-features";
import { auc, averagePrecision } from "./ranking-measures";

/**
 * Stored with every model; a model of another format version is refitted. Moved when the fields or the
 * way a fit chooses its method change (3: the one-standard-error choice, 10 % of links hidden).
 */
export const MODEL_FORMAT_VERSION = 3;

/** The single heuristics the regression is compared with (and falls back to). */
export const SINGLE_HEURISTICS: readonly PartnershipSignal[] = [
  "commonNeighbours",
  "jaccard",
  "adamicAdar",
  "resourceAllocation",
  "preferentialAttachment",
];

/** Hidings repeated on a small graph until about this many positives are pooled, … */
const TARGET_EXAMPLES = 2000;
/** … but no more rounds than this. */
const MAX_ROUNDS = 100;

/** The model is refitted when the graph's number of links moved by more than this share since its fit. */
export const REFIT_CHANGE = 0.05;

export interface PartnershipModel {
  formatVersion: number;
  /** LOGISTIC_REGRESSION, or SINGLE_HEURISTIC (the best one by cross-validation). */
  method: "LOGISTIC_REGRESSION" | "SINGLE_HEURISTIC";
  /** The heuristic kept, when method is SINGLE_HEURISTIC. */
  heuristic: PartnershipSignal | null;
  /** Why a single heuristic was kept: too few links, or the regression was not clearly better by cross-validation. */
  fallbackReason: "TOO_FEW_LINKS" | "BETTER_BY_CROSS_VALIDATION" | null;
  /** Per signal, in PARTNERSHIP_SIGNALS order: weight on the standardised signal, mean and scale. */
  weights: number[];
  means: number[];
  scales: number[];
  intercept: number;
  /** Cross-validated figures of the method kept. */
  validationAuc: number;
  validationAveragePrecision: number;
  /** Cross-validated mean of AUC and average precision of every method compared. */
  compared: { method: string; auc: number; averagePrecision: number }[];
  fittedAt: string;
  positives: number;
  negatives: number;
  acceptedExamples: number;
  declinedExamples: number;
  /** Links of the graph at fit time (REFIT_CHANGE compares with it). */
  relationships: number;
}

/** A coordinator's decision on a partnership suggestion: a labelled example. */
export interface Decision {
  u: number;
  v: number;
  accepted: boolean;
}

export interface FitOptions {
  seed: number;
  /** Pairs of organisations linked in `graph` that the model learns to find (hidden in turn). */
  links: readonly [number, number][];
  decisions?: readonly Decision[];
  /** Share of `links` hidden as positives in each round: 0.1 by default, the probe share usual in link prediction. */
  hiddenShare?: number;
  /** At most this many positives (larger graphs: a sample). Default 5,000. */
  maxPositives?: number;
  negativesPerPositive?: number;
  /** Fewer distinct links hidden than this: the best single heuristic. Default 50. */
  minPositives?: number;
  folds?: number;
  /** L2 penalty (1 / C in scikit-learn's terms). Default 1. */
  lambda?: number;
  now?: Date;
}

// ---------------------------------------------------------------------------
// Scoring with a model
// ---------------------------------------------------------------------------

/** The linear score: intercept + Σ weight × standardised signal. */
export function linearScore(model: PartnershipModel, signals: ArrayLike<number>): number {
  let s = model.intercept;
  for (let i = 0; i < SIGNAL_COUNT; i++) {
    const w = model.weights[i];
    if (w !== 0) s += (w * (signals[i] - model.means[i])) / model.scales[i];
  }
  return s;
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** The score of a pair, in [0, 1]. */
export function modelScore(model: PartnershipModel, signals: ArrayLike<number>): number {
  return sigmoid(linearScore(model, signals));
}

/**
 * The largest linear score possible when each signal i lies between low[i]
 * and high[i]. Each term is the larger of the two ends (a term is monotonic
 * in its signal) and is computed as `linearScore` computes it, and rounding
 * preserves order: when the signals lie in their ranges, this is never below
 * `linearScore`, not even by a rounding error.
 */
export function linearBound(model: PartnershipModel, low: ArrayLike<number>, high: ArrayLike<number>): number {
  let s = model.intercept;
  for (let i = 0; i < SIGNAL_COUNT; i++) {
    const w = model.weights[i];
    if (w === 0) continue;
    const atLow = (w * (low[i] - model.means[i])) / model.scales[i];
    const atHigh = (w * (high[i] - model.means[i])) / model.scales[i];
    s += Math.max(atLow, atHigh);
  }
  return s;
}

const NO_SIGNAL = new Float64Array(SIGNAL_COUNT);

/** The largest linear score possible when every signal lies between 0 and its ceiling. */
export function linearCeiling(model: PartnershipModel, ceilings: ArrayLike<number>): number {
  return linearBound(model, NO_SIGNAL, ceilings);
}

/**
 * The signals that raised this pair's score most above an average pair's,
 * strongest first (at most `max`, only those that raised it).
 */
export function strongestSignals(model: PartnershipModel, signals: ArrayLike<number>, max = 3): PartnershipSignal[] {
  return PARTNERSHIP_SIGNALS.map((signal, i) => ({
    signal,
    part: model.weights[i] === 0 ? 0 : (model.weights[i] * (signals[i] - model.means[i])) / model.scales[i],
  }))
    .filter((c) => c.part > 1e-9)
    .sort((a, b) => b.part - a.part)
    .slice(0, max)
    .map((c) => c.signal);
}

/**
 * What the model is, in a sentence for a coordinator (French or English):
 * what ranks the suggestions, what counts most, and how well it found hidden
 * links when it was fitted.
 */
export function describeModel(model: PartnershipModel, lang: "fr" | "en"): string {
  const fr = lang === "fr";
  const pct = (v: number) => (Number.isNaN(v) ? "?" : `${Math.round(v * 100)} %`);
  const found = fr
    ? `Sur des liens existants mis de côté, il classe un vrai lien avant un couple sans lien dans ${pct(model.validationAuc)} des cas.`
    : `On existing links set aside, it ranks a real link above an unlinked pair ${pct(model.validationAuc)} of the time.`;
  if (model.method === "SINGLE_HEURISTIC") {
    const signal = PARTNERSHIP_SIGNAL_LABELS[model.heuristic!][lang];
    const why =
      model.fallbackReason === "TOO_FEW_LINKS"
        ? fr
          ? `trop peu de liens (${model.positives} mis de côté) pour apprendre davantage`
          : `too few links (${model.positives} set aside) to learn more`
        : fr
          ? "une combinaison apprise ne faisait pas nettement mieux"
          : "a learnt combination did not do clearly better";
    return fr
      ? `Les suggestions sont classées sur un seul critère, ${signal} (${why}). ${found}`
      : `Suggestions are ranked on one signal, ${signal} (${why}). ${found}`;
  }
  const top = PARTNERSHIP_SIGNALS.map((s, i) => ({ s, w: model.weights[i] }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w)
    .slice(0, 3)
    .map((x) => PARTNERSHIP_SIGNAL_LABELS[x.s][lang]);
  return fr
    ? `Les suggestions sont classées par une combinaison apprise sur ce réseau ; ce qui compte le plus : ${top.join(", ")}. ${found}`
    : `Suggestions are ranked by a combination learnt on this network; what counts most: ${top.join(", ")}. ${found}`;
}

/** True when the model should be refitted: none, another format, or the graph's links moved by more than REFIT_CHANGE. */
export function needsRefit(model: PartnershipModel | null, relationships: number): boolean {
  if (!model || model.formatVersion !== MODEL_FORMAT_VERSION) return true;
  const base = Math.max(1, model.relationships);
  return Math.abs(relationships - model.relationships) / base > REFIT_CHANGE;
}

// ---------------------------------------------------------------------------
// L2-regularised logistic regression
// ---------------------------------------------------------------------------

export interface LogisticFit {
  intercept: number;
  weights: number[];
  iterations: number;
}

/**
 * Minimises Σ sᵢ·logloss(yᵢ, b + xᵢ·w) + λ/2 ‖w‖² (the intercept b is not
 * penalised: scikit-learn's LogisticRegression with C = 1/λ and sample
 * weights s) by Newton's method with step halving; the Newton systems are
 * solved by ml-matrix's Cholesky decomposition. The objective is strictly
 * convex for λ > 0, so the optimum is unique and a few Newton steps reach it
 * to machine precision — which lets a test compare the weights with
 * scikit-learn's (tests/networkx/logistic_regression.py).
 */
export function fitLogistic(
  rows: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  options: { lambda?: number; sampleWeights?: ArrayLike<number>; maxIterations?: number } = {},
): LogisticFit {
  const lambda = options.lambda ?? 1;
  if (!(lambda > 0)) throw new RangeError(`lambda must be positive (got ${lambda})`);
  const n = rows.length;
  const d = n === 0 ? 0 : rows[0].length;
  const weightOf = (i: number) => (options.sampleWeights ? options.sampleWeights[i] : 1);
  const beta = new Float64Array(d + 1); // [b, w1 … wd]
  const eta = (i: number, b: Float64Array) => {
    let s = b[0];
    const r = rows[i];
    for (let j = 0; j < d; j++) s += b[j + 1] * r[j];
    return s;
  };
  const objective = (b: Float64Array) => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      const z = eta(i, b);
      // log(1 + e^z) − y·z, stably.
      f += weightOf(i) * ((z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - labels[i] * z);
    }
    for (let j = 1; j <= d; j++) f += (lambda / 2) * b[j] * b[j];
    return f;
  };
  let current = objective(beta);
  let iterations = 0;
  for (; iterations < (options.maxIterations ?? 100); iterations++) {
    const grad = new Float64Array(d + 1);
    const hess = Matrix.zeros(d + 1, d + 1);
    for (let i = 0; i < n; i++) {
      const p = sigmoid(eta(i, beta));
      const s = weightOf(i);
      const g = s * (p - labels[i]);
      const h = s * p * (1 - p);
      const r = rows[i];
      const x = (j: number) => (j === 0 ? 1 : r[j - 1]);
      for (let a = 0; a <= d; a++) {
        const xa = x(a);
        grad[a] += g * xa;
        if (h === 0) continue;
        for (let b = a; b <= d; b++) hess.set(a, b, hess.get(a, b) + h * xa * x(b));
      }
    }
    for (let j = 1; j <= d; j++) {
      grad[j] += lambda * beta[j];
      hess.set(j, j, hess.get(j, j) + lambda);
    }
    // A tiny ridge on the intercept keeps the system solvable when every example has the same label.
    hess.set(0, 0, hess.get(0, 0) + 1e-12);
    for (let a = 0; a <= d; a++) for (let b = 0; b < a; b++) hess.set(a, b, hess.get(b, a));
    const step = new CholeskyDecomposition(hess).solve(Matrix.columnVector(Array.from(grad))).to1DArray();
    let t = 1;
    let next = beta;
    let value = current;
    for (let halvings = 0; halvings < 40; halvings++) {
      next = beta.map((b, j) => b - t * step[j]);
      value = objective(next);
      if (value <= current + 1e-12 * Math.abs(current)) break;
      t /= 2;
    }
    const moved = Math.max(...step.map((s) => Math.abs(s * t)));
    beta.set(next);
    const improvement = current - value;
    current = value;
    if (moved < 1e-12 || improvement <= 1e-15 * Math.max(1, Math.abs(current))) {
      iterations++;
      break;
    }
  }
  return { intercept: beta[0], weights: Array.from(beta.subarray(1)), iterations };
}

// ---------------------------------------------------------------------------
// Fitting the partnership model
// ---------------------------------------------------------------------------

/** `graph` without the given pairs' edges: same nodes, same indexes. */
export function withoutEdges(graph: CooperationGraph, pairs: readonly [number, number][]): CooperationGraph {
  const removed = new Map<number, Set<number>>();
  const note = (a: number, b: number) => {
    let s = removed.get(a);
    if (!s) removed.set(a, (s = new Set()));
    s.add(b);
  };
  for (const [u, v] of pairs) {
    note(u, v);
    note(v, u);
  }
  let dropped = 0;
  const neighbours = graph.neighbours.map((list, i) => {
    const gone = removed.get(i);
    if (!gone) return list;
    const kept = list.filter((w) => !gone.has(w));
    dropped += list.length - kept.length;
    return kept;
  });
  return { ids: graph.ids, indexOf: graph.indexOf, neighbours, edgeCount: graph.edgeCount - dropped / 2 };
}

interface Examples {
  rows: Float64Array[];
  labels: Float64Array;
  positives: number;
  negatives: number;
}

/**
 * Positives (hidden links), negatives (sampled non-links) and decisions,
 * with their signals on the training graph of their round. A small graph
 * gives few positives per hiding, so the hiding is repeated (a new share
 * each round, up to MAX_ROUNDS) until about `targetExamples` positives are
 * pooled: the estimates of cross-validation then rest on more than a
 * handful of links.
 */
function examples(
  tables: PairTables,
  options: FitOptions,
): Examples & { accepted: number; declined: number; distinctPositives: number } {
  const { graph } = tables;
  const rand = mulberry32(options.seed);
  const links = options.links.map(([u, v]): [number, number] => (u < v ? [u, v] : [v, u]));
  const perRound = Math.min(
    options.maxPositives ?? 5000,
    Math.max(1, Math.round(links.length * (options.hiddenShare ?? 0.1))),
  );
  const rounds = links.length < 2 ? 0 : Math.min(MAX_ROUNDS, Math.max(1, Math.ceil(TARGET_EXAMPLES / perRound)));

  const organisations: number[] = [];
  for (let i = 0; i < graph.ids.length; i++) if (tables.isOrganisation[i] === 1) organisations.push(i);
  const m = organisations.length;
  const n = graph.ids.length;
  const perPositive = options.negativesPerPositive ?? 5;
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  const distinct = new Set<number>();
  let positives = 0;
  let negatives = 0;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < perRound; i++) {
      const j = i + Math.floor(rand() * (links.length - i));
      [links[i], links[j]] = [links[j], links[i]];
    }
    const hidden = links.slice(0, perRound);
    const training = { ...tables, graph: withoutEdges(graph, hidden) };
    for (const [u, v] of hidden) {
      rows.push(pairSignals(training, u, v));
      labels.push(1);
      distinct.add(u * n + v);
    }
    positives += hidden.length;
    // Uniform pairs of organisations not linked: what a suggestion has to be told apart from.
    const target = Math.min(hidden.length * perPositive, Math.max(0, (m * (m - 1)) / 2 - graph.edgeCount));
    const seen = new Set<number>();
    for (let tries = 0; seen.size < target && tries < target * 50; tries++) {
      const a = organisations[Math.floor(rand() * m)];
      const b = organisations[Math.floor(rand() * m)];
      if (a === b) continue;
      const [u, v] = a < b ? [a, b] : [b, a];
      const key = u * n + v;
      if (seen.has(key) || hasEdge(graph, u, v)) continue;
      seen.add(key);
      rows.push(pairSignals(training, u, v));
      labels.push(0);
    }
    negatives += seen.size;
  }
  const decisions = options.decisions ?? [];
  for (const { u, v, accepted } of decisions) {
    rows.push(pairSignals(tables, u, v));
    labels.push(accepted ? 1 : 0);
  }
  const accepted = decisions.filter((d) => d.accepted).length;
  return {
    rows,
    labels: Float64Array.from(labels),
    positives,
    negatives,
    distinctPositives: distinct.size,
    accepted,
    declined: decisions.length - accepted,
  };
}

function standardisation(rows: readonly Float64Array[]): { means: number[]; scales: number[]; active: number[] } {
  const means = new Array<number>(SIGNAL_COUNT).fill(0);
  const scales = new Array<number>(SIGNAL_COUNT).fill(1);
  const active: number[] = [];
  for (let j = 0; j < SIGNAL_COUNT; j++) {
    let sum = 0;
    for (const r of rows) sum += r[j];
    const mean = rows.length ? sum / rows.length : 0;
    let sq = 0;
    for (const r of rows) sq += (r[j] - mean) ** 2;
    const sd = rows.length ? Math.sqrt(sq / rows.length) : 0;
    means[j] = mean;
    if (sd > 1e-12 * Math.max(1, Math.abs(mean))) {
      scales[j] = sd;
      active.push(j);
    }
  }
  return { means, scales, active };
}

function measure(labels: ArrayLike<number>, scores: ArrayLike<number>): { auc: number; averagePrecision: number } {
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < labels.length; i++) (labels[i] === 1 ? pos : neg).push(scores[i]);
  return { auc: auc(pos, neg), averagePrecision: averagePrecision(pos, neg) };
}

const merit = (m: { auc: number; averagePrecision: number }) => (m.auc + m.averagePrecision) / 2;

/**
 * Heuristics in the order they are preferred when cross-validation cannot
 * tell them apart: resource allocation and Adamic–Adar first, the local
 * indices that do best across real networks in the link-prediction
 * literature (Zhou, Lü and Zhang 2009; Lü and Zhou 2011), preferential
 * attachment last.
 */
const PREFERENCE: readonly PartnershipSignal[] = [
  "resourceAllocation",
  "adamicAdar",
  "jaccard",
  "commonNeighbours",
  "preferentialAttachment",
];

/**
 * The method kept. Among the single heuristics, the one-standard-error rule
 * (Breiman et al. 1984; Hastie, Tibshirani and Friedman, The Elements of
 * Statistical Learning, §7.10): the best mean of AUC and average precision
 * decides unless another heuristic is within one standard error of it (the
 * spread of their difference across the folds), and then the first of
 * those in PREFERENCE order is kept; on a small graph, where the examples
 * cannot separate the heuristics, this keeps the one that holds up best
 * elsewhere instead of the one a few links happened to favour. The
 * regression is kept only when its out-of-fold AUC and average precision
 * are both ahead of that heuristic's by more than one standard error: a
 * regression better on one measure and worse on the other does not rank
 * better than the heuristic.
 */
export function chooseMethod(
  candidates: { method: PartnershipModel["compared"][number]["method"]; scores: ArrayLike<number> }[],
  compared: PartnershipModel["compared"],
  labels: ArrayLike<number>,
  foldOf: Int32Array,
  folds: number,
): PartnershipModel["compared"][number] {
  const perFold = candidates.map(({ scores }) => {
    const fl = Array.from({ length: folds }, () => [] as number[]);
    const fs = Array.from({ length: folds }, () => [] as number[]);
    for (let i = 0; i < labels.length; i++) {
      fl[foldOf[i]].push(labels[i]);
      fs[foldOf[i]].push(scores[i]);
    }
    return fl.map((l, f) => measure(l, fs[f]));
  });
  /** By how much `a` beats `b` on a measure over all examples, and the standard error of that difference across folds. */
  const lead = (a: number, b: number, of: (m: { auc: number; averagePrecision: number }) => number) => {
    // Folds where a measure is undefined (no positive, or no negative) are left out.
    const diffs = perFold[a].map((x, f) => of(x) - of(perFold[b][f])).filter((d) => Number.isFinite(d));
    const n = diffs.length;
    const mean = diffs.reduce((s, d) => s + d, 0) / Math.max(1, n);
    const sd = Math.sqrt(diffs.reduce((s, d) => s + (d - mean) ** 2, 0) / Math.max(1, n - 1));
    return { by: of(compared[a]) - of(compared[b]), se: n > 1 ? sd / Math.sqrt(n) : 0 };
  };
  const heuristics = compared.map((m, c) => ({ m, c })).filter(({ m }) => m.method !== "logisticRegression");
  const top = heuristics.reduce((a, b) => (merit(b.m) > merit(a.m) ? b : a));
  const within = heuristics.filter(({ c }) => {
    if (c === top.c) return true;
    const { by, se } = lead(top.c, c, merit);
    return by <= se;
  });
  const rank = (method: string) => PREFERENCE.indexOf(method as PartnershipSignal);
  const heuristic = within.sort((a, b) => rank(a.m.method) - rank(b.m.method))[0];
  const regression = compared.findIndex((m) => m.method === "logisticRegression");
  if (regression < 0) return heuristic.m;
  const clearly = (of: (m: { auc: number; averagePrecision: number }) => number) => {
    const { by, se } = lead(regression, heuristic.c, of);
    return by > se;
  };
  return clearly((m) => m.auc) && clearly((m) => m.averagePrecision) ? compared[regression] : heuristic.m;
}

/** Fits the model on `tables.graph` (see the module comment). Deterministic for a given seed. */
export function fitPartnershipModel(tables: PairTables, options: FitOptions): PartnershipModel {
  const ex = examples(tables, options);
  const { means, scales, active } = standardisation(ex.rows);
  const z = ex.rows.map((r) => active.map((j) => (r[j] - means[j]) / scales[j]));
  const lambda = options.lambda ?? 1;
  const minPositives = options.minPositives ?? 50;

  // Every example's fold, for the regression's out-of-fold scores and for each method's spread across folds.
  const folds = options.folds ?? 5;
  const order = ex.rows.map((_, i) => i);
  const rand = mulberry32((options.seed ^ 0x3c6ef372) >>> 0);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const foldOf = new Int32Array(order.length);
  order.forEach((row, r) => (foldOf[row] = r % folds));

  const candidates: { method: PartnershipModel["compared"][number]["method"]; scores: ArrayLike<number> }[] = [];
  const enough = ex.distinctPositives >= minPositives && active.length > 0;
  if (enough) {
    // Out-of-fold scores of the regression.
    const outOfFold = new Float64Array(ex.rows.length);
    for (let f = 0; f < folds; f++) {
      const train = order.filter((i) => foldOf[i] !== f);
      const fit = fitLogistic(
        train.map((i) => z[i]),
        train.map((i) => ex.labels[i]),
        { lambda },
      );
      for (let i = 0; i < z.length; i++) {
        if (foldOf[i] !== f) continue;
        let s = fit.intercept;
        for (let k = 0; k < active.length; k++) s += fit.weights[k] * z[i][k];
        outOfFold[i] = s;
      }
    }
    candidates.push({ method: "logisticRegression", scores: outOfFold });
  }
  for (const h of SINGLE_HEURISTICS) {
    const j = PARTNERSHIP_SIGNALS.indexOf(h);
    candidates.push({ method: h, scores: ex.rows.map((r) => r[j]) });
  }
  const compared: PartnershipModel["compared"] = candidates.map(({ method, scores }) => ({
    method,
    ...measure(ex.labels, scores),
  }));
  const best = chooseMethod(candidates, compared, ex.labels, foldOf, folds);
  const base = {
    formatVersion: MODEL_FORMAT_VERSION,
    means,
    scales,
    compared,
    fittedAt: (options.now ?? new Date()).toISOString(),
    positives: ex.positives,
    negatives: ex.negatives,
    acceptedExamples: ex.accepted,
    declinedExamples: ex.declined,
    relationships: tables.graph.edgeCount,
    validationAuc: best.auc,
    validationAveragePrecision: best.averagePrecision,
  };
  if (best.method === "logisticRegression") {
    const fit = fitLogistic(z, ex.labels, { lambda });
    const weights = new Array<number>(SIGNAL_COUNT).fill(0);
    active.forEach((j, k) => (weights[j] = fit.weights[k]));
    return {
      ...base,
      method: "LOGISTIC_REGRESSION",
      heuristic: null,
      fallbackReason: null,
      weights,
      intercept: fit.intercept,
    };
  }
  const heuristic = best.method as PartnershipSignal;
  const weights = new Array<number>(SIGNAL_COUNT).fill(0);
  weights[PARTNERSHIP_SIGNALS.indexOf(heuristic)] = 1;
  return {
    ...base,
    method: "SINGLE_HEURISTIC",
    heuristic,
    fallbackReason: enough ? "BETTER_BY_CROSS_VALIDATION" : "TOO_FEW_LINKS",
    weights,
    intercept: 0,
  };
}
