// Local Neo4j 5.26 Community (+ APOC core) for development and tests, run from
// Maven Central jars through the launcher in neo4j-local/ (maillage.neo4j.LocalNeo4j).
// Needs a Java 17+ JDK only: the first build runs neo4j-local/mvnw, the Maven Wrapper, which
// downloads Maven itself from Maven Central. No npm dependencies.
//
//   import { startLocalNeo4j } from './scripts/neo4j-local.mjs';
//   const neo4j = await startLocalNeo4j({ port: 7687, dataDir: '.data/neo4j', log: console.error });
//   // ... connect to neo4j.uri (no auth) ...
//   await neo4j.stop();
//
// CLI (foreground, Ctrl-C stops it): node scripts/neo4j-local.mjs
// Environment: NEO4J_LOCAL_PORT (7687), NEO4J_LOCAL_DATA (<repo>/.data/neo4j),
// NEO4J_LOCAL_JAVA_OPTS (extra JVM flags, appended after the defaults, e.g. -Xmx4g),
// NEO4J_LOCAL_TX_MEMORY_MB (heap one transaction may use, db.memory.transaction.max; 512).
// The server listens on 127.0.0.1 only and has authentication disabled.

import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MODULE_DIR = path.join(ROOT, "neo4j-local");
const POM = path.join(MODULE_DIR, "pom.xml");
// The Maven Wrapper's script (Maven itself is downloaded into ~/.m2/wrapper on first use).
const MVNW = path.join(MODULE_DIR, process.platform === "win32" ? "mvnw.cmd" : "mvnw");
const SRC_DIR = path.join(MODULE_DIR, "src");
const TARGET = path.join(MODULE_DIR, "target");
const CLASSES = path.join(TARGET, "classes");
const LIB = path.join(TARGET, "lib");
const PLUGINS = path.join(TARGET, "plugins");
const MAIN_CLASS = "maillage.neo4j.LocalNeo4j";
const MAIN_CLASS_FILE = path.join(CLASSES, ...MAIN_CLASS.split(".")) + ".class";
const BUILD_STAMP = path.join(TARGET, ".build-stamp");
const BUILD_LOCK = path.join(TARGET, ".build-lock");

const DEFAULT_PORT = 7687;
const DEFAULT_DATA_DIR = path.join(ROOT, ".data", "neo4j");
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
const READY_RE = /^Neo4j ready on (bolt:\/\/\S+)\s*$/;
const PREFIX = "[neo4j-local]";

// Heap for a small test box (the 512 MiB page cache is off-heap, set in LocalNeo4j.java),
// plus the flags Neo4j's own launcher uses.
const JVM_OPTS = [
  "-Xms512m",
  "-Xmx2g",
  "-XX:+UseG1GC",
  "-XX:+ExitOnOutOfMemoryError",
  "-XX:-OmitStackTraceInFastThrow",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dlog4j2.disable.jmx=true",
  "-Dfile.encoding=UTF-8",
];

const defaultLog = (line) => console.error(line);

/** Runs a command to completion; resolves { code, output } (stdout+stderr), rejects if it cannot start. */
function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(cmd, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    } catch (err) {
      reject(err);
      return;
    }
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({ code: code ?? (signal ? 128 : 1), output: Buffer.concat(chunks).toString("utf8") }),
    );
  });
}

const tail = (text, lines = 40) => text.trimEnd().split("\n").slice(-lines).join("\n");

function javaCommand() {
  const home = process.env.JAVA_HOME;
  if (home) {
    const java = path.join(home, "bin", process.platform === "win32" ? "java.exe" : "java");
    if (fs.existsSync(java)) return java;
  }
  return "java";
}

const JAVA_HINT =
  "Java 17 or newer is needed to run the local Neo4j: apt-get install openjdk-17-jdk-headless " +
  "(or another JDK 17+ on PATH / JAVA_HOME; the first build compiles with its javac), or set NEO4J_URI to an existing Neo4j";
const MAVEN_HINT =
  "The Maven Wrapper (neo4j-local/mvnw) builds the local Neo4j launcher: it needs a Java 17+ JDK " +
  "(javac) and Maven Central over HTTPS to fetch Maven on first use, or set NEO4J_URI to an existing Neo4j";

