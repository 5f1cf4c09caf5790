/**
 * A description on every type, field, argument and enum value, so that GraphiQL
 * and introspection document the whole API to its users.
 *
 * Our own types carry theirs: schema/type-defs.graphql (SDL) and the
 * type-graphql resolvers. @neo4j/graphql generates about 1,500 more types
 * (…Where, …Sort, …Connection, …CreateInput, aggregations…) with no
 * description, and drops some of ours (the Organisation interface). This
 * module fills the gaps after the schema is built, from what the names and
 * shapes say: the model type a generated name starts with, the relationship
 * field that follows, the suffix the library appends; a property field gets
 * the model's own description of that property. Nothing here overwrites a
 * description that exists. `missingDescriptions` lists what is still bare;
 * schema-descriptions.test.ts fails on any.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";

/** Descriptions and relationship fields of the model, read from the SDL. */
interface Model {
  /** Type name → its description. */
  types: Map<string, string>;
  /** Type name → field name → description. */
  fields: Map<string, Map<string, string>>;
  /** Type name → relationship field names (as written, e.g. `essPartners`). */
  relationships: Map<string, string[]>;
  /** Types holding relationship properties (@relationshipProperties). */
  relationshipProperties: Set<string>;
}

function readModel(sdl: string | DocumentNode): Model {
  const doc = typeof sdl === "string" ? parse(sdl) : sdl;
  const model: Model = {
    types: new Map(),
    fields: new Map(),
    relationships: new Map(),
    relationshipProperties: new Set(),
  };
  for (const def of doc.definitions) {
    if (
      def.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      def.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      def.kind !== Kind.ENUM_TYPE_DEFINITION
    )
      continue;
    const name = def.name.value;
    if (def.description) model.types.set(name, def.description.value);
    if (def.kind === Kind.ENUM_TYPE_DEFINITION) continue;
    if (def.directives?.some((d) => d.name.value === "relationshipProperties")) model.relationshipProperties.add(name);
    const fields = new Map<string, string>();
    const relationships: string[] = [];
    for (const f of def.fields ?? []) {
      if (f.description) fields.set(f.name.value, f.description.value);
      if (f.directives?.some((d) => d.name.value === "relationship")) relationships.push(f.name.value);
    }
    model.fields.set(name, fields);
    model.relationships.set(name, relationships);
  }
  return model;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const code = (s: string) => `\`${s}\``;
/** "a Business", "an EssStructure". */
const withArticle = (x: string) => `${/^[AEIOU]/.test(x) ? "an" : "a"} ${x}`;

/** Descriptions of generated types by suffix, after the model type `X` (and relationship field `F`, when there is one). */
const RELATIONSHIP_TYPE_SUFFIXES: [string, (x: string, f: string) => string][] = [
  [
    "ConnectionAggregateInput",
    (x, f) =>
      `Filters ${x} nodes by aggregates over their ${code(f)} relationships: count, and properties of the related nodes (node) and of the relationships (edge).`,
  ],
  [
    "NodeAggregationWhereInput",
    (x, f) => `Filters ${x} nodes by aggregates of the properties of the nodes they reach through ${code(f)}.`,
  ],
  [
    "EdgeAggregationWhereInput",
    (x, f) => `Filters ${x} nodes by aggregates of the properties of their ${code(f)} relationships.`,
  ],
  [
    "UpdateConnectionInput",
    (x, f) =>
      `Changes to the related node and the relationship properties of ${withArticle(x)}'s ${code(f)} relationship.`,
  ],
  [
    "DisconnectFieldInput",
    (x, f) => `Removes ${code(f)} relationships of ${withArticle(x)} that match \`where\` (the related nodes stay).`,
  ],
  [
    "ConnectionFilters",
    (x, f) => `Filters ${x} nodes by their ${code(f)} relationships: all, none, single or some of them must match.`,
  ],
  [
    "ConnectFieldInput",
    (x, f) =>
      `Links ${withArticle(x)} to existing nodes through ${code(f)}: the nodes to connect (where), and the relationship properties.`,
  ],
  [
    "CreateFieldInput",
    (x, f) => `Creates a node and links it to ${withArticle(x)} through ${code(f)}, with the relationship properties.`,
  ],
  ["DeleteFieldInput", (x, f) => `Deletes nodes linked to ${withArticle(x)} through ${code(f)} that match \`where\`.`],
  [
    "UpdateFieldInput",
    (x, f) =>
      `Changes to the ${code(f)} relationships of ${withArticle(x)}: connect, create, update, disconnect or delete.`,
  ],
  [
    "ConnectionWhere",
    (x, f) =>
      `Filters the ${code(f)} relationships of ${withArticle(x)} by the related node (node) and the relationship's properties (edge).`,
  ],
  [
    "ConnectionSort",
    (x, f) =>
      `Sort order for the ${code(f)} relationships of ${withArticle(x)}: by the related node's properties (node) or the relationship's (edge).`,
  ],
  [
    "Relationship",
    (x, f) =>
      `One ${code(f)} relationship of ${withArticle(x)}: its cursor, the related node and the relationship's properties.`,
  ],
  [
    "Connection",
    (x, f) =>
      `The ${code(f)} relationships of ${withArticle(x)}, paged: edges (related node and relationship properties), paging info and total count.`,
  ],
  ["FieldInput", (x, f) => `The ${code(f)} relationships of a new ${x}: nodes to create or existing nodes to connect.`],
];

/** `n` names what the owner is: "EssStructure nodes" or "Partnership relationships". */
const NODE_TYPE_SUFFIXES: [string, (x: string, n: string) => string][] = [
  [
    "AggregationWhereInput",
    (x) => `Filters by aggregates (average, min, max, sum, length) of the properties of ${x} relationships.`,
  ],
  [
    "RelationshipFilters",
    (x) => `Filters on a list of related ${x} nodes: all, none, single or some of them must match.`,
  ],
  [
    "DisconnectInput",
    (x) => `Relationships of ${withArticle(x)} to remove, relationship field by field (the related nodes stay).`,
  ],
  [
    "ConnectInput",
    (x) => `Relationships to create from ${withArticle(x)} to existing nodes, relationship field by field.`,
  ],
  ["ConnectWhere", (x) => `Selects the existing ${x} nodes to connect to.`],
  ["CreateInput", (x) => `The properties and relationships of a new ${x}.`],
  [
    "UpdateInput",
    (x) =>
      `Changes to ${withArticle(x)}: properties to set, relationships to connect, create, update, disconnect or delete.`,
  ],
  [
    "DeleteInput",
    (x) => `Nodes related to ${withArticle(x)} to delete along with it, relationship field by relationship field.`,
  ],
  [
    "AggregateNode",
    (x) =>
      `Aggregations of the properties of ${x} nodes (shortest and longest strings; min, max, average and sum of numbers; earliest and latest dates).`,
  ],
  ["Aggregate", (x) => `Aggregations over ${x} nodes: their count and per-property aggregations.`],
  ["IndexEdge", (x) => `${cap(withArticle(x))} found by a full-text search, with its cursor and relevance score.`],
  ["Edge", (x) => `One ${x} in a paged list, with its cursor.`],
  [
    "Where",
    (_x, n) => `Filters ${n}: conditions on their properties and relationships, combined with AND, OR and NOT.`,
  ],
  [
    "Sort",
    (_x, n) =>
      `Sort order for ${n}: one property per object, ASC or DESC; several objects sort by the first, then the next.`,
  ],
  ["Implementation", (x) => `The concrete types implementing the ${x} interface.`],
];

/** Fields and arguments with the same meaning wherever the library puts them. */
const FIXED: Record<string, string> = {
  AND: "All of these conditions must hold.",
  OR: "At least one of these conditions must hold.",
  NOT: "This condition must not hold.",
  all: "Every related item matches this filter (true when there are none).",
  none: "No related item matches this filter.",
  single: "Exactly one related item matches this filter.",
  some: "At least one related item matches this filter.",
  node: "The node.",
  edge: "The relationship's properties.",
  edges: "The items of this page.",
  cursor: "Opaque cursor of this item: pass it as `after` to get the items that follow.",
  pageInfo: "Paging information: whether there are more items, and the cursors at both ends of the page.",
  totalCount: "Number of items matching the filter, over all pages.",
  aggregate: "Aggregations over the matching items.",
  count: "Number of matching items.",
  info: "What the mutation changed: nodes and relationships created or deleted.",
  where: "Filter: only the items matching it.",
  sort: "Sort order: a list of objects of one property each, applied in order.",
  limit: "Maximum number of items returned (the type's own maximum applies).",
  offset: "Number of items to skip, for paging.",
  first: "Maximum number of items in the page.",
  after: "Cursor of the item after which the page starts (from a previous page's `cursor` or `pageInfo.endCursor`).",
  connect: "Existing nodes to link, with the relationship properties.",
  create: "Nodes to create and link, with the relationship properties.",
  disconnect: "Relationships to remove (the related nodes stay).",
  delete: "Related nodes to delete.",
  update: "Changes to make.",
  input: "What to create.",
  properties: "The relationship's properties.",
  score: "Relevance score of the full-text match (higher matches better).",
  phrase: "Text to search for, in Lucene syntax (words, quoted phrases, wildcards).",
  overwrite: "Whether to replace the relationship properties when the relationship already exists (true) or keep them.",
  min: "Smallest value.",
  max: "Largest value.",
  average: "Average value.",
  sum: "Sum of the values.",
  shortest: "Shortest value.",
  longest: "Longest value.",
  nodes: "Number of nodes matching the filter.",
  eq: "Equal to this value.",
  in: "Equal to one of these values.",
  gt: "Greater than this value.",
  gte: "Greater than or equal to this value.",
  lt: "Less than this value.",
  lte: "Less than or equal to this value.",
  contains: "Contains this text (case-sensitive).",
  startsWith: "Starts with this text (case-sensitive).",
  endsWith: "Ends with this text (case-sensitive).",
  includes: "The list includes this value.",
  set: "New value (null clears it where the property is optional).",
  push: "Values to append to the list.",
  pop: "Number of values to remove from the end of the list.",
  add: "Adds this number to the current value.",
  subtract: "Subtracts this number from the current value.",
  multiply: "Multiplies the current value by this number.",
  divide: "Divides the current value by this number.",
  averageLength: "Condition on the average length of the strings.",
  shortestLength: "Condition on the length of the shortest string.",
  longestLength: "Condition on the length of the longest string.",
  nodesCreated: "Number of nodes created.",
  nodesDeleted: "Number of nodes deleted.",
  relationshipsCreated: "Number of relationships created.",
  relationshipsDeleted: "Number of relationships deleted.",
  hasNextPage: "Whether items follow this page.",
  hasPreviousPage: "Whether items precede this page.",
  startCursor: "Cursor of the first item of the page.",
  endCursor: "Cursor of the last item of the page: pass it as `after` for the next page.",
  longitude: "Longitude in degrees (WGS84).",
  latitude: "Latitude in degrees (WGS84).",
  height: "Height in metres, for 3D points (unused by Maillage).",
  crs: "Coordinate reference system name (wgs-84 for Maillage's points).",
  srid: "Spatial reference id (4326 for WGS84).",
  distance: "Condition on the distance in metres from a point (`from`).",
  from: "The point distances are measured from.",
};

/** Verb for a model property as a field of a generated type, by the type's suffix. */
function propertyPhrase(typeName: string, prop: string, about: string): string | null {
  const d = about ? ` (${about.replace(/\.$/, "")})` : "";
  if (/(Where|Filters|WhereInput)$/.test(typeName)) return `Condition on ${code(prop)}${d}.`;
  if (/Sort$/.test(typeName)) return `Sort by ${code(prop)}${d}: ASC or DESC.`;
  if (/CreateInput$/.test(typeName)) return about || `Value of ${code(prop)}.`;
  if (/UpdateInput$/.test(typeName))
    return `New value of ${code(prop)}${d}: set it, or for numbers and lists change it (add, subtract, push, pop…).`;
  if (/(AggregateSelection|AggregateNode)$/.test(typeName)) return `Aggregations of ${code(prop)}${d}.`;
  return null;
}

export interface DescribeOptions {
  /** The model's SDL (schema/type-defs.graphql). */
  typeDefs: string | DocumentNode;
}

/** Fills every missing description of `schema` (in place) and returns it. */
export function describeSchema(schema: GraphQLSchema, options: DescribeOptions): GraphQLSchema {
  const model = readModel(options.typeDefs);
  // Longest names first, so that "ResourceNeed" wins over "Resource" and "EssStructure" over nothing.
  const modelNames = [...model.fields.keys()].sort((a, b) => b.length - a.length);
  const propertyAbout = (owner: string | null, prop: string): string => {
    if (owner && model.fields.get(owner)?.has(prop)) return model.fields.get(owner)!.get(prop)!;
    // A generated type about a relationship: the property belongs to one of the model's types; use it when they agree.
    const found = new Set<string>();
    for (const fields of model.fields.values()) if (fields.has(prop)) found.add(fields.get(prop)!);
    return found.size === 1 ? [...found][0] : "";
  };

  const ownerOf = (name: string): string | null => modelNames.find((m) => name.startsWith(m)) ?? null;
  /** The node type of a connection-shaped object (edges → node), if any. */
  const nodeOfConnection = (t: GraphQLNamedType): string | null => {
    if (!isObjectType(t)) return null;
    const edges = t.getFields().edges;
    if (!edges) return null;
    const edge = getNamedType(edges.type);
    return isObjectType(edge) && edge.getFields().node ? getNamedType(edge.getFields().node.type).name : null;
  };

  const typeDescription = (t: GraphQLNamedType): string | null => {
    const name = t.name;
    if (model.types.has(name)) return model.types.get(name)!;
    if (name === "Query")
      return "Everything the API can read: the generated queries of every node type, and Maillage's own (metrics, search, graph views, opportunities…).";
    if (name === "Mutation")
      return "Everything the API can change: the generated create, update and delete mutations (coordinators only) and Maillage's own.";
    const scalarAggregate = /^(\w+)AggregateSelection$/.exec(name);
    if (
      scalarAggregate &&
      [
        "String",
        "Int",
        "Float",
        "DateTime",
        "ID",
        "BigInt",
        "Duration",
        "LocalDateTime",
        "Time",
        "LocalTime",
        "Date",
      ].includes(scalarAggregate[1])
    )
      return `Aggregations of a ${scalarAggregate[1]} property over the matching items.`;
    if (name === "Count") return "A count of matching items.";
    if (name === "CountConnection") return "Counts of matching related items: nodes, and relationships when asked for.";
    if (name === "ConnectionAggregationCountFilterInput")
      return "Conditions on the number of related nodes (and relationships).";
    const response = /^(Create|Update)(\w+)MutationResponse$/.exec(name);
    if (response)
      return `Result of the ${response[1].toLowerCase()}${response[2]} mutation: the ${response[1] === "Create" ? "created" : "updated"} nodes and what changed.`;
    const owner = ownerOf(name);
    if (owner) {
      const rest = name.slice(owner.length);
      for (const rel of model.relationships.get(owner) ?? []) {
        const R = cap(rel);
        // X + Target + F + (Edge|Node)?AggregateSelection
        const agg = new RegExp(`^\\w*?${R}(Edge|Node)?AggregateSelection$`).exec(rest);
        if (agg) {
          if (agg[1] === "Edge")
            return `Aggregations of the properties of ${withArticle(owner)}'s ${code(rel)} relationships.`;
          if (agg[1] === "Node")
            return `Aggregations of the properties of the nodes ${withArticle(owner)} reaches through ${code(rel)}.`;
          return `Aggregations over the ${code(rel)} of ${withArticle(owner)}: count, related node and relationship properties.`;
        }
        if (rest.startsWith(R)) {
          const suffix = rest.slice(R.length);
          const hit = RELATIONSHIP_TYPE_SUFFIXES.find(([s]) => s === suffix);
          if (hit) return hit[1](owner, rel);
        }
      }
      const hit = NODE_TYPE_SUFFIXES.find(([s]) => s === rest);
      if (hit)
        return hit[1](owner, model.relationshipProperties.has(owner) ? `${owner} relationships` : `${owner} nodes`);
    }
    // Top-level paged lists (EssStructuresConnection, EssStructuresIndexConnection…): read the node type from the shape.
    const node = nodeOfConnection(t);
    if (node && name.endsWith("IndexConnection"))
      return `Full-text search results for ${node}, paged: edges (node and score), paging info and total count.`;
    if (node && name.endsWith("Connection"))
      return `${node} nodes, paged: edges (node and cursor), paging info and total count.`;
    return null;
  };

  const fieldDescription = (t: GraphQLNamedType, field: string, owner: string | null): string | null => {
    if (t.name === "Query" || t.name === "Mutation") return rootFieldDescription(t.name, field);
    const bare = field.replace(/_[A-Z_]+$/, "");
    // On a model type: the generated relationship views.
    if (model.fields.has(t.name)) {
      const conn = /^(\w+)Connection$/.exec(field);
      if (conn && model.relationships.get(t.name)?.includes(conn[1]))
        return `The ${code(conn[1])} relationships of this ${t.name}, paged, with the relationship properties.`;
      const agg = /^(\w+)Aggregate$/.exec(field);
      if (agg && model.relationships.get(t.name)?.includes(agg[1]))
        return `Aggregations over the ${code(agg[1])} of this ${t.name}: count, related node and relationship properties.`;
    }
    if (owner) {
      const rel = model.relationships
        .get(owner)
        ?.find((r) => bare === r || bare === `${r}Connection` || bare === `${r}Aggregate`);
      if (rel && !model.fields.has(t.name)) {
        if (bare === `${rel}Connection`)
          return `Condition on the ${code(rel)} relationships (related node and relationship properties).`;
        if (bare === `${rel}Aggregate`) return `Condition on aggregates over the ${code(rel)} relationships.`;
        if (/(Where|Filters)$/.test(t.name)) return `Condition on the nodes related through ${code(rel)}.`;
        return `The ${code(rel)} relationships: ${/Delete/.test(t.name) ? "related nodes to delete" : /Disconnect/.test(t.name) ? "relationships to remove" : /Connect/.test(t.name) ? "existing nodes to link" : /Create/.test(t.name) ? "nodes to create or connect" : "changes to make"}.`;
      }
    }
    if (/MutationResponse$/.test(t.name) && field !== "info")
      return `The ${t.name.startsWith("Create") ? "created" : "updated"} nodes.`;
    if (owner && model.fields.get(owner)?.has(bare) && !model.fields.has(t.name)) {
      const phrase = propertyPhrase(t.name, bare, propertyAbout(owner, bare));
      if (phrase) return phrase;
    }
    if (FIXED[field]) return FIXED[field];
    if (field !== bare && FIXED[bare]) return FIXED[bare];
    const about = propertyAbout(owner, bare);
    if (about || model.fields.has(owner ?? "") || [...model.fields.values()].some((f) => f.has(bare)))
      return propertyPhrase(t.name, bare, about);
    return null;
  };

  const rootFieldDescription = (root: string, field: string): string | null => {
    const type = (root === "Query" ? schema.getQueryType() : schema.getMutationType())!.getFields()[field];
    const target = getNamedType(type.type);
    const node = nodeOfConnection(target) ?? (isObjectType(target) || isInterfaceType(target) ? target.name : null);
    if (root === "Mutation") {
      const m = /^(create|update|delete)(\w+)$/.exec(field);
      if (m && m[1] === "delete")
        return `Deletes the ${m[2]} matching \`where\` (and the related nodes named in \`delete\`). Coordinators only.`;
      if (m)
        return `${m[1] === "create" ? "Creates" : "Updates"} ${m[2]}${m[1] === "update" ? " matching `where`" : ""}, with their relationships. Coordinators only.`;
      return null;
    }
    if (field.endsWith("Connection") && node)
      return `${node} nodes matching \`where\`, sorted and paged with cursors (first, after).`;
    if (field.endsWith("Aggregate") && node) return `Aggregations over the ${node} nodes matching \`where\`.`;
    if (/^search/.test(field) && node)
      return `Full-text search over ${node} names and descriptions, best matches first.`;
    if (node) return `${node} nodes matching \`where\`, sorted and paged (limit, offset).`;
    return null;
  };

  const argDescription = (arg: GraphQLArgument): string | null => FIXED[arg.name] ?? null;

  for (const t of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(t) || isSpecifiedScalarType(t)) continue;
    if (!t.description) t.description = typeDescription(t);
    const owner = ownerOf(t.name);
    if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) {
      for (const f of Object.values(t.getFields())) {
        if (!f.description) f.description = fieldDescription(t, f.name, owner);
        if ("args" in f) for (const a of f.args) if (!a.description) a.description = argDescription(a);
      }
    }
    if (isEnumType(t)) {
      for (const v of t.getValues()) {
        if (!v.description && model.types.has(v.name)) v.description = `${v.name}: ${model.types.get(v.name)}`;
      }
    }
  }
  return schema;
}

/** Every type, field, argument and enum value without a description, as `Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`. */
export function missingDescriptions(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const t of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(t) || isSpecifiedScalarType(t)) continue;
    if (!t.description) missing.push(t.name);
    if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) {
      for (const f of Object.values(t.getFields())) {
        if (!f.description) missing.push(`${t.name}.${f.name}`);
        if ("args" in f) for (const a of f.args) if (!a.description) missing.push(`${t.name}.${f.name}(${a.name})`);
      }
    }
    if (isEnumType(t)) for (const v of t.getValues()) if (!v.description) missing.push(`${t.name}.${v.name}`);
  }
  return missing;
}
