/**
 * How well the partnership model ranks what coordinators accepted before
 * what they declined. The seed holds no decisions, so `simulateDecisions`
 * makes some from a stated rule (and they are reported as simulated); the
 * database's recorded decisions, when there are any, are measured too.
 */
import { distanceKm, mulberry32 } from "@maillage/model";
import {
  auc,
  averagePrecision,
  buildCooperationGraph,
  fitPartnershipModel,
  linearScore,
  linkScores,
  pairSignals,
  pairTables,
  type CooperationGraph,
  type Decision,
  type FeatureProfile,
  type PairTables,
} from "@maillage/graph-api";
import { forEachCandidate, type EvaluationInput } from "./evaluation";

export type DecisionInput = { memberIds: [string, string]; accepted: boolean };

/** The simulation's rule, stated in the report. */
export const SIMULATION_RULE = { maxKm: 5, noise: 0.1 } as const;

export interface DecisionReport {
  total: number;
  training: number;
  heldOut: number;
  heldOutAccepted: number;
  heldOutDeclined: number;
  rule: typeof SIMULATION_RULE;
  rows: { label: string; auc: number; averagePrecision: number }[];
  recorded: { accepted: number; declined: number; auc: number } | null;
}

function fullGraph(input: EvaluationInput): { graph: CooperationGraph; tables: PairTables } {
  const graph = buildCooperationGraph(
    input.edges,
    input.profiles.map((p) => p.id),
  );
  const n = input.profiles.length;
  return { graph, tables: pairTables(graph, (i) => (i < n ? (input.profiles[i] as FeatureProfile) : undefined)) };
}

/**
 * `count` decisions on candidate pairs (as the app suggests them) drawn with
 * a PRNG seeded with `seed`: accepted when the two share a theme and are
 * within SIMULATION_RULE.maxKm, or already share a partner (an ESS structure
 * or a business); declined otherwise; then a SIMULATION_RULE.noise share
 * reversed at random.
 */
export function simulateDecisions(input: EvaluationInput, count: number, seed: number): DecisionInput[] {
  const { graph } = fullGraph(input);
  const profiles = input.profiles;
  const pairs: [number, number][] = [];
  forEachCandidate(graph, profiles, (u, v) => pairs.push([u, v]));
  const rand = mulberry32((seed ^ 0x68e31da4) >>> 0);
  const take = Math.min(count, pairs.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rand() * (pairs.length - i));
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  return pairs.slice(0, take).map(([u, v]) => {
    const a = profiles[u];
    const b = profiles[v];
    const km =
      a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null
        ? distanceKm({ latitude: a.latitude, longitude: a.longitude }, { latitude: b.latitude, longitude: b.longitude })
        : Infinity;
    const sharesTheme = a.themes.some((t) => b.themes.includes(t));
    const sharesPartner = [...graph.neighbours[u]].some(
      (w) =>
        w < profiles.length &&
        (profiles[w].kind === "EssStructure" || profiles[w].kind === "Business") &&
        graph.neighbours[v].includes(w),
    );
    let accepted = (sharesTheme && km <= SIMULATION_RULE.maxKm) || sharesPartner;
    if (rand() < SIMULATION_RULE.noise) accepted = !accepted;
    return { memberIds: [a.id, b.id], accepted };
  });
}

const LABELS = {
  commonNeighbours: "common neighbours",
  jaccard: "Jaccard",
  adamicAdar: "Adamic–Adar",
  resourceAllocation: "resource allocation",
  preferentialAttachment: "preferential attachment",
} as const;

/**
 * Two thirds of `decisions` join the fit as labelled examples; the rest are
 * held out and ranked by the model fitted with them, the model fitted
 * without any decision, and each single heuristic.
 */
export function evaluateDecisions(
  input: EvaluationInput,
  decisions: DecisionInput[],
  recorded: DecisionInput[],
  seed: number,
): DecisionReport {
  const { graph, tables } = fullGraph(input);
  const toPairs = (list: DecisionInput[]): Decision[] =>
    list.flatMap((d) => {
      const u = graph.indexOf.get(d.memberIds[0]);
      const v = graph.indexOf.get(d.memberIds[1]);
      return u === undefined || v === undefined ? [] : [{ u, v, accepted: d.accepted }];
    });
  const links: [number, number][] = input.partnerships.flatMap((e) => {
    const u = graph.indexOf.get(e.source);
    const v = graph.indexOf.get(e.target);
    return u === undefined || v === undefined || u === v ? [] : [[u, v] as [number, number]];
  });
  const all = toPairs(decisions);
  const cut = Math.round((all.length * 2) / 3);
  const training = all.slice(0, cut);
  const heldOut = all.slice(cut);
  const withDecisions = fitPartnershipModel(tables, { seed, links, decisions: training });
  const without = fitPartnershipModel(tables, { seed, links });
  const measure = (score: (d: Decision) => number) => {
    const pos = heldOut.filter((d) => d.accepted).map(score);
    const neg = heldOut.filter((d) => !d.accepted).map(score);
    return { auc: auc(pos, neg), averagePrecision: averagePrecision(pos, neg) };
  };
  const rows = [
    {
      label: "**app, fitted with the training decisions**",
      ...measure((d) => linearScore(withDecisions, pairSignals(tables, d.u, d.v))),
    },
    { label: "app, fitted without decisions", ...measure((d) => linearScore(without, pairSignals(tables, d.u, d.v))) },
    ...(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((h) => ({
      label: LABELS[h],
      ...measure((d) => linkScores(graph, d.u, d.v)[h]),
    })),
  ];
  const real = toPairs(recorded);
  const recordedReport =
    real.length === 0
      ? null
      : {
          accepted: real.filter((d) => d.accepted).length,
          declined: real.filter((d) => !d.accepted).length,
          auc: auc(
            real.filter((d) => d.accepted).map((d) => linearScore(without, pairSignals(tables, d.u, d.v))),
            real.filter((d) => !d.accepted).map((d) => linearScore(without, pairSignals(tables, d.u, d.v))),
          ),
        };
  return {
    total: all.length,
    training: training.length,
    heldOut: heldOut.length,
    heldOutAccepted: heldOut.filter((d) => d.accepted).length,
    heldOutDeclined: heldOut.filter((d) => !d.accepted).length,
    rule: SIMULATION_RULE,
    rows,
    recorded: recordedReport,
  };
}
