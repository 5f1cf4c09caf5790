/**
 * The coordinators' list of errors reported by visitors of the public
 * directory and the widget (graph-api/src/http/error-reports.ts). A report
 * never changes the data: the coordinator corrects the organisation herself,
 * then marks the report accepted, or dismisses it.
 */
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { authHeaders, canEdit, useSession } from "../auth";

export interface ErrorReport {
  id: string;
  status: "NEW" | "ACCEPTED" | "REJECTED";
  message: string;
  email: string | null;
  createdAt: string;
  structure: { id: string; name: string };
  town: { inseeCode: string; name: string } | null;
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { ...init, headers: { ...(init?.headers ?? {}), ...authHeaders() } });
  const body = (await response.json().catch(() => ({}))) as T & { errors?: { message: string }[] };
  if (!response.ok) throw new Error(body.errors?.[0]?.message ?? String(response.status));
  return body;
}

export default function ReportsView() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const allowed = canEdit(session);
  const [reports, setReports] = useState<ErrorReport[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState("");

  const load = useCallback(async () => {
    try {
      setReports((await call<{ reports: ErrorReport[] }>("/api/error-reports")).reports);
      setProblem(null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  }, []);
  useEffect(() => {
    if (allowed) void load();
  }, [allowed, load]);

  const decide = async (report: ErrorReport, status: "ACCEPTED" | "REJECTED") => {
    try {
      await call(`/api/error-reports/${encodeURIComponent(report.id)}/decision`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ status }),
      });
      setSaid(t("reports.decided", { status: t(`reports.status.${status}`).toLowerCase() }));
      await load();
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeStyle: "short" });
  const waiting = reports?.filter((r) => r.status === "NEW").length ?? 0;
  return (
    <section className="panel reports" aria-labelledby="reports-title">
      <h2 id="reports-title">{t("reports.title")}</h2>
      <p>{t("reports.intro")}</p>
      {!allowed ? (
        <p>{t("reports.signIn")}</p>
      ) : (
        <>
          <p role="status">
            {said ||
              (reports
                ? reports.length
                  ? t("reports.toHandle", { count: waiting })
                  : t("reports.none")
                : t("common.loading"))}
          </p>
          {problem && <p role="alert">{t("common.error", { message: problem })}</p>}
          <ul className="report-list">
            {reports?.map((r) => (
              <li key={r.id} className={`report-card status-${r.status.toLowerCase()}`}>
                <h3>
                  {r.structure.name}
                  {r.town ? ` (${r.town.name})` : ""}
                </h3>
                <p className="report-meta">
                  <span>{t(`reports.status.${r.status}`)}</span> ·{" "}
                  <span>{t("reports.received", { date: date.format(new Date(r.createdAt)) })}</span>
                </p>
                <blockquote>{r.message}</blockquote>
                <p>
                  {r.email ? (
                    <a href={`mailto:${r.email}`}>{t("reports.email", { email: r.email })}</a>
                  ) : (
                    t("reports.noEmail")
                  )}
                </p>
                {r.town && (
                  <p>
                    <a
                      href={`/annuaire/${r.town.inseeCode}/structure/${encodeURIComponent(r.structure.id)}`}
                      target="_blank"
                      rel="noopener"
                    >
                      {t("reports.page")}{" "}
                      <span className="visually-hidden">{t("reports.about", { name: r.structure.name })}</span>
                    </a>
                  </p>
                )}
                {r.status === "NEW" && (
                  <p className="report-actions">
                    <button type="button" onClick={() => void decide(r, "ACCEPTED")}>
                      {t("reports.accept")}{" "}
                      <span className="visually-hidden">{t("reports.about", { name: r.structure.name })}</span>
                    </button>{" "}
                    <button type="button" onClick={() => void decide(r, "REJECTED")}>
                      {t("reports.reject")}{" "}
                      <span className="visually-hidden">{t("reports.about", { name: r.structure.name })}</span>
                    </button>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
