/** The graph view's export buttons: PNG of the drawing, CSV of nodes and links, GraphML and GEXF for Gephi. */
import { useState, type RefObject } from "react";
import type { Core } from "cytoscape";
import { useTranslation } from "react-i18next";
import type { GraphData } from "../graph/model";
import {
  download,
  edgesCsv,
  exportFileName,
  graphPng,
  MIME,
  nodesCsv,
  positionsOf,
  toGEXF,
  toGraphML,
} from "../graph/export";

export interface ExportButtonsProps {
  cy: RefObject<Core | null>;
  /** What the view shows (nodes and edges, suggestions included). */
  data: GraphData;
  /** Words for file names and the GEXF description (e.g. the town), null for the whole territory. */
  scope: string | null;
}

type Format = "png" | "nodes" | "edges" | "graphml" | "gexf";

export function ExportButtons({ cy, data, scope }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>("");
  const empty = data.nodes.length === 0;

  const run = (format: Format) => {
    try {
      const name = (ext: string, part?: string) => exportFileName(["graph", scope ?? "gpsea", part], ext);
      let file: string;
      switch (format) {
        case "png": {
          if (!cy.current) return;
          file = name("png");
          download(file, graphPng(cy.current), MIME.png);
          break;
        }
        case "nodes":
          file = name("csv", "nodes");
          download(file, nodesCsv(data), MIME.csv);
          break;
        case "edges":
          file = name("csv", "edges");
          download(file, edgesCsv(data), MIME.csv);
          break;
        case "graphml":
          file = name("graphml");
          download(file, toGraphML(data), MIME.graphml);
          break;
        case "gexf": {
          file = name("gexf");
          const description = t("export.description", {
            scope: scope ?? t("export.scopeAll"),
            nodes: data.nodes.length,
            edges: data.edges.length,
          });
          download(
            file,
            toGEXF(data, { positions: cy.current ? positionsOf(cy.current) : undefined, description }),
            MIME.gexf,
          );
          break;
        }
      }
      setStatus(t("export.done", { file }));
    } catch (error) {
      setStatus(t("export.failed", { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  const button = (format: Format, label: string, help: string) => (
    <button type="button" onClick={() => run(format)} disabled={empty} title={help}>
      {label}
    </button>
  );

  return (
    <div className="export" role="group" aria-label={t("export.label")}>
      <span className="export-label" aria-hidden="true">
        {t("export.label")}
      </span>
      {button("png", t("export.png"), t("export.pngHelp"))}
      {button("nodes", t("export.nodesCsv"), t("export.csvHelp"))}
      {button("edges", t("export.edgesCsv"), t("export.csvHelp"))}
      {button("graphml", t("export.graphml"), t("export.gephiHelp"))}
      {button("gexf", t("export.gexf"), t("export.gephiHelp"))}
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
