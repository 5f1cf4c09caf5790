#!/usr/bin/env node
/** Runs a command with NEO4J_URI set: the local Neo4j is started (and stopped after) unless NEO4J_URI is given. */
import { spawn } from "node:child_process";
import { ROOT, ensureLocalJwtSecret, ensureNeo4j, loadDotEnv } from "./local-env.mjs";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/with-neo4j.mjs <command> [args...]");
  process.exit(2);
}
loadDotEnv();
ensureLocalJwtSecret();
const stop = await ensureNeo4j();
const child = spawn(command, args, { stdio: "inherit", env: process.env, cwd: ROOT });
const forward = (signal) => child.kill(signal);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
const code = await new Promise((resolve) => child.once("exit", (c, s) => resolve(c ?? (s ? 1 : 0))));
await stop();
process.exit(code);
