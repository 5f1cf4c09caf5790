import { Kind, parse, type ConstDirectiveNode, type TypeNode } from "graphql";
import { typeDefs as defaultTypeDefs } from "./type-defs";

/**
 * Which stored properties are GraphQL `Int`s, per node label and per
 * relationship type, read from the type definitions.
 *
 * JavaScript numbers reach Neo4j as floats; writers outside GraphQL (seed,
 * importers) use this to store integers as Neo4j integers, as the generated
 * API does.
 */
export interface IntProperties {
  nodes: Map<string, Set<string>>;
  relationships: Map<string, Set<string>>;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function stringArg(directive: ConstDirectiveNode | undefined, name: string): string | undefined {
  const arg = directive?.arguments?.find((a) => a.name.value === name);
  return arg?.value.kind === Kind.STRING ? arg.value.value : undefined;
}

export function intProperties(typeDefs: string = defaultTypeDefs): IntProperties {
  const doc = parse(typeDefs);
  const intsOf = new Map<string, Set<string>>();
  const relPropsTypeOf = new Map<string, string>();
  const labelOf = new Map<string, string>();

  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const ints = new Set<string>();
    for (const field of def.fields ?? []) {
      if (namedType(field.type) === "Int") ints.add(field.name.value);
      const rel = field.directives?.find((d) => d.name.value === "relationship");
      const type = stringArg(rel, "type");
      const properties = stringArg(rel, "properties");
      if (type && properties) relPropsTypeOf.set(type, properties);
    }
    intsOf.set(def.name.value, ints);
    const node = def.directives?.find((d) => d.name.value === "node");
    if (node) {
      const labels = node.arguments?.find((a) => a.name.value === "labels");
      const first =
        labels?.value.kind === Kind.LIST && labels.value.values[0]?.kind === Kind.STRING
          ? labels.value.values[0].value
          : undefined;
      labelOf.set(def.name.value, first ?? def.name.value);
    }
  }

  const nodes = new Map<string, Set<string>>();
  for (const [typeName, label] of labelOf) nodes.set(label, intsOf.get(typeName) ?? new Set());
  const relationships = new Map<string, Set<string>>();
  for (const [relType, propsType] of relPropsTypeOf) relationships.set(relType, intsOf.get(propsType) ?? new Set());
  return { nodes, relationships };
}
