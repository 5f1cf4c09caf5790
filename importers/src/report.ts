/**
 * The rejection report: one CSV line per rejected row (file, line, reason,
 * the row's key columns) and per hand-edited field the import left alone; and
 * the skip reasons, counted. Written as rows come, so a 2 GB file with many
 * rejects does not fill memory.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { basename } from "node:path";

const quote = (v: string) => (/[";\n\r,]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export class ImportReport {
  private readonly out: WriteStream;
  private opened: Promise<void>;
  readonly skipReasons = new Map<string, number>();
  rejected = 0;
  kept = 0;
  notes = 0;

  constructor(readonly path: string) {
    this.out = createWriteStream(path, { encoding: "utf8" });
    this.opened = new Promise((resolve, reject) => {
      this.out.once("open", () => resolve());
      this.out.once("error", reject);
    });
    // A BOM, so that spreadsheet software opens the accents right.
    this.out.write("\uFEFFfile;line;outcome;reason;key\n");
  }

  async ready(): Promise<void> {
    await this.opened;
  }

  reject(file: string, line: number, reason: string, key = ""): void {
    this.rejected++;
    this.row(file, line, "rejected", reason, key);
  }

  keptEdit(file: string, line: number, field: string, theirs: string, ours: string, key: string): void {
    this.kept++;
    this.row(file, line, "kept hand edit", `${field}: kept "${theirs}" (edited by hand), file says "${ours}"`, key);
  }

  /** A row imported with a value left out (a field it could not read, a column the file lacks), and why. */
  note(file: string, line: number, reason: string, key = ""): void {
    this.notes++;
    this.row(file, line, "imported without a value", reason, key);
  }

  skip(reason: string): void {
    this.skipReasons.set(reason, (this.skipReasons.get(reason) ?? 0) + 1);
  }

  private row(file: string, line: number, outcome: string, reason: string, key: string) {
    this.out.write([basename(file), String(line), outcome, reason, key].map(quote).join(";") + "\n");
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}
