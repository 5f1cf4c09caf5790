#!/usr/bin/env node
/**
 * npm start: the local Neo4j (unless NEO4J_URI is set), the seed on an empty
 * database, a one-time link for the first administrator when none can sign
 * in yet, then graph-api on http://localhost:4000/graphql. Ctrl-C stops all.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT, ensureLocalJwtSecret, ensureNeo4j, loadDotEnv } from "./local-env.mjs";

function run(command, args, options = {}) {
  return spawn(command, args, { stdio: "inherit", env: process.env, cwd: ROOT, ...options });
}

function exitCode(child) {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main() {
  loadDotEnv();
  ensureLocalJwtSecret();
  const stopNeo4j = await ensureNeo4j();
  let api;
  let stopping = false;
  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    if (api && api.exitCode === null) {
      api.kill("SIGTERM");
      await exitCode(api);
    }
    await stopNeo4j();
    process.exit(code);
  };
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));

  const seedCode = await exitCode(run(process.execPath, [join(ROOT, "seed/dist/cli.js"), "--if-empty"]));
  if (seedCode !== 0) {
    console.error("[maillage] the seed failed; stopping");
    return stopAll(seedCode);
  }
  // When no administrator can sign in yet, a one-time link to set the first one's password.
  const adminCode = await exitCode(run(process.execPath, [join(ROOT, "graph-api/dist/cli/user.js"), "first-admin"]));
  if (adminCode !== 0) console.error("[maillage] could not check for a first administrator (npm run user -- list)");
  api = run(process.execPath, [join(ROOT, "graph-api/dist/index.js")]);
  const code = await exitCode(api);
  if (!stopping) await stopAll(code);
}

main().catch((error) => {
  console.error(`[maillage] ${error.message}`);
  process.exit(1);
});
