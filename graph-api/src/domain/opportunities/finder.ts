/**
 * The opportunity finder: loads what it reads through the GraphReader (one
 * snapshot, reused while the graph's revision has not moved), validates the
 * request and dispatches to the suggestion functions.
 */
import { loadComplementarity, type Complementarity } from "@maillage/reference";
import { LRUCache } from "lru-cache";
import type { GraphReader, GraphWriter } from "../ports";
import { saveModel } from "./model-store";
import type { PartnershipModel } from "./partnership-model";
import type { OpportunityContext } from "./context";
import { loadOpportunityContext, type Snapshot } from "./snapshot";
import { assembleTown, mergeChanges, readTownParts, updateTownParts, type TownParts } from "./town-scope";
import { graphChangesSince } from "../../cypher/change-journal/graph-changes-since.cypher";
import {
  OPPORTUNITY_KINDS,
  memberOf,
  parseOpportunityId,
  type Opportunity,
  type OpportunityKind,
  type OpportunityStatus,
  type Reason,
} from "./opportunity";
import { scorePartnership, suggestPartnerships, type OpportunityFilter } from "./partnerships";
import { suggestEssBusiness, suggestFunding, suggestResearch, suggestSupport } from "./matching";
import { suggestPoolingGroups, suggestPoolingMatches } from "./pooling";
import { InvalidArgument, NotFound } from "../errors";
import { inseeCodeProblem } from "../town-directory";

export const MAX_LIMIT = 100;
/** How far a list can be paged (offset + limit): each page recomputes the suggestions up to its end. */
export const MAX_WINDOW = 500;
/** Counts per kind stop here ("at least"): counting means computing every suggestion of the kind. */
export const MAX_COUNT = 500;
/** How long a town's first reading waits for the change journal to be ready. */
const JOURNAL_WAIT_MS = 1000;
/** Towns whose snapshot is kept (each while the graph's revision has not moved). */
const TOWN_SNAPSHOTS = 8;

type Suggester = (ctx: OpportunityContext, filter: OpportunityFilter, limit: number) => Opportunity[];

/** Lists kept per snapshot and request: a snapshot still current after a write answers without scoring again. */
const LISTS_PER_SNAPSHOT = 64;
const listsBySnapshot = new WeakMap<Snapshot, LRUCache<string, Opportunity[]>>();

/** One kind's suggestions up to `limit`, computed once per snapshot, filter and limit (the lists are never changed). */
function suggestionsOf(ctx: Snapshot, kind: OpportunityKind, filter: OpportunityFilter, limit: number): Opportunity[] {
  let lists = listsBySnapshot.get(ctx);
  if (!lists) {
    lists = new LRUCache({ max: LISTS_PER_SNAPSHOT });
    listsBySnapshot.set(ctx, lists);
  }
  const key = JSON.stringify([
    kind,
    filter.inseeCode ?? null,
    filter.theme ?? null,
    filter.organisationId ?? null,
    limit,
  ]);
  let list = lists.get(key);
  if (!list) {
    list = SUGGESTERS[kind](ctx, filter, limit);
    lists.set(key, list);
  }
  return list;
}

/** Each kind of opportunity and the function that suggests it. */
export const SUGGESTERS: Record<OpportunityKind, Suggester> = {
  PARTNERSHIP: suggestPartnerships,
  POOLING: suggestPoolingMatches,
  POOLING_GROUP: suggestPoolingGroups,
  ESS_BUSINESS: suggestEssBusiness,
  FUNDING: suggestFunding,
  RESEARCH: suggestResearch,
  SUPPORT: suggestSupport,
};

export class InvalidOpportunityRequest extends InvalidArgument {}

export class UnknownReference extends NotFound {}

/** KINDS_IN_TURN: each kind's best in turn (scores of different kinds are not comparable); SCORE: highest score first. */
export type OpportunityOrder = "KINDS_IN_TURN" | "SCORE";

