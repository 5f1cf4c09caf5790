/**
 * The business convention planner ("Top 10"): a convention, its participants
 * picked from the graph, their wishes and unavailabilities, whom to invite
 * (the opportunity finder's ESS_BUSINESS suggestions), the meeting grid
 * solved as a mixed-integer programme, pins and forbidden pairs, and what
 * came of each meeting, recorded into the opportunities' lifecycle with
 * provenance "convention:<id>".
 */
import { randomUUID } from "node:crypto";
import type { GraphReader, GraphWriter } from "../ports";
import { Conflict, NotFound } from "../errors";
import type { FoundOpportunity, OpportunityFinder } from "../opportunities/finder";
import { opportunityId, type OpportunityMember } from "../opportunities/opportunity";
import { recordOutcome, TransitionNotAllowed, type OpportunityAction } from "../opportunities/lifecycle";
import { saveConvention } from "../../cypher/convention/save-convention.cypher";
import { deleteConvention as deleteConventionQuery } from "../../cypher/convention/delete-convention.cypher";
import { inviteParticipants } from "../../cypher/convention/invite-participants.cypher";
import { updateParticipant } from "../../cypher/convention/update-participant.cypher";
import { removeParticipant as removeParticipantQuery } from "../../cypher/convention/remove-participant.cypher";
import { setForbidden } from "../../cypher/convention/set-forbidden.cypher";
import { readConvention, type Row as ConventionRow } from "../../cypher/convention/read-convention.cypher";
import { listConventions as listConventionsQuery } from "../../cypher/convention/list-conventions.cypher";
import { saveSchedule } from "../../cypher/convention/save-schedule.cypher";
import { pinMeeting } from "../../cypher/convention/pin-meeting.cypher";
import { recordMeetingOutcome } from "../../cypher/convention/record-meeting-outcome.cypher";
import { conventionOutcomeCounts } from "../../cypher/convention/convention-outcome-counts.cypher";
import {
  checkDate,
  checkTime,
  daySlots,
  InvalidConvention,
  MAX_TABLES,
  parseBreak,
  type Slot,
  type TimeRange,
} from "./day";
import { assignTables, buildScheduleModel, pairKey, type PlanParticipant } from "./schedule-model";
import { solveSchedule, type SolveStatus } from "./solver";
import { parseConventionCsv, type CsvLineError } from "./csv-import";

export class ConventionNotFound extends NotFound {}

export const MEETING_OUTCOMES = ["FOLLOW_UP", "PARTNERSHIP", "PURCHASE", "NOTHING", "NOT_HELD"] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

export interface ConventionSettings {
  title: string;
  date: string;
  place: string | null;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  breaks: TimeRange[];
  tables: number;
  defaultMinMeetings: number;
  defaultMaxMeetings: number;
  /** Weight of the suggestion score (0 to 1, × 10) and of each stated wish in a meeting's value. */
  suggestionWeight: number;
  wishWeight: number;
}

export interface ConventionParticipant {
  organisation: OpportunityMember;
  minMeetings: number;
  maxMeetings: number;
  /** True when the convention's default applies. */
  usesDefaults: boolean;
  unavailableSlots: number[];
  attendee: string | null;
  email: string | null;
}

export interface ConventionWish {
  fromId: string;
  toId: string;
  weight: number;
}

export interface ConventionMeeting {
  id: string;
  slot: number;
  table: number;
  members: OpportunityMember[];
  pinned: boolean;
  value: number;
  score: number;
  wish: number;
  outcome: MeetingOutcome | null;
  outcomeNote: string | null;
  opportunityId: string | null;
}

export interface ConventionSolve {
  status: SolveStatus;
  gap: number | null;
  objective: number;
  seconds: number;
  columns: number;
  rows: number;
  at: string;
  suggestionWeight: number;
  wishWeight: number;
}

export interface Convention extends ConventionSettings {
  id: string;
  slots: Slot[];
  participants: ConventionParticipant[];
  wishes: ConventionWish[];
  forbiddenPairs: string[][];
  meetings: ConventionMeeting[];
  solve: ConventionSolve | null;
  updatedAt: string;
}

const TEXT_MAX = 200;

function checkText(value: string | null | undefined, argument: string, required: boolean): string | null {
  const text = (value ?? "").trim();
  if (required && text.length < 2) throw new InvalidConvention(`${argument} needs at least 2 characters`, argument);
  if (text.length > TEXT_MAX)
    throw new InvalidConvention(`${argument} is longer than ${TEXT_MAX} characters`, argument);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text))
    throw new InvalidConvention(`${argument} holds a control character`, argument);
  return text || null;
}

