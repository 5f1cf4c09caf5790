/**
 * The graph view's one « Exporter » menu: an image of the drawing, the
 * organisations and links for a spreadsheet (semicolons, UTF-8 with BOM,
 * headers and values in the interface's words; codes on request), files for
 * Gephi and other network tools, and the whole network from the API. The
 * formats' names stay inside the menu, each said with what it is for.
 */
import { useEffect, useRef, useState, type RefObject } from "react";
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
import { ApiExport } from "./ApiExport";
import "../styles/follow-up.css";

export interface ExportButtonsProps {
  cy: RefObject<Core | null>;
  /** What the view shows (nodes and edges, suggestions included). */
  data: GraphData;
  /** Words for file names and the GEXF description (e.g. the town), null for the whole territory. */
  scope: string | null;
  /** Whether the menu also offers the whole network from the API (default: yes). */
  withApiExport?: boolean;
}

type Format = "png" | "nodes" | "edges" | "gexf" | "graphml";
const FORMATS: Format[] = ["nodes", "edges", "png", "gexf", "graphml"];

export function ExportButtons({ cy, data, scope, withApiExport = true }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>("");
  const [codes, setCodes] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const empty = data.nodes.length === 0;

  // Escape closes the menu and gives the focus back to its button.
  useEffect(() => {
    const element = menu.current;
    if (!element) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && element.open) {
        element.open = false;
        element.querySelector("summary")?.focus();
      }
    };
    element.addEventListener("keydown", onKey);
    return () => element.removeEventListener("keydown", onKey);
  }, []);

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
          file = name("csv", "organisations");
          download(file, nodesCsv(data, { t, codes }), MIME.csv);
          break;
        case "edges":
          file = name("csv", "liens");
          download(file, edgesCsv(data, { t, codes }), MIME.csv);
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

  return (
    <details className="export-menu" ref={menu}>
      <summary>{t("export.menu")}</summary>
      <div className="export-menu-body">
        <h3 className="export-menu-title">{t("export.viewTitle")}</h3>
        <ul className="plain export-items">
          {FORMATS.map((format) => (
            <li key={format}>
              <button type="button" onClick={() => run(format)} disabled={empty}>
                <span className="export-item-label">{t(`export.items.${format}`)}</span>
                <span className="export-item-help">{t(`export.items.${format}Help`)}</span>
              </button>
            </li>
          ))}
        </ul>
        <label className="export-codes">
          <input type="checkbox" checked={codes} onChange={(e) => setCodes(e.target.checked)} /> {t("export.codes")}
        </label>
        {withApiExport && <ApiExport />}
        <span className="visually-hidden" role="status">
          {status}
        </span>
      </div>
    </details>
  );
}