export interface OpportunityQuery extends OpportunityFilter {
  kind?: OpportunityKind;
  limit: number;
  /** How many to skip (paging); 0 by default. */
  offset?: number;
  order?: OpportunityOrder;
}

export interface KindCount {
  kind: OpportunityKind;
  /** How many suggestions of the kind match the filters, at most MAX_COUNT. */
  count: number;
  /** True when there are more than `count` (counting stopped at MAX_COUNT). */
  atLeast: boolean;
}

export interface FoundOpportunity extends Opportunity {
  status: OpportunityStatus;
}

export interface OpportunityFinder {
  find(query: OpportunityQuery): Promise<FoundOpportunity[]>;
  /** How many suggestions of each kind match the filters (kind, limit and offset ignored). */
  count(filter: OpportunityFilter): Promise<KindCount[]>;
  get(id: string): Promise<FoundOpportunity | null>;
  /** The partnership model the whole graph's suggestions are scored with (with its version once stored). */
  model(): Promise<PartnershipModel & { version?: number }>;
  /** Forget the snapshot (after a write that changes suggestions). */
  invalidate(): void;
}

export interface FinderOptions {
  /**
   * The graph's revision (db/graph-revision.ts): a snapshot is reused while it has not moved, so a
   * suggestion never outlives the write that ends it, whichever process wrote.
   */
  currentRevision?: () => Promise<string>;
  /** Without a revision (tools, tests): how long a snapshot is reused. */
  ttlMs?: number;
  complementarity?: Complementarity;
  /** Where a model fitted while loading a snapshot is stored (without it, it is refitted at each load). */
  writer?: GraphWriter;
  /** Told when storing a fitted model failed (suggestions still use it). */
  onSaveError?: (error: unknown) => void;
  /**
   * The change journal (db/change-journal.ts): when kept, a town's snapshot is brought up to date with
   * what was written instead of being read again whole.
   */
  journal?: { trustedFrom(): number | null; ready(): Promise<number | null> };
  /** Told how each town's snapshot was made: read whole, updated with the journal, or kept as it was. */
  onTownSnapshot?: (event: { inseeCode: string; how: "read" | "updated" | "kept"; ms: number }) => void;
}

interface Kept {
  /** The revision it was read at, or when it was read. */
  revision: string;
  at: number;
  snapshot: Promise<Snapshot>;
}

/** A town's snapshot, with what it was built from and the change journal's last entry when its reading began. */
interface KeptTown extends Kept {
  made: Promise<{ parts: TownParts; seq: number | null }>;
}

