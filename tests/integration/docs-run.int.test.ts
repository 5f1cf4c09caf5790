/**
 * Docs that are run: every GraphQL block of docs/research.md and of the
 * README goes through /graphql on the seed territory, every Python block of
 * docs/research.md runs with the pinned NetworkX and every R block with R and
 * igraph (Debian's r-base-core and r-cran-igraph), against this server; so do
 * GraphiQL's example tabs. The paging recipes are followed to their last page
 * at the sizes they state. A block that breaks fails here.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "graphql";
import { typeDefs } from "@maillage/schema";
import { EXAMPLES } from "../../graph-api/graphiql/examples";
import { buildSchema } from "../../graph-api/src/schema";
import { customResolverFieldsOf, listBoundsOf, measure } from "../../graph-api/src/security/query-cost";
import { startHarness, type Harness } from "./harness";

const ROOT = join(__dirname, "..", "..");

/** The fenced blocks of one language in a Markdown file, with the line each starts on. */
function blocks(file: string, language: string): { line: number; code: string }[] {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const found: { line: number; code: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== "```" + language) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end].trim() !== "```") end++;
    found.push({ line: start + 1, code: lines.slice(start, end).join("\n") });
    i = end;
  }
  return found;
}

/** Runs a program without blocking: it calls this process's server. */
function run(
  command: string,
  args: string[],
  cwd: string,
  install: string,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", (error) => reject(new Error(`Cannot run ${command} (${error.message}). Install: ${install}`)));
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

describe("docs that are run", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });
  const local = (code: string) => code.replaceAll("http://localhost:4000", h.url);

  const graphqlBlocks = [
    ...blocks("docs/research.md", "graphql").map((b) => ({ ...b, file: "docs/research.md" })),
    ...blocks("README.md", "graphql").map((b) => ({ ...b, file: "README.md" })),
  ];

  it("finds the blocks it runs", () => {
    expect(graphqlBlocks.length).toBeGreaterThanOrEqual(8);
    expect(blocks("docs/research.md", "python").length).toBeGreaterThanOrEqual(2);
    expect(blocks("docs/research.md", "r").length).toBeGreaterThanOrEqual(1);
  });

  it.each(graphqlBlocks.map((b) => [`${b.file}:${b.line}`, b] as const))(
    "GraphQL block at %s answers without errors",
    async (_where, block) => {
      const res = await h.gql(block.code);
      expect({ status: res.status, errors: res.errors }).toEqual({ status: 200, errors: undefined });
    },
    120_000,
  );

  it.each(EXAMPLES.map((e) => [/^(?:query|mutation) (\w+)/m.exec(e.query)?.[1] ?? "?", e] as const))(
    "GraphiQL's example tab %s answers without errors",
    async (_name, example) => {
      const token = example.headers?.includes("Authorization") ? await h.token("coordinator") : undefined;
      const res = await h.gql(example.query, example.variables ? JSON.parse(example.variables) : {}, token);
      expect({ status: res.status, errors: res.errors }).toEqual({ status: 200, errors: undefined });
    },
    120_000,
  );

  it("follows research.md's paging recipes to their last page at their stated sizes", async () => {
    const [page, relationships] = blocks("docs/research.md", "graphql").filter((b) =>
      /^query (Page|Relationships)\b/.test(b.code),
    );
    expect(page.code).toContain("first: 1000");
    expect(relationships.code).toContain("first: 5000");
    for (const [recipe, field, list] of [
      [page.code, "essStructuresConnection", "edges"],
      [relationships.code, "cooperationRelationships", "nodes"],
    ] as const) {
      let after: string | null = null;
      let seen = 0;
      let total = 0;
      do {
        const res = await h.gql(recipe, { after });
        expect(res.errors).toBeUndefined();
        const c = res.data![field];
        total = c.totalCount;
        seen += c[list].length;
        after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
      } while (after);
      expect(total).toBeGreaterThan(0);
      expect(seen).toBe(total);
    }
  }, 120_000);

  it("states the costs research.md gives for its recipes as the API counts them", async () => {
    const schema = await buildSchema();
    const text = readFileSync(join(ROOT, "docs", "research.md"), "utf8");
    const cost = (query: string) =>
      measure(schema, parse(query), {}, listBoundsOf(typeDefs), undefined, customResolverFieldsOf(typeDefs)).cost;
    const stated = [...text.matchAll(/\(cost ([\d,]+)\):\n\n```graphql\n([\s\S]*?)```/g)];
    expect(stated.length).toBe(2);
    for (const [, figure, query] of stated) expect(cost(query)).toBe(Number(figure.replace(/,/g, "")));
    const metricsPage = `{ networkMetrics { nodes(first: 1000) { total nodes { id name type degree weightedDegree betweenness closeness pagerank eigenvector clustering community component } } } }`;
    expect(text).toContain(`every metric costs ${cost(metricsPage).toLocaleString("en-GB")} (limit 150,000)`);
  }, 60_000);

  it("states the cost limit's numbers in a refusal", async () => {
    const res = await h.gql(`{ essStructures(limit: 1000) { id name essPartners(limit: 1000) { id name } } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/would cost [\d,]+, above the limit of 150,000/);
  });

  it.each(blocks("docs/research.md", "python").map((b) => [`docs/research.md:${b.line}`, b] as const))(
    "Python block at %s runs with NetworkX",
    async (_where, block) => {
      const dir = mkdtempSync(join(tmpdir(), "maillage-docs-python-"));
      writeFileSync(join(dir, "block.py"), local(block.code));
      const result = await run(
        "python3",
        ["block.py"],
        dir,
        "python3 -m pip install -r tests/networkx/requirements.txt",
      );
      expect({ status: result.status, stderr: result.stderr.slice(-3000) }).toEqual({ status: 0, stderr: "" });
    },
    300_000,
  );

  it.each(blocks("docs/research.md", "r").map((b) => [`docs/research.md:${b.line}`, b] as const))(
    "R block at %s runs with igraph",
    async (_where, block) => {
      const dir = mkdtempSync(join(tmpdir(), "maillage-docs-r-"));
      writeFileSync(join(dir, "block.R"), local(block.code));
      const result = await run(
        "Rscript",
        ["block.R"],
        dir,
        "apt-get install -y --no-install-recommends r-base-core r-cran-igraph",
      );
      expect({ status: result.status, stderr: result.status === 0 ? "" : result.stderr.slice(-3000) }).toEqual({
        status: 0,
        stderr: "",
      });
    },
    300_000,
  );
});
