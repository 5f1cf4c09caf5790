/**
 * What `npm start`, `npm run seed` and `npm run token` share locally:
 * the .env file, the local Neo4j when NEO4J_URI is not set (the one already
 * running, e.g. under `npm start`, else a new one), and a JWT secret
 * generated once per clone (never a default credential in code).
 */
import net from "node:net";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startLocalNeo4j } from "./neo4j-local.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIR = join(ROOT, ".data");

/** Loads .env (if any) without overriding variables already set. */
export function loadDotEnv() {
  const file = join(ROOT, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Points JWT_SECRET_FILE at .data/jwt-secret (created on first use) unless a JWT setting is given. */
export function ensureLocalJwtSecret() {
  if (process.env.JWT_SECRET || process.env.JWT_SECRET_FILE || process.env.JWT_JWKS_URL) return;
  const file = join(DATA_DIR, "jwt-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url") + "\n", { mode: 0o600 });
  }
  process.env.JWT_SECRET_FILE = file;
}

// Bolt's opening: the magic preamble, then four versions the client speaks (5.0–5.4, 4.4, none, none).
// @see https://neo4j.com/docs/bolt/current/bolt/handshake/
const BOLT_HANDSHAKE = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 4, 4, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]);

/**
 * What listens on 127.0.0.1:port: "bolt" (a Neo4j answered the Bolt
 * handshake), "other" (a program that is not Neo4j) or "none". Asking the
 * port itself, rather than trusting a pid file, cannot be fooled by a file
 * that a crash left behind.
 */
export function probeBolt(port, timeoutMs = 3000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    let settled = false;
    let answer = Buffer.alloc(0);
    const done = (what) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(what);
    };
    socket.setTimeout(timeoutMs, () => done("other"));
    socket.once("error", (e) => done(e.code === "ECONNREFUSED" ? "none" : "other"));
    socket.once("connect", () => socket.write(BOLT_HANDSHAKE));
    socket.on("data", (chunk) => {
      answer = Buffer.concat([answer, chunk]);
      // A Bolt server answers with the version it chose, 4 bytes: 0, range, minor, major.
      if (answer.length >= 4) done(answer.length === 4 && answer[0] === 0 && answer[1] === 0 ? "bolt" : "other");
    });
    socket.once("end", () => done("other"));
  });
}

/**
 * Uses NEO4J_URI when set; else the local Neo4j already listening on the
 * local port (`npm start` or `npm run neo4j` in another terminal: commands
 * are most needed while the application runs); else starts one. Returns a
 * stop function, a no-op for a server this process did not start.
 */
export async function ensureNeo4j({
  port = Number(process.env.NEO4J_LOCAL_PORT ?? 7687),
  dataDir = process.env.NEO4J_LOCAL_DATA ?? join(DATA_DIR, "neo4j"),
  log = (l) => console.error(l),
} = {}) {
  if (process.env.NEO4J_URI) {
    log(`[maillage] using Neo4j at ${process.env.NEO4J_URI}`);
    return async () => {};
  }
  const listening = await probeBolt(port);
  if (listening === "bolt") {
    process.env.NEO4J_URI = `bolt://127.0.0.1:${port}`;
    log(
      `[maillage] using the local Neo4j already running on ${process.env.NEO4J_URI} (npm start or npm run neo4j); it keeps running after this command`,
    );
    return async () => {};
  }
  if (listening === "other") {
    throw new Error(
      `port ${port} is taken by a program that is not Neo4j: stop it, or set NEO4J_LOCAL_PORT to a free port (or NEO4J_URI to your Neo4j)`,
    );
  }
  const neo4j = await startLocalNeo4j({ port, dataDir, log });
  process.env.NEO4J_URI = neo4j.uri;
  return () => neo4j.stop();
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}
