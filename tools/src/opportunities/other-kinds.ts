/**
 * The kinds of suggestion other than partnership, checked against the links
 * that would show them right: hide a share of the fundings (FUNDING), support
 * relations (SUPPORT), research links (RESEARCH) or purchases between ESS
 * structures and businesses (ESS_BUSINESS), rebuild the snapshot without
 * them, and see how the kind's suggestions rank the hidden pairs against the
 * pairs of the same kinds of organisation that are not linked (AUC, ties ½;
 * a pair not suggested scores 0). The baseline ranks by how many links of
 * this relationship the counterpart already has (the most active financer,
 * provider, unit or business first). POOLING and POOLING_GROUP need needs that
 * were met, which no data records yet: they are described, not measured
 * (docs/opportunity-method.md).
 */
import { mulberry32 } from "@maillage/model";
import {
  auc,
  buildCooperationGraph,
  SUGGESTERS,
  type CooperationEdge,
  type OpportunityContext,
  type OrganisationProfile,
} from "@maillage/graph-api";

export interface HeldOutKind {
  kind: keyof typeof SUGGESTERS;
  relationship: string;
  counterpart: string;
  /**
   * Which links of the relationship are evidence (hidden in turn): "all", or
   * "currentStage", the supports begun at the stage the structure is at now.
   */
  evidence: "all" | "currentStage";
}

/**
 * SUPPORT is measured twice. Its suggestions propose a provider that serves
 * the stage a structure is at now, so what shows one right is a support
 * begun at that stage ("currentStage"). A support begun at an earlier stage
 * (an incubation of a structure that has grown since) shows what was right
 * then: those relations stay in the graph as history, and the row over
 * every support relation ("all") is kept next to it for comparison.
 */
export const HELD_OUT_KINDS: readonly HeldOutKind[] = [
  { kind: "FUNDING", relationship: "FUNDS", counterpart: "Financer", evidence: "all" },
  { kind: "SUPPORT", relationship: "SUPPORTS", counterpart: "SupportProvider", evidence: "currentStage" },
  { kind: "SUPPORT", relationship: "SUPPORTS", counterpart: "SupportProvider", evidence: "all" },
  { kind: "RESEARCH", relationship: "STUDIES", counterpart: "ResearchUnit", evidence: "all" },
  { kind: "ESS_BUSINESS", relationship: "PURCHASES_FROM", counterpart: "Business", evidence: "all" },
];

export interface HeldOutLink {
  relationship: string;
  structureId: string;
  otherId: string;
  /** The structure's stages recorded on the relationships when they began (SUPPORTS). */
  stages?: string[];
}

export interface KindReport {
  kind: string;
  relationship: string;
  evidence: HeldOutKind["evidence"];
  /** Links that are evidence; `hidden` of them per split. */
  links: number;
  splits: number;
  hidden: number;
  /** Mean over the splits. */
  auc: number;
  baselineAuc: number;
  /** Share of the hidden pairs among the kind's suggestions at all. */
  suggested: number;
}

/** A snapshot without the hidden pairs' edges; "has support" and "has a research link" recomputed from the links left. */
function withoutLinks(
  ctx: OpportunityContext,
  edges: readonly CooperationEdge[],
  links: readonly HeldOutLink[],
  hidden: HeldOutLink[],
): OpportunityContext {
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const gone = new Set(hidden.map((h) => key(h.structureId, h.otherId)));
  const kept = edges.filter((e) => !gone.has(key(e.source, e.target)));
  const left = links.filter((l) => !gone.has(key(l.structureId, l.otherId)));
  const supported = new Set(left.filter((l) => l.relationship === "SUPPORTS").map((l) => l.structureId));
  const studied = new Set(left.filter((l) => l.relationship === "STUDIES").map((l) => l.structureId));

  const profiles = new Map<string, OrganisationProfile>();
  for (const [id, p] of ctx.profiles) {
    profiles.set(
      id,
      p.kind === "EssStructure" ? { ...p, supported: supported.has(id), researchLinked: studied.has(id) } : p,
    );
  }
  const graph = buildCooperationGraph(kept, [...ctx.profiles.keys()]);
  return { ...ctx, graph, profiles, declined: new Set() };
}

export function evaluateOtherKinds(
  ctx: OpportunityContext,
  edges: readonly CooperationEdge[],
  links: readonly HeldOutLink[],
  options: { seed: number; splits: number; hiddenShare?: number },
): KindReport[] {
  const structures = [...ctx.profiles.values()].filter((p) => p.kind === "EssStructure").map((p) => p.id);
  return HELD_OUT_KINDS.map(({ kind, relationship, counterpart, evidence }) => {
    const all = links.filter((l) => l.relationship === relationship);
    const mine =
      evidence === "all"
        ? all
        : all.filter((l) => {
            const stage = ctx.profiles.get(l.structureId)?.stage;
            return !!stage && (l.stages ?? []).includes(stage);
          });
    const others = [...ctx.profiles.values()].filter((p) => p.kind === counterpart).map((p) => p.id);
    // Every pair linked by the relationship, evidence or not, is left out of the negatives.
    const linked = new Set(all.map((l) => `${l.structureId}\u0000${l.otherId}`));
    const aucs: number[] = [];
    const baselines: number[] = [];
    const found: number[] = [];
    let hiddenCount = 0;
    for (let split = 0; split < options.splits && mine.length >= 5; split++) {
      const rand = mulberry32((options.seed + split) >>> 0);
      const order = [...mine];
      const count = Math.max(1, Math.round(order.length * (options.hiddenShare ?? 0.2)));
      for (let i = 0; i < count; i++) {
        const j = i + Math.floor(rand() * (order.length - i));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const hidden = order.slice(0, count);
      hiddenCount = count;
      const reduced = withoutLinks(ctx, edges, links, hidden);
      const scores = new Map<string, number>();
      for (const o of SUGGESTERS[kind](reduced, {}, Number.MAX_SAFE_INTEGER)) {
        const [a, b] = o.members.map((m) => m.id);
        scores.set(`${a}\u0000${b}`, o.score);
        scores.set(`${b}\u0000${a}`, o.score);
      }
      const gone = new Set(hidden);
      const activity = new Map<string, number>();
      for (const l of all) if (!gone.has(l)) activity.set(l.otherId, (activity.get(l.otherId) ?? 0) + 1);
      const score = (s: string, o: string) => scores.get(`${s}\u0000${o}`) ?? 0;
      const negatives: [string, string][] = [];
      for (const s of structures) for (const o of others) if (!linked.has(`${s}\u0000${o}`)) negatives.push([s, o]);
      aucs.push(
        auc(
          hidden.map((h) => score(h.structureId, h.otherId)),
          negatives.map(([s, o]) => score(s, o)),
        ),
      );
      baselines.push(
        auc(
          hidden.map((h) => activity.get(h.otherId) ?? 0),
          negatives.map(([, o]) => activity.get(o) ?? 0),
        ),
      );
      found.push(hidden.filter((h) => scores.has(`${h.structureId}\u0000${h.otherId}`)).length / count);
    }
    const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN);
    return {
      kind,
      relationship,
      evidence,
      links: mine.length,
      splits: aucs.length,
      hidden: hiddenCount,
      auc: mean(aucs),
      baselineAuc: mean(baselines),
      suggested: mean(found),
    };
  });
}
