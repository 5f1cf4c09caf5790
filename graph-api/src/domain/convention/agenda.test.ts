import ICAL from "ical.js";
import { agendaIcs, agendaOf } from "./agenda";
import type { Convention } from "./conventions";

const member = (id: string, name: string, kind: string) => ({ id, name, kind, inseeCode: null, illustrative: false });
const convention: Convention = {
  id: "c1",
  title: "Top 10, édition 2027",
  date: "2027-03-18",
  place: "Maison de l'innovation, Créteil",
  startTime: "09:00",
  endTime: "10:00",
  slotMinutes: 20,
  breaks: [],
  tables: 2,
  defaultMinMeetings: 0,
  defaultMaxMeetings: 3,
  suggestionWeight: 1,
  wishWeight: 1,
  slots: [
    { index: 0, start: "09:00", end: "09:20" },
    { index: 1, start: "09:20", end: "09:40" },
    { index: 2, start: "09:40", end: "10:00" },
  ],
  participants: [
    { organisation: member("s1", "Régie de quartier", "EssStructure") },
    { organisation: member("b1", "Boulangerie Dupain; fournil", "Business") },
    { organisation: member("b2", "Transports Martin", "Business") },
  ].map((p) => ({
    ...p,
    minMeetings: 0,
    maxMeetings: 3,
    usesDefaults: true,
    unavailableSlots: [],
    attendee: null,
    email: null,
  })),
  wishes: [],
  forbiddenPairs: [],
  meetings: [
    { slot: 0, table: 2, other: "b1" },
    { slot: 2, table: 1, other: "b2" },
  ].map((m, i) => ({
    id: `m${i}`,
    slot: m.slot,
    table: m.table,
    members: [
      member("s1", "Régie de quartier", "EssStructure"),
      member(m.other, m.other === "b1" ? "Boulangerie Dupain; fournil" : "Transports Martin", "Business"),
    ],
    pinned: false,
    value: 1,
    score: 0.5,
    wish: 0,
    outcome: null,
    outcomeNote: null,
    opportunityId: null,
  })),
  solve: null,
  updatedAt: "2027-01-01T00:00:00Z",
};

describe("a participant's agenda", () => {
  it("lists every slot of the day, with the meeting or a free slot", () => {
    expect(agendaOf(convention, "s1").map((l) => l.meeting?.id ?? null)).toEqual(["m0", null, "m1"]);
  });

  it("is an iCalendar file a calendar library reads back: the meetings at the venue's times, with whom and at which table", () => {
    for (const language of ["fr", "en"] as const) {
      const calendar = new ICAL.Component(ICAL.parse(agendaIcs(convention, "s1", language)));
      const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      expect(events.map((e) => [e.startDate.toString(), e.endDate.toString()])).toEqual([
        ["2027-03-18T09:00:00", "2027-03-18T09:20:00"],
        ["2027-03-18T09:40:00", "2027-03-18T10:00:00"],
      ]);
      expect(events[0].summary).toBe(
        language === "fr"
          ? "Rendez-vous avec Boulangerie Dupain; fournil (table 2)"
          : "Meeting with Boulangerie Dupain; fournil (table 2)",
      );
      expect(events[0].location).toBe("Maison de l'innovation, Créteil, table 2");
      expect(new Set(events.map((e) => e.uid)).size).toBe(2);
    }
  });
});
