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
import { cooperationEdgesOf } from "../../cypher/opportunities/cooperation-edges-of.cypher";
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

/** A node's id as the change journal names it (the cooperation graph prefixes events' and pooled resources'). */
const journalId = (graphId: string) => graphId.replace(/^(event|resource):/, "");

function readSetOf(sets: TownParts["sets"]): Set<string> {
  const readSet = new Set<string>();
  for (const id of [...sets.ids, ...sets.complete, ...sets.ends]) {
    readSet.add(id);
    readSet.add(journalId(id));
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

/** The ids of the cooperation graph's nodes by kind, as cooperation-edges-of takes them. */
function byKind(graphIds: Iterable<string>) {
  const kinds = { organisations: [] as string[], events: [] as string[], resources: [] as string[] };
  for (const id of graphIds) {
    if (id.startsWith("event:")) kinds.events.push(id.slice("event:".length));
    else if (id.startsWith("resource:")) kinds.resources.push(id.slice("resource:".length));
    else kinds.organisations.push(id);
  }
  return kinds;
}

/**
 * The town's neighbourhood after relationships of `changed` (nodes by their
 * journal id) changed: the edges of the changed sources are read again, then
 * those of the nodes that became neighbours of the town's organisations, and
 * the edges of sources that no longer are are dropped. What the
 * neighbourhood statement would read, without walking the town again.
 */
async function updateNeighbourhood(
  reader: GraphReader,
  neighbourhood: CooperationEdge[],
  members: string[],
  formerMembers: string[],
  changed: Set<string>,
): Promise<CooperationEdge[]> {
  const bySource = new Map<string, CooperationEdge[]>();
  for (const e of neighbourhood) {
    const edges = bySource.get(e.source);
    if (edges) edges.push(e);
    else bySource.set(e.source, [e]);
  }
  const read = async (ids: string[]) => {
    for (const id of ids) bySource.delete(id);
    if (ids.length === 0) return;
    for (const e of await reader.read(cooperationEdgesOf, byKind(ids))) {
      const edges = bySource.get(e.source);
      if (edges) edges.push(e);
      else bySource.set(e.source, [e]);
    }
  };
  // The sources and town's organisations whose relationships changed, and the organisations new to the town.
  const loaded = new Set([...bySource.keys(), ...members]);
  const former = new Set(formerMembers);
  await read([
    ...[...bySource.keys()].filter((id) => changed.has(journalId(id))),
    ...members.filter((id) => (changed.has(id) || !former.has(id)) && !bySource.has(id)),
  ]);
  const sources = new Set(members.filter((id) => bySource.has(id)));
  for (const id of members) for (const e of bySource.get(id) ?? []) sources.add(e.target);
  await read([...sources].filter((id) => !loaded.has(id)).sort());
  return [...sources].flatMap((id) => bySource.get(id) ?? []);
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The same ids, in any order (each list without repeats). */
function sameMembers(a: readonly string[], b: readonly string[]) {
  if (a.length !== b.length) return false;
  const had = new Set(b);
  return a.every((x) => had.has(x));
}

/** The ids of `now` not in `before`. */
function added(now: readonly string[], before: readonly string[]): Set<string> {
  const had = new Set(before);
  return new Set(now.filter((id) => !had.has(id)));
}

/**
 * A town's parts with the changes applied, or the parts themselves (same
 * object) when nothing they hold changed. What a fresh reading would give,
 * read only where the changes reach:
 * - the town's reach, when an organisation may have come into it or left it
 *   (a location, a label, a need or an offer);
 * - the neighbourhood's edges of the nodes whose relationships changed and
 *   of the nodes that became neighbours of the town's organisations;
 * - the profiles, degrees and candidate edges of the organisations new to
 *   the parts or whose data or relationships changed, and the candidate edges
 *   to the nodes now two hops away;
 * - the small tables, or needs and offers, when those changed.
 * Null when the journal could not list the changes (the town is then read
 * again whole).
 */
export async function updateTownParts(
  reader: GraphReader,
  parts: TownParts,
  changes: GraphChanges,
): Promise<TownParts | null> {
  if (changes.all) return null;
  const reach = changes.reach || changes.resources ? await readReach(reader, parts.inseeCode) : parts.reach;
  const reachMoved = (Object.keys(reach) as (keyof Reach)[]).some((k) => !sameMembers(reach[k], parts.reach[k]));
  const touchedEnds = new Set(changes.ends);
  const relinked = changes.ends.some((id) => parts.readSet.has(id));
  const retouched = changes.nodes.some((id) => parts.readSet.has(id));
  if (!reachMoved && !relinked && !retouched && !changes.shared && !changes.resources) return parts;

  const neighbourhood =
    relinked || !sameMembers(reach.members, parts.reach.members)
      ? await updateNeighbourhood(reader, parts.neighbourhood, reach.members, parts.reach.members, touchedEnds)
      : parts.neighbourhood;
  const was = parts.sets;
  const sets = neighbourhood === parts.neighbourhood && !reachMoved ? was : townSets(neighbourhood, reach);
  const ids = new Set(sets.ids);
  const outer = new Set(sets.outer);
  // Organisations whose profile, degree or candidate edges are read: new to the parts, or touched by the changes.
  const newIds = added(sets.ids, was.ids);
  const touched = [...new Set([...changes.nodes, ...changes.ends])].filter((id) => ids.has(id) && !newIds.has(id));
  const reprofiled = [...newIds, ...touched].sort();
  const newOuter = added(sets.outer, was.outer);
  const reouter = [...new Set([...newOuter, ...changes.ends.filter((id) => outer.has(id))])].sort();
  const reread = new Set(reouter);
  const newEnds = added(sets.ends, was.ends);
  const poolingMoved = !sameList(sets.pooling, was.pooling);
  const [profiles, degrees, candidateEdges, towardNewEnds, shared, stored, resources] = await Promise.all([
    reprofiled.length ? reader.read(organisationProfilesById, { ids: reprofiled }) : Promise.resolve([]),
    reouter.length ? reader.read(organisationDegrees, { ids: reouter }) : Promise.resolve([]),
    reouter.length ? reader.read(townCandidateEdges, { ids: reouter, ends: sets.ends }) : Promise.resolve([]),
    newEnds.size ? reader.read(cooperationEdgesOf, byKind(newEnds)) : Promise.resolve([]),
    changes.shared ? readShared(reader) : Promise.resolve(parts.shared),
    changes.shared ? loadStoredModel(reader) : Promise.resolve(parts.model),
    changes.resources || poolingMoved
      ? reader.read(openResourcesById, { ids: sets.pooling }).then(([row]) => row)
      : Promise.resolve(parts.resources),
  ]);
  // A profile no longer there: the organisation lost its label or was deleted without the reach saying so.
  if (profiles.length !== reprofiled.length) return null;
  const fresh = new Map(profiles.map((p) => [p.id, p]));
  // What left the parts: their rows are dropped (only then are the kept rows walked).
  const idsLeft = was.ids.length - (sets.ids.length - newIds.size) > 0;
  const outerLeft = was.outer.length - (sets.outer.length - newOuter.size) > 0;
  const endsLeft = was.ends.length - (sets.ends.length - newEnds.size) > 0;
  let keptProfiles: OrganisationProfile[];
  if (newIds.size === 0 && !idsLeft) keptProfiles = parts.profiles.map((p) => fresh.get(p.id) ?? p);
  else {
    const before = new Map(parts.profiles.map((p) => [p.id, p]));
    keptProfiles = sets.ids.flatMap((id) => fresh.get(id) ?? before.get(id) ?? []);
  }
  const ends = new Set(sets.ends);
  const keptCandidateEdges =
    reread.size === 0 && !outerLeft && !endsLeft
      ? parts.candidateEdges
      : parts.candidateEdges.filter((e) => outer.has(e.source) && !reread.has(e.source) && ends.has(e.target));
  return {
    ...parts,
    reach,
    neighbourhood,
    sets,
    readSet: sets === was ? parts.readSet : readSetOf(sets),
    profiles: keptProfiles,
    degrees: [
      ...(reread.size === 0 && !outerLeft
        ? parts.degrees
        : parts.degrees.filter((d) => outer.has(d.id) && !reread.has(d.id))),
      ...degrees,
    ],
    candidateEdges: [
      ...keptCandidateEdges,
      ...candidateEdges,
      // From the other side: the candidates (not read above) linked to a node that is now two hops away.
      ...towardNewEnds
        .filter((e) => newEnds.has(e.source) && outer.has(e.target) && !reread.has(e.target))
        .map((e) => ({ source: e.target, target: e.source })),
    ],
    shared,
    model: stored ?? parts.model,
    resources,
  };
}
