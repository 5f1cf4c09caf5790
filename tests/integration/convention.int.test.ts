/**
 * The business convention planner through the API, on the seeded graph:
 * coordinators only; a convention created, participants invited from the
 * opportunity finder's proposals, wishes and unavailabilities (CSV with
 * per-line errors), the grid solved by HiGHS under every constraint, a pin
 * and a forbidden pair kept by the next solve, an agenda as iCalendar, and a
 * meeting's outcome written into the opportunity's lifecycle with the
 * convention as provenance and counted on the programme's figures.
 */
import ICAL from "ical.js";
import { startHarness, type Harness } from "./harness";

const FIELDS = `id title date slots { index start end } tables
  participants { organisation { id name kind } minMeetings maxMeetings unavailableSlots attendee email }
  wishes { fromId toId weight } forbiddenPairs
  meetings { id slot table pinned value score wish outcome opportunityId members { id kind } }
  solve { status gap objective columns rows }`;
const INPUT = {
  title: "Top 10 des entreprises engagées (essai)",
  date: "2027-03-18",
  place: "Créteil",
  startTime: "09:00",
  endTime: "12:00",
  slotMinutes: 20,
  breaks: ["10:20-10:40"],
  tables: 4,
  defaultMinMeetings: 0,
  defaultMaxMeetings: 4,
};

type Meeting = {
  id: string;
  slot: number;
  table: number;
  pinned: boolean;
  members: { id: string; kind: string }[];
  opportunityId: string | null;
};
type Conv = {
  id: string;
  slots: unknown[];
  tables: number;
  participants: { organisation: { id: string; kind: string }; maxMeetings: number; unavailableSlots: number[] }[];
  meetings: Meeting[];
  forbiddenPairs: string[][];
  solve: { status: string; gap: number | null; objective: number } | null;
};

/** Every constraint a user would check on the printed grid. */
function expectValidGrid(c: Conv) {
  const seen = new Set<string>();
  const pairs = new Set<string>();
  const count = new Map<string, number>();
  for (const m of c.meetings) {
    const key = m.members
      .map((x) => x.id)
      .sort()
      .join("+");
    expect(pairs.has(key)).toBe(false);
    pairs.add(key);
    expect(m.table).toBeGreaterThanOrEqual(1);
    expect(m.table).toBeLessThanOrEqual(c.tables);
    expect(seen.has(`table ${m.table}@${m.slot}`)).toBe(false);
    seen.add(`table ${m.table}@${m.slot}`);
    for (const x of m.members) {
      expect(seen.has(`${x.id}@${m.slot}`)).toBe(false);
      seen.add(`${x.id}@${m.slot}`);
      count.set(x.id, (count.get(x.id) ?? 0) + 1);
      const p = c.participants.find((q) => q.organisation.id === x.id)!;
      if (!m.pinned) expect(p.unavailableSlots).not.toContain(m.slot);
    }
  }
  for (const p of c.participants) expect(count.get(p.organisation.id) ?? 0).toBeLessThanOrEqual(p.maxMeetings);
  for (const [a, b] of c.forbiddenPairs) expect(pairs.has([a, b].sort().join("+"))).toBe(false);
}

