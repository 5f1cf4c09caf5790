/**
 * The convention planner's pure pieces: the solver's report in words, the
 * grid as rows of slots and tables, a participant's day, the reception-desk
 * list and a downloaded file's name. Pure functions of the API's answers.
 */
import type { TFunction } from "i18next";

export interface GridMember {
  id: string;
  name: string;
  kind: string;
  illustrative: boolean;
}
export interface GridMeeting {
  id: string;
  slot: number;
  table: number;
  pinned: boolean;
  members: readonly GridMember[];
}
export interface GridSlot {
  index: number;
  start: string;
  end: string;
}

/** The solver's status and gap as a coordinator reads them (« Grille optimale », « à 0,4 % au plus de la meilleure »). */
export function solveInWords(
  solve: { status: string; gap: number | null } | null,
  t: TFunction,
  language: string,
): string | null {
  if (!solve) return null;
  const gap =
    solve.gap === null
      ? null
      : new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 2 }).format(solve.gap);
  return t(`convention.solve.status.${solve.status}`, { gap: gap ?? "?" });
}

/** Rows of the grid: one per slot, one cell per table (null: free table). */
export function gridRows<M extends GridMeeting>(slots: readonly GridSlot[], meetings: readonly M[], tables: number) {
  return slots.map((slot) => ({
    slot,
    cells: Array.from(
      { length: tables },
      (_, i) => meetings.find((m) => m.slot === slot.index && m.table === i + 1) ?? null,
    ),
  }));
}

/** A participant's day: each slot with its meeting (the other member and the table) or free. */
export function dayOf<M extends GridMeeting>(
  slots: readonly GridSlot[],
  meetings: readonly M[],
  organisationId: string,
) {
  return slots.map((slot) => {
    const meeting = meetings.find((m) => m.slot === slot.index && m.members.some((x) => x.id === organisationId));
    return { slot, meeting: meeting ?? null, other: meeting?.members.find((x) => x.id !== organisationId) ?? null };
  });
}

/** The reception desk's list: participants by name, each with its number of meetings and first slot. */
export function receptionList<M extends GridMeeting>(
  participants: readonly { organisation: GridMember; attendee: string | null }[],
  slots: readonly GridSlot[],
  meetings: readonly M[],
  locale: string,
) {
  return [...participants]
    .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, locale))
    .map((p) => {
      const mine = meetings.filter((m) => m.members.some((x) => x.id === p.organisation.id));
      const first = mine.length ? slots.find((s) => s.index === Math.min(...mine.map((m) => m.slot))) : undefined;
      return { ...p, meetings: mine.length, firstSlot: first ?? null };
    });
}

/** A file name from a title: letters, digits and dashes. */
export function fileName(title: string, extension: string): string {
  const base = title
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return `${base || "agenda"}.${extension}`;
}