export function createOpportunityFinder(reader: GraphReader, options: FinderOptions): OpportunityFinder {
  // Read (and validated) once: a broken table stops the server at start, not a request later.
  const complementarity = options.complementarity ?? loadComplementarity();
  const ttlMs = options.ttlMs ?? 30_000;
  const revisionNow = options.currentRevision ?? (async () => "");
  const fresh = (kept: Kept | undefined, revision: string): kept is Kept =>
    kept !== undefined &&
    kept.revision === revision &&
    (options.currentRevision !== undefined || Date.now() - kept.at <= ttlMs);
  let cached: Kept | undefined;
  const snapshot = async () => {
    const revision = await revisionNow();
    if (!fresh(cached, revision)) {
      const loading = loadOpportunityContext(reader, complementarity).then(async (ctx) => {
        if (ctx.modelFitted && options.writer) {
          try {
            return { ...ctx, model: await saveModel(options.writer, ctx.model) };
          } catch (error) {
            options.onSaveError?.(error);
          }
        }
        return ctx;
      });
      const kept: Kept = { revision, at: Date.now(), snapshot: loading };
      cached = kept;
      loading.catch(() => {
        if (cached === kept) cached = undefined;
      });
    }
    return cached!.snapshot;
  };
  // A town's opportunities read only the town's part of the graph (town-scope.ts): the whole graph of a
  // region is too large for one request. The last few towns asked for are kept, as the whole snapshot is;
  // after a write, the change journal says what to read again (all of the town when it cannot say).
  const towns = new Map<string, KeptTown>();
  const wholeModel = async () => (await snapshot()).model;
  const makeTown = async (inseeCode: string, previous: KeptTown | undefined) => {
    // A journal just started is ready within a few milliseconds when its trigger runs already; installing one
    // takes seconds, and a town is not kept waiting for that (it is read whole, as without a journal).
    if (options.journal)
      await Promise.race([
        options.journal.ready(),
        new Promise((resolve) => setTimeout(resolve, JOURNAL_WAIT_MS).unref()),
      ]);
    const trusted = options.journal?.trustedFrom() ?? null;
    const before = previous && trusted !== null ? await previous.made.catch(() => undefined) : undefined;
    if (before && before.seq !== null && trusted !== null && before.seq >= trusted) {
      const [{ last, continuous, changes }] = await reader.read(graphChangesSince, { since: before.seq });
      // No entry although the revision moved: a write the journal did not see.
      if (last > before.seq && continuous) {
        const parts = await updateTownParts(reader, before.parts, mergeChanges(changes));
        if (parts) return { parts, seq: last, how: parts === before.parts ? ("kept" as const) : ("updated" as const) };
      }
    }
    // The journal's last entry before reading: whatever is written while the town is read is applied later.
    const seq =
      trusted === null ? null : (await reader.read(graphChangesSince, { since: Number.MAX_SAFE_INTEGER }))[0].last;
    return { parts: await readTownParts(reader, inseeCode, wholeModel), seq, how: "read" as const };
  };
  const townSnapshot = async (inseeCode: string) => {
    const revision = await revisionNow();
    const hit = towns.get(inseeCode);
    if (fresh(hit, revision)) return hit.snapshot;
    // The same entry, typed as a town's (the check above narrows `hit` to fresh entries).
    const previous = towns.get(inseeCode);
    const started = performance.now();
    const making = makeTown(inseeCode, previous);
    const made = making.then(({ parts, seq }) => ({ parts, seq }));
    const loading = making.then(async ({ parts, how }) => {
      const ctx = how === "kept" && previous ? await previous.snapshot : assembleTown(parts, complementarity);
      options.onTownSnapshot?.({ inseeCode, how, ms: performance.now() - started });
      return ctx;
    });
    const kept: KeptTown = { revision, at: Date.now(), snapshot: loading, made };
    towns.delete(inseeCode);
    towns.set(inseeCode, kept);
    if (towns.size > TOWN_SNAPSHOTS) towns.delete(towns.keys().next().value!);
    loading.catch(() => {
      if (towns.get(inseeCode) === kept) towns.delete(inseeCode);
    });
    return loading;
  };
  const withStatus = (ctx: Snapshot, o: Opportunity): FoundOpportunity => ({
    ...o,
    status: ctx.statuses.get(o.id) ?? "SUGGESTED",
  });

  /** The snapshot a filter reads, the filter's references checked against it. */
  const scoped = async (filter: OpportunityFilter): Promise<Snapshot> => {
    // Around one organisation the whole snapshot is read (its neighbourhood is not the town's).
    const ctx = await (filter.inseeCode !== undefined && filter.organisationId === undefined
      ? townSnapshot(filter.inseeCode)
      : snapshot());
    if (filter.inseeCode !== undefined && !ctx.towns.has(filter.inseeCode)) {
      throw new UnknownReference(`No town of the territory has INSEE code ${filter.inseeCode}`);
    }
    if (filter.theme !== undefined && !ctx.themes.has(filter.theme)) {
      throw new UnknownReference(`Unknown theme "${filter.theme}"; themes are listed by the \`themes\` query`);
    }
    if (filter.organisationId !== undefined && !ctx.profiles.has(filter.organisationId)) {
      throw new UnknownReference(`No organisation has id "${filter.organisationId}"`);
    }
    return ctx;
  };

  return {
    async find(query) {
      validate(query);
      const ctx = await scoped(query);
      const offset = query.offset ?? 0;
      const window = offset + query.limit;
      const kinds = query.kind ? [query.kind] : OPPORTUNITY_KINDS;
      const perKind = kinds.map((kind) => suggestionsOf(ctx, kind, query, window));
      const ordered =
        query.order === "SCORE"
          ? perKind.flat().sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
          : // Scores of different kinds are not comparable: without a kind, take each kind's best in turn.
            interleave(perKind, window);
      return ordered.slice(offset, window).map((o) => withStatus(ctx, o));
    },

    async count(filter) {
      validateFilter(filter);
      const ctx = await scoped(filter);
      return OPPORTUNITY_KINDS.map((kind) => {
        const found = suggestionsOf(ctx, kind, filter, MAX_COUNT + 1).length;
        return { kind, count: Math.min(found, MAX_COUNT), atLeast: found > MAX_COUNT };
      });
    },

    async get(id) {
      const parsed = parseOpportunityId(id);
      if (!parsed)
        throw new InvalidOpportunityRequest(`"${id}" is not an opportunity id (KIND:memberId+memberId[:...])`, "id");
      const ctx = await snapshot();
      if (parsed.kind === "PARTNERSHIP") {
        const o =
          parsed.memberIds.length === 2 ? scorePartnership(ctx, parsed.memberIds[0], parsed.memberIds[1]) : null;
        return o ? withStatus(ctx, o) : asRecorded(ctx, id);
      }
      // Recomputed around its first member, declined or not, so that its status can be shown.
      const all = { ...ctx, declined: new Set<string>() };
      const o = SUGGESTERS[parsed.kind](all, { organisationId: parsed.memberIds[0] }, Number.MAX_SAFE_INTEGER).find(
        (c) => c.id === id,
      );
      return o ? withStatus(ctx, o) : asRecorded(ctx, id);
    },

    async model() {
      return (await snapshot()).model;
    },

    invalidate() {
      cached = undefined;
      towns.clear();
    },
  };
}

