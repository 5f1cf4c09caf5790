/**
 * The partnership model's logistic regression (fitLogistic) is the project's
 * own Newton solver, kept because the npm library for it
 * (ml-logistic-regression) fits by plain gradient descent with a fixed step
 * and no L2 penalty or sample weights: here it must give scikit-learn's
 * weights (LogisticRegression with C = 1/λ and sample weights) to 1e-6, on
 * standardised signals of real pairs (hidden links of a generated territory
 * and sampled non-links, as the fit builds them) and on a random problem with
 * weights. scikit-learn runs in tests/networkx/logistic_regression.py. Needs
 * python3 with scikit-learn:
 *   python3 -m pip install -r tests/networkx/requirements.txt
 * Without them this test fails; it never skips.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "@maillage/model";
import { generateTerritory } from "@maillage/tools";
import { buildCooperationGraph } from "../../graph-api/src/domain/opportunities/cooperation-graph";
import { pairSignals, pairTables } from "../../graph-api/src/domain/opportunities/partnership-features";
import { fitLogistic, withoutEdges } from "../../graph-api/src/domain/opportunities/partnership-model";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "tests", "networkx", "logistic_regression.py");
const REQUIREMENTS = join(ROOT, "tests", "networkx", "requirements.txt");
const INSTALL = "python3 -m pip install -r tests/networkx/requirements.txt";

interface Reference {
  sklearn: string;
  intercept: number;
  coef: number[];
}

function sklearn(rows: number[][], labels: number[], weights: number[], C: number): Reference {
  const run = spawnSync("python3", [SCRIPT], {
    cwd: ROOT,
    input: JSON.stringify({ rows, labels, weights, C }),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (run.error)
    throw new Error(`Cannot run python3 (${run.error.message}). Install Python 3, then run \`${INSTALL}\`.`);
  if (run.status !== 0) {
    if (/No module named ['"]?(sklearn|numpy)/.test(run.stderr))
      throw new Error(`scikit-learn is not installed for python3. Run \`${INSTALL}\`.\n${run.stderr}`);
    throw new Error(`tests/networkx/logistic_regression.py exited with ${run.status}:\n${run.stderr.slice(-4000)}`);
  }
  const response = JSON.parse(run.stdout) as Reference;
  const pinned = /^scikit-learn==(\S+)/m.exec(readFileSync(REQUIREMENTS, "utf8"))?.[1];
  if (response.sklearn !== pinned)
    throw new Error(`scikit-learn ${response.sklearn} found, ${pinned} pinned. Run \`${INSTALL}\`.`);
  return response;
}

function expectSame(rows: number[][], labels: number[], weights: number[], lambda: number): void {
  const ours = fitLogistic(rows, labels, { lambda, sampleWeights: weights });
  const ref = sklearn(rows, labels, weights, 1 / lambda);
  const scale = Math.max(1, ...ref.coef.map(Math.abs), Math.abs(ref.intercept));
  expect(Math.abs(ours.intercept - ref.intercept) / scale).toBeLessThan(1e-6);
  ours.weights.forEach((w, j) => expect(Math.abs(w - ref.coef[j]) / scale).toBeLessThan(1e-6));
}

describe("fitLogistic against scikit-learn", () => {
  it("gives scikit-learn's weights on the standardised signals of hidden links and non-links", () => {
    const t = generateTerritory({ organisations: 800, seed: 3 });
    const graph = buildCooperationGraph(
      t.edges,
      t.profiles.map((p) => p.id),
    );
    const tables = pairTables(graph, (i) => t.profiles[i]);
    const rand = mulberry32(11);
    const partners = t.edges.filter((e) => e.kind === "PARTNERSHIP");
    const hidden = partners
      .filter(() => rand() < 0.2)
      .map((e): [number, number] => [graph.indexOf.get(e.source)!, graph.indexOf.get(e.target)!]);
    const training = { ...tables, graph: withoutEdges(graph, hidden) };
    const pairs: [number, number, number][] = hidden.map(([u, v]) => [u, v, 1]);
    while (pairs.length < hidden.length * 5) {
      const u = Math.floor(rand() * t.profiles.length);
      const v = Math.floor(rand() * t.profiles.length);
      if (u !== v && !graph.neighbours[u].includes(v)) pairs.push([u, v, 0]);
    }
    const raw = pairs.map(([u, v]) => Array.from(pairSignals(training, u, v)));
    // Standardise the columns that vary, as the fit does.
    const columns = raw[0].map((_, j) => j);
    const stats = columns.map((j) => {
      const mean = raw.reduce((s, r) => s + r[j], 0) / raw.length;
      const sd = Math.sqrt(raw.reduce((s, r) => s + (r[j] - mean) ** 2, 0) / raw.length);
      return { j, mean, sd };
    });
    const active = stats.filter((s) => s.sd > 1e-9);
    expect(active.length).toBeGreaterThanOrEqual(8);
    const rows = raw.map((r) => active.map((s) => (r[s.j] - s.mean) / s.sd));
    expectSame(
      rows,
      pairs.map((p) => p[2]),
      rows.map(() => 1),
      1,
    );
  });

  it("gives scikit-learn's weights with sample weights and a strong penalty", () => {
    const rand = mulberry32(5);
    const rows = Array.from({ length: 400 }, () => Array.from({ length: 6 }, () => rand() * 4 - 2));
    const truth = [1.5, -2, 0.5, 0, 3, -1];
    const labels = rows.map((r) =>
      rand() < 1 / (1 + Math.exp(-(0.3 + r.reduce((s, x, j) => s + x * truth[j], 0)))) ? 1 : 0,
    );
    const weights = rows.map(() => (rand() < 0.3 ? 2 : 1));
    expectSame(rows, labels, weights, 1);
    expectSame(rows, labels, weights, 25);
  });
});
