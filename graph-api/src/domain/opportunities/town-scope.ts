/**
 * The part of the graph that a town's opportunities read, instead of the
 * whole graph (which a regional graph makes too large for one request):
 * - the cooperation edges of the town's organisations and of their
 *   neighbours, i.e. every wedge from the town to two hops, and those
 *   between a partnership candidate and a node two hops away (the last step
 *   of a path of three);
 * - the whole-graph degree of the organisations a partnership can pair with
 *   the town's whose edges are not all loaded (two hops away or in the
 *   widened box: Jaccard, preferential attachment and the scan's pruning
 *   read it);
 * - the profiles of every organisation a suggestion can pair with the town's:
 *   those two hops away, those in the town's box widened by REACH_KM (the
 *   farthest distance any suggestion accepts: ESS–business 8 km; pooling
 *   groups, whose members are within 4 km of a centre within 4 km of the
 *   town's member, 8 km), pooling partners of neighbouring towns, every
 *   financer, support provider and research unit (matched by stage and theme
 *   wherever they are), and every ESS structure when the town has one of
 *   those (it may suggest itself to any of them);
 * - the open needs and offers of the organisations a need or offer can be
 *   paired with: the town's, those in its widened box and those of
 *   neighbouring towns;
 * - the small tables every snapshot reads whole (themes, towns, names of
 *   events and pooled resources, recorded opportunities).
 * Every suggestion for the town (one member in it) is then the same as from
 * the whole graph: the tests compare both on the seed.
 */
import type { Complementarity } from "@maillage/reference";
import type { GraphReader } from "../ports";
import { organisationDegrees } from "../../cypher/opportunities/organisation-degrees.cypher";
import { openResourcesById } from "../../cypher/opportunities/open-resources-by-id.cypher";
import { organisationProfilesById } from "../../cypher/opportunities/organisation-profiles-by-id.cypher";
import { townCandidateEdges } from "../../cypher/opportunities/town-candidate-edges.cypher";
import { townNeighbourhoodEdges } from "../../cypher/opportunities/town-neighbourhood-edges.cypher";
import { townReach } from "../../cypher/opportunities/town-reach.cypher";
import { assembleContext, readShared } from "./snapshot";
import type { OrganisationProfile } from "./context";
import type { CooperationEdge } from "./cooperation-graph";
import type { Row as ResourcesRow } from "../../cypher/opportunities/open-resources.cypher";
import type { Change } from "../../cypher/change-journal/graph-changes-since.cypher";
import { loadStoredModel } from "./model-store";
import type { PartnershipModel } from "./partnership-model";

/** Farthest distance between a town's organisation and a partner any suggestion accepts, with a margin. */
export const REACH_KM = 8.5;

const isOrganisationId = (id: string) => !id.startsWith("event:") && !id.startsWith("resource:");

type Reach = NonNullable<Awaited<ReturnType<typeof readReach>>>;

const readReach = async (reader: GraphReader, inseeCode: string) => {
  const [found] = await reader.read(townReach, { inseeCode, marginKm: REACH_KM });
  // An unknown town has no row (the finder then says so).
  return found ?? { members: [], nearby: [], neighbourTowns: [], matchers: [], structures: [] };
};

