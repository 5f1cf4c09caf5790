/**
 * Download the whole cooperation network from the API's exports
 * (/api/export/*, the files researchers use: metrics included, time slices
 * possible), next to the view's own exports. Pseudonymised by default, as the
 * API; a signed-in coordinator may ask for the complete files (ids, names,
 * coordinates), which the API checks again from the session.
 */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { authHeaders, canEdit, useSession } from "../auth";
import { download } from "../graph/export";

export const API_EXPORT_FILES = ["nodes.csv", "edges.csv", "graph.graphml", "graph.gexf", "graph.json"] as const;
export type ApiExportFile = (typeof API_EXPORT_FILES)[number];

/** The export's address: pseudonymised unless `complete`. */
export function apiExportUrl(file: ApiExportFile, complete: boolean): string {
  return `/api/export/${file}${complete ? "?pseudonymised=false" : ""}`;
}

/** The file name the API gives (Content-Disposition), else one of ours. */
function fileNameOf(response: Response, file: ApiExportFile): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? `maillage-${file}`;
}

export function ApiExport() {
  const { t } = useTranslation();
  const session = useSession();
  const coordinator = canEdit(session);
  const [file, setFile] = useState<ApiExportFile>("graph.gexf");
  const [complete, setComplete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  const id = useId();
  const wantComplete = coordinator && complete;

  const run = async () => {
    setBusy(true);
    setProblem("");
    setStatus(t("apiExport.loading"));
    try {
      const response = await fetch(apiExportUrl(file, wantComplete), { headers: authHeaders() });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] };
        throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
      }
      const name = fileNameOf(response, file);
      download(name, await response.blob(), response.headers.get("content-type") ?? "application/octet-stream");
      setStatus(t("export.done", { file: name }));
    } catch (error) {
      setStatus("");
      setProblem(t("apiExport.failed", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export api-export" role="group" aria-labelledby={`${id}-label`}>
      <span className="export-label" id={`${id}-label`}>
        {t("apiExport.label")}
      </span>
      <label className="visually-hidden" htmlFor={`${id}-file`}>
        {t("apiExport.format")}
      </label>
      <select
        id={`${id}-file`}
        value={file}
        onChange={(e) => setFile(e.target.value as ApiExportFile)}
        title={t("apiExport.help")}
      >
        {API_EXPORT_FILES.map((f) => (
          <option key={f} value={f}>
            {t(`apiExport.files.${f.replace(".", "_")}`)}
          </option>
        ))}
      </select>
      {coordinator && (
        <label title={t("apiExport.completeHelp")}>
          <input type="checkbox" checked={complete} onChange={(e) => setComplete(e.target.checked)} />{" "}
          {t("apiExport.complete")}
        </label>
      )}
      <button
        type="button"
        onClick={run}
        disabled={busy}
        title={wantComplete ? t("apiExport.completeHelp") : t("apiExport.help")}
      >
        {t("apiExport.download")}
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
      {problem && (
        <span className="api-export-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
