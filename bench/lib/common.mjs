// What every benchmark needs: the built workspace packages (run `npx tsc -b`
// first), its command-line arguments, and its report written out.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(join(ROOT, "package.json"));

/**
 * The exports of the built model, reference, neo4j and seed packages merged
 * into one object: the Neo4j connection, the territory and the seed writer a
 * benchmark sets its database up with, and the seeded random numbers.
 */
export function workspacePackages() {
  return Object.assign(
    {},
    ...["model", "reference", "neo4j", "seed"].map((p) => require(join(ROOT, p, "dist", "index.js"))),
  );
}

/**
 * `--name=value` and `--flag` (read as "true") arguments as an object; any
 * other argument is refused, so that a typo does not silently run the default.
 */
export function parseArgs(argv = process.argv.slice(2)) {
  return Object.fromEntries(
    argv.map((a) => {
      const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
      if (!m) throw new Error(`unknown argument ${a} (expected --name=value or --flag)`);
      return [m[1], m[2] ?? "true"];
    }),
  );
}

/** The parts a benchmark runs: `--only=a,b` among `parts`, or all of them; an unknown part is refused. */
export function onlyParts(args, parts) {
  const only = args.only ? args.only.split(",") : parts;
  for (const p of only) if (!parts.includes(p)) throw new Error(`--only: unknown part ${p} (${parts.join(", ")})`);
  return only;
}

/** Prints a report given as lines, and writes it to `out` as well when given. */
export function writeReport(lines, out) {
  const text = lines.join("\n") + "\n";
  process.stdout.write(text);
  if (out) writeFileSync(out, text);
}

/** Runs a benchmark's main function; a failure is printed and ends the process with status 1. */
export function run(main) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

/**
 * Counts the bytes a Playwright page receives over the network, as Chromium
 * reports them (`Network.loadingFinished`'s encodedDataLength: headers and
 * compressed bodies, what a visitor downloads). Call before navigating;
 * the returned function gives the total so far and, by resource type, the detail.
 */
export async function countTransferredBytes(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable", {});
  const typeOf = new Map();
  const byType = {};
  let total = 0;
  cdp.on("Network.responseReceived", (e) => typeOf.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    const type = typeOf.get(e.requestId) ?? "Other";
    byType[type] = (byType[type] ?? 0) + e.encodedDataLength;
    total += e.encodedDataLength;
  });
  return () => ({ total, byType: { ...byType } });
}
