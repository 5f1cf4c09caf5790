/**
 * Progress of an import: a bar (cli-progress) on a terminal, plain lines
 * every few seconds otherwise (logs, CI). The bar follows the reader's
 * position in the file (characters read against the file's size).
 */
import { statSync } from "node:fs";
import { basename } from "node:path";
import cliProgress from "cli-progress";

export interface FileProgress {
  /** After each record: its line, and how far into the file the reader is. */
  tick(line: number, offset: number): void;
  /** The file is read; `summary` replaces the line count when the reader knows better (rows passed over unparsed). */
  done(summary?: string): void;
}

export interface Progress {
  file(path: string): FileProgress;
  /** A phase after reading: writing n records. */
  phase(name: string, total: number): { add(n: number): void; done(): void };
  message(line: string): void;
}

export function createProgress(options: { stream?: NodeJS.WriteStream; quiet?: boolean } = {}): Progress {
  const out = options.stream ?? process.stderr;
  if (options.quiet) {
    const none = { tick() {}, done() {}, add() {} };
    return { file: () => none, phase: () => none, message: () => {} };
  }
  const tty = out.isTTY === true;
  const every = 5000;
  return {
    file(path) {
      const name = basename(path);
      const started = Date.now();
      let last = started;
      let lines = 0;
      const bar = tty
        ? new cliProgress.SingleBar(
            { format: `${name} {bar} {percentage}% · {lines} lines · {rate} lines/s`, stream: out, hideCursor: true },
            cliProgress.Presets.shades_classic,
          )
        : null;
      const size = Math.max(1, statSync(path).size);
      bar?.start(size, 0, { rate: 0, lines: 0 });
      return {
        tick(line, offset) {
          lines = line;
          if ((line & 1023) !== 0) return;
          const now = Date.now();
          const rate = Math.round((line * 1000) / Math.max(1, now - started));
          if (bar) {
            bar.update(Math.min(offset, size), { rate, lines: line.toLocaleString("en-US") });
          } else if (now - last >= every) {
            last = now;
            out.write(
              `[import] ${name}: ${line.toLocaleString("en-US")} lines (${rate.toLocaleString("en-US")} lines/s)\n`,
            );
          }
        },
        done(summary) {
          const seconds = (Date.now() - started) / 1000;
          if (bar) {
            bar.update(size, { lines: lines.toLocaleString("en-US") });
            bar.stop();
          }
          out.write(
            `[import] ${summary ?? `${name}: ${lines.toLocaleString("en-US")} lines read`} in ${seconds.toFixed(1)} s\n`,
          );
        },
      };
    },
    phase(name, total) {
      const bar = tty
        ? new cliProgress.SingleBar(
            { format: `${name} {bar} {value}/{total}`, stream: out, hideCursor: true },
            cliProgress.Presets.shades_classic,
          )
        : null;
      bar?.start(total, 0);
      let done = 0;
      let last = Date.now();
      return {
        add(n) {
          done += n;
          bar?.update(done);
          if (!bar && Date.now() - last >= every) {
            last = Date.now();
            out.write(`[import] ${name}: ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}\n`);
          }
        },
        done() {
          bar?.stop();
          out.write(`[import] ${name}: ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} done\n`);
        },
      };
    },
    message(line) {
      out.write(`[import] ${line}\n`);
    },
  };
}