/** Which nodes a town's snapshot reads, and how much of each, from its neighbourhood's edges and its reach. */
function townSets(neighbourhood: CooperationEdge[], reach: Reach) {
  // Sources of the edges: the town's organisations and their neighbours, whose edges are all here.
  const complete = new Set(neighbourhood.map((e) => e.source));
  // Nodes two hops from the town (organisations, events, pooled resources), whose edges are not all here.
  const ends = [...new Set(neighbourhood.map((e) => e.target))].filter((id) => !complete.has(id)).sort();
  const twoHops = ends.filter(isOrganisationId);
  const ids = [
    ...new Set(
      [
        ...reach.members,
        ...complete,
        ...twoHops,
        ...reach.nearby,
        ...reach.neighbourTowns,
        ...reach.matchers,
        ...reach.structures,
      ].filter(isOrganisationId),
    ),
  ].sort();
  // A partnership pairs a town's organisation with one two hops away or close by: those whose edges are not
  // all here need their whole-graph degree (Jaccard, preferential attachment) and, for the paths of three
  // from the town, their edges to the nodes two hops from it.
  const outer = [...new Set([...twoHops, ...reach.nearby])].filter((id) => !complete.has(id)).sort();
  // Needs and offers are paired within POOLING_DEFAULTS.maxMatchKm or between neighbouring towns, and a
  // structure's needs only count against a business within 8 km: the town's, its box's and its neighbours'.
  const poolingSet = new Set([...reach.members, ...reach.nearby, ...reach.neighbourTowns]);
  const pooling = ids.filter((id) => poolingSet.has(id));
  return { complete, ends, ids, outer, pooling };
}

/** What a town's snapshot is built from, kept so that a write can be applied to it without reading it all again. */
export interface TownParts {
  inseeCode: string;
  reach: Reach;
  /** The cooperation edges of the town's organisations and of their neighbours. */
  neighbourhood: CooperationEdge[];
  /** The edges between the partnership candidates whose edges are not all read and the nodes two hops away. */
  candidateEdges: CooperationEdge[];
  sets: ReturnType<typeof townSets>;
  profiles: OrganisationProfile[];
  degrees: { id: string; degree: number }[];
  resources: ResourcesRow;
  shared: Awaited<ReturnType<typeof readShared>>;
  model: PartnershipModel;
  /**
   * The ids of every node whose data or edges the parts hold (events and pooled resources with and
   * without their `event:`/`resource:` prefix, as the change journal names them).
   */
  readSet: Set<string>;
}

function readSetOf(sets: TownParts["sets"]): Set<string> {
  const readSet = new Set<string>();
  for (const id of [...sets.ids, ...sets.complete, ...sets.ends]) {
    readSet.add(id);
    readSet.add(id.replace(/^(event|resource):/, ""));
  }
  return readSet;
}

/**
 * Reads a town's part of the graph. `wholeModel` gives the model to score
 * with when none is stored yet (the town's part of the graph is never fitted on).
 */
export async function readTownParts(
  reader: GraphReader,
  inseeCode: string,
  wholeModel: () => Promise<PartnershipModel>,
): Promise<TownParts> {
  const [neighbourhood, reach, shared, stored] = await Promise.all([
    reader.read(townNeighbourhoodEdges, { inseeCode }),
    readReach(reader, inseeCode),
    readShared(reader),
    loadStoredModel(reader),
  ]);
  const model = stored ?? (await wholeModel());
  const sets = townSets(neighbourhood, reach);
  const [profiles, degrees, [resources], candidateEdges] = await Promise.all([
    reader.read(organisationProfilesById, { ids: sets.ids }),
    reader.read(organisationDegrees, { ids: sets.outer }),
    reader.read(openResourcesById, { ids: sets.pooling }),
    reader.read(townCandidateEdges, { ids: sets.outer, ends: sets.ends }),
  ]);
  return {
    inseeCode,
    reach,
    neighbourhood,
    candidateEdges,
    sets,
    profiles,
    degrees,
    resources,
    shared,
    model,
    readSet: readSetOf(sets),
  };
}

/** A town's snapshot from its parts. */
export function assembleTown(parts: TownParts, complementarity: Complementarity) {
  return assembleContext({
    edges: [...parts.neighbourhood, ...parts.candidateEdges],
    profiles: parts.profiles,
    resources: parts.resources,
    shared: parts.shared,
    complementarity,
    degrees: parts.degrees,
    model: parts.model,
    keepModel: true,
  });
}

export async function loadTownContext(
  reader: GraphReader,
  inseeCode: string,
  complementarity: Complementarity,
  wholeModel: () => Promise<PartnershipModel>,
) {
  return assembleTown(await readTownParts(reader, inseeCode, wholeModel), complementarity);
}