/**
 * An opportunity coordinators acted on that today's graph no longer suggests
 * (accepting a funding makes the financer fund the structure; accepting a
 * pooling closes the need): as it was recorded, with the reasons it had then.
 */
function asRecorded(ctx: Snapshot, id: string): FoundOpportunity | null {
  const row = ctx.recorded.get(id);
  if (!row) return null;
  const members = row.memberIds.map((memberId) => ctx.profiles.get(memberId));
  if (members.some((m) => m === undefined)) return null; // a member was deleted since
  return {
    id,
    kind: row.kind as FoundOpportunity["kind"],
    score: row.score ?? 0,
    status: row.status as OpportunityStatus,
    members: members.map((m) => memberOf(m!)),
    reasons: row.reasonsJson ? (JSON.parse(row.reasonsJson) as Reason[]) : [],
  };
}

function interleave(lists: Opportunity[][], limit: number): Opportunity[] {
  const out: Opportunity[] = [];
  for (let i = 0; out.length < limit && lists.some((l) => i < l.length); i++) {
    for (const list of lists) if (i < list.length && out.length < limit) out.push(list[i]);
  }
  return out;
}

function validate(query: OpportunityQuery): void {
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_LIMIT) {
    throw new InvalidOpportunityRequest(`limit must be between 1 and ${MAX_LIMIT} (got ${query.limit})`, "limit");
  }
  const offset = query.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0 || offset + query.limit > MAX_WINDOW) {
    throw new InvalidOpportunityRequest(
      `offset must be 0 or more, and offset + limit at most ${MAX_WINDOW} (got ${offset} + ${query.limit})`,
      "offset",
    );
  }
  validateFilter(query);
}

function validateFilter(filter: OpportunityFilter): void {
  const badCode = filter.inseeCode !== undefined ? inseeCodeProblem(filter.inseeCode) : null;
  if (badCode) throw new InvalidOpportunityRequest(badCode, "inseeCode");
}