async function checkJava(java) {
  let res;
  try {
    res = await run(java, ["-version"]);
  } catch (err) {
    throw new Error(`${JAVA_HINT} (cannot run '${java}': ${err.code ?? err.message})`, { cause: err });
  }
  const m = /version "([^"]+)"/.exec(res.output);
  if (res.code !== 0 || !m) {
    throw new Error(`${JAVA_HINT} ('${java} -version' failed: ${tail(res.output, 5)})`);
  }
  const parts = m[1].split(/[.+_-]/).map((p) => parseInt(p, 10));
  const major = parts[0] === 1 ? parts[1] : parts[0]; // "1.8.0_392" is Java 8
  if (!(major >= 17)) throw new Error(`${JAVA_HINT} (found Java ${m[1]})`);
  return major;
}

/** Runs the Maven Wrapper (a shell script, run through its interpreter: its executable bit may be lost). */
function runMaven(args, options = {}) {
  const [cmd, cmdArgs] = process.platform === "win32" ? [MVNW, args] : ["sh", [MVNW, ...args]];
  return run(cmd, cmdArgs, { ...options, cwd: MODULE_DIR, shell: process.platform === "win32" });
}

async function checkMaven() {
  let res;
  try {
    res = await runMaven(["-v", "-B"]);
  } catch (err) {
    throw new Error(`${MAVEN_HINT} (cannot run neo4j-local/mvnw: ${err.code ?? err.message})`, { cause: err });
  }
  if (res.code !== 0) throw new Error(`${MAVEN_HINT} ('mvnw -v' failed: ${tail(res.output, 5)})`);
}

const mtime = (p) => {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return undefined;
  }
};

function newestInput() {
  let newest = mtime(POM) ?? 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, mtime(p) ?? 0);
    }
  };
  if (fs.existsSync(SRC_DIR)) walk(SRC_DIR);
  return newest;
}

const nonEmptyDir = (dir) => {
  try {
    return fs.readdirSync(dir).some((n) => n.endsWith(".jar"));
  } catch {
    return false;
  }
};