function checkCount(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new InvalidConvention(`${argument} must be a whole number from ${min} to ${max} (got ${value})`, argument);
  return value;
}

function checkWeight(value: number, argument: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 10)
    throw new InvalidConvention(`${argument} must be between 0 and 10 (got ${value})`, argument);
  return value;
}

export function checkSettings(s: ConventionSettings): ConventionSettings & { slots: Slot[] } {
  const title = checkText(s.title, "title", true)!;
  const place = checkText(s.place, "place", false);
  checkDate(s.date);
  const breaks = s.breaks.map((b, i) => ({
    start: checkTime(b.start, `breaks[${i + 1}].start`),
    end: checkTime(b.end, `breaks[${i + 1}].end`),
  }));
  const slots = daySlots({ ...s, breaks });
  const tables = checkCount(s.tables, "tables", 1, MAX_TABLES);
  const defaultMaxMeetings = checkCount(s.defaultMaxMeetings, "defaultMaxMeetings", 0, slots.length);
  const defaultMinMeetings = checkCount(s.defaultMinMeetings, "defaultMinMeetings", 0, defaultMaxMeetings);
  return {
    ...s,
    title,
    place,
    breaks,
    tables,
    defaultMinMeetings,
    defaultMaxMeetings,
    suggestionWeight: checkWeight(s.suggestionWeight, "suggestionWeight"),
    wishWeight: checkWeight(s.wishWeight, "wishWeight"),
    slots,
  };
}

const breakText = (b: TimeRange) => `${b.start}-${b.end}`;
const member = (p: ConventionRow["participants"][number]): OpportunityMember => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  inseeCode: p.inseeCode,
  illustrative: p.illustrative,
});

function fromRow(row: ConventionRow): Convention {
  const settings = {
    title: row.title,
    date: row.date,
    place: row.place,
    startTime: row.startTime,
    endTime: row.endTime,
    slotMinutes: Number(row.slotMinutes),
    breaks: row.breaks.map(parseBreak),
    tables: Number(row.tables),
    defaultMinMeetings: Number(row.defaultMinMeetings),
    defaultMaxMeetings: Number(row.defaultMaxMeetings),
    suggestionWeight: Number(row.suggestionWeight),
    wishWeight: Number(row.wishWeight),
  };
  const byId = new Map(row.participants.map((p) => [p.id, p]));
  const wishes: ConventionWish[] = [];
  for (const p of row.participants)
    for (const [toId, weight] of Object.entries(JSON.parse(p.wishes ?? "{}") as Record<string, number>))
      if (byId.has(toId)) wishes.push({ fromId: p.id, toId, weight });
  return {
    id: row.id,
    ...settings,
    slots: daySlots(settings),
    participants: row.participants.map((p) => ({
      organisation: member(p),
      minMeetings: p.minMeetings ?? settings.defaultMinMeetings,
      maxMeetings: p.maxMeetings ?? settings.defaultMaxMeetings,
      usesDefaults: p.minMeetings === null && p.maxMeetings === null,
      unavailableSlots: p.unavailable.map(Number),
      attendee: p.attendee,
      email: p.email,
    })),
    wishes,
    forbiddenPairs: row.forbidden.map((k) => k.split("+")),
    meetings: row.meetings
      .filter((m) => m.memberIds.every((id) => byId.has(id)))
      .map((m) => ({
        id: m.id,
        slot: Number(m.slot),
        table: Number(m.table),
        members: m.memberIds.map((id) => member(byId.get(id)!)),
        pinned: m.pinned,
        value: m.value,
        score: m.score,
        wish: Number(m.wish),
        outcome: m.outcome as MeetingOutcome | null,
        outcomeNote: m.outcomeNote,
        opportunityId: m.opportunityId,
      })),
    solve: row.solve ? (JSON.parse(row.solve) as ConventionSolve) : null,
    updatedAt: row.updatedAt,
  };
}

export async function getConvention(reader: GraphReader, id: string): Promise<Convention> {
  const [row] = await reader.read(readConvention, { id });
  if (!row) throw new ConventionNotFound(`No convention has id "${id}"`);
  return fromRow(row);
}

export const listConventions = (reader: GraphReader) => reader.read(listConventionsQuery, {});

