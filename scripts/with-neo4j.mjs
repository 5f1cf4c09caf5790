#!/usr/bin/env node
/**
 * Runs a command with NEO4J_URI set: NEO4J_URI as given, else the local Neo4j
 * already running (under `npm start`), else one started for the command and
 * stopped after it. A failure to get a Neo4j ends with a message, not a stack trace.
 */
import { spawn } from "node:child_process";
import { ROOT, ensureLocalJwtSecret, ensureNeo4j, loadDotEnv } from "./local-env.mjs";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/with-neo4j.mjs <command> [args...]");
  process.exit(2);
}
let stop;
try {
  loadDotEnv();
  ensureLocalJwtSecret();
  stop = await ensureNeo4j();
} catch (error) {
  // A message a person can act on, not a stack trace: the launcher's errors say what to do.
  console.error(`[maillage] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const child = spawn(command, args, { stdio: "inherit", env: process.env, cwd: ROOT });
child.once("error", async (error) => {
  console.error(`[maillage] cannot run ${command}: ${error.message}`);
  await stop();
  process.exit(1);
});
const forward = (signal) => child.kill(signal);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
const code = await new Promise((resolve) => child.once("exit", (c, s) => resolve(c ?? (s ? 1 : 0))));
await stop();
process.exit(code);
