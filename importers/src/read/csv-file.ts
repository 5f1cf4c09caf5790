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
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { parse } from "csv-parse";
import iconv from "iconv-lite";

export type Encoding = "utf-8" | "windows-1252";

export interface CsvFormat {
  encoding: Encoding;
  bom: boolean;
  delimiter: string;
}

/** A record, with the line it starts on and how far into the file the reader is (characters, about bytes). */
export type CsvRecord = { line: number; offset: number } & ({ values: Record<string, string>; error?: undefined } | { error: string; values?: undefined });

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
  if (counts[best] === 0) throw new CsvFileError(file, `no delimiter (; , tab or |) in the header line: "${headerLine.slice(0, 120)}"`);
  return { encoding, bom, delimiter: DELIMITERS[best] };
}

/** UTF-8 decoding that fails loudly, with the byte offset, instead of inserting U+FFFD. */
class StrictUtf8 extends Transform {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  private offset = 0;
  constructor(private readonly file: string) {
    super({ decodeStrings: true, readableObjectMode: false });
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    try {
      this.push(this.decoder.decode(chunk, { stream: true }));
      this.offset += chunk.length;
      done();
    } catch {
      done(new CsvFileError(this.file, `not valid UTF-8 after byte ${this.offset} although it starts as UTF-8: save the whole file in one encoding (UTF-8 or Windows-1252)`));
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
  for await (const record of rawRecords(file, format)) {
    if ("fields" in record) return { format, header: record.fields.map((h) => h.replace(/^\uFEFF/, "").trim()) };
    throw new CsvFileError(file, `line ${record.line}: the header line cannot be read (${record.error})`);
  }
  throw new CsvFileError(file, "the file is empty");
}

type RawRecord = { line: number; offset: number } & ({ fields: string[] } | { error: string });

async function* rawRecords(file: string, format: CsvFormat): AsyncGenerator<RawRecord> {
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  const decoder: Transform = format.encoding === "utf-8" ? new StrictUtf8(file) : (iconv.decodeStream("win1252") as unknown as Transform);
  const decoded = source.pipe(decoder);
  source.on("error", (e) => decoded.destroy(e));
  const parser = parse({
    delimiter: format.delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
  });
  const skipped: RawRecord[] = [];
  let crlfInFields = 0;
  parser.on("skip", (error: Error & { lines?: number }) => {
    skipped.push({ line: (error.lines ?? 0) - crlfInFields, offset: 0, error: `unreadable CSV (${error.message.replace(/^Invalid Record Length: /, "")})` });
  });
  decoded.on("error", (e) => parser.destroy(e));
  decoded.pipe(parser);
  let previousLines = 0;
  let previousEmpty = 0;
  let offset = 0;
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number; bytes: number } }>) {
    const { record, info } = item;
    offset = info.bytes;
    while (skipped.length) yield { ...skipped.shift()!, offset };
    // The record starts after the previous one and the empty lines skipped since.
    const line = previousLines + 1 + (info.empty_lines - previousEmpty);
    // csv-parse counts a CRLF inside a quoted field as two lines: count it once.
    for (const field of record) if (field.includes("\r\n")) crlfInFields += field.split("\r\n").length - 1;
    previousLines = info.lines - crlfInFields;
    previousEmpty = info.empty_lines;
    yield { line, offset, fields: record };
  }
  while (skipped.length) yield { ...skipped.shift()!, offset };
}

/**
 * The records of a CSV file, after its header. Throws `CsvFileError` when
 * the file cannot be read or lacks a required column; a record that cannot
 * be parsed or has the wrong number of fields comes out with an `error`.
 */
export async function* readCsv(file: string, options: ReadCsvOptions): AsyncGenerator<CsvRecord> {
  const format = await sniffCsv(file);
  let header: string[] | null = null;
  for await (const raw of rawRecords(file, format)) {
    if (header === null) {
      if ("error" in raw) throw new CsvFileError(file, `line ${raw.line}: the header line cannot be read (${raw.error})`);
      header = matchHeader(raw.fields, options.columns);
      const missing = options.required.filter((c) => !header!.includes(c));
      if (missing.length) {
        throw new CsvFileError(
          file,
          `not ${options.expected}: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (found: ${raw.fields.slice(0, 12).join(", ")}${raw.fields.length > 12 ? ", …" : ""})`,
        );
      }
      continue;
    }
    if ("error" in raw) {
      yield { line: raw.line, offset: raw.offset, error: raw.error };
      continue;
    }
    const fields = raw.fields;
    // A trailing delimiter (an empty extra field) is common in exports and harmless.
    const extra = fields.slice(header.length);
    if (fields.length < header.length || extra.some((f) => f.trim() !== "")) {
      yield { line: raw.line, offset: raw.offset, error: `expected ${header.length} fields, found ${fields.length}` };
      continue;
    }
    const values: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) values[header[i]] = fields[i].trim();
    yield { line: raw.line, offset: raw.offset, values };
  }
  if (header === null) throw new CsvFileError(file, "the file is empty");
}