export async function saveConventionSettings(
  reader: GraphReader,
  writer: GraphWriter,
  id: string | null,
  settings: ConventionSettings,
  by: string,
): Promise<Convention> {
  const s = checkSettings(settings);
  const current = id ? await getConvention(reader, id) : null;
  // Meetings in slots the new day no longer has would be lost silently: ask to take them off first.
  const outside = current?.meetings.filter((m) => m.slot >= s.slots.length) ?? [];
  if (outside.length)
    throw new Conflict(
      `The new day has ${s.slots.length} slots; ${outside.length} meeting(s) are planned after that: solve again with the present day first or unpin them`,
    );
  const [row] = await writer.transaction((run) =>
    run(saveConvention, {
      id: id ?? randomUUID(),
      title: s.title,
      date: s.date,
      place: s.place,
      startTime: s.startTime,
      endTime: s.endTime,
      slotMinutes: s.slotMinutes,
      breaks: s.breaks.map(breakText),
      tables: s.tables,
      defaultMinMeetings: s.defaultMinMeetings,
      defaultMaxMeetings: s.defaultMaxMeetings,
      suggestionWeight: s.suggestionWeight,
      wishWeight: s.wishWeight,
      by,
    }),
  );
  return getConvention(reader, row.id);
}

export async function deleteConvention(reader: GraphReader, writer: GraphWriter, id: string): Promise<boolean> {
  await getConvention(reader, id);
  await writer.transaction((run) => run(deleteConventionQuery, { id }));
  return true;
}

export async function invite(
  reader: GraphReader,
  writer: GraphWriter,
  id: string,
  organisationIds: string[],
  by: string,
): Promise<Convention> {
  await getConvention(reader, id);
  if (organisationIds.length === 0 || organisationIds.length > 500)
    throw new InvalidConvention("Invite 1 to 500 organisations at a time", "organisationIds");
  const rows = await writer.transaction((run) => run(inviteParticipants, { id, organisationIds, by }));
  const invited = new Set(rows.map((r) => r.invited));
  const missing = organisationIds.filter((o) => !invited.has(o));
  if (missing.length)
    throw new InvalidConvention(
      `Only ESS structures and businesses can be invited; not found among them: ${missing.slice(0, 5).join(", ")}`,
      "organisationIds",
    );
  return getConvention(reader, id);
}

export interface ParticipantChange {
  minMeetings?: number | null;
  maxMeetings?: number | null;
  unavailableSlots?: number[];
  attendee?: string | null;
  email?: string | null;
}

