/** Ranked opportunities of the scope, each with its explanation; shown on the graph on demand; coordinators record what happened. */
import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { ACCEPT, DECLINE, MARK_CONTACTED, OPPORTUNITIES } from "../queries";
import { canEdit, useSession } from "../auth";
import { RequestProblem } from "./RequestProblem";

export interface ShownOpportunity {
  id: string;
  memberIds: string[];
}

export function OpportunitiesPanel({
  inseeCode,
  organisationId,
  shownId,
  onShow,
  ready = true,
}: {
  inseeCode: string | null;
  organisationId: string | null;
  shownId: string | null;
  onShow: (o: ShownOpportunity) => void;
  /** False until the graph is on screen: the graph is fetched and drawn first, then the suggestions computed. */
  ready?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "EN" : "FR";
  const { data, loading, error, refetch } = useQuery(OPPORTUNITIES, {
    variables: { inseeCode, organisationId, language, limit: 20 },
    skip: !ready,
  });
  const editor = canEdit(useSession());
  const [contacted] = useMutation(MARK_CONTACTED);
  const [accept] = useMutation(ACCEPT);
  const [decline] = useMutation(DECLINE);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const act = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
      await refetch();
    } catch (e) {
      setProblem(t("opportunities.failed", { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <section aria-labelledby="opportunities-title" className="opportunities">
      <h2 id="opportunities-title">{t("opportunities.title")}</h2>
      {loading && <p>{t("common.loading")}</p>}
      {error && <RequestProblem error={error} />}
      {problem && <p role="alert">{problem}</p>}
      {data && data.opportunities.length === 0 && <p>{t("opportunities.empty")}</p>}
      {!editor && data && data.opportunities.length > 0 && <p className="muted">{t("opportunities.signInToAct")}</p>}
      <ol className="plain">
        {data?.opportunities.map((o) => (
          <li key={o.id} className={`opportunity${shownId === o.id ? " shown" : ""}`}>
            <p className="opportunity-head">
              <strong>{t(`opportunities.kinds.${o.kind}`)}</strong> ·{" "}
              {t("opportunities.score", { score: o.score.toFixed(2) })} · {t(`opportunities.status.${o.status}`)}
            </p>
            <p>{o.members.map((m) => m.name).join(" · ")}</p>
            <ul className="reasons">
              {o.explanation.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <div className="actions">
              <button type="button" onClick={() => onShow({ id: o.id, memberIds: o.members.map((m) => m.id) })}>
                {t("opportunities.show")}
              </button>
              {editor && o.status === "SUGGESTED" && (
                <button type="button" onClick={() => void act(() => contacted({ variables: { id: o.id } }))}>
                  {t("opportunities.contacted")}
                </button>
              )}
              {editor && (o.status === "SUGGESTED" || o.status === "CONTACTED") && (
                <>
                  <button type="button" onClick={() => void act(() => accept({ variables: { id: o.id } }))}>
                    {t("opportunities.accept")}
                  </button>
                  <label>
                    {t("opportunities.declineReason")}
                    <input
                      value={reasons[o.id] ?? ""}
                      onChange={(e) => setReasons((r) => ({ ...r, [o.id]: e.target.value }))}
                    />
                  </label>
                  <button
                    type="button"
                    onClick={() => void act(() => decline({ variables: { id: o.id, reason: reasons[o.id] ?? "" } }))}
                  >
                    {t("opportunities.decline")}
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
