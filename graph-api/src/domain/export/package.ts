/**
 * A published dataset version: the whole public cooperation graph as files
 * (CSV with a Frictionless Data `datapackage.json` describing every column's
 * type, unit and meaning; GraphML and GEXF with typed attributes; NetworkX
 * JSON), with a README saying what it holds, how to cite it and its licence.
 * Served live at /api/datasets/current/<file>, written by `npm run snapshot`
 * into a dated folder, served again from there by version.
 * @see https://specs.frictionlessdata.io/data-package/
 */
import type { Attribute, Dataset } from "./formats";
import { edgesCsv, nodesCsv, toGEXF, toGraphML, toJson } from "./formats";
import { toCsv } from "@maillage/model";
import { DATA_LICENCE, LICENCE_NOTE } from "./licence";
import { DATASET_FORMAT } from "./dataset-version";

export const DATASET_FILES = [
  "README.md",
  "datapackage.json",
  "nodes.csv",
  "edges.csv",
  "communities.csv",
  "graph.graphml",
  "graph.gexf",
  "graph.json",
] as const;
export type DatasetFile = (typeof DATASET_FILES)[number];

export const CONTENT_TYPES: Record<DatasetFile, string> = {
  "README.md": "text/markdown; charset=utf-8",
  "datapackage.json": "application/json; charset=utf-8",
  "nodes.csv": "text/csv; charset=utf-8",
  "edges.csv": "text/csv; charset=utf-8",
  "communities.csv": "text/csv; charset=utf-8",
  "graph.graphml": "application/graphml+xml; charset=utf-8",
  "graph.gexf": "application/gexf+xml; charset=utf-8",
  "graph.json": "application/json; charset=utf-8",
};

const FRICTIONLESS_TYPES = { string: "string", int: "integer", double: "number", boolean: "boolean" } as const;

function field(a: Pick<Attribute, "name" | "type" | "description" | "unit">, required = false) {
  return {
    name: a.name,
    type: FRICTIONLESS_TYPES[a.type],
    description: a.description,
    ...(a.unit ? { unit: a.unit } : {}),
    ...(required ? { constraints: { required: true } } : {}),
  };
}

function communitiesCsv(d: Dataset): string {
  const sizes = new Map<number, number>();
  for (const n of d.nodes) {
    const c = n.values.community as number;
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
  }
  return toCsv(
    ["community", "size"],
    [...sizes.entries()].sort((a, b) => a[0] - b[0]).map(([c, size]) => [c, size]),
  );
}

/** The Frictionless Data package descriptor of a dataset's CSV files. */
export function datapackage(d: Dataset): Record<string, unknown> {
  const version = String(d.meta.datasetVersion);
  const csv = {
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8-sig",
    dialect: { delimiter: ",", lineTerminator: "\r\n" },
  };
  return {
    profile: "tabular-data-package",
    name: `maillage-${version}`,
    title: d.meta.title,
    version,
    description: `${String(d.meta.note)} Format ${DATASET_FORMAT}.`,
    licenses: [{ name: DATA_LICENCE.name, title: DATA_LICENCE.title, path: DATA_LICENCE.path }],
    licenceNote: LICENCE_NOTE,
    citation: d.meta.citation,
    keywords: ["social and solidarity economy", "cooperation network", "économie sociale et solidaire"],
    resources: [
      {
        name: "nodes",
        path: "nodes.csv",
        profile: "tabular-data-resource",
        ...csv,
        schema: {
          fields: [
            field({ name: "id", type: "string", description: "Node id, the one the GraphQL API gives." }, true),
            ...d.nodeAttributes.map((a) => field(a)),
          ],
          primaryKey: "id",
        },
      },
      {
        name: "edges",
        path: "edges.csv",
        profile: "tabular-data-resource",
        ...csv,
        schema: {
          fields: [
            field(
              {
                name: "id",
                type: "string",
                description: "Stable relationship id: a hash of its type, ends, kind and own year.",
              },
              true,
            ),
            field({ name: "source", type: "string", description: "Id of the node it starts from." }, true),
            field({ name: "target", type: "string", description: "Id of the node it goes to." }, true),
            ...d.edgeAttributes.map((a) => field(a)),
          ],
          primaryKey: "id",
          foreignKeys: [
            { fields: "source", reference: { resource: "nodes", fields: "id" } },
            { fields: "target", reference: { resource: "nodes", fields: "id" } },
          ],
        },
      },
      {
        name: "communities",
        path: "communities.csv",
        profile: "tabular-data-resource",
        ...csv,
        schema: {
          fields: [
            field(
              { name: "community", type: "int", description: "Louvain community number (0 is the largest)." },
              true,
            ),
            field({ name: "size", type: "int", unit: "nodes", description: "Number of nodes." }, true),
          ],
          primaryKey: "community",
        },
      },
    ],
  };
}

function readme(d: Dataset): string {
  const m = d.meta;
  return [
    `# ${String(m.title)}`,
    "",
    `Dataset version **${String(m.datasetVersion)}** (a content hash of the public graph; format ${DATASET_FORMAT}).`,
    "",
    `${String(m.nodes)} nodes and ${String(m.relationships)} relationships. ${String(m.note)}`,
    "",
    "## Files",
    "",
    "- `nodes.csv`, `edges.csv`, `communities.csv`: CSV (UTF-8 with BOM, RFC 4180), described column by column in `datapackage.json` (Frictionless Data).",
    "- `graph.graphml`, `graph.gexf`: the same graph with typed attributes (GraphML, GEXF 1.2 for Gephi).",
    '- `graph.json`: NetworkX node-link JSON (`nx.node_link_graph(data, edges="edges")`, NetworkX 3.4 or later).',
    "",
    "## Cite",
    "",
    String(m.citation),
    "",
    "## Licence",
    "",
    LICENCE_NOTE,
    `Licence text: ${DATA_LICENCE.path}`,
    "",
  ].join("\n");
}

/** Every file of a dataset version, by name. */
export function datasetFiles(d: Dataset): Record<DatasetFile, string> {
  return {
    "README.md": readme(d),
    "datapackage.json": JSON.stringify(datapackage(d), null, 2) + "\n",
    "nodes.csv": nodesCsv(d),
    "edges.csv": edgesCsv(d),
    "communities.csv": communitiesCsv(d),
    "graph.graphml": toGraphML(d),
    "graph.gexf": toGEXF(d),
    "graph.json": toJson(d),
  };
}
