/** Reading and writing backup files line by line, gzipped when the name ends with .gz. */
import { createReadStream, createWriteStream, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";

export interface LineWriter {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

export function lineWriter(path: string): LineWriter {
  mkdirSync(dirname(path), { recursive: true });
  // Opened here so that an existing file (never overwritten) or a bad path fails at once.
  const file = createWriteStream("", { fd: openSync(path, "wx") });
  const sink: Writable = path.endsWith(".gz") ? createGzip() : file;
  if (sink !== file) sink.pipe(file);
  return {
    async write(line) {
      if (!sink.write(line + "\n")) await new Promise((resolve) => sink.once("drain", resolve));
    },
    async close() {
      sink.end();
      await finished(file);
    },
  };
}

export function readLines(path: string): AsyncIterable<string> {
  let input: Readable = createReadStream(path);
  if (path.endsWith(".gz")) input = input.pipe(createGunzip());
  return createInterface({ input, crlfDelay: Infinity });
}
