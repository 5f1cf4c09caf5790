import { describe, expect, it } from "vitest";
import { introductionPath, mergeViews, type GraphData, type GraphEdge, type GraphNode } from "./model";

const node = (id: string): GraphNode => ({
  __typename: "GraphNode",
  id,
  type: "EssStructure",
  name: id.toUpperCase(),
  inseeCode: null,
  legalForm: null,
  latitude: null,
  longitude: null,
  geoPrecision: null,
  illustrative: false,
  degree: 1,
});
const edge = (source: string, target: string, type = "PARTNERS_WITH"): GraphEdge => ({
  id: `${source}-${type}-${target}`,
  source,
  target,
  type,
  kind: null,
  since: null,
});

describe("mergeViews", () => {
  it("keeps each node and edge once, and drops edges whose ends are not both shown", () => {
    const a: GraphData = { nodes: [node("a"), node("b")], edges: [edge("a", "b"), edge("b", "z")] };
    const b: GraphData = { nodes: [node("b"), node("c")], edges: [edge("a", "b"), edge("b", "c")] };
    const merged = mergeViews([a, b]);
    expect(merged.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(merged.edges.map((e) => e.id)).toEqual(["a-PARTNERS_WITH-b", "b-PARTNERS_WITH-c"]);
  });
});

describe("introductionPath: who can introduce X to Y", () => {
  const data: GraphData = {
    nodes: ["a", "b", "c", "d", "e", "t"].map(node),
    edges: [
      edge("a", "b"),
      edge("b", "c"),
      edge("c", "d"),
      edge("a", "e"),
      edge("e", "d", "MEMBER_OF"),
      edge("a", "t", "LOCATED_IN"),
      edge("t", "d", "LOCATED_IN"),
    ],
  };

  it("finds a shortest path through partners, members, buyers and funders", () => {
    expect(introductionPath(data, "a", "d")).toEqual(["a", "e", "d"]);
    expect(introductionPath(data, "b", "d")).toEqual(["b", "c", "d"]);
  });

  it("does not go through towns (being in the same town is not an introduction), and says when there is no path", () => {
    const noPartners: GraphData = {
      nodes: data.nodes,
      edges: [edge("a", "t", "LOCATED_IN"), edge("t", "d", "LOCATED_IN")],
    };
    expect(introductionPath(noPartners, "a", "d")).toBeNull();
    expect(introductionPath(data, "a", "a")).toEqual(["a"]);
  });
});
