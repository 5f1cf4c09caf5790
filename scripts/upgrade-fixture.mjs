#!/usr/bin/env node
/**
 * Writes the database of a release as the upgrade test meets it:
 * tests/fixtures/upgrade/maillage-<version>.jsonl, the `npm run backup` of a
 * fresh local Neo4j holding the seed territory, then coordinators' edits,
 * recorded opportunity outcomes and an API key, all made through the API so
 * that the audit trail holds their entries.
 *
 * Run it on a checkout of the release the fixture stands for, after
 * `npm ci && npm run build` there (it uses only what that release compiled:
 * seed/dist, graph-api/dist/index.js and graph-api/dist/cli/backup.js):
 *
 *   node scripts/upgrade-fixture.mjs [--out <file.jsonl>]
 *
 * Environment: NEO4J_LOCAL_PORT (7692), NEO4J_LOCAL_DATA
 * (.data/neo4j-upgrade-fixture, emptied first). The seed and the edits are the
 * same on every run; timestamps, audit ids and the API key's secret differ.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { ROOT } from "./local-env.mjs";
import { startLocalNeo4j } from "./neo4j-local.mjs";

const require = createRequire(import.meta.url);
const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
const args = process.argv.slice(2);
const out =
  args[0] === "--out" && args[1] ? args[1] : join(ROOT, "tests", "fixtures", "upgrade", `maillage-${version}.jsonl`);
const port = Number(process.env.NEO4J_LOCAL_PORT ?? 7692);
const dataDir = process.env.NEO4J_LOCAL_DATA ?? join(ROOT, ".data", "neo4j-upgrade-fixture");

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port: free } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return free;
}

async function startApi(env) {
  const child = spawn(process.execPath, [join(ROOT, "graph-api", "dist", "index.js")], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const output = [];
  await new Promise((resolve, reject) => {
    createInterface({ input: child.stderr }).on("line", (line) => {
      output.push(line);
      if (line.includes("Maillage ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`graph-api exited with ${code}: ${output.join("\n")}`)));
  });
  return child;
}

async function main() {
  rmSync(dataDir, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j({ port, dataDir, log: (line) => process.stderr.write(`${line}\n`) });
  let api;
  try {
    const { openDriver, neo4jEnvSchema, toNeo4jConfig } = require(join(ROOT, "neo4j", "dist", "index.js"));
    const { seedDatabase } = require(join(ROOT, "seed", "dist", "index.js"));
    const env = { ...process.env, NEO4J_URI: neo4j.uri, NODE_ENV: "test", LOG_LEVEL: "silent", HOST: "127.0.0.1" };
    delete env.JWT_SECRET_FILE;
    delete env.JWT_JWKS_URL;
    const config = toNeo4jConfig(neo4jEnvSchema.parse(env));
    const driver = openDriver(config, { maxConnectionPoolSize: 2 });
    try {
      await seedDatabase(driver, { database: config.database });
    } finally {
      await driver.close();
    }

    const secret = randomBytes(32).toString("hex");
    const apiPort = await freePort();
    api = await startApi({ ...env, JWT_SECRET: secret, PORT: String(apiPort) });
    const { signToken } = require(join(ROOT, "graph-api", "dist", "auth", "sign-token.js"));
    const token = (role, sub) => signToken(new TextEncoder().encode(secret), { sub, roles: [role] });
    const claire = await token("coordinator", "claire");
    const admin = await token("admin", "admin-fixture");
    const gql = async (query, variables = {}, bearer) => {
      const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
      return body.data;
    };

    // A coordinator's edit of a seeded structure, a new structure placed in a town, a cleared field.
    const [first, second] = (await gql(`{ essStructures(sort: [{ id: ASC }], limit: 2) { id } }`)).essStructures;
    await gql(
      `mutation ($id: ID!) { updateEssStructures(where: { id: { eq: $id } }, update: { description: { set: "Épicerie solidaire et atelier vélo, ouverts le samedi (édité par une coordinatrice)" }, website: { set: "https://exemple.fr/epicerie" } }) { essStructures { id } } }`,
      { id: first.id },
      claire,
    );
    const created = await gql(
      `mutation { createEssStructures(input: [{ name: "Recyclerie du Plateau", legalForm: SCIC, description: "Réemploi et réparation, créée pendant la préparation du jeu d'essai de mise à jour" }]) { essStructures { id } } }`,
      {},
      claire,
    );
    const newId = created.createEssStructures.essStructures[0].id;
    await gql(
      `mutation ($id: ID!) { updateEssStructures(where: { id: { eq: $id } }, update: { town: { connect: { where: { node: { inseeCode: { eq: "94028" } } } } } }) { essStructures { id } } }`,
      { id: newId },
      claire,
    );
    await gql(
      `mutation ($id: ID!) { updateEssStructures(where: { id: { eq: $id } }, update: { website: { set: null } }) { essStructures { id } } }`,
      { id: second.id },
      claire,
    );

    // Opportunity outcomes: one contacted then accepted (it writes a partnership), one declined.
    const partnerships = (await gql(`{ opportunities(kind: PARTNERSHIP, limit: 2) { id } }`)).opportunities;
    await gql(
      `mutation ($id: ID!) { markOpportunityContacted(id: $id, note: "Présentés par courriel") { status } }`,
      { id: partnerships[0].id },
      claire,
    );
    await gql(
      `mutation ($id: ID!) { acceptOpportunity(id: $id, partnershipKind: "COMMERCIAL") { status } }`,
      { id: partnerships[0].id },
      claire,
    );
    await gql(
      `mutation ($id: ID!) { declineOpportunity(id: $id, reason: "Activités concurrentes") { status } }`,
      { id: partnerships[1].id },
      claire,
    );

    // A researcher's API key (stored hashed), issued by an administrator.
    await gql(`mutation { createApiKey(name: "Laboratoire UPEC", ratePerMinute: 60) { id } }`, {}, admin);

    const stopped = new Promise((resolve) => api.once("exit", resolve));
    api.kill("SIGTERM");
    await stopped;
    api = undefined;

    const backup = spawnSync(process.execPath, [join(ROOT, "graph-api", "dist", "cli", "backup.js"), "--out", out], {
      env,
      stdio: "inherit",
    });
    if (backup.status !== 0) throw new Error(`backup exited with ${backup.status}`);
  } finally {
    if (api) api.kill("SIGKILL");
    await neo4j.stop();
  }
}

main().catch((error) => {
  console.error(`upgrade-fixture: ${error.message}`);
  process.exit(1);
});