/** What the change journal (db/change-journal.ts) says a run of transactions touched. */
export type GraphChanges = Omit<Change, "seq">;

/** One set of changes for a run of journal entries. */
export function mergeChanges(changes: Change[]): GraphChanges {
  return {
    nodes: changes.flatMap((c) => c.nodes),
    ends: changes.flatMap((c) => c.ends),
    reach: changes.some((c) => c.reach),
    shared: changes.some((c) => c.shared),
    resources: changes.some((c) => c.resources),
    all: changes.some((c) => c.all),
  };
}

/**
 * A town's parts with the changes applied, or the parts themselves (same
 * object) when nothing they hold changed:
 * - an organisation's properties or themes: its profile is read again;
 * - relationships of nodes the town reads: its neighbourhood's edges are read
 *   again and, when they still reach the same nodes, the degrees, profiles
 *   and candidate edges of the organisations at those relationships' ends;
 * - the small tables, or needs and offers: those are read again.
 * Null when the town must be read again whole: its reach changed, its
 * neighbourhood now reaches other nodes, or the journal could not list the
 * changes.
 */
export async function updateTownParts(
  reader: GraphReader,
  parts: TownParts,
  changes: GraphChanges,
): Promise<TownParts | null> {
  if (changes.all || changes.reach) return null;
  const relinked = changes.ends.filter((id) => parts.readSet.has(id));
  let { neighbourhood, candidateEdges, degrees } = parts;
  if (relinked.length > 0) {
    neighbourhood = await reader.read(townNeighbourhoodEdges, { inseeCode: parts.inseeCode });
    const sets = townSets(neighbourhood, parts.reach);
    const same = (a: Iterable<string>, b: Iterable<string>) => [...a].join("\n") === [...b].join("\n");
    if (!same([...sets.complete].sort(), [...parts.sets.complete].sort()) || !same(sets.ends, parts.sets.ends)) {
      return null;
    }
    // A relationship changed only between nodes the journal lists: the others' degrees and candidate edges hold.
    const ends = new Set(changes.ends);
    const outer = parts.sets.outer.filter((id) => ends.has(id));
    const [freshDegrees, freshEdges] = await Promise.all([
      reader.read(organisationDegrees, { ids: outer }),
      reader.read(townCandidateEdges, { ids: outer, ends: parts.sets.ends }),
    ]);
    degrees = [...degrees.filter((d) => !ends.has(d.id)), ...freshDegrees];
    candidateEdges = [...candidateEdges.filter((e) => !ends.has(e.source)), ...freshEdges];
  }
  const profiled = new Set(parts.profiles.map((p) => p.id));
  // An organisation's profile says whether it is supported or studied: a relationship can change it too.
  const touched = [...new Set([...changes.nodes, ...relinked].filter((id) => profiled.has(id)))].sort();
  if (relinked.length === 0 && touched.length === 0 && !changes.shared && !changes.resources) return parts;
  const [profiles, shared, stored, resources] = await Promise.all([
    touched.length ? reader.read(organisationProfilesById, { ids: touched }) : Promise.resolve([]),
    changes.shared ? readShared(reader) : Promise.resolve(parts.shared),
    changes.shared ? loadStoredModel(reader) : Promise.resolve(parts.model),
    changes.resources
      ? reader.read(openResourcesById, { ids: parts.sets.pooling }).then(([row]) => row)
      : Promise.resolve(parts.resources),
  ]);
  // A profile no longer there: the organisation lost its label or was deleted (the journal says `reach`).
  if (profiles.length !== touched.length) return null;
  const fresh = new Map(profiles.map((p) => [p.id, p]));
  return {
    ...parts,
    neighbourhood,
    candidateEdges,
    degrees,
    profiles: parts.profiles.map((p) => fresh.get(p.id) ?? p),
    shared,
    model: stored ?? parts.model,
    resources,
  };
}
