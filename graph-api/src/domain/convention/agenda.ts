/**
 * What the day needs from the grid: each participant's agenda, and the same
 * as an iCalendar file (RFC 5545, written by ical-generator) in French or
 * English. Times are the venue's local times ("floating" in RFC 5545 terms:
 * a calendar shows 09:00 as 09:00 wherever it is opened). Pure.
 */
import ical from "ical-generator";
import type { Convention, ConventionMeeting } from "./conventions";
import { InvalidConvention, type Slot } from "./day";

export type AgendaLanguage = "fr" | "en";

export interface AgendaLine {
  slot: Slot;
  meeting: ConventionMeeting | null;
}

/** A participant's day, slot by slot (null: no meeting in that slot). */
export function agendaOf(c: Convention, organisationId: string): AgendaLine[] {
  if (!c.participants.some((p) => p.organisation.id === organisationId))
    throw new InvalidConvention(`"${organisationId}" is not a participant of this convention`, "organisationId");
  return c.slots.map((slot) => ({
    slot,
    meeting: c.meetings.find((m) => m.slot === slot.index && m.members.some((x) => x.id === organisationId)) ?? null,
  }));
}

const at = (date: string, time: string) =>
  new Date(
    Date.UTC(
      Number(date.slice(0, 4)),
      Number(date.slice(5, 7)) - 1,
      Number(date.slice(8, 10)),
      Number(time.slice(0, 2)),
      Number(time.slice(3, 5)),
    ),
  );

export function agendaIcs(c: Convention, organisationId: string, language: AgendaLanguage): string {
  const fr = language === "fr";
  const me = c.participants.find((p) => p.organisation.id === organisationId)!;
  const lines = agendaOf(c, organisationId);
  const calendar = ical({
    name: fr
      ? `${c.title} : rendez-vous de ${me.organisation.name}`
      : `${c.title}: meetings of ${me.organisation.name}`,
    prodId: { company: "Maillage", product: "Convention", language: fr ? "FR" : "EN" },
  });
  for (const { slot, meeting } of lines) {
    if (!meeting) continue;
    const other = meeting.members.find((m) => m.id !== organisationId)!;
    const table = `table ${meeting.table}`;
    calendar.createEvent({
      id: `${meeting.id}-${organisationId}@maillage`,
      start: at(c.date, slot.start),
      end: at(c.date, slot.end),
      floating: true,
      summary: fr ? `Rendez-vous avec ${other.name} (${table})` : `Meeting with ${other.name} (${table})`,
      location: [c.place, table].filter(Boolean).join(", "),
      description: fr
        ? `${c.title}, créneau ${slot.index + 1} (${slot.start}–${slot.end}), ${table}.`
        : `${c.title}, slot ${slot.index + 1} (${slot.start}–${slot.end}), ${table}.`,
    });
  }
  return calendar.toString();
}
