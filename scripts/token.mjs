#!/usr/bin/env node
/** npm run token -- <role> [subject]: prints a signed token for local use, with the same secret as npm start. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT, ensureLocalJwtSecret, loadDotEnv } from "./local-env.mjs";

loadDotEnv();
ensureLocalJwtSecret();
const child = spawn(process.execPath, [join(ROOT, "graph-api/dist/cli/token.js"), ...process.argv.slice(2)], {
  stdio: "inherit",
});
child.once("exit", (code) => process.exit(code ?? 1));