describe("the business convention planner", () => {
  let api: Harness;
  let claire: string;
  let conventionId = "";
  const touchedOpportunities: string[] = [];
  beforeAll(async () => {
    api = await startHarness();
    claire = await api.token("coordinator", "claire-convention");
  });
  afterAll(async () => {
    for (const id of touchedOpportunities)
      await api.gql(`mutation($id: ID!) { undoOpportunityStep(id: $id) { id } }`, { id }, claire);
    if (conventionId) await api.gql(`mutation($id: ID!) { deleteConvention(id: $id) }`, { id: conventionId }, claire);
    await api.close();
  });

  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await api.gql(query, variables, claire);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  it("is for coordinators only: anonymous callers and researchers are refused", async () => {
    const anonymous = await api.gql(`{ conventions { id } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const researcher = await api.gql(`{ conventions { id } }`, {}, await api.token("researcher", "rita"));
    expect(researcher.errors?.[0].message).toMatch(/only a coordinator may read business conventions/);
    const created = await api.gql(`mutation($input: ConventionInput!) { createConvention(input: $input) { id } }`, {
      input: INPUT,
    });
    expect(created.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a day it cannot cut into slots, saying which setting is wrong", async () => {
    const res = await api.gql(
      `mutation($input: ConventionInput!) { createConvention(input: $input) { id } }`,
      { input: { ...INPUT, startTime: "9h" } },
      claire,
    );
    expect(res.errors?.[0].message).toBe('startTime must be a time such as 09:30 (got "9h")');
    expect(res.errors?.[0].message).not.toMatch(/\/|at /);
  });

  it("creates a convention, invites structures, proposes businesses with reasons, plans a valid grid, and keeps a pin and a forbidden pair", async () => {
    const created = (
      await call(`mutation($input: ConventionInput!) { createConvention(input: $input) { ${FIELDS} } }`, {
        input: INPUT,
      })
    ).createConvention as Conv;
    conventionId = created.id;
    expect(created.slots).toHaveLength(8);

    // Three ESS structures Maillage has business suggestions for.
    const suggested = (
      await call(`{ opportunities(kind: ESS_BUSINESS, limit: 60, order: SCORE) { members { id kind } } }`)
    ).opportunities as { members: { id: string; kind: string }[] }[];
    const structures = [...new Set(suggested.map((o) => o.members.find((m) => m.kind === "EssStructure")!.id))].slice(
      0,
      3,
    );
    await call(`mutation($id: ID!, $ids: [ID!]!) { inviteToConvention(id: $id, organisationIds: $ids) { id } }`, {
      id: conventionId,
      ids: structures,
    });

    const proposals = (
      await call(
        `query($id: ID!) { conventionProposals(id: $id, perParticipant: 4) {
          organisation { id kind } participant { id } opportunity { id score explanation(language: FR) } } }`,
        { id: conventionId },
      )
    ).conventionProposals as {
      organisation: { id: string; kind: string };
      participant: { id: string };
      opportunity: { explanation: string[] };
    }[];
    expect(proposals.length).toBeGreaterThan(3);
    for (const p of proposals) {
      expect(p.organisation.kind).toBe("Business");
      expect(structures).toContain(p.participant.id);
      expect(p.opportunity.explanation.length).toBeGreaterThan(0);
    }
    const businesses = [...new Set(proposals.map((p) => p.organisation.id))];
    let c = (
      await call(
        `mutation($id: ID!, $ids: [ID!]!) { inviteToConvention(id: $id, organisationIds: $ids) { ${FIELDS} } }`,
        {
          id: conventionId,
          ids: businesses,
        },
      )
    ).inviteToConvention as Conv;
    expect(c.participants).toHaveLength(structures.length + businesses.length);

    // Proposals now leave out whoever is invited.
    const again = (
      await call(`query($id: ID!) { conventionProposals(id: $id, perParticipant: 4) { organisation { id } } }`, {
        id: conventionId,
      })
    ).conventionProposals as { organisation: { id: string } }[];
    for (const p of again) expect(businesses).not.toContain(p.organisation.id);

    // A wrong CSV imports nothing and names its lines; a right one imports all.
    const bad = (
      await call(
        `mutation($id: ID!, $csv: String!) { importConventionCsv(id: $id, csv: $csv) { wishes errors { line code value message } } }`,
        {
          id: conventionId,
          csv: `${structures[0]};souhait;${businesses[0]};2\n${businesses[1]};indisponible;12\nNobody;souhait;${structures[0]}`,
        },
      )
    ).importConventionCsv;
    expect(bad).toEqual({
      wishes: 0,
      errors: [
        { line: 2, code: "BAD_SLOT", value: "12", message: "Slot « 12 » is not between 1 and 8" },
        {
          line: 3,
          code: "UNKNOWN_PARTICIPANT",
          value: "Nobody",
          message: "Participant « Nobody » is not among the convention's participants",
        },
      ],
    });
    const good = (
      await call(
        `mutation($id: ID!, $csv: String!) { importConventionCsv(id: $id, csv: $csv) { wishes unavailabilities errors { line } convention { ${FIELDS} } } }`,
        {
          id: conventionId,
          csv: `participant;type;avec;poids\n${structures[0]};souhait;${businesses[0]};3\n${businesses[1]};indisponible;1-4`,
        },
      )
    ).importConventionCsv;
    expect(good).toMatchObject({ wishes: 1, unavailabilities: 1, errors: [] });
    c = good.convention;
    expect(c.participants.find((p) => p.organisation.id === businesses[1])!.unavailableSlots).toEqual([0, 1, 2, 3]);

    c = (await call(`mutation($id: ID!) { solveConvention(id: $id) { ${FIELDS} } }`, { id: conventionId }))
      .solveConvention as Conv;
    expect(["OPTIMAL", "WITHIN_GAP"]).toContain(c.solve!.status);
    expect(c.solve!.gap).toBeLessThanOrEqual(0.01);
    expect(c.meetings.length).toBeGreaterThan(3);
    expectValidGrid(c);
    const wished = c.meetings.find(
      (m) =>
        m.members
          .map((x) => x.id)
          .sort()
          .join("+") === [structures[0], businesses[0]].sort().join("+"),
    );
    expect(wished).toBeDefined();

    // Pin one meeting at the last slot, forbid another pair, solve again.
    const [toPin, toForbid] = c.meetings.filter((m) => m !== wished);
    const [a, b] = toPin.members.map((x) => x.id);
    await call(`mutation($id: ID!, $a: ID!, $b: ID!) { pinConventionMeeting(id: $id, a: $a, b: $b, slot: 7) { id } }`, {
      id: conventionId,
      a,
      b,
    });
    const [x, y] = toForbid.members.map((m) => m.id);
    await call(`mutation($id: ID!, $a: ID!, $b: ID!) { forbidConventionPair(id: $id, a: $a, b: $b) { id } }`, {
      id: conventionId,
      a: x,
      b: y,
    });
    c = (
      await call(`mutation($id: ID!) { solveConvention(id: $id, wishWeight: 2) { ${FIELDS} } }`, { id: conventionId })
    ).solveConvention as Conv;
    expectValidGrid(c);
    expect(c.meetings).toContainEqual(expect.objectContaining({ id: toPin.id, slot: 7, pinned: true }));
    expect(c.meetings.some((m) => m.members.some((q) => q.id === x) && m.members.some((q) => q.id === y))).toBe(false);
  });

  it("gives each participant's agenda as an iCalendar file, in French or English", async () => {
    const c = (await call(`query($id: ID!) { convention(id: $id) { ${FIELDS} } }`, { id: conventionId }))
      .convention as Conv;
    const someone = c.meetings[0].members[0].id;
    const mine = c.meetings.filter((m) => m.members.some((x) => x.id === someone));
    for (const language of ["FR", "EN"]) {
      const ics = (
        await call(
          `query($id: ID!, $o: ID!, $l: Language!) { conventionAgendaIcs(id: $id, organisationId: $o, language: $l) }`,
          {
            id: conventionId,
            o: someone,
            l: language,
          },
        )
      ).conventionAgendaIcs as string;
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(mine.length);
      expect(events[0].summary).toMatch(language === "FR" ? /^Rendez-vous avec / : /^Meeting with /);
      expect(events[0].startDate.toString()).toMatch(/^2027-03-18T(09|1[01]):/);
    }
  });

  it("records a meeting's outcome into the pair's opportunity, with the convention as provenance, and counts it for the year", async () => {
    const c = (await call(`query($id: ID!) { convention(id: $id) { ${FIELDS} } }`, { id: conventionId }))
      .convention as Conv;
    const meeting = c.meetings.find((m) => m.opportunityId)!;
    touchedOpportunities.push(meeting.opportunityId!);
    const recorded = (
      await call(
        `mutation($id: ID!, $m: ID!) { recordConventionMeetingOutcome(id: $id, meetingId: $m, outcome: PARTNERSHIP, note: "Contrat de traiteur") {
          opportunityStatus convention { meetings { id outcome } } } }`,
        { id: conventionId, m: meeting.id },
      )
    ).recordConventionMeetingOutcome;
    expect(recorded.opportunityStatus).toBe("ACCEPTED");
    expect(recorded.convention.meetings).toContainEqual({ id: meeting.id, outcome: "PARTNERSHIP" });
    const log = (
      await call(`{ recordedOpportunities(status: ACCEPTED, limit: 500) { id history { status provenance note } } }`)
    ).recordedOpportunities as { id: string; history: { status: string; provenance: string | null; note: string }[] }[];
    expect(log.find((o) => o.id === meeting.opportunityId)!.history.at(-1)).toMatchObject({
      status: "ACCEPTED",
      provenance: `convention:${conventionId}`,
      note: expect.stringContaining("Contrat de traiteur"),
    });
    // Public counts only: anyone reads them.
    const figures = (
      await api.gql(
        `{ conventionOutcomes(from: "2027-01-01", to: "2028-01-01") { year planned held partnerships followUps } }`,
      )
    ).data!.conventionOutcomes;
    expect(figures).toEqual([{ year: 2027, planned: c.meetings.length, held: 1, partnerships: 1, followUps: 0 }]);
  });
});