/** Why a build is needed, or undefined if target/ is up to date. */
function staleReason() {
  const stamp = mtime(BUILD_STAMP);
  if (stamp === undefined) return "not built yet";
  if (mtime(MAIN_CLASS_FILE) === undefined) return "classes missing";
  if (!nonEmptyDir(LIB) || !nonEmptyDir(PLUGINS)) return "target/lib or target/plugins missing";
  if (newestInput() > stamp) return "pom.xml or sources changed";
  return undefined;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Cross-process lock (mkdir) so that parallel callers do not run Maven together. */
async function withBuildLock(fn) {
  fs.mkdirSync(TARGET, { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const age = Date.now() - (mtime(BUILD_LOCK) ?? Date.now());
      if (age > 15 * 60_000)
        fs.rmSync(BUILD_LOCK, { recursive: true, force: true }); // stale
      else if (Date.now() > deadline) throw new Error(`timed out waiting for ${BUILD_LOCK}`, { cause: err });
      else await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/**
 * Checks Java 17+ and builds neo4j-local/ with Maven when target/ is missing or older
 * than pom.xml / the sources (Maven is only needed, and checked, in that case).
 * Resolves { java } (the java command to use).
 */
export async function ensureBuilt({ log = defaultLog } = {}) {
  const java = javaCommand();
  await checkJava(java);
  if (!staleReason()) return { java };

  await checkMaven();
  await withBuildLock(async () => {
    const reason = staleReason(); // another process may have built it meanwhile
    if (!reason) return;
    const started = Date.now();
    const first = reason === "not built yet" ? "; the first build downloads Maven and ~165 MB of jars into ~/.m2" : "";
    log(`${PREFIX} building neo4j-local with Maven (${reason}${first})`);
    // copy-dependencies never deletes jars: drop old ones so that a version bump in
    // pom.xml does not leave two Neo4j versions on the classpath.
    fs.rmSync(LIB, { recursive: true, force: true });
    fs.rmSync(PLUGINS, { recursive: true, force: true });
    fs.rmSync(BUILD_STAMP, { force: true });
    const res = await runMaven(["-q", "-B", "-Dstyle.color=never", "-f", POM, "package"]);
    if (res.code !== 0) {
      throw new Error(`Maven build of neo4j-local failed (exit ${res.code}):\n${tail(res.output)}`);
    }
    fs.writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
    log(`${PREFIX} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
  return { java };
}

/**
 * Starts the local Neo4j and resolves once Bolt accepts connections:
 * { uri: 'bolt://127.0.0.1:<port>', stop: async () => exitCode, process }.
 * Rejects with the launcher's output tail if it exits first or is not ready within 180 s.
 */
export async function startLocalNeo4j({ port, dataDir, log = defaultLog } = {}) {
  const boltPort = Number(port ?? process.env.NEO4J_LOCAL_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) {
    throw new Error(`invalid Neo4j port: ${port ?? process.env.NEO4J_LOCAL_PORT}`);
  }
  const data = path.resolve(dataDir ?? process.env.NEO4J_LOCAL_DATA ?? DEFAULT_DATA_DIR);
  const { java } = await ensureBuilt({ log });

  const extraOpts = (process.env.NEO4J_LOCAL_JAVA_OPTS ?? "").split(/\s+/).filter(Boolean);
  const classpath = [CLASSES, path.join(LIB, "*")].join(path.delimiter); // java expands lib/*
  const child = spawn(java, [...JVM_OPTS, ...extraOpts, "-cp", classpath, MAIN_CLASS], {
    cwd: MODULE_DIR,
    env: {
      ...process.env,
      NEO4J_LOCAL_PORT: String(boltPort),
      NEO4J_LOCAL_DATA: data,
      // APOC reads its settings from the environment too: triggers keep graph-api's change journal
      // (graph-api/src/db/change-journal.ts), and a trigger installed is running within a second.
      "apoc.trigger.enabled": "true",
      "apoc.trigger.refresh": "1000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });

  // If this Node process exits without stop(), do not leave the JVM behind.
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  process.on("exit", killOnExit);

  const recent = [];
  const remember = (line) => {
    recent.push(line);
    if (recent.length > 60) recent.shift();
  };
  let ready = false;
  const closed = new Promise((resolve) => {
    child.on("close", (code, signal) => {
      process.off("exit", killOnExit);
      resolve({ code, signal });
    });
  });

  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn(value);
    };

    let stopping;
    const stop = () => {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill("SIGTERM");
          // A pending timer would keep the caller's process alive after the stop: clear it.
          let killTimer;
          const timeout = new Promise((r) => (killTimer = setTimeout(() => r("timeout"), STOP_TIMEOUT_MS)));
          const outcome = await Promise.race([closed, timeout]);
          clearTimeout(killTimer);
          if (outcome === "timeout") {
            log(`${PREFIX} Neo4j did not stop within ${STOP_TIMEOUT_MS / 1000} s: killing it`);
            child.kill("SIGKILL");
          }
        }
        const { code, signal } = await closed;
        return code ?? (signal ? 128 : 1);
      })();
      return stopping;
    };

    const onLine = (stream) => (line) => {
      remember(line);
      if (!ready && stream === "stdout") {
        const m = READY_RE.exec(line);
        if (m) {
          ready = true;
          settle(resolve, { uri: m[1], stop, process: child });
          return;
        }
      }
      // Before ready, stderr goes into the rejection message instead of the log.
      if (line.startsWith(PREFIX) && (ready || stream === "stdout")) log(line);
    };
    readline.createInterface({ input: child.stdout, crlfDelay: Infinity }).on("line", onLine("stdout"));
    readline.createInterface({ input: child.stderr, crlfDelay: Infinity }).on("line", onLine("stderr"));

    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      settle(
        reject,
        new Error(
          `local Neo4j was not ready within ${READY_TIMEOUT_MS / 1000} s (logs in ${path.join(data, "logs")}):\n` +
            recent.join("\n"),
        ),
      );
    }, READY_TIMEOUT_MS);

    child.on("error", (err) => {
      settle(reject, new Error(`cannot start ${java}: ${err.message}. ${JAVA_HINT}`));
    });

    closed.then(({ code, signal }) => {
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (!ready) {
        settle(reject, new Error(`local Neo4j exited with ${how} before it was ready:\n${recent.join("\n")}`));
      } else if (!stopping) {
        log(`${PREFIX} Neo4j exited unexpectedly with ${how}; last output:\n${recent.slice(-20).join("\n")}`);
      }
    });
  });
}

// CLI: node scripts/neo4j-local.mjs — runs in the foreground until SIGINT/SIGTERM.
const isMain = (() => {
  try {
    return !!process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
})();

if (isMain) {
  const log = defaultLog;
  let server;
  let exiting = false;
  const shutdown = async () => {
    if (exiting) return;
    exiting = true;
    process.exit(server ? await server.stop() : 130);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  try {
    server = await startLocalNeo4j({ log });
  } catch (err) {
    const msg = String(err?.message ?? err);
    log(msg.startsWith(PREFIX) ? msg : `${PREFIX} ${msg}`);
    process.exit(1);
  }
  log(`${PREFIX} Neo4j ready on ${server.uri} (no auth); Ctrl-C to stop`);
  server.process.on("close", (code) => {
    if (!exiting) process.exit(code || 1);
  });
}
