// What the benchmarks need from the built workspace packages (run `npx tsc -b`
// first), and their command-line arguments, in one place.
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
  return Object.assign({}, ...["model", "reference", "neo4j", "seed"].map((p) => require(join(ROOT, p, "dist", "index.js"))));
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
