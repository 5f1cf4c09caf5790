/**
 * npm run eval:opportunities [-- --seed 42] [-- --out docs/opportunity-evaluation.md]
 *
 * Offline evaluation of partnership suggestions: on each network, ten
 * hiding splits (20 % of the partnerships hidden, seeded); on each, the
 * app's ranking (the partnership model fitted on what is left) against each
 * single link-prediction heuristic and a random score, by AUC, average
 * precision and precision@10 / @50 — on the graph in Neo4j (NEO4J_URI; the
 * seed as `npm run seed` writes it), on a generated territory and on the real
 * observed networks of tools/data/real-networks.json. Then how the model
 * ranks coordinators' decisions (simulated on the seed, and said so). Writes
 * the tables as Markdown to --out (default docs/opportunity-evaluation.md)
 * and prints them. Exits with 3 when, on a real network, the app's ranking is
 * not at least as good as the best single heuristic in 8 of 10 splits by AUC
 * and by average precision.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { formatEnvError, neo4jEnvSchema, openDriver, toNeo4jConfig } from "@maillage/neo4j";
import { createGraphReader } from "@maillage/graph-api";
import { cooperationEdges } from "@maillage/graph-api";
import { organisationProfiles } from "@maillage/graph-api";
import { partnershipEdges } from "@maillage/graph-api";
import { heldOutLinks, loadOpportunityContext, recordedOpportunities } from "@maillage/graph-api";
import { evaluateOtherKinds, type KindReport } from "../opportunities/other-kinds";
import {
  CANDIDATE_MAX_KM,
  evaluatePartnershipSuggestions,
  type EvaluationInput,
  type EvaluationMethod,
  type EvaluationReport,
} from "../opportunities/evaluation";
import { generateTerritory } from "../opportunities/random-graph";
import { loadRealNetworks, realNetworkInput, type RealNetwork } from "../opportunities/real-networks";
import { evaluateDecisions, simulateDecisions, type DecisionReport } from "../opportunities/feedback";

const ROOT = resolve(__dirname, "..", "..", "..");
const DEFAULT_OUT = join(ROOT, "docs", "opportunity-evaluation.md");
const DEFAULT_SEED = 42;
/** Ten territories are generated and evaluated: 5,000 organisations each keeps the run to minutes on two cores. */
const GENERATED_ORGANISATIONS = 5_000;
/** Hiding splits per network. */
const SPLITS = 10;
/** Splits of 10 in which the app's ranking must match the best single heuristic. */
const TARGET = 8;
/** Simulated decisions on the seed graph. */
const SIMULATED_DECISIONS = 300;

const LABELS: Record<EvaluationMethod, string> = {
  learnt: "**app (fitted model)**",
  commonNeighbours: "common neighbours",
  jaccard: "Jaccard",
  adamicAdar: "Adamic–Adar",
  resourceAllocation: "resource allocation",
  preferentialAttachment: "preferential attachment",
  random: "random",
};

interface Args {
  out: string;
  seed: number;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { out: DEFAULT_OUT, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case "--out":
        if (!value) return "--out takes a file name";
        args.out = resolve(process.cwd(), value);
        i++;
        break;
      case "--seed":
        if (!value || !/^\d+$/.test(value) || Number(value) > 0xffffffff)
          return `--seed takes an integer between 0 and 4294967295 (got "${value ?? ""}")`;
        args.seed = Number(value);
        i++;
        break;
      default:
        return `unknown option ${argv[i]}`;
    }
  }
  return args;
}

const fmt = (v: number, digits = 3) => (Number.isNaN(v) ? "n/a" : v.toFixed(digits));
const int = (v: number) => v.toLocaleString("en-GB").replace(/,/g, "\u202f");
const mean = (values: number[]) => {
  const kept = values.filter((v) => !Number.isNaN(v));
  return kept.length ? kept.reduce((s, v) => s + v, 0) / kept.length : NaN;
};

const SINGLE: EvaluationMethod[] = [
  "commonNeighbours",
  "jaccard",
  "adamicAdar",
  "resourceAllocation",
  "preferentialAttachment",
];

type Measure = "auc" | "averagePrecision";