function participantOf(c: Convention, organisationId: string): ConventionParticipant {
  const p = c.participants.find((x) => x.organisation.id === organisationId);
  if (!p) throw new InvalidConvention(`"${organisationId}" is not a participant of this convention`, "organisationId");
  return p;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function writeParticipant(
  writer: GraphWriter,
  c: Convention,
  organisationId: string,
  change: ParticipantChange,
  wishes: Record<string, number>,
  by: string,
): Promise<void> {
  const p = participantOf(c, organisationId);
  const slots = c.slots.length;
  const keepDefault = change.minMeetings === undefined && change.maxMeetings === undefined && p.usesDefaults;
  const max = keepDefault ? null : checkCount(change.maxMeetings ?? p.maxMeetings, "maxMeetings", 0, slots);
  const min = keepDefault ? null : checkCount(change.minMeetings ?? p.minMeetings, "minMeetings", 0, max ?? slots);
  const unavailable = [...new Set(change.unavailableSlots ?? p.unavailableSlots)].sort((a, b) => a - b);
  for (const s of unavailable)
    if (!Number.isInteger(s) || s < 0 || s >= slots)
      throw new InvalidConvention(`Slot ${s + 1} is not in the day (1 to ${slots})`, "unavailableSlots");
  const attendee = change.attendee === undefined ? p.attendee : checkText(change.attendee, "attendee", false);
  const email = change.email === undefined ? p.email : checkText(change.email, "email", false);
  if (email && !EMAIL.test(email)) throw new InvalidConvention(`"${email}" is not an e-mail address`, "email");
  await writer.transaction((run) =>
    run(updateParticipant, {
      id: c.id,
      organisationId,
      minMeetings: min,
      maxMeetings: max,
      unavailable,
      attendee,
      email,
      wishes: JSON.stringify(wishes),
      by,
    }),
  );
}

const wishesOf = (c: Convention, fromId: string) =>
  Object.fromEntries(c.wishes.filter((w) => w.fromId === fromId).map((w) => [w.toId, w.weight]));

export async function setParticipant(
  reader: GraphReader,
  writer: GraphWriter,
  id: string,
  organisationId: string,
  change: ParticipantChange,
  by: string,
): Promise<Convention> {
  const c = await getConvention(reader, id);
  await writeParticipant(writer, c, organisationId, change, wishesOf(c, organisationId), by);
  return getConvention(reader, id);
}

export async function removeParticipant(
  reader: GraphReader,
  writer: GraphWriter,
  id: string,
  organisationId: string,
  by: string,
): Promise<Convention> {
  const c = await getConvention(reader, id);
  participantOf(c, organisationId);
  await writer.transaction((run) => run(removeParticipantQuery, { id, organisationId, by }));
  return getConvention(reader, id);
}

/** A wish of `fromId` to meet `toId`, weight 1 to 3; 0 takes it back. */
export async function setWish(
  reader: GraphReader,
  writer: GraphWriter,
  id: string,
  fromId: string,
  toId: string,
  weight: number,
  by: string,
): Promise<Convention> {
  const c = await getConvention(reader, id);
  participantOf(c, toId);
  if (fromId === toId) throw new InvalidConvention("A participant cannot wish to meet itself", "toId");
  checkCount(weight, "weight", 0, 3);
  const wishes = wishesOf(c, fromId);
  if (weight === 0) delete wishes[toId];
  else wishes[toId] = weight;
  await writeParticipant(writer, c, fromId, {}, wishes, by);
  return getConvention(reader, id);
}

export interface CsvImportOutcome {
  wishes: number;
  unavailabilities: number;
  errors: CsvLineError[];
  convention: Convention;
}

/** Imports wishes and unavailabilities from CSV: all lines or, at the first error anywhere, none. */
export async function importCsv(
  reader: GraphReader,
  writer: GraphWriter,
  id: string,
  csv: string,
  by: string,
): Promise<CsvImportOutcome> {
  const c = await getConvention(reader, id);
  if (csv.length > 500_000) throw new InvalidConvention("The file is larger than 500 kB", "csv");
  const parsed = parseConventionCsv(
    csv,
    c.participants.map((p) => ({ id: p.organisation.id, name: p.organisation.name })),
    c.slots.length,
  );
  if (parsed.errors.length) return { wishes: 0, unavailabilities: 0, errors: parsed.errors, convention: c };
  const touched = new Set([...parsed.wishes.map((w) => w.from), ...parsed.unavailabilities.map((u) => u.participant)]);
  await writer.transaction(async (run) => {
    for (const organisationId of touched) {
      const p = participantOf(c, organisationId);
      const wishes = wishesOf(c, organisationId);
      for (const w of parsed.wishes.filter((x) => x.from === organisationId)) wishes[w.to] = w.weight;
      const away = new Set(p.unavailableSlots);
      for (const u of parsed.unavailabilities.filter((x) => x.participant === organisationId))
        u.slots.forEach((s) => away.add(s));
      await run(updateParticipant, {
        id,
        organisationId,
        minMeetings: p.usesDefaults ? null : p.minMeetings,
        maxMeetings: p.usesDefaults ? null : p.maxMeetings,
        unavailable: [...away].sort((a, b) => a - b),
        attendee: p.attendee,
        email: p.email,
        wishes: JSON.stringify(wishes),
        by,
      });
    }
  });
  return {
    wishes: parsed.wishes.length,
    unavailabilities: parsed.unavailabilities.length,
    errors: [],
    convention: await getConvention(reader, id),
  };
}

export async function forbidPair(
  reader: GraphReader,
  writer: GraphWriter,
  id: string,
  a: string,
  b: string,
  forbidden: boolean,
  by: string,
): Promise<Convention> {
  const c = await getConvention(reader, id);
  participantOf(c, a);
  participantOf(c, b);
  await writer.transaction((run) => run(setForbidden, { id, pair: pairKey(a, b), forbidden, by }));
  return getConvention(reader, id);
}

/** Pins the meeting of a and b at a slot (creating it when the grid has none), or unpins it. */
export async function pin(
  reader: GraphReader,
  writer: GraphWriter,
  id: string,
  a: string,
  b: string,
  slot: number | null,
  by: string,
): Promise<Convention> {
  const c = await getConvention(reader, id);
  participantOf(c, a);
  participantOf(c, b);
  if (a === b) throw new InvalidConvention("A meeting needs two different participants", "b");
  const key = pairKey(a, b);
  if (slot !== null) {
    if (!Number.isInteger(slot) || slot < 0 || slot >= c.slots.length)
      throw new InvalidConvention(`Slot ${slot + 1} is not in the day (1 to ${c.slots.length})`, "slot");
    if (c.forbiddenPairs.some(([x, y]) => pairKey(x, y) === key))
      throw new Conflict("This pair is forbidden: allow it again before pinning its meeting");
    const busy = c.meetings.find(
      (m) =>
        m.pinned &&
        m.slot === slot &&
        pairKey(m.members[0].id, m.members[1].id) !== key &&
        m.members.some((x) => x.id === a || x.id === b),
    );
    if (busy) throw new Conflict(`One of them already has a pinned meeting in slot ${slot + 1}`);
  }
  const taken = new Set(c.meetings.filter((m) => m.slot === slot && m.pinned).map((m) => m.table));
  let table = 1;
  while (taken.has(table)) table++;
  if (slot !== null && table > c.tables)
    throw new Conflict(`Every table of slot ${slot + 1} already has a pinned meeting`);
  await writer.transaction((run) =>
    run(pinMeeting, {
      id,
      meetingId: randomUUID(),
      pairKey: key,
      memberIds: key.split("+"),
      slot: slot ?? 0,
      table,
      pinned: slot !== null,
      by,
    }),
  );
  return getConvention(reader, id);
}

/** Whom to invite: for each participant of one kind, the best ESS_BUSINESS suggestions of the other kind not invited yet. */
export interface InvitationProposal {
  organisation: OpportunityMember;
  /** The participant it is proposed for. */
  participant: OpportunityMember;
  opportunity: FoundOpportunity;
}

/** How deep the finder is asked, per participant (its paging window). */
const SUGGESTION_WINDOW = 500;
const PAGE = 100;

async function essBusinessSuggestions(finder: OpportunityFinder, organisationId: string, depth: number) {
  const out: FoundOpportunity[] = [];
  for (let offset = 0; offset < Math.min(depth, SUGGESTION_WINDOW); offset += PAGE) {
    const page = await finder.find({ kind: "ESS_BUSINESS", organisationId, limit: PAGE, offset, order: "SCORE" });
    out.push(...page);
    if (page.length < PAGE) break;
  }
  return out;
}

export async function proposals(
  reader: GraphReader,
  finder: OpportunityFinder,
  id: string,
  perParticipant: number,
  forIds?: string[],
): Promise<InvitationProposal[]> {
  const c = await getConvention(reader, id);
  checkCount(perParticipant, "perParticipant", 1, 50);
  const invited = new Set(c.participants.map((p) => p.organisation.id));
  const chosen = c.participants.filter((p) => !forIds || forIds.includes(p.organisation.id));
  const out: InvitationProposal[] = [];
  for (const p of chosen) {
    const found = await essBusinessSuggestions(finder, p.organisation.id, SUGGESTION_WINDOW);
    const fresh = found
      .filter(
        (o) => o.status !== "DECLINED" && o.members.every((m) => m.id === p.organisation.id || !invited.has(m.id)),
      )
      .slice(0, perParticipant);
    for (const o of fresh)
      out.push({
        organisation: o.members.find((m) => m.id !== p.organisation.id)!,
        participant: p.organisation,
        opportunity: o,
      });
  }
  return out;
}

/** Suggestion scores of the participants' ESS–business pairs, from the opportunity finder. */
async function pairScores(finder: OpportunityFinder, c: Convention): Promise<Map<string, FoundOpportunity>> {
  const invited = new Set(c.participants.map((p) => p.organisation.id));
  const scores = new Map<string, FoundOpportunity>();
  const structures = c.participants.filter((p) => p.organisation.kind === "EssStructure");
  for (const p of structures)
    for (const o of await essBusinessSuggestions(finder, p.organisation.id, SUGGESTION_WINDOW))
      if (o.members.every((m) => invited.has(m.id)) && o.status !== "DECLINED")
        scores.set(pairKey(o.members[0].id, o.members[1].id), o);
  return scores;
}

export async function solve(
  reader: GraphReader,
  writer: GraphWriter,
  finder: OpportunityFinder,
  id: string,
  weights: { suggestionWeight?: number; wishWeight?: number },
  by: string,
): Promise<Convention> {
  const c = await getConvention(reader, id);
  const suggestionWeight = checkWeight(weights.suggestionWeight ?? c.suggestionWeight, "suggestionWeight");
  const wishWeight = checkWeight(weights.wishWeight ?? c.wishWeight, "wishWeight");
  if (c.participants.length < 2) throw new Conflict("Invite at least two participants before planning the meetings");
  const scores = await pairScores(finder, c);
  const wishOf = new Map<string, number>();
  for (const w of c.wishes)
    wishOf.set(pairKey(w.fromId, w.toId), (wishOf.get(pairKey(w.fromId, w.toId)) ?? 0) + w.weight);
  const candidates = new Map<string, { a: string; b: string; score: number; wish: number; value: number }>();
  for (const key of new Set([...scores.keys(), ...wishOf.keys()])) {
    const [a, b] = key.split("+");
    const score = scores.get(key)?.score ?? 0;
    const wish = wishOf.get(key) ?? 0;
    // Suggestion scores are in [0, 1]: × 10 puts them on the scale of a wish's weight (1 to 3).
    const value = Math.round((score * 10 * suggestionWeight + wish * wishWeight) * 1000) / 1000;
    if (value > 0 || wish > 0) candidates.set(key, { a, b, score, wish, value });
  }
  const pinned = c.meetings.filter((m) => m.pinned);
  const done = c.meetings.filter((m) => m.outcome !== null && !m.pinned);
  const participants: PlanParticipant[] = c.participants.map((p) => ({
    id: p.organisation.id,
    minMeetings: p.minMeetings,
    maxMeetings: p.maxMeetings,
    unavailable: p.unavailableSlots,
  }));
  const model = buildScheduleModel({
    participants,
    slots: c.slots.length,
    tables: c.tables,
    pairs: [...candidates.values()],
    // Meetings whose outcome is recorded happened: they stay where they are, as pinned ones do.
    pinned: [...pinned, ...done].map((m) => ({ a: m.members[0].id, b: m.members[1].id, slot: m.slot })),
    forbidden: c.forbiddenPairs.map(([a, b]) => ({ a, b })),
  });
  const result = await solveSchedule(model, { relativeGap: 0.01, timeLimitSeconds: 60 });
  const existing = new Map(c.meetings.map((m) => [pairKey(m.members[0].id, m.members[1].id), m]));
  const kept = new Map(
    [...pinned, ...done].map((m) => [`${pairKey(m.members[0].id, m.members[1].id)}@${m.slot}`, m.table]),
  );
  const tabled = assignTables(result.meetings, kept);
  const solveReport: ConventionSolve = {
    status: result.status,
    gap: result.gap,
    objective: Math.round(result.objective * 1000) / 1000,
    seconds: Math.round(result.seconds * 100) / 100,
    columns: result.size.columns,
    rows: result.size.rows,
    at: new Date().toISOString(),
    suggestionWeight,
    wishWeight,
  };
  // An infeasible or failed solve keeps the grid as it was, and says why.
  const meetings = ["OPTIMAL", "WITHIN_GAP", "TIME_LIMIT", "EMPTY"].includes(result.status)
    ? tabled.map((m) => {
        const key = pairKey(m.a, m.b);
        const candidate = candidates.get(key);
        const before = existing.get(key);
        return {
          id: before?.id ?? randomUUID(),
          pairKey: key,
          memberIds: key.split("+"),
          slot: m.slot,
          table: m.table,
          pinned: before?.pinned ?? false,
          value: candidate?.value ?? 0,
          score: candidate?.score ?? 0,
          wish: candidate?.wish ?? 0,
          opportunityId: scores.get(key)?.id ?? null,
        };
      })
    : c.meetings.map((m) => {
        const key = pairKey(m.members[0].id, m.members[1].id);
        return { ...m, pairKey: key, memberIds: key.split("+") };
      });
  await writer.transaction((run) =>
    run(saveSchedule, {
      id,
      meetings: meetings.map((m) => ({
        id: m.id,
        pairKey: m.pairKey,
        memberIds: m.memberIds,
        slot: m.slot,
        table: m.table,
        pinned: m.pinned,
        value: m.value,
        score: m.score,
        wish: m.wish,
        opportunityId: m.opportunityId,
      })),
      solve: JSON.stringify(solveReport),
      by,
    }),
  );
  return getConvention(reader, id);
}

/** What a meeting's outcome records on the pair's opportunity. */
function lifecycleAction(outcome: MeetingOutcome, c: Convention, note: string | null): OpportunityAction | null {
  const provenance = `convention:${c.id}`;
  const said = note ? ` ${note}` : "";
  switch (outcome) {
    case "FOLLOW_UP":
      return {
        type: "CONTACTED",
        note: `Rencontre à la convention « ${c.title} » (${c.date}), à suivre.${said}`,
        provenance,
      };
    case "PARTNERSHIP":
      return {
        type: "ACCEPTED",
        note: `Partenariat né de la convention « ${c.title} » (${c.date}).${said}`,
        provenance,
      };
    case "PURCHASE":
      return {
        type: "ACCEPTED",
        partnershipKind: "COMMERCIAL",
        note: `Achat né de la convention « ${c.title} » (${c.date}).${said}`,
        provenance,
      };
    case "NOTHING":
      return {
        type: "DECLINED",
        reasonKind: "NOT_INTERESTED",
        reason: `Rencontre à la convention « ${c.title} » (${c.date}) sans suite.${said}`,
        provenance,
      };
    case "NOT_HELD":
      return null;
  }
}

export interface RecordedMeetingOutcome {
  convention: Convention;
  /** The pair's opportunity status after the outcome; null when the pair is not a suggestion Maillage makes. */
  opportunityStatus: string | null;
}

/**
 * Records a meeting's outcome and, for an ESS–business pair Maillage suggests,
 * the matching step of its opportunity (provenance "convention:<id>"). An
 * opportunity already further along (accepted before) keeps its status.
 */
export async function recordOutcomeOfMeeting(
  reader: GraphReader,
  writer: GraphWriter,
  finder: OpportunityFinder,
  id: string,
  meetingId: string,
  outcome: MeetingOutcome,
  note: string | null,
  by: string,
): Promise<RecordedMeetingOutcome> {
  const c = await getConvention(reader, id);
  const meeting = c.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new NotFound(`No meeting "${meetingId}" in this convention`);
  const text = checkText(note, "note", false);
  if (meeting.outcome !== null && meeting.outcome !== outcome)
    throw new Conflict("An outcome is already recorded for this meeting; it can be recorded once");
  const kinds = meeting.members.map((m) => m.kind).sort();
  const oppId =
    meeting.opportunityId ??
    (kinds[0] === "Business" && kinds[1] === "EssStructure"
      ? opportunityId(
          "ESS_BUSINESS",
          meeting.members.map((m) => m.id),
        )
      : null);
  const action = lifecycleAction(outcome, c, text);
  let status: string | null = null;
  if (oppId && action) {
    try {
      status = (await recordOutcome(finder, writer, oppId, action, by)).status;
    } catch (error) {
      if (error instanceof TransitionNotAllowed) status = (await finder.get(oppId))?.status ?? null;
      else if (error instanceof NotFound) status = null;
      else throw error;
    }
  }
  await writer.transaction((run) =>
    run(recordMeetingOutcome, { id, meetingId, outcome, note: text, opportunityStatus: status, by }),
  );
  return { convention: await getConvention(reader, id), opportunityStatus: status };
}

export interface ConventionYearOutcomes {
  year: number;
  planned: number;
  held: number;
  followUps: number;
  partnerships: number;
  purchases: number;
  nothing: number;
}

/** The programme's figures from its conventions: meetings planned and held, and what came of them, by year. */
export async function conventionOutcomes(
  reader: GraphReader,
  period: { from?: string; to?: string },
): Promise<ConventionYearOutcomes[]> {
  if (period.from) checkDate(period.from, "from");
  if (period.to) checkDate(period.to, "to");
  const rows = await reader.read(conventionOutcomeCounts, { from: period.from ?? null, to: period.to ?? null });
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort();
  return years.map((year) => {
    const count = (outcome: string | null) =>
      rows.filter((r) => Number(r.year) === year && r.outcome === outcome).reduce((s, r) => s + Number(r.count), 0);
    const planned = rows.filter((r) => Number(r.year) === year).reduce((s, r) => s + Number(r.count), 0);
    return {
      year,
      planned,
      held: planned - count(null) - count("NOT_HELD"),
      followUps: count("FOLLOW_UP"),
      partnerships: count("PARTNERSHIP"),
      purchases: count("PURCHASE"),
      nothing: count("NOTHING"),
    };
  });
}
