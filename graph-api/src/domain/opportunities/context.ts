/**
 * Everything the opportunity finder reads, loaded once and shared by the
 * suggestion functions. Built from rows; no driver here.
 */
import type { Complementarity } from "@maillage/reference";
import type { Row as ProfileRow } from "../../cypher/opportunities/organisation-profiles.cypher";
import type { Reason } from "./opportunity";
import { buildCooperationGraph, type CooperationEdge, type CooperationGraph } from "./cooperation-graph";
import { pairTables } from "./partnership-features";
import { fitPartnershipModel, needsRefit, type Decision, type PartnershipModel } from "./partnership-model";

/** What suggestions read of an organisation: the public fields the profile query returns. */
export type OrganisationProfile = ProfileRow;

export interface ThemeLabel {
  code: string;
  labelFr: string;
  labelEn: string;
}

export interface TownInfo {
  inseeCode: string;
  name: string;
  neighbours: string[];
}

export interface OpenNeed {
  id: string;
  title: string;
  kind: string;
  frequency: string | null;
  structureId: string;
}

export interface OpenOffer {
  id: string;
  title: string;
  kind: string;
  availability: string | null;
  holderId: string;
}

export interface OpportunityContext {
  graph: CooperationGraph;
  profiles: Map<string, OrganisationProfile>;
  /** Names of the non-organisation nodes of the graph (events, pooled resources), by graph id. */
  nodeNames: Map<string, string>;
  themes: Map<string, ThemeLabel>;
  towns: Map<string, TownInfo>;
  needs: OpenNeed[];
  offers: OpenOffer[];
  /** Ids of opportunities coordinators declined: never suggested again. */
  declined: Set<string>;
  /** The ESS–business complementarity table (reference/data/complementarity.json). */
  complementarity: Complementarity;
  /** How partnership suggestions are scored (partnership-model.ts). */
  model: PartnershipModel;
  /** True when `model` was fitted while building this context (none stored, or the graph changed enough). */
  modelFitted: boolean;
}

export function buildOpportunityContext(input: {
  edges: CooperationEdge[];
  profiles: OrganisationProfile[];
  nodeNames: { id: string; name: string }[];
  themes: ThemeLabel[];
  towns: TownInfo[];
  needs: OpenNeed[];
  offers: OpenOffer[];
  declined: string[];
  complementarity: Complementarity;
  /** Whole-graph degrees of the nodes whose edges are not all in `edges` (a town's neighbourhood: town-scope.ts). */
  degrees?: { id: string; degree: number }[];
  /**
   * The stored model to score with. It is refitted on this graph (from
   * `partnerships` and `decisions`) when absent or when the graph's links
   * moved by more than REFIT_CHANGE since its fit, unless `keepModel`.
   */
  model?: PartnershipModel | null;
  keepModel?: boolean;
  /** Pairs linked by a partnership: what a model fitted here learns to find (default: every link between organisations). */
  partnerships?: CooperationEdge[];
  /** Coordinators' decisions on partnership suggestions, by member ids. */
  decisions?: { memberIds: [string, string]; accepted: boolean }[];
}): OpportunityContext {
  const graph = buildCooperationGraph(
    input.edges,
    input.profiles.map((p) => p.id),
    input.degrees && new Map(input.degrees.map((d) => [d.id, d.degree])),
  );
  const profiles = new Map(input.profiles.map((p) => [p.id, p]));
  const keep = input.model && (input.keepModel || !needsRefit(input.model, graph.edgeCount));
  const model = keep ? input.model! : fitOnGraph(graph, profiles, input.partnerships, input.decisions ?? []);
  return {
    model,
    modelFitted: !keep,
    graph,
    profiles,
    nodeNames: new Map(input.nodeNames.map((n) => [n.id, n.name])),
    themes: new Map(input.themes.map((t) => [t.code, t])),
    towns: new Map(input.towns.map((t) => [t.inseeCode, t])),
    needs: input.needs,
    offers: input.offers,
    declined: new Set(input.declined),
    complementarity: input.complementarity,
  };
}

/** Same town, or neighbouring towns, as a reason; null otherwise. */
export function townReason(ctx: OpportunityContext, a: OrganisationProfile, b: OrganisationProfile): Reason | null {
  if (a.inseeCode && a.inseeCode === b.inseeCode)
    return { type: "SAME_TOWN", town: ctx.towns.get(a.inseeCode)?.name ?? a.inseeCode };
  if (areNeighbouringTowns(ctx, a.inseeCode, b.inseeCode)) {
    return {
      type: "NEIGHBOURING_TOWNS",
      towns: [ctx.towns.get(a.inseeCode!)!.name, ctx.towns.get(b.inseeCode!)!.name],
    };
  }
  return null;
}

export function areNeighbouringTowns(ctx: OpportunityContext, a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return false;
  return ctx.towns.get(a)?.neighbours.includes(b) ?? false;
}

/** Seed of the fits the server makes: the same graph gives the same model. */
export const FIT_SEED = 42;

/** Fits the partnership model on a context's graph. */
export function fitOnGraph(
  graph: CooperationGraph,
  profiles: Map<string, OrganisationProfile>,
  partnerships: CooperationEdge[] | undefined,
  decisions: { memberIds: [string, string]; accepted: boolean }[],
  now?: Date,
): PartnershipModel {
  const tables = pairTables(graph, (i) => profiles.get(graph.ids[i]));
  const links: [number, number][] = [];
  if (partnerships) {
    const seen = new Set<string>();
    for (const { source, target } of partnerships) {
      const u = graph.indexOf.get(source);
      const v = graph.indexOf.get(target);
      if (u === undefined || v === undefined || u === v) continue;
      const key = u < v ? `${u}:${v}` : `${v}:${u}`;
      if (seen.has(key)) continue;
      seen.add(key);
      links.push(u < v ? [u, v] : [v, u]);
    }
  } else {
    for (let u = 0; u < graph.ids.length; u++)
      if (tables.isOrganisation[u] === 1)
        for (const v of graph.neighbours[u]) if (v > u && tables.isOrganisation[v] === 1) links.push([u, v]);
  }
  const labelled: Decision[] = [];
  for (const d of decisions) {
    const u = graph.indexOf.get(d.memberIds[0]);
    const v = graph.indexOf.get(d.memberIds[1]);
    if (u !== undefined && v !== undefined && u !== v) labelled.push({ u, v, accepted: d.accepted });
  }
  return fitPartnershipModel(tables, { seed: FIT_SEED, links, decisions: labelled, now });
}
