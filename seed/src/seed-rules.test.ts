import { Kind, parse, type ConstArgumentNode } from "graphql";
import { typeDefs } from "@maillage/schema";
import { validateFields } from "@maillage/model";
import { seedSpec } from "./seed-database";

/** Relationship type → the type of its properties, read from the SDL's @relationship(type, properties). */
function relationshipPropertyTypes(): Map<string, string> {
  const found = new Map<string, string>();
  const arg = (args: readonly ConstArgumentNode[] | undefined, name: string) => {
    const value = args?.find((a) => a.name.value === name)?.value;
    return value?.kind === Kind.STRING ? value.value : undefined;
  };
  for (const def of parse(typeDefs).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of def.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === "relationship");
      const [type, properties] = [arg(directive?.arguments, "type"), arg(directive?.arguments, "properties")];
      if (type && properties) found.set(type, properties);
    }
  }
  return found;
}

describe("the seed's data", () => {
  it("passes the rules the API and the importers apply, node by node and relationship by relationship", () => {
    const spec = seedSpec();
    const properties = relationshipPropertyTypes();
    expect(properties.get("PARTNERS_WITH")).toBe("Partnership");
    const broken: string[] = [];
    const check = (type: string, where: string, props: Record<string, unknown>) => {
      const { source: _source, sourceKind: _sourceKind, ...values } = props;
      for (const issue of validateFields(type, values)) broken.push(`${where} ${issue.field} ${issue.code}`);
    };
    for (const node of spec.nodes)
      check(node.label, `${node.label} ${node.props.id ?? node.props.code ?? node.props.inseeCode}`, node.props);
    for (const rel of spec.rels) {
      const type = properties.get(rel.type);
      if (type) check(type, `${rel.type} ${rel.from.key}→${rel.to.key}`, rel.props);
    }
    expect(spec.nodes.length).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });
});
