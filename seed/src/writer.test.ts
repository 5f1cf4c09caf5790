import { checkSpec } from "./writer";
import { ref, type GraphSpec } from "@maillage/model";

const provenance = { source: "test", sourceKind: "ILLUSTRATIVE" as const };

describe("checkSpec", () => {
  it("names a relationship whose endpoint the seed does not define", () => {
    const spec: GraphSpec = {
      nodes: [{ label: "Town", props: { inseeCode: "94028", name: "Créteil", ...provenance } }],
      rels: [{ type: "LOCATED_IN", from: ref("EssStructure", "ghost"), to: ref("Town", "94028"), props: provenance }],
    };
    expect(() => checkSpec(spec)).toThrow("EssStructure:ghost");
  });

  it("refuses a node defined twice or without its key", () => {
    const twice: GraphSpec = {
      nodes: [
        { label: "Theme", props: { code: "food", ...provenance } },
        { label: "Theme", props: { code: "food", ...provenance } },
      ],
      rels: [],
    };
    expect(() => checkSpec(twice)).toThrow("Theme:food is defined twice");
    expect(() => checkSpec({ nodes: [{ label: "Theme", props: { ...provenance } }], rels: [] })).toThrow("has no code");
  });
});
