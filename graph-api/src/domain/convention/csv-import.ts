/**
 * Wishes and unavailabilities typed in a spreadsheet, read from CSV (comma
 * or semicolon, as French spreadsheets write it). One line per fact:
 *
 *   participant;type;with_or_slots;weight
 *   Régie de quartier;souhait;Boulangerie Dupain;3
 *   Boulangerie Dupain;indisponible;1-3
 *
 * `participant` and `with_or_slots` (for a wish) name invited organisations
 * by their name or id; `type` is « souhait » / wish or « indisponible » /
 * unavailable; slots are numbered from 1 as the grid shows them, single or as
 * ranges, apart by spaces or commas (« 1-3 5 »; commas inside quotes when the
 * file's separator is a comma); weight 1 to 3
 * (1 when empty). Every line is checked; one error anywhere and nothing is
 * imported, each error saying its line. Pure.
 */
import Papa from "papaparse";

export interface ImportedWish {
  from: string;
  to: string;
  weight: number;
}
export interface ImportedUnavailability {
  participant: string;
  slots: number[];
}
/** Why a line was refused, for the explorer to say in its language (with `value`, the text at fault). */
export type CsvProblem =
  | "UNKNOWN_PARTICIPANT"
  | "AMBIGUOUS_NAME"
  | "MISSING_PARTICIPANT"
  | "BAD_WEIGHT"
  | "SELF_WISH"
  | "NO_SLOTS"
  | "BAD_SLOT"
  | "BAD_TYPE"
  | "TOO_MANY_LINES";

export interface CsvLineError {
  line: number;
  code: CsvProblem;
  /** The text at fault, as written ("" when missing). */
  value: string;
  message: string;
}
export interface CsvImport {
  wishes: ImportedWish[];
  unavailabilities: ImportedUnavailability[];
  errors: CsvLineError[];
}

export const MAX_CSV_LINES = 5000;
const WISH = new Set(["souhait", "wish", "rencontre", "meet"]);
const AWAY = new Set(["indisponible", "unavailable", "absent", "absence"]);

/** One CSV line's cells (quotes allowed, "" inside quotes for a quote), by Papa Parse. */
const cells = (line: string, separator: string): string[] =>
  (Papa.parse<string[]>(line, { delimiter: separator }).data[0] ?? []).map((c) => c.trim());

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

export function parseConventionCsv(
  text: string,
  participants: readonly { id: string; name: string }[],
  slotCount: number,
): CsvImport {
  const errors: CsvLineError[] = [];
  const wishes: ImportedWish[] = [];
  const unavailabilities: ImportedUnavailability[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  if (lines.length > MAX_CSV_LINES + 1)
    return {
      wishes,
      unavailabilities,
      errors: [
        {
          line: MAX_CSV_LINES + 1,
          code: "TOO_MANY_LINES",
          value: String(MAX_CSV_LINES),
          message: `More than ${MAX_CSV_LINES} lines`,
        },
      ],
    };
  const first = lines.find((l) => l.trim() !== "") ?? "";
  const separator = first.split(";").length >= first.split(",").length ? ";" : ",";
  const byId = new Map(participants.map((p) => [p.id, p.id]));
  const byName = new Map<string, string[]>();
  for (const p of participants) byName.set(fold(p.name), [...(byName.get(fold(p.name)) ?? []), p.id]);
  const who = (value: string, line: number, what: string): string | null => {
    if (byId.has(value)) return value;
    const found = byName.get(fold(value)) ?? [];
    if (found.length === 1) return found[0];
    const code = !value ? "MISSING_PARTICIPANT" : found.length > 1 ? "AMBIGUOUS_NAME" : "UNKNOWN_PARTICIPANT";
    errors.push({
      line,
      code,
      value,
      message:
        code === "MISSING_PARTICIPANT"
          ? `${what} is missing`
          : code === "AMBIGUOUS_NAME"
            ? `${what} « ${value} »: several participants have this name; write its id instead`
            : `${what} « ${value} » is not among the convention's participants`,
    });
    return null;
  };
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    const [participant = "", type = "", other = "", weight = ""] = cells(raw, separator);
    const kind = fold(type);
    // A header line (its second cell names the column) is skipped.
    if (line === lines.indexOf(first) + 1 && (kind === "type" || kind === "nature")) return;
    if (WISH.has(kind)) {
      const from = who(participant, line, "Participant");
      const to = who(other, line, "The participant to meet");
      const w = weight === "" ? 1 : Number(weight);
      if (!Number.isInteger(w) || w < 1 || w > 3) {
        errors.push({
          line,
          code: "BAD_WEIGHT",
          value: weight,
          message: `Weight must be 1, 2 or 3 (got « ${weight} »)`,
        });
        return;
      }
      if (from && to && from === to) {
        errors.push({
          line,
          code: "SELF_WISH",
          value: participant,
          message: "A participant cannot wish to meet itself",
        });
        return;
      }
      if (from && to) wishes.push({ from, to, weight: w });
    } else if (AWAY.has(kind)) {
      const id = who(participant, line, "Participant");
      const slots = new Set<number>();
      const parts = other.split(/[\s,]+/).filter(Boolean);
      if (parts.length === 0)
        errors.push({
          line,
          code: "NO_SLOTS",
          value: "",
          message: "Which slots? Write them as 1-3 or 2 5 (numbered from 1)",
        });
      for (const part of parts) {
        const range = /^(\d+)(?:-(\d+))?$/.exec(part);
        const a = range ? Number(range[1]) : NaN;
        const b = range?.[2] ? Number(range[2]) : a;
        if (!range || a < 1 || b > slotCount || b < a) {
          errors.push({
            line,
            code: "BAD_SLOT",
            value: part,
            message: `Slot « ${part} » is not between 1 and ${slotCount}`,
          });
          continue;
        }
        for (let s = a; s <= b; s++) slots.add(s - 1);
      }
      if (id && slots.size) unavailabilities.push({ participant: id, slots: [...slots].sort((x, y) => x - y) });
    } else {
      errors.push({
        line,
        code: "BAD_TYPE",
        value: type,
        message: `Type must be « souhait » or « indisponible » (got « ${type} »)`,
      });
    }
  });
  return errors.length ? { wishes: [], unavailabilities: [], errors } : { wishes, unavailabilities, errors };
}
