/** Ranked opportunities of the scope, each with its explanation; shown on the graph on demand; coordinators record what happened. */
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { OPPORTUNITIES } from "../queries";
import { canEdit, useSession } from "../auth";
import { RequestProblem } from "./RequestProblem";
import { OpportunityActions, type RecordedStep } from "./OpportunityActions";
import { UndoNotice } from "./UndoNotice";

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
  const [problem, setProblem] = useState<string | null>(null);
  const [lastStep, setLastStep] = useState<RecordedStep | null>(null);

  return (
    <section aria-labelledby="opportunities-title" className="opportunities">
      <h2 id="opportunities-title">{t("opportunities.title")}</h2>
      {loading && <p>{t("common.loading")}</p>}
      {error && <RequestProblem error={error} />}
      {problem && <p role="alert">{problem}</p>}
      <UndoNotice step={lastStep} onUndone={() => void refetch()} />
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
              {editor && (
                <OpportunityActions
                  opportunity={o}
                  onProblem={setProblem}
                  onRecorded={(step) => {
                    setLastStep(step);
                    void refetch();
                  }}
                />
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
