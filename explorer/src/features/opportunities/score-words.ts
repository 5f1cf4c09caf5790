/**
 * A suggestion's score said in a word a coordinator reads (« forte »,
 * « moyenne », « faible ») instead of a decimal.
 *
 * Each kind scores in [0, 1] by its own weighted reasons, so scores of
 * different kinds are not comparable (the API interleaves kinds for that
 * reason): a funding suggestion at 0.75 is ordinary, a partnership at 0.6 is
 * among the best. The thresholds are therefore per kind, read from the
 * distribution of each kind's 200 best suggestions on the seed territory
 * (Grand Paris Sud Est Avenir, December 2026): « forte » is about the best
 * quarter of a kind (its 75th percentile, rounded), « faible » about the
 * lowest quarter; in between, « moyenne ». Measured (best, 25 %, median,
 * 75 %): partnership (the model fitted on the seed: the logistic function of
 * a learnt score, so high numbers) 0.998 / 0.98 / 0.97 / 0.96; pooling 0.96 / 0.74 / 0.55 /
 * 0.48; group purchase 0.96 / 0.87 / 0.85 / 0.75; ESS and business 0.94 /
 * 0.85 / 0.81 / 0.79; funding 0.97 / 0.78 / 0.76 / 0.75; research 0.77 /
 * 0.53 / 0.47 / 0.47; support 0.84 / 0.68 / 0.62 / 0.61.
 */
export type ScoreWord = "strong" | "medium" | "weak";

/** Per kind: the score from which a suggestion is « forte », and from which it is « moyenne ». */
export const THRESHOLDS: Readonly<Record<string, { strong: number; medium: number }>> = {
  PARTNERSHIP: { strong: 0.98, medium: 0.96 },
  POOLING: { strong: 0.74, medium: 0.5 },
  POOLING_GROUP: { strong: 0.87, medium: 0.75 },
  ESS_BUSINESS: { strong: 0.85, medium: 0.79 },
  FUNDING: { strong: 0.78, medium: 0.75 },
  RESEARCH: { strong: 0.53, medium: 0.48 },
  SUPPORT: { strong: 0.68, medium: 0.61 },
};
/** A kind the table does not know yet (a newer API): the middle of the table. */
const FALLBACK = { strong: 0.75, medium: 0.55 };

export function scoreWord(score: number, kind: string): ScoreWord {
  const t = THRESHOLDS[kind] ?? FALLBACK;
  if (score >= t.strong) return "strong";
  if (score >= t.medium) return "medium";
  return "weak";
}
