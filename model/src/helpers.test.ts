import { connectedComponents } from "./components";
import { distanceKm, haversineKm } from "./geo";
import { toGEXF, toGraphML, type GraphDocument } from "./graph-formats";
import { fold, stripAccents } from "./text-folding";

describe("connectedComponents", () => {
  it("numbers components by decreasing size, ties by their first node, members in breadth-first order", () => {
    // 0–1, 2 alone, 3–4–5 (path 3-5-4), 6–7
    const edges = [
      [0, 1],
      [3, 5],
      [5, 4],
      [6, 7],
    ];
    const count = 8;
    const lists: number[][] = Array.from({ length: count }, () => []);
    for (const [a, b] of edges) {
      lists[a]!.push(b!);
      lists[b!]!.push(a!);
    }
    const offsets = [0];
    for (const l of lists) offsets.push(offsets[offsets.length - 1]! + l.length);
    const { component, members } = connectedComponents({ count, offsets, neighbours: lists.flat() });
    expect(members.map((m) => [...m])).toEqual([[3, 5, 4], [0, 1], [6, 7], [2]]);
    expect([...component]).toEqual([1, 1, 3, 0, 0, 0, 2, 2]);
  });
});

describe("text folding", () => {
  it("drops accents and case, keeps letters and punctuation", () => {
    expect(fold("Épicerie à Créteil")).toBe("epicerie a creteil");
    expect(stripAccents("L'Haÿ-les-Roses")).toBe("L'Hay-les-Roses");
  });
});

describe("distances", () => {
  it("measures Créteil to Paris Notre-Dame at about 11 km, symmetric, zero to itself", () => {
    const creteil = { latitude: 48.7904, longitude: 2.4556 };
    const notreDame = { latitude: 48.853, longitude: 2.3499 };
    expect(distanceKm(creteil, notreDame)).toBeGreaterThan(10);
    expect(distanceKm(creteil, notreDame)).toBeLessThan(11);
    expect(haversineKm(48.853, 2.3499, 48.7904, 2.4556)).toBeCloseTo(distanceKm(creteil, notreDame), 12);
    expect(distanceKm(creteil, creteil)).toBe(0);
  });
});

describe("GraphML and GEXF writers", () => {
  const doc: GraphDocument = {
    directed: false,
    description: "a & b",
    nodeAttributes: [
      { name: "name", type: "string", description: "its name" },
      { name: "w", type: "double" },
    ],
    edgeAttributes: [{ name: "kind", type: "string" }],
    nodes: [
      {
        id: "a",
        label: "Épicerie <A>",
        values: { name: "Épicerie <A>", w: 0.30000000000000004 },
        color: "#1b7f4c",
        position: { x: 1, y: -2 },
      },
      { id: "b", values: { name: "", w: null } },
    ],
    edges: [
      { id: "e", source: "a", target: "b", label: "PARTNERS_WITH", values: { kind: "CO_PROJECT" }, color: "#000000" },
    ],
  };

  it("write escaped text, leave out empty values, keep numbers exact", () => {
    const graphml = toGraphML(doc, { nodeLabels: true });
    expect(graphml).toContain(`<desc>a &amp; b</desc>`);
    expect(graphml).toContain(
      `<key id="n_name" for="node" attr.name="name" attr.type="string"><desc>its name</desc></key>`,
    );
    expect(graphml).toContain(`<key id="n_w" for="node" attr.name="w" attr.type="double"/>`);
    expect(graphml).toContain(
      `<node id="a"><data key="label">Épicerie &lt;A&gt;</data><data key="n_name">Épicerie &lt;A&gt;</data><data key="n_w">0.30000000000000004</data></node>`,
    );
    expect(graphml).toContain(`<node id="b"></node>`);
    expect(graphml).toContain(`edgedefault="undirected"`);
  });

  it("write colours and positions into GEXF only when asked", () => {
    const date = new Date("2025-01-02T00:00:00Z");
    const plain = toGEXF(doc, { date });
    expect(plain).not.toContain("viz");
    expect(plain).toContain(`<node id="b" label="b"></node>`);
    const viz = toGEXF(doc, { date, viz: true });
    expect(viz).toContain(`<viz:color r="27" g="127" b="76"/><viz:position x="1.00" y="-2.00" z="0"/>`);
    expect(viz).toContain(
      `<edge id="e" source="a" target="b" label="PARTNERS_WITH"><attvalues><attvalue for="kind" value="CO_PROJECT"/></attvalues><viz:color r="0" g="0" b="0"/></edge>`,
    );
    expect(viz).toContain(`lastmodifieddate="2025-01-02"`);
  });
});
