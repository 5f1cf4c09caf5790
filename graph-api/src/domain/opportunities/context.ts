/**
 * Everything the opportunity finder reads, loaded once and shared by the
 * suggestion functions. Built from rows; no driver here.
 */
import { buildCooperationGraph, type CooperationEdge, type CooperationGraph } from "./cooperation-graph";

export interface OrganisationProfile {
  id: string;
  name: string;
  kind: string;
  inseeCode: string | null;
  latitude: number | null;
  longitude: number | null;
  themes: string[];
}

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
}): OpportunityContext {
  return {
    graph: buildCooperationGraph(input.edges, input.profiles.map((p) => p.id)),
    profiles: new Map(input.profiles.map((p) => [p.id, p])),
    nodeNames: new Map(input.nodeNames.map((n) => [n.id, n.name])),
    themes: new Map(input.themes.map((t) => [t.code, t])),
    towns: new Map(input.towns.map((t) => [t.inseeCode, t])),
    needs: input.needs,
    offers: input.offers,
    declined: new Set(input.declined),
  };
}

export function areNeighbouringTowns(ctx: OpportunityContext, a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return false;
  return ctx.towns.get(a)?.neighbours.includes(b) ?? false;
}
