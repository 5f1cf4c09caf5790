/**
 * A suggestion's score said in a word a coordinator reads (« forte »,
 * « moyenne », « faible ») instead of a decimal.
 *
 * Every suggester scores in [0, 1] as a weighted sum of its reasons (shared
 * themes, distance, stage fit, open needs...), and each kind's list is sorted
 * by it. The thresholds split where a coordinator's decision changes: at 0.7
 * or more most weighted reasons hold together (e.g. same theme, same town and
 * the right stage), which is the head of each kind's list on the seed
 * territory (its best funding suggestions score 0.7–0.8); from 0.5 the main
 * reason holds but some others are missing, the middle of the lists; below
 * 0.5 a single weak reason carries it, the long tail a coordinator reads
 * last.
 */
export type ScoreWord = "strong" | "medium" | "weak";

export const STRONG_FROM = 0.7;
export const MEDIUM_FROM = 0.5;

export function scoreWord(score: number): ScoreWord {
  if (score >= STRONG_FROM) return "strong";
  if (score >= MEDIUM_FROM) return "medium";
  return "weak";
}
