/**
 * What the opportunity finder reads: the whole graph's snapshot, and the
 * pieces a town's snapshot (town-scope.ts) shares with it.
 */
import { loadComplementarity, type Complementarity } from "@maillage/reference";
import type { GraphReader } from "../ports";
import { cooperationEdges } from "../../cypher/opportunities/cooperation-edges.cypher";
import { cooperationNodeNames } from "../../cypher/opportunities/cooperation-node-names.cypher";
import { organisationProfiles } from "../../cypher/opportunities/organisation-profiles.cypher";
import { openResources, type Row as ResourcesRow } from "../../cypher/opportunities/open-resources.cypher";
import {
  recordedOpportunities,
  type Row as RecordedRow,
} from "../../cypher/opportunities/recorded-opportunities.cypher";
import { themesAndTowns } from "../../cypher/opportunities/themes-and-towns.cypher";
import { buildOpportunityContext, type OpportunityContext, type OrganisationProfile } from "./context";
import type { CooperationEdge } from "./cooperation-graph";
import type { OpportunityStatus } from "./opportunity";
import { partnershipEdges } from "../../cypher/opportunities/partnership-edges.cypher";
import { loadStoredModel, partnershipDecisions } from "./model-store";
import type { PartnershipModel } from "./partnership-model";

export async function loadOpportunityContext(
  reader: GraphReader,
  complementarity: Complementarity = loadComplementarity(),
): Promise<OpportunityContext & { statuses: Map<string, OpportunityStatus>; recorded: Map<string, RecordedRow> }> {
  const [edges, profiles, [resources], shared, model, partnerships] = await Promise.all([
    reader.read(cooperationEdges, {}),
    reader.read(organisationProfiles, {}),
    reader.read(openResources, {}),
    readShared(reader),
    loadStoredModel(reader),
    reader.read(partnershipEdges, {}),
  ]);
  // The stored model, unless none is stored or the graph's links moved by more than REFIT_CHANGE: then a new fit.
  return assembleContext({ edges, profiles, resources, shared, complementarity, model, partnerships });
}

/** What every snapshot reads whole: small tables (themes, towns, shared nodes' names, recorded opportunities). */
export async function readShared(reader: GraphReader) {
  const [names, [vocab], recorded] = await Promise.all([
    reader.read(cooperationNodeNames, {}),
    reader.read(themesAndTowns, {}),
    reader.read(recordedOpportunities, {}),
  ]);
  return { names, vocab, recorded };
}

export function assembleContext(input: {
  edges: CooperationEdge[];
  profiles: OrganisationProfile[];
  /** Open needs and offers (of the organisations in `profiles` at least). */
  resources: ResourcesRow;
  shared: Awaited<ReturnType<typeof readShared>>;
  complementarity: Complementarity;
  degrees?: { id: string; degree: number }[];
  /** The stored model (null: none); see `buildOpportunityContext`. */
  model?: PartnershipModel | null;
  /** Use `model` as it is, even if the graph changed (a town's part of the graph is never fitted on). */
  keepModel?: boolean;
  partnerships?: CooperationEdge[];
}): OpportunityContext & { statuses: Map<string, OpportunityStatus>; recorded: Map<string, RecordedRow> } {
  const { resources } = input;
  const { names, vocab, recorded } = input.shared;
  const context = buildOpportunityContext({
    edges: input.edges,
    profiles: input.profiles,
    nodeNames: names,
    themes: vocab.themes,
    towns: vocab.towns,
    needs: resources.needs,
    offers: resources.offers,
    declined: recorded.filter((r) => r.status === "DECLINED").map((r) => r.id),
    complementarity: input.complementarity,
    degrees: input.degrees,
    model: input.model,
    keepModel: input.keepModel,
    partnerships: input.partnerships,
    decisions: partnershipDecisions(recorded),
  });
  return {
    ...context,
    statuses: new Map(recorded.map((r) => [r.id, r.status as OpportunityStatus])),
    recorded: new Map(recorded.map((r) => [r.id, r])),
  };
}

export type Snapshot = Awaited<ReturnType<typeof loadOpportunityContext>>;
