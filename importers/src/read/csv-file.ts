/**
 * Streams the records of a CSV file as real open-data files come: `;`, `,`
 * or tab delimiters, UTF-8 with or without BOM or Windows-1252, quoted fields
 * with line breaks, columns in any order, extra columns. Constant memory: the
 * file is never read whole.
 *
 * Each record comes with the line it starts on, values keyed by canonical
 * column name (matched case-insensitively against the columns the caller
 * knows). Broken records (a stray quote, a wrong number of fields) do not stop
 * the stream: they come out as `{ line, error }` for the rejection report.
 *
 * Tokenising is Papa Parse's (four times csv-parse's speed on INSEE's files,
 * see docs/benchmarks-import.md); records travel in batches, so that the
 * per-record cost is a loop iteration, not a promise.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import Papa from "papaparse";
import iconv from "iconv-lite";

export type Encoding = "utf-8" | "windows-1252";

export interface CsvFormat {
  encoding: Encoding;
  bom: boolean;
  delimiter: string;
}

/** A record, with the line it starts on and how far into the file the reader is (characters, about bytes). */
export type CsvRecord = { line: number; offset: number } & (
  { values: Record<string, string>; error?: undefined } | { error: string; values?: undefined }
);

/** A file that cannot be read at all: said with the file name and what to do. */
export class CsvFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${basename(file)}: ${message}`);
    this.name = "CsvFileError";
  }
}

const SNIFF_BYTES = 64 * 1024;
const DELIMITERS = [";", ",", "\t", "|"];

/** Looks at the first bytes: BOM, UTF-8 validity, and the delimiter of the header line. */
export async function sniffCsv(file: string): Promise<CsvFormat> {
  const handle = await open(file, "r").catch((e: NodeJS.ErrnoException) => {
    throw new CsvFileError(file, e.code === "ENOENT" ? "no such file" : `cannot be opened (${e.code ?? e.message})`);
  });
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (head.length === 0) throw new CsvFileError(file, "the file is empty");
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  let encoding: Encoding = "utf-8";
  if (!bom) {
    // Cut at the last line break so that a multi-byte character is never split.
    const lastBreak = head.lastIndexOf(0x0a);
    const sample = head.length < SNIFF_BYTES || lastBreak < 0 ? head : head.subarray(0, lastBreak);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(sample);
    } catch {
      encoding = "windows-1252";
    }
  }
  const text = encoding === "utf-8" ? head.subarray(bom ? 3 : 0).toString("utf8") : iconv.decode(head, "win1252");
  const headerLine = text.split(/\r?\n/, 1)[0];
  const counts = DELIMITERS.map((d) => headerLine.split(d).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  if (counts[best] === 0)
    throw new CsvFileError(file, `no delimiter (; , tab or |) in the header line: "${headerLine.slice(0, 120)}"`);
  return { encoding, bom, delimiter: DELIMITERS[best] };
}

/** UTF-8 decoding that fails loudly, with the byte offset, instead of inserting U+FFFD. */
class StrictUtf8 extends Transform {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  private offset = 0;
  constructor(private readonly file: string) {
    super({ decodeStrings: true, readableObjectMode: true });
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    try {
      this.push(this.decoder.decode(chunk, { stream: true }));
      this.offset += chunk.length;
      done();
    } catch {
      done(
        new CsvFileError(
          this.file,
          `not valid UTF-8 after byte ${this.offset} although it starts as UTF-8: save the whole file in one encoding (UTF-8 or Windows-1252)`,
        ),
      );
    }
  }
  override _flush(done: TransformCallback) {
    try {
      this.push(this.decoder.decode());
      done();
    } catch {
      done(new CsvFileError(this.file, "ends in the middle of a UTF-8 character"));
    }
  }
}

export interface ReadCsvOptions {
  /** Canonical column names this reader knows; headers are matched to them case-insensitively. */
  columns: readonly string[];
  /** Columns that must be present (canonical names). */
  required: readonly string[];
  /** What the file should be, for error messages ("a StockEtablissement file"). */
  expected: string;
  /** The columns the caller reads (default: all of `columns`); the others are not copied into `values`. */
  keep?: readonly string[];
  /**
   * A cheap test on one column's raw value, before anything else is built:
   * rows it refuses are passed over silently (e.g. the legal units of other
   * establishments, in a national file of millions of rows).
   */
  where?: { column: string; accept: (value: string) => boolean };
  /**
   * Kept columns the file lacks (files published with fewer columns than the
   * register's own, e.g. without the Lambert coordinates): read as empty
   * strings, and told once, after the header.
   */
  onMissing?: (columns: string[]) => void;
  /** Counts every data row, those `where` passes over included. */
  stats?: { rows: number };
}

/** The canonical name of each header cell (unknown columns are kept as they are, and ignored). */
export function matchHeader(header: string[], columns: readonly string[]): string[] {
  const byLower = new Map(columns.map((c) => [c.toLowerCase(), c]));
  return header.map((h) => {
    const cell = h.replace(/^\uFEFF/, "").trim();
    return byLower.get(cell.toLowerCase()) ?? cell;
  });
}

/** Reads the header line only (canonical names), to tell files apart. */
export async function readHeader(file: string): Promise<{ format: CsvFormat; header: string[] }> {
  const format = await sniffCsv(file);
  for await (const batch of rawBatches(file, format)) {
    for (const record of batch) return { format, header: record.fields.map((h) => h.replace(/^\uFEFF/, "").trim()) };
  }
  throw new CsvFileError(file, "the file is empty");
}

interface RawRecord {
  line: number;
  offset: number;
  fields: string[];
}

const BATCH = 2048;

/** Rows as arrays of fields, in batches, with the line each starts on; blank lines are passed over (but counted). */
async function* rawBatches(file: string, format: CsvFormat): AsyncGenerator<RawRecord[]> {
  // Small chunks: when its reader is slower, Papa Parse pauses and later re-reads the rest of the
  // current chunk, a cost that grows with the chunk (1 MiB chunks made it 20 times slower).
  const source = createReadStream(file, { highWaterMark: 1 << 14 });
  const decoder: Transform =
    format.encoding === "utf-8" ? new StrictUtf8(file) : (iconv.decodeStream("win1252") as unknown as Transform);
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
    delimiter: format.delimiter,
    skipEmptyLines: false,
  }) as unknown as Transform;
  source.on("error", (e) => decoder.destroy(e));
  decoder.on("error", (e) => parser.destroy(e));
  source.pipe(decoder).pipe(parser);

  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  parser.on("readable", signal);
  parser.on("end", () => {
    ended = true;
    signal();
  });
  parser.on("error", (e: Error) => {
    failure = e;
    signal();
  });
  let line = 1;
  let offset = 0;
  for (;;) {
    // Take what the parser holds, without a promise per row; its buffer being bounded, reading paces the file.
    const batch: RawRecord[] = [];
    let fields: string[] | null;
    while (batch.length < BATCH && (fields = parser.read() as string[] | null) !== null) {
      const start = line;
      line++;
      let length = fields.length;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i];
        length += field.length;
        // A quoted field over several lines: the next record starts further down.
        for (let at = field.indexOf("\n"); at >= 0; at = field.indexOf("\n", at + 1)) line++;
      }
      offset += length;
      if (fields.length === 1 && fields[0] === "") continue; // a blank line
      batch.push({ line: start, offset, fields });
    }
    if (batch.length > 0) {
      yield batch;
      continue;
    }
    if (failure !== null) throw failure;
    if (ended) return;
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

/**
 * The records of a CSV file, after its header, in batches. Throws
 * `CsvFileError` when the file cannot be read or lacks a required column; a
 * record with the wrong number of fields comes out with an `error`.
 */
export async function* readCsvBatches(file: string, options: ReadCsvOptions): AsyncGenerator<CsvRecord[]> {
  const format = await sniffCsv(file);
  let header: string[] | null = null;
  // Kept columns as parallel arrays: building a small object per row is most of the reader's own cost.
  const names: string[] = [];
  const indexes: number[] = [];
  let whereIndex = -1;
  /** Kept columns the file lacks, read as empty (with onMissing). */
  let absent: string[] = [];
  for await (const batch of rawBatches(file, format)) {
    const out: CsvRecord[] = [];
    for (const raw of batch) {
      if (header === null) {
        header = matchHeader(raw.fields, options.columns);
        const missing = options.required.filter((c) => !header!.includes(c));
        if (missing.length) {
          throw new CsvFileError(
            file,
            `not ${options.expected}: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (found: ${raw.fields.slice(0, 12).join(", ")}${raw.fields.length > 12 ? ", …" : ""})`,
          );
        }
        const keep = new Set(options.keep ?? options.columns);
        header.forEach((name, i) => {
          if (keep.has(name)) {
            names.push(name);
            indexes.push(i);
          }
        });
        if (options.where) whereIndex = header.indexOf(options.where.column);
        if (options.onMissing) {
          absent = [...keep].filter((c) => !header!.includes(c));
          if (absent.length) options.onMissing(absent);
        }
        continue;
      }
      if (options.stats) options.stats.rows++;
      const fields = raw.fields;
      const width = header.length;
      // A trailing delimiter (an empty extra field) is common in exports and harmless.
      if (fields.length < width || (fields.length > width && fields.slice(width).some((f) => f.trim() !== ""))) {
        const unbalanced = fields.length < width && fields[fields.length - 1].includes("\n");
        out.push({
          line: raw.line,
          offset: raw.offset,
          error: `expected ${width} fields, found ${fields.length}${unbalanced ? " (a quote opened in this row is not closed)" : ""}`,
        });
        continue;
      }
      if (whereIndex >= 0 && !options.where!.accept(fields[whereIndex].trim())) continue;
      const values: Record<string, string> = {};
      for (let k = 0; k < names.length; k++) values[names[k]] = fields[indexes[k]].trim();
      for (const name of absent) values[name] = "";
      out.push({ line: raw.line, offset: raw.offset, values });
    }
    if (out.length) yield out;
  }
  if (header === null) throw new CsvFileError(file, "the file is empty");
}

/** `readCsvBatches`, one record at a time. */
export async function* readCsv(file: string, options: ReadCsvOptions): AsyncGenerator<CsvRecord> {
  for await (const batch of readCsvBatches(file, options)) yield* batch;
}
