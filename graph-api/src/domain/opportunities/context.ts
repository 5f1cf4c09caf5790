/**
 * Everything the opportunity finder reads, loaded once and shared by the
 * suggestion functions. Built from rows; no driver here.
 */
import type { Complementarity } from "@maillage/reference";
import type { Row as ProfileRow } from "../../cypher/opportunities/organisation-profiles.cypher";
import type { Reason } from "./opportunity";
import { buildCooperationGraph, type CooperationEdge, type CooperationGraph } from "./cooperation-graph";

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
}): OpportunityContext {
  return {
    graph: buildCooperationGraph(
      input.edges,
      input.profiles.map((p) => p.id),
      input.degrees && new Map(input.degrees.map((d) => [d.id, d.degree])),
    ),
    profiles: new Map(input.profiles.map((p) => [p.id, p])),
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
