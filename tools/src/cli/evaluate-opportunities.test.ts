/**
 * How the evaluation report compares the app with the single heuristics:
 * split by split, against the best heuristic of each split and against the
 * heuristic best on average.
 */
import type { EvaluationMethod, EvaluationReport } from "../opportunities/evaluation";
import { atLeastBestSingle, pairedDifference } from "./evaluate-opportunities";

/** A report whose methods have these AUCs (average precision the same). */
function split(aucs: Partial<Record<EvaluationMethod, number>>): EvaluationReport {
  return {
    methods: Object.entries(aucs).map(([method, auc]) => ({
      method: method as EvaluationMethod,
      auc,
      averagePrecision: auc,
      precision: [],
    })),
  } as unknown as EvaluationReport;
}

const heuristics = (ra: number, aa: number) => ({
  commonNeighbours: 0.5,
  jaccard: 0.5,
  adamicAdar: aa,
  resourceAllocation: ra,
  preferentialAttachment: 0.5,
  random: 0.5,
});

describe("the evaluation's comparisons", () => {
  it("counts a split as met when the app ties or beats that split's best heuristic", () => {
    const reports = [
      split({ learnt: 0.8, ...heuristics(0.8, 0.7) }),
      split({ learnt: 0.79, ...heuristics(0.8, 0.7) }),
      split({ learnt: 0.75, ...heuristics(0.6, 0.74) }),
    ];
    expect(atLeastBestSingle(reports, "auc")).toBe(2);
  });

  it("measures the app against the heuristic best on average, with the spread of the splits", () => {
    // Resource allocation is best on average; the app is 0.01 behind it in every split but one.
    const reports = [0.7, 0.72, 0.74, 0.76].map((ra, i) =>
      split({ learnt: ra - (i === 3 ? -0.01 : 0.01), ...heuristics(ra, ra - 0.05) }),
    );
    const d = pairedDifference(reports, "auc");
    expect(d.best).toBe("resourceAllocation");
    expect(d.mean).toBeCloseTo(-0.005, 10);
    // Differences −0.01, −0.01, −0.01, +0.01: standard deviation 0.01, standard error 0.005.
    expect(d.se).toBeCloseTo(0.005, 10);
    expect(d.t).toBeCloseTo(-1, 10);
  });
});