/** In how many splits the app's figure is at least the best single heuristic's. */
export function atLeastBestSingle(
  reports: EvaluationReport[],
  measure: Measure,
  method: EvaluationMethod = "learnt",
): number {
  return reports.filter((r) => {
    const app = r.methods.find((m) => m.method === method)![measure];
    const best = Math.max(...r.methods.filter((m) => SINGLE.includes(m.method)).map((m) => m[measure]));
    return app >= best - 1e-12;
  }).length;
}

export function meetsTarget(reports: EvaluationReport[]): boolean {
  return atLeastBestSingle(reports, "auc") >= TARGET && atLeastBestSingle(reports, "averagePrecision") >= TARGET;
}

function table(reports: EvaluationReport[]): string {
  const ks = reports[0].methods[0]?.precision.map((p) => p.k) ?? [];
  const rows = reports[0].methods.map(({ method }) => {
    const of = (r: EvaluationReport) => r.methods.find((m) => m.method === method)!;
    const aucs = reports.map((r) => of(r).auc);
    return `| ${LABELS[method]} | ${fmt(mean(aucs))} (${fmt(Math.min(...aucs))}–${fmt(Math.max(...aucs))}) | ${fmt(mean(reports.map((r) => of(r).averagePrecision)))} | ${ks.map((_, i) => fmt(mean(reports.map((r) => of(r).precision[i].value)), 2)).join(" | ")} |`;
  });
  return [
    `| Method | AUC: mean (lowest–highest) | average precision | ${ks.map((k) => `P@${k}`).join(" | ")} |`,
    `|---|---:|---:|${ks.map(() => "---:").join("|")}|`,
    ...rows,
  ].join("\n");
}

