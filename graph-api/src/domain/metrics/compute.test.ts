import { buildNetwork, sliceAsOf, type DatedRelationship } from "./network";
import { computeMetrics } from "./compute";
import { pathCentralities } from "./paths";
import { generateGraph, generatedNodeIds } from "@maillage/tools";

const at = (ids: readonly string[], values: ArrayLike<number>, id: string) => values[ids.indexOf(id)];

describe("network metrics", () => {
  // A path a–b–c plus a triangle c–d–e, an isolated node f, and a repeated a–b relationship.
  const net = buildNetwork(
    ["f"],
    [
      { source: "a", target: "b" },
      { source: "b", target: "a" },
      { source: "b", target: "c" },
      { source: "c", target: "d" },
      { source: "d", target: "e" },
      { source: "e", target: "c" },
      { source: "c", target: "c" },
    ],
  );
  let m: Awaited<ReturnType<typeof computeMetrics>>;
  beforeAll(async () => {
    m = await computeMetrics(net);
  });

  it("counts distinct neighbours as degree and relationships as weighted degree", () => {
    expect(net.edgeCount).toBe(5);
    expect(at(m.ids, m.degree, "a")).toBe(1);
    expect(at(m.ids, m.weightedDegree, "a")).toBe(2);
    expect(at(m.ids, m.degree, "c")).toBe(3);
    expect(at(m.ids, m.degree, "f")).toBe(0);
  });

  it("gives the bridge node the highest betweenness and the triangle a clustering of 1", () => {
    // c lies on the one shortest path of each of the 2·2 pairs between {a, b} and {d, e}: 8 ordered pairs over (n-1)(n-2) = 20.
    expect(at(m.ids, m.betweenness, "c")).toBeCloseTo(8 / 20, 12);
    expect(Math.max(...m.betweenness)).toBe(at(m.ids, m.betweenness, "c"));
    expect(at(m.ids, m.clustering, "d")).toBe(1);
    expect(at(m.ids, m.clustering, "c")).toBeCloseTo(1 / 3, 12);
    expect(at(m.ids, m.closeness, "f")).toBe(0);
  });

  it("puts the path and the triangle in different communities and sums PageRank to 1", () => {
    expect(at(m.ids, m.community, "a")).not.toBe(at(m.ids, m.community, "e"));
    expect(m.pagerank.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
  });

  it("estimates betweenness and closeness from sampled sources close to the exact values", async () => {
    const g = buildNetwork(generatedNodeIds({ nodes: 3000 }), generateGraph({ nodes: 3000, edges: 12000, seed: 5 }));
    const exact = await pathCentralities(g, { exactMaxNodes: 1e9, sources: 0, seed: 1 });
    const sampled = await pathCentralities(g, { exactMaxNodes: 100, sources: 600, seed: 1 });
    expect(exact.exact).toBe(true);
    expect(sampled.exact).toBe(false);
    const top = (xs: Float64Array) => [...xs.keys()].sort((a, b) => xs[b] - xs[a]).slice(0, 30);
    const shared = top(exact.betweenness).filter((v) => top(sampled.betweenness).includes(v)).length;
    expect(shared).toBeGreaterThanOrEqual(20);
    let worst = 0;
    exact.closeness.forEach((c, v) => (worst = Math.max(worst, c > 0 ? Math.abs(sampled.closeness[v] - c) / c : 0)));
    expect(worst).toBeLessThan(0.1);
  });
});

describe("time slices", () => {
  const rels: DatedRelationship[] = [
    { source: "a", target: "b", type: "PARTNERS_WITH", start: 2017, end: 2019 },
    { source: "a", target: "c", type: "FUNDS", start: 2021, end: null },
    { source: "b", target: "c", type: "STUDIES", start: null, end: null },
    { source: "c", target: "d", type: "PARTNERS_WITH", start: 2016, end: null },
  ];
  const nodes = [
    { id: "a", from: null, to: null },
    { id: "b", from: 2015, to: null },
    { id: "c", from: null, to: null },
    { id: "d", from: 2020, to: null },
  ];

  it("keeps what had started and not ended that year, and counts undated relationships apart", () => {
    const s2018 = sliceAsOf(nodes, rels, 2018);
    expect(s2018.relationships.map((r) => `${r.source}-${r.target}`)).toEqual(["a-b"]);
    expect(s2018.undatedRelationships).toBe(1);
    // d was founded in 2020: its partnership, dated 2016, is not in 2018's network, nor is d.
    expect(s2018.nodes).not.toContain("d");
    expect(sliceAsOf(nodes, rels, 2022).relationships.map((r) => `${r.source}-${r.target}`)).toEqual(["a-c", "c-d"]);
    expect(sliceAsOf(nodes, rels, null).relationships).toHaveLength(4);
  });
});
