/**
 * The dashboard as a report: a year compared with the one before, and where
 * each figure comes from, in words. Pure functions of the API's answers.
 */
import type { TFunction } from "i18next";

export interface YearFigure {
  key: string;
  /** The figure this year and the year before; null when there is none (no call that year, not published). */
  current: number | null;
  previous: number | null;
  /** How to write it. */
  unit: "count" | "eur";
}

export interface PeriodInput {
  calls: { year: number; envelopeEur: number | null; laureateCount: number | null }[];
  events: { year: number | null }[];
  outcomes: {
    current: { recorded: number; contacted: number; accepted: number; declined: number };
    previous: { recorded: number; contacted: number; accepted: number; declined: number };
  } | null;
  /** What the year's business conventions gave (meetings held, follow-ups, partnerships, purchases). */
  conventionMeetings?: {
    current: readonly ConventionCounts[];
    previous: readonly ConventionCounts[];
  } | null;
}

export interface ConventionCounts {
  held: number;
  followUps: number;
  partnerships: number;
  purchases: number;
}

/** [from, to) of a calendar year, as the API takes them. */
export function yearDates(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}

/** The figures of `year` beside those of the year before. */
export function compareYears(input: PeriodInput, year: number): YearFigure[] {
  const call = (y: number) => input.calls.find((c) => c.year === y);
  const sumCalls = (y: number, pick: (c: PeriodInput["calls"][number]) => number | null) => {
    const c = call(y);
    return c ? pick(c) : null;
  };
  const figures: YearFigure[] = [
    {
      key: "callEnvelope",
      current: sumCalls(year, (c) => c.envelopeEur),
      previous: sumCalls(year - 1, (c) => c.envelopeEur),
      unit: "eur",
    },
    {
      key: "callLaureates",
      current: sumCalls(year, (c) => c.laureateCount),
      previous: sumCalls(year - 1, (c) => c.laureateCount),
      unit: "count",
    },
    {
      key: "conventions",
      current: input.events.filter((e) => e.year === year).length,
      previous: input.events.filter((e) => e.year === year - 1).length,
      unit: "count",
    },
  ];
  if (input.conventionMeetings) {
    const sum = (rows: readonly ConventionCounts[], k: keyof ConventionCounts) => rows.reduce((t, r) => t + r[k], 0);
    for (const k of ["held", "followUps", "partnerships", "purchases"] as const)
      figures.push({
        key: `conventionMeetings.${k}`,
        current: sum(input.conventionMeetings.current, k),
        previous: sum(input.conventionMeetings.previous, k),
        unit: "count",
      });
  }
  if (input.outcomes) {
    for (const k of ["recorded", "contacted", "accepted", "declined"] as const)
      figures.push({
        key: `introductions.${k}`,
        current: input.outcomes.current[k],
        previous: input.outcomes.previous[k],
        unit: "count",
      });
  }
  return figures;
}

/** The change from the year before, signed (« +3 », « −2 », « = »); null when either is unknown. */
export function change(figure: Pick<YearFigure, "current" | "previous">, format: (n: number) => string): string | null {
  if (figure.current === null || figure.previous === null) return null;
  const delta = figure.current - figure.previous;
  if (delta === 0) return "=";
  return delta > 0 ? `+${format(delta)}` : `−${format(-delta)}`;
}

/** A web address without its scheme, as the data keeps them ("sudestavenir.fr/…"). */
const WEB = /^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(\/\S*)?$/i;

/**
 * Where a figure comes from, in the interface's words: the programme's text
 * (with the passage, when given), a public page (its site named), or the
 * source as written when it is neither.
 */
export function sourceInWords(
  source: string | null | undefined,
  sourceRef: string | null | undefined,
  t: TFunction,
): string {
  const text = source ?? "";
  if (text === "programme text" || text.includes("programme-ess-gpsea")) {
    const passage = sourceRef?.includes(": ") ? sourceRef.slice(sourceRef.indexOf(": ") + 2) : null;
    return passage ? t("dashboard.sources.programmePassage", { passage }) : t("dashboard.sources.programme");
  }
  if (WEB.test(text)) {
    const site = text
      .replace(/^https?:\/\//, "")
      .split("/")[0]
      .replace(/^www\./, "");
    return t("dashboard.sources.page", { site });
  }
  return text || t("dashboard.sources.unknown");
}
