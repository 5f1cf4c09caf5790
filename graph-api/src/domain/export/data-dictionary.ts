/**
 * docs/data-dictionary.md, generated (`npm run data-dictionary`; a unit test
 * fails when the file is stale): every type, field and enum value of the
 * graph model (schema/type-defs.graphql) with its description, the French and
 * English labels of the enum values (@maillage/model's label table), units,
 * where each record comes from and its licence; the columns of the published
 * dataset; and a Mermaid diagram of the model drawn from the type definitions.
 */
import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type EnumTypeDefinitionNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type TypeNode,
} from "graphql";
import { ENUM_LABELS, type Label } from "@maillage/model";
import { DATA_LICENCE } from "./licence";
import { METRIC_ATTRIBUTES, datasetAttributes } from "./dataset";
import type { Attribute } from "./formats";

const cell = (text: string | undefined) => (text ?? "").replace(/\|/g, "\\|").replace(/\n+/g, " ").trim();
const typeName = (t: TypeNode): string => print(t);
const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
const directive = (f: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  f.directives?.find((d) => d.name.value === name);
const stringArgument = (d: ConstDirectiveNode | undefined, name: string) => {
  const value = d?.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.STRING || value?.kind === Kind.ENUM ? value.value : undefined;
};

/** The unit of a field, read from its name and type. */
function unitOf(field: FieldDefinitionNode): string {
  const name = field.name.value;
  const type = named(field.type);
  if (type === "Point") return "WGS84 longitude, latitude (degrees)";
  if (/Eur$/.test(name)) return "euros";
  if (/Pct$/.test(name)) return "percent";
  if (/(Year|^year|^since|^until)$/i.test(name) && type === "Int") return "year";
  if (type === "DateTime") return "ISO 8601 date and time";
  if (type === "Date") return "ISO 8601 date";
  return "";
}

const PRIVATE_TYPES = new Set(["Contact", "JWT"]);

function origin(type: string): string {
  if (PRIVATE_TYPES.has(type)) return "Coordinators only: never published, never exported.";
  if (["Territory", "Town"].includes(type))
    return "Reference data (INSEE, IGN Admin Express, @etalab/decoupage-administratif): their licence (Licence Ouverte 2.0).";
  return `Provenance per record (\`source\`, \`sourceKind\`, \`sourceRef\`). Maillage's own data: ${DATA_LICENCE.title} (${DATA_LICENCE.name}); records imported from a register (\`sourceKind: OPEN_DATA_IMPORT\`) keep their source's licence; \`ILLUSTRATIVE\` records are invented.`;
}

function enumSection(e: EnumTypeDefinitionNode): string[] {
  const labels = (ENUM_LABELS as Record<string, Readonly<Record<string, Label>>>)[e.name.value];
  return [
    `### ${e.name.value} (enumeration)`,
    "",
    cell(e.description?.value),
    "",
    "| value | meaning | French | English |",
    "|---|---|---|---|",
    ...(e.values ?? []).map(
      (v) =>
        `| \`${v.name.value}\` | ${cell(v.description?.value)} | ${cell(labels?.[v.name.value]?.fr ?? "—")} | ${cell(labels?.[v.name.value]?.en ?? "—")} |`,
    ),
    "",
  ];
}

function typeSection(t: ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode, kind: string): string[] {
  return [
    `### ${t.name.value} (${kind})`,
    "",
    cell(t.description?.value),
    "",
    `Source and licence: ${origin(t.name.value)}`,
    "",
    "| field | type | unit | meaning |",
    "|---|---|---|---|",
    ...(t.fields ?? []).map((f) => {
      const rel = directive(f, "relationship");
      const meaning = rel
        ? `${cell(f.description?.value)} (relationship \`${stringArgument(rel, "type")}\`, ${stringArgument(rel, "direction")})`
        : cell(f.description?.value);
      return `| \`${f.name.value}\` | \`${typeName(f.type)}\` | ${unitOf(f)} | ${meaning} |`;
    }),
    "",
  ];
}

/** Mermaid class diagram of the node types and their relationships (each drawn once, from its OUT side). */
export function mermaidDiagram(typeDefs: string): string {
  const lines = ["classDiagram"];
  const document = parse(typeDefs);
  const nodes = document.definitions.filter(
    (d): d is ObjectTypeDefinitionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION &&
      !directive(d, "relationshipProperties") &&
      !directive(d, "jwt") &&
      (d.fields ?? []).some((f) => directive(f, "relationship")),
  );
  const names = new Set(nodes.map((n) => n.name.value));
  const seen = new Set<string>();
  for (const n of nodes) {
    lines.push(`  class ${n.name.value}`);
    for (const f of n.fields ?? []) {
      const rel = directive(f, "relationship");
      if (!rel || stringArgument(rel, "direction") !== "OUT") continue;
      const target = named(f.type);
      const edge = `  ${n.name.value} --> ${target} : ${stringArgument(rel, "type")}`;
      if ((names.has(target) || target === "Organisation") && !seen.has(edge)) {
        seen.add(edge);
        lines.push(edge);
      }
    }
  }
  return lines.join("\n");
}

function attributeRows(attrs: readonly Attribute[]): string[] {
  return attrs.map((a) => `| \`${a.name}\` | ${a.type} | ${cell(a.unit)} | ${cell(a.description)} |`);
}

export function dataDictionary(typeDefs: string): string {
  const document = parse(typeDefs);
  const enums = document.definitions.filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION);
  const interfaces = document.definitions.filter(
    (d): d is InterfaceTypeDefinitionNode => d.kind === Kind.INTERFACE_TYPE_DEFINITION,
  );
  const objects = document.definitions.filter(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && !directive(d, "jwt"),
  );
  const { nodes, edges } = datasetAttributes();
  return [
    "# Data dictionary",
    "",
    "<!-- Generated by `npm run data-dictionary` from schema/type-defs.graphql, @maillage/model's labels and the dataset's columns (graph-api/src/domain/export). Do not edit: a test fails when it is stale. -->",
    "",
    "Every type, field and enumeration value of Maillage's graph model, with its",
    "meaning, unit, French and English labels, source and licence; then the",
    "columns of the published dataset (docs/research.md).",
    "",
    `**Licence.** Maillage's own data: ${DATA_LICENCE.title} (${DATA_LICENCE.name}, ${DATA_LICENCE.path}). Records imported from a public register keep their source's licence. Contacts are never published.`,
    "",
    "## The model",
    "",
    "```mermaid",
    mermaidDiagram(typeDefs),
    "```",
    "",
    "## Node and relationship types",
    "",
    ...interfaces.flatMap((t) => typeSection(t, "interface")),
    ...objects.flatMap((t) =>
      typeSection(t, directive(t, "relationshipProperties") ? "relationship properties" : "node"),
    ),
    "## Enumerations",
    "",
    ...enums.flatMap(enumSection),
    "## The dataset's columns",
    "",
    "`nodes.csv` (and the node attributes of GraphML, GEXF and JSON), besides `id`:",
    "",
    "| column | type | unit | meaning |",
    "|---|---|---|---|",
    ...attributeRows(nodes),
    "",
    `Metrics (${METRIC_ATTRIBUTES.length}) are computed on the cooperation network; their definitions and NetworkX equivalents are in docs/research.md.`,
    "",
    "`edges.csv` (and the edge attributes), besides `id`, `source` and `target`:",
    "",
    "| column | type | unit | meaning |",
    "|---|---|---|---|",
    ...attributeRows(edges),
    "",
  ].join("\n");
}
