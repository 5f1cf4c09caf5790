import { Kind, parse } from "graphql";
import { typeDefs } from "./type-defs";

describe("type definitions", () => {
  const doc = parse(typeDefs);

  it("describe every type, field, enum value and relationship property (API descriptions are documentation)", () => {
    const missing: string[] = [];
    for (const def of doc.definitions) {
      if (
        def.kind === Kind.OBJECT_TYPE_DEFINITION ||
        def.kind === Kind.INTERFACE_TYPE_DEFINITION ||
        def.kind === Kind.ENUM_TYPE_DEFINITION
      ) {
        if (!def.description) missing.push(def.name.value);
      }
      if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_DEFINITION) {
        for (const field of def.fields ?? [])
          if (!field.description) missing.push(`${def.name.value}.${field.name.value}`);
      }
      if (def.kind === Kind.ENUM_TYPE_DEFINITION) {
        for (const value of def.values ?? [])
          if (!value.description) missing.push(`${def.name.value}.${value.name.value}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives every node type provenance fields", () => {
    const nodes = doc.definitions.filter(
      (d) =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION &&
        d.directives?.some((x) => x.name.value === "node" || x.name.value === "relationshipProperties"),
    );
    expect(nodes.length).toBeGreaterThan(20);
    for (const node of nodes) {
      if (node.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      const fields = new Set(node.fields?.map((f) => f.name.value));
      expect([node.name.value, ["source", "sourceKind", "sourceRef", "updatedAt"].every((f) => fields.has(f))]).toEqual(
        [node.name.value, true],
      );
    }
  });
});
