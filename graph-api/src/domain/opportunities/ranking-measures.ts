/**
 * How well a score ranks positives (pairs that are linked) before negatives,
 * shared by the fitting of the partnership model (cross-validation) and the
 * offline evaluation.
 */

/** First index whose value is >= x (or > x with `strict`) in an ascending array. */
function bound(sorted: Float64Array, x: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x || (strict && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Probability that a positive scores higher than a negative, over all
 * positive × negative pairs, ties counting 1/2 (the Mann–Whitney AUC).
 * NaN when either list is empty.
 */
export function auc(positives: ArrayLike<number>, negatives: ArrayLike<number>): number {
  if (positives.length === 0 || negatives.length === 0) return NaN;
  const neg = Float64Array.from(negatives).sort();
  let sum = 0;
  for (let i = 0; i < positives.length; i++) {
    const below = bound(neg, positives[i], false);
    const notAbove = bound(neg, positives[i], true);
    sum += below + (notAbove - below) / 2;
  }
  return sum / (positives.length * neg.length);
}

/**
 * Average precision: the mean, over the positives, of the precision of the
 * ranking down to each one. Items with equal scores are taken together (as
 * scikit-learn's average_precision_score does: one threshold per distinct
 * score), so the order of ties does not matter: a tied block counts with the
 * share of positives it holds, as a random order would on average.
 * NaN without positives.
 */
export function averagePrecision(positives: ArrayLike<number>, negatives: ArrayLike<number>): number {
  if (positives.length === 0) return NaN;
  const items: { s: number; p: number }[] = [];
  for (let i = 0; i < positives.length; i++) items.push({ s: positives[i], p: 1 });
  for (let i = 0; i < negatives.length; i++) items.push({ s: negatives[i], p: 0 });
  items.sort((a, b) => b.s - a.s);
  let tp = 0;
  let seen = 0;
  let ap = 0;
  for (let i = 0; i < items.length;) {
    let j = i;
    let gained = 0;
    while (j < items.length && items[j].s === items[i].s) gained += items[j++].p;
    tp += gained;
    seen += j - i;
    ap += (gained / positives.length) * (tp / seen);
    i = j;
  }
  return ap;
}
