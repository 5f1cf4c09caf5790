/**
 * A convention's day: its meeting slots from the opening and closing times,
 * the slot length and the breaks; and the checks on what a coordinator types.
 * Pure functions.
 */
import { InvalidArgument } from "../errors";

export class InvalidConvention extends InvalidArgument {}

export interface TimeRange {
  start: string;
  end: string;
}

export interface ConventionDay {
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, local time of the venue. */
  startTime: string;
  endTime: string;
  slotMinutes: number;
  breaks: readonly TimeRange[];
}

export interface Slot {
  index: number;
  start: string;
  end: string;
}

/** More slots than this make a day no coordinator plans (and a programme too large). */
export const MAX_SLOTS = 48;
export const MAX_TABLES = 200;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export function checkTime(value: string, argument: string): string {
  if (!TIME.test(value))
    throw new InvalidConvention(`${argument} must be a time such as 09:30 (got "${value}")`, argument);
  return value;
}

export function checkDate(value: string, argument = "date"): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw new InvalidConvention(`${argument} must be a date such as 2027-03-18 (got "${value}")`, argument);
  return value;
}

/** A break as typed: HH:MM-HH:MM. */
export function parseBreak(text: string, index: number): TimeRange {
  const m = /^\s*(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})\s*$/.exec(text);
  if (!m)
    throw new InvalidConvention(
      `Break ${index + 1} must be written as two times, such as 10:20-10:40 (got "${text}")`,
      "breaks",
    );
  return { start: m[1], end: m[2] };
}

/** The slots of the day: back to back from the opening, skipping those that overlap a break, none past closing. */
export function daySlots(day: ConventionDay): Slot[] {
  checkDate(day.date);
  const open = minutes(checkTime(day.startTime, "startTime"));
  const close = minutes(checkTime(day.endTime, "endTime"));
  if (close <= open) throw new InvalidConvention(`endTime must be after startTime (${day.startTime})`, "endTime");
  if (!Number.isInteger(day.slotMinutes) || day.slotMinutes < 5 || day.slotMinutes > 240)
    throw new InvalidConvention(
      `slotMinutes must be a whole number of minutes from 5 to 240 (got ${day.slotMinutes})`,
      "slotMinutes",
    );
  const breaks = day.breaks.map((b, i) => {
    const from = minutes(checkTime(b.start, `breaks[${i + 1}].start`));
    const to = minutes(checkTime(b.end, `breaks[${i + 1}].end`));
    if (to <= from) throw new InvalidConvention(`Break ${i + 1} ends before it starts (${b.start}–${b.end})`, "breaks");
    return { from, to };
  });
  const slots: Slot[] = [];
  let at = open;
  while (at + day.slotMinutes <= close) {
    const end = at + day.slotMinutes;
    const inBreak = breaks.find((b) => at < b.to && end > b.from);
    if (inBreak) {
      at = Math.max(at + 1, inBreak.to);
      continue;
    }
    slots.push({ index: slots.length, start: hhmm(at), end: hhmm(end) });
    at = end;
  }
  if (slots.length === 0)
    throw new InvalidConvention(
      `No meeting slot fits between ${day.startTime} and ${day.endTime} with these breaks`,
      "slotMinutes",
    );
  if (slots.length > MAX_SLOTS)
    throw new InvalidConvention(
      `The day has ${slots.length} slots; at most ${MAX_SLOTS}: choose longer slots`,
      "slotMinutes",
    );
  return slots;
}
