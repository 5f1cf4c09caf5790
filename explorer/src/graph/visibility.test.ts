import { describe, expect, it } from "vitest";
import { hiddenElements, withinSteps, yearRange } from "./visibility";
import type { GraphData } from "./model";

const node = (id: string) => ({
  __typename: "GraphNode" as const,
  id,
  type: "EssStructure",
  name: id,
  inseeCode: "94028",
  legalForm: null,
  latitude: null,
  longitude: null,
  geoPrecision: null,
  illustrative: false,
  degree: 1,
});
const edge = (source: string, target: string, since: number | null = null) => ({
  id: `${source}-${target}`,
  source,
  target,
  type: "PARTNERS_WITH",
  kind: null,
  since,
});

// a — b — c — d — e, and f alone; the links started in 2015, 2018, 2020 and 2023.
const chain: GraphData = {
  nodes: ["a", "b", "c", "d", "e", "f"].map(node),
  edges: [edge("a", "b", 2015), edge("b", "c", 2018), edge("c", "d", 2020), edge("d", "e", 2023)],
};
const shown = (hidden: Set<string>) => chain.nodes.map((n) => n.id).filter((id) => !hidden.has(id));

describe("focus", () => {
  it("keeps one organisation and those 1 to 3 links away, hides everything else", () => {
    expect([...withinSteps(chain, "c", 1)].sort()).toEqual(["b", "c", "d"]);
    const none = { hidden: new Set<string>(), year: null };
    expect(shown(hiddenElements(chain, { ...none, focus: { id: "c", depth: 1 } }))).toEqual(["b", "c", "d"]);
    expect(shown(hiddenElements(chain, { ...none, focus: { id: "a", depth: 3 } }))).toEqual(["a", "b", "c", "d"]);
    // The links out to hidden nodes are hidden too.
    const hidden = hiddenElements(chain, { ...none, focus: { id: "c", depth: 1 } });
    expect(hidden.has("b-c")).toBe(false);
    expect(hidden.has("a-b")).toBe(true);
  });

  it("hides a node and its links, and goes no further through it", () => {
    const hidden = hiddenElements(chain, { focus: { id: "a", depth: 3 }, hidden: new Set(["c"]), year: null });
    expect(shown(hidden)).toEqual(["a", "b"]);
    expect(hidden.has("b-c")).toBe(true);
  });
});

describe("year slider", () => {
  it("replays the network's growth: links and organisations appear in the year their first link started", () => {
    expect(yearRange(chain)).toEqual([2015, 2023]);
    const in2018 = hiddenElements(chain, { focus: null, hidden: new Set(), year: 2018 });
    // f has no link at all: it is always there.
    expect(shown(in2018)).toEqual(["a", "b", "c", "f"]);
    expect(in2018.has("c-d")).toBe(true);
    expect(shown(hiddenElements(chain, { focus: null, hidden: new Set(), year: 2014 }))).toEqual(["f"]);
  });

  it("keeps undated links in every year", () => {
    const undated: GraphData = { nodes: chain.nodes, edges: [edge("e", "f")] };
    expect(yearRange(undated)).toBeNull();
    expect(shown(hiddenElements(undated, { focus: null, hidden: new Set(), year: 2000 }))).toHaveLength(6);
  });
});