function models(reports: EvaluationReport[]): string {
  const counts = new Map<string, number>();
  for (const r of reports) {
    const m = r.model;
    const label =
      m.method === "LOGISTIC_REGRESSION"
        ? "logistic regression"
        : `${LABELS[m.heuristic as EvaluationMethod] ?? m.heuristic} alone (${m.fallbackReason === "TOO_FEW_LINKS" ? "too few links to fit" : "regression not clearly better by cross-validation"})`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const positives = reports.map((r) => r.model.positives);
  const range =
    Math.min(...positives) === Math.max(...positives)
      ? `${Math.min(...positives)}`
      : `${Math.min(...positives)}–${Math.max(...positives)}`;
  return `The model each split fitted on its reduced graph (${range} positives, pooled over its repeated hidings of the links left): ${[...counts].map(([k, v]) => `${k} in ${v}`).join(", ")}.`;
}

function sizes(r: EvaluationReport): string {
  return `${int(r.organisations)} organisations (${int(r.nodes)} nodes with events and pooled resources), ${int(r.edges)} distinct edges, ${int(r.partnershipPairs)} pairs of partners of which ${int(r.hidden)} hidden per split; AUC and average precision against ${int(r.negatives)} sampled non-linked pairs; precision over about ${int(r.candidates)} candidate pairs.`;
}

/**
 * The same count for each single heuristic kept in every split: the best of them is chosen knowing every
 * split's hidden links, which no ranking can. Where it stays under the target too, the splits' best changes
 * from split to split more than any one ranking can follow.
 */
function hindsight(reports: EvaluationReport[]): string {
  const counts = SINGLE.map((method) => ({
    method,
    auc: atLeastBestSingle(reports, "auc", method),
    averagePrecision: atLeastBestSingle(reports, "averagePrecision", method),
  }));
  const worst = (c: { auc: number; averagePrecision: number }) => Math.min(c.auc, c.averagePrecision);
  const best = counts.sort((x, y) => worst(y) - worst(x) || y.auc + y.averagePrecision - x.auc - x.averagePrecision)[0];
  return `For comparison, the single heuristic that does best in hindsight, ${LABELS[best.method]} in every split, is at least as good as the split's best in ${best.auc} of ${reports.length} by AUC and ${best.averagePrecision} of ${reports.length} by average precision.`;
}

/**
 * The app's figure minus the figure of the heuristic best on average over the splits, split by split: its
 * mean, standard error and t (mean / standard error). On a network whose splits hide a handful of links,
 * whether the app is the split's best is decided by one or two pairs; this says whether it falls short of
 * the best heuristic by more than the splits' spread (with 10 splits, t below −2.26 at the 5 % level,
 * Student's t with 9 degrees of freedom).
 */
export function pairedDifference(reports: EvaluationReport[], measure: Measure) {
  const meanOf = (method: EvaluationMethod) =>
    mean(reports.map((r) => r.methods.find((m) => m.method === method)![measure]));
  const best = SINGLE.reduce((a, b) => (meanOf(b) > meanOf(a) ? b : a));
  const diffs = reports.map(
    (r) => r.methods.find((m) => m.method === "learnt")![measure] - r.methods.find((m) => m.method === best)![measure],
  );
  const d = mean(diffs);
  const sd = Math.sqrt(diffs.reduce((s, x) => s + (x - d) ** 2, 0) / Math.max(1, diffs.length - 1));
  const se = sd / Math.sqrt(diffs.length);
  return { best, mean: d, se, t: se > 0 ? d / se : d === 0 ? 0 : Math.sign(d) * Infinity };
}

function paired(reports: EvaluationReport[]): string {
  const part = (measure: Measure, label: string) => {
    const p = pairedDifference(reports, measure);
    const signed = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(4)}`;
    const t = Number.isFinite(p.t) ? `${p.t >= 0 ? "" : "−"}${Math.abs(p.t).toFixed(2)}` : p.t > 0 ? "∞" : "−∞";
    return `${label} ${signed(p.mean)} against ${LABELS[p.best]} (standard error ${p.se.toFixed(4)}, t = ${t})`;
  };
  return `Split by split, the app minus the heuristic best on average: ${part("auc", "AUC")}; ${part("averagePrecision", "average precision")}.`;
}

/** Student's t at the two-sided 5 % level with SPLITS − 1 = 9 degrees of freedom. */
const T_CRITICAL = 2.262;

/** Where the target is not met: how many links each split hides there, and whether the app is significantly behind. */
function shortfall(real: { network: RealNetwork; reports: EvaluationReport[] }[]): string {
  const unmet = real.filter((r) => !meetsTarget(r.reports));
  const behind = unmet.filter((r) =>
    (["auc", "averagePrecision"] as const).some((m) => pairedDifference(r.reports, m).t < -T_CRITICAL),
  );
  return `**It is not met on ${unmet.length} of ${real.length} real networks**: ${unmet
    .map((r) => `${r.network.name}: ${int(r.network.edges.length)} links, ${int(r.reports[0].hidden)} hidden per split`)
    .join(
      "; ",
    )}. On ${behind.length === 0 ? "none of them" : behind.map((r) => r.network.name).join(", ")} is the app's mean significantly below the best heuristic's (paired differences over the splits under each table; t below −${T_CRITICAL} at the 5 % level).`;
}

function target(reports: EvaluationReport[]): string {
  const a = atLeastBestSingle(reports, "auc");
  const p = atLeastBestSingle(reports, "averagePrecision");
  const met = a >= TARGET && p >= TARGET;
  return `The app's ranking is at least as good as the best single heuristic of the split in **${a} of ${reports.length}** splits by AUC and **${p} of ${reports.length}** by average precision: target (${TARGET} of 10 on both) ${met ? "met" : "**not met**"}. ${hindsight(reports)} ${paired(reports)}`;
}

function section(title: string, intro: string, reports: EvaluationReport[]): string {
  return `### ${title}\n\n${intro}${intro ? "\n\n" : ""}${sizes(reports[0])}\n\n${table(reports)}\n\n${target(reports)} ${models(reports)}\n`;
}

function decisionsSection(d: DecisionReport): string {
  return `## Coordinators' decisions (simulated on the seed)

**Simulated, not recorded.** The seed holds no real decisions, so ${int(d.total)} are simulated on candidate pairs of the seed graph drawn with a seeded PRNG, by this rule: a coordinator accepts a pair when the two organisations share at least one theme and are within ${d.rule.maxKm} km of each other, or already share a partner organisation; otherwise declines; then ${Math.round(d.rule.noise * 100)} % of the decisions, drawn at random, are reversed (coordinators are not consistent). ${int(d.training)} decisions join the fit as labelled examples; the other ${int(d.heldOut)} (${int(d.heldOutAccepted)} accepted, ${int(d.heldOutDeclined)} declined) are held out: how often does each ranking put an accepted pair before a declined one (AUC, ties ½)?

| Ranking | AUC, accepted before declined | average precision |
|---|---:|---:|
${d.rows.map((r) => `| ${r.label} | ${fmt(r.auc)} | ${fmt(r.averagePrecision)} |`).join("\n")}

On recorded outcomes the same figure is computed from the database's accepted and declined partnership suggestions: ${d.recorded === null ? "the database holds none yet" : `${int(d.recorded.accepted)} accepted and ${int(d.recorded.declined)} declined, AUC ${fmt(d.recorded.auc)} for the stored ranking`}.
`;
}

function networkList(networks: RealNetwork[]): string {
  return networks
    .map(
      (n) =>
        `- **${n.name}** (${int(n.nodes.length)} nodes, ${int(n.edges.length)} links). Source: ${n.source}. ${n.citation}`,
    )
    .join("\n");
}

function markdown(
  seedRuns: EvaluationReport[],
  generated: EvaluationReport[],
  real: { network: RealNetwork; reports: EvaluationReport[] }[],
  decisions: DecisionReport,
  otherKinds: KindReport[],
  args: Args,
  date: string,
): string {
  const allMet = real.every((r) => meetsTarget(r.reports));
  return `# Evaluation of partnership suggestions

Generated by \`npm run eval:opportunities -- --seed ${args.seed}\` on ${date}. Do not edit by hand: run the command again (the method and the other kinds of suggestion are described in [opportunity-method.md](opportunity-method.md)).

## Method

Link prediction is evaluated the usual way (\`tools/src/opportunities/evaluation.ts\`), ${SPLITS} times per network with the hiding seeds ${args.seed}–${args.seed + SPLITS - 1}:

1. **Hide** 20 % of the pairs of organisations linked by a partnership. Every edge between a hidden pair is removed; the other edges stay.
2. **Fit and score** with the reduced graph only. The app's ranking is the partnership model fitted on the reduced graph exactly as the server fits it (\`fitPartnershipModel\`: it hides a further share of the partnerships left, compares by 5-fold cross-validation an L2 logistic regression on the standardised signals with each single heuristic, keeps the best heuristic or a better-established one within a standard error of it, and the regression only when it is clearly ahead of that heuristic by both measures; under 50 links, the heuristic). It never sees the hidden pairs.
3. **AUC**: the probability that a hidden pair scores higher than a pair of organisations not linked in the full graph (ties count ½), against one seeded uniform sample of 20 times as many non-linked pairs, the same for every method. **Average precision** on the same pairs (tied scores taken together, as scikit-learn's \`average_precision_score\`).
4. **Precision@k**: the share of hidden pairs among the k best of each ranking of the candidates the app considers (pairs with a common neighbour, or within ${CANDIDATE_MAX_KM} km sharing a theme); ties by pair id.

Methods: the **app** (the fitted model), each structural heuristic alone (common neighbours, Jaccard, Adamic–Adar, resource allocation, preferential attachment, as in NetworkX) and a seeded random score. The target: on every real network, the app at least as good as the best single heuristic of the split in at least ${TARGET} of ${SPLITS} splits by AUC and by average precision. ${allMet ? "It is met on every real network." : shortfall(real)}

## Real observed networks

Shipped by packages reachable from here and exported once by \`tools/networks/export_networks.py\` into \`tools/data/real-networks.json\` (Zachary's karate club and Les Misérables are left out on purpose, for an outside check). Every node counts as an organisation and every link as a partnership; they have no places, themes, legal forms or kinds, so those signals weigh nothing there.

${networkList(real.map((r) => r.network))}

${real.map((r) => section(r.network.name, "", r.reports)).join("\n")}
## Seed graph

The graph in Neo4j, as \`npm run seed\` writes it (with the demo population, **invented for the demonstration**).

${section("Seed", "", seedRuns)}
## Generated territory of ${int(generated[0].organisations)} organisations

\`generateTerritory({ organisations: ${GENERATED_ORGANISATIONS}, seed })\` (\`random-graph.ts\`), one territory per split. **Assumption**: partnerships there form more often between organisations that are close, share themes and share partners, which favours signals of place and theme by construction; it shows the model finds such partnerships at scale, not that real ones form that way.

${section("Generated territory", "", generated)}
${decisionsSection(decisions)}
## The other kinds of suggestion (seed)

What would show each kind right is in [opportunity-method.md](opportunity-method.md). Where the seed records that evidence, ${SPLITS} splits hide 20 % of it, rebuild the snapshot without it, and ask how the kind's suggestions rank the hidden pairs against every pair of the same kinds of organisation that is not linked (AUC, ties ½; a pair not suggested scores 0), next to a simple baseline: the counterpart that already has the most such links first. Seed data are **invented for the demonstration**.

| Kind | evidence hidden | links (hidden per split) | AUC of the kind's score | AUC of the baseline | hidden pairs suggested at all |
|---|---|---:|---:|---:|---:|
${otherKinds.map((k) => `| ${k.kind} | ${k.relationship}${k.evidence === "currentStage" ? " begun at the structure's current stage" : ""} | ${k.links} (${k.hidden}) | ${k.splits ? fmt(k.auc) : "n/a"} | ${k.splits ? fmt(k.baselineAuc) : "n/a"} | ${k.splits ? `${Math.round(k.suggested * 100)} %` : "n/a"} |`).join("\n")}

POOLING and POOLING_GROUP are not measured: the evidence (a need met by an offer, a group purchase made) is not recorded in the seed.

## Reproduce

\`\`\`sh
npm run seed                              # once, if the local database is empty
npm run eval:opportunities -- --seed ${args.seed}   # writes this file and prints it
\`\`\`
`;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(
      `eval:opportunities: ${args}. Options: --seed <n> (default ${DEFAULT_SEED}), --out <file> (default docs/opportunity-evaluation.md)`,
    );
    return 2;
  }
  const env = neo4jEnvSchema.safeParse(process.env);
  if (!env.success) {
    console.error(`eval:opportunities: invalid configuration:\n${formatEnvError(env.error)}`);
    return 2;
  }
  const config = toNeo4jConfig(env.data);
  const driver = openDriver(config, { maxConnectionPoolSize: 3 });
  let seedInput: EvaluationInput;
  let recorded: { memberIds: [string, string]; accepted: boolean }[];
  let otherKinds: KindReport[];
  try {
    const reader = createGraphReader(driver, { database: config.database, timeoutMs: 120_000 });
    const [edges, profiles, partnerships, opportunities] = await Promise.all([
      reader.read(cooperationEdges, {}),
      reader.read(organisationProfiles, {}),
      reader.read(partnershipEdges, {}),
      reader.read(recordedOpportunities, {}),
    ]);
    seedInput = { edges, profiles, partnerships };
    const [links, snapshot] = await Promise.all([reader.read(heldOutLinks, {}), loadOpportunityContext(reader)]);
    otherKinds = evaluateOtherKinds(snapshot, edges, links, { seed: args.seed, splits: SPLITS });
    recorded = opportunities
      .filter((o) => o.kind === "PARTNERSHIP" && (o.status === "ACCEPTED" || o.status === "DECLINED"))
      .map((o) => ({
        memberIds: [o.memberIds[0], o.memberIds[1]] as [string, string],
        accepted: o.status === "ACCEPTED",
      }));
  } finally {
    await driver.close();
  }
  if (seedInput.partnerships.length === 0) {
    console.error("eval:opportunities: the database holds no partnership; run `npm run seed` first");
    return 1;
  }

  const splits = (input: (i: number) => EvaluationInput) =>
    Array.from({ length: SPLITS }, (_, i) => evaluatePartnershipSuggestions(input(i), { seed: (args.seed + i) >>> 0 }));

  let started = Date.now();
  const real = loadRealNetworks().map((network) => {
    const input = realNetworkInput(network);
    return { network, reports: splits(() => input) };
  });
  console.error(`eval:opportunities: real networks evaluated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  const seedRuns = splits(() => seedInput);
  console.error(`eval:opportunities: seed graph evaluated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  const decisions = evaluateDecisions(
    seedInput,
    simulateDecisions(seedInput, SIMULATED_DECISIONS, args.seed),
    recorded,
    args.seed,
  );
  console.error(`eval:opportunities: decisions evaluated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  const generated = splits((i) => {
    const territory = generateTerritory({ organisations: GENERATED_ORGANISATIONS, seed: (args.seed + i) >>> 0 });
    return {
      edges: territory.edges,
      profiles: territory.profiles,
      partnerships: territory.edges.filter((e) => e.kind === "PARTNERSHIP"),
    };
  });
  console.error(
    `eval:opportunities: generated territories evaluated in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const text = markdown(seedRuns, generated, real, decisions, otherKinds, args, new Date().toISOString().slice(0, 10));
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, text);
  process.stdout.write(text);
  const shown = relative(process.cwd(), args.out);
  console.error(`eval:opportunities: wrote ${shown.startsWith("..") ? args.out : shown}`);
  return real.every((r) => meetsTarget(r.reports)) ? 0 : 3;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`eval:opportunities: failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
