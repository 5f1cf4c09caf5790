/**
 * Follow-up of introductions, for coordinators: a pipeline of opportunities
 * from suggested to contacted, then accepted or declined, filtered by author
 * ("mine"), kind, town and period. Each card says the last step (date,
 * author, note), the next follow-up date (overdue ones stand out) and the
 * history, where the last step can be taken back.
 */
import { useMemo, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { canEdit, useSession } from "../auth";
import { TERRITORY } from "../queries";
import type { OpportunityKind, OpportunityStatus, RecordedOpportunitiesQuery } from "../gql/graphql";
import { RECORDED_OPPORTUNITIES, SUGGESTED_OPPORTUNITIES, UNDO_STEP } from "../features/follow-up/queries";
import { TownSelect } from "../components/TerritorySelects";
import { RequestProblem } from "../components/RequestProblem";
import { OpportunityActions, type RecordedStep } from "../components/OpportunityActions";
import { UndoNotice } from "../components/UndoNotice";
import { namesList } from "../components/OutcomeDialog";
import { dateLocale } from "../i18n/labels";

export const OPPORTUNITY_KINDS: OpportunityKind[] = [
  "PARTNERSHIP",
  "ESS_BUSINESS",
  "FUNDING",
  "SUPPORT",
  "RESEARCH",
  "POOLING",
  "POOLING_GROUP",
];
const COLUMNS: OpportunityStatus[] = ["SUGGESTED", "CONTACTED", "ACCEPTED", "DECLINED"];
export const PERIODS = ["all", "30days", "thisYear", "lastYear"] as const;
export type Period = (typeof PERIODS)[number];

/** The period as the API's [from, to) dates (YYYY-MM-DD); undefined bounds for all time. */
export function periodDates(period: Period, now = new Date()): { from?: string; to?: string } {
  const year = now.getFullYear();
  switch (period) {
    case "all":
      return {};
    case "30days":
      return { from: new Date(now.getTime() - 30 * 86_400_000).toISOString().slice(0, 10) };
    case "thisYear":
      return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
    case "lastYear":
      return { from: `${year - 1}-01-01`, to: `${year}-01-01` };
  }
}

type Recorded = RecordedOpportunitiesQuery["recordedOpportunities"][number];

export default function FollowUpView() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const allowed = canEdit(session);
  const [mine, setMine] = useState(false);
  const [kind, setKind] = useState<OpportunityKind | "">("");
  const [inseeCode, setInseeCode] = useState("");
  const [period, setPeriod] = useState<Period>("all");
  const [problem, setProblem] = useState<string | null>(null);
  const [lastStep, setLastStep] = useState<RecordedStep | null>(null);
  const territory = useQuery(TERRITORY, { skip: !allowed });
  const dates = useMemo(() => periodDates(period), [period]);
  const recorded = useQuery(RECORDED_OPPORTUNITIES, {
    variables: { mine, kind: kind || null, inseeCode: inseeCode || null, ...dates, limit: 100 },
    skip: !allowed,
    fetchPolicy: "cache-and-network",
  });
  const suggested = useQuery(SUGGESTED_OPPORTUNITIES, {
    variables: { inseeCode: inseeCode || null, kind: kind || null, limit: 12 },
    // Computed on demand and heavier: asked once the recorded ones are in, not at the same time.
    skip: !allowed || (recorded.loading && !recorded.data),
  });
  const [undo] = useMutation(UNDO_STEP);

  if (!allowed) {
    return (
      <section className="panel follow-up">
        <h2>{t("followUp.title")}</h2>
        <p>{t("followUp.signIn")}</p>
      </section>
    );
  }

  const refresh = () => {
    void recorded.refetch();
    void suggested.refetch();
  };
  const locale = dateLocale(i18n.language);
  const day = (iso: string) =>
    new Date(iso.length === 10 ? `${iso}T12:00:00` : iso).toLocaleDateString(locale, {
      day: "numeric",
      month: "long",
      year: "numeric",
    });
  const who = (by: string) => (by === session?.email ? t("followUp.you") : by);
  const today = new Date().toISOString().slice(0, 10);
  const names = (members: { name: string; illustrative: boolean }[]) =>
    namesList(
      members.map((m) => (m.illustrative ? `${m.name} (${t("common.inventedShort")})` : m.name)),
      i18n.language,
    );

  const byStatus = new Map<OpportunityStatus, Recorded[]>(COLUMNS.map((s) => [s, []]));
  for (const o of recorded.data?.recordedOpportunities ?? []) byStatus.get(o.status)?.push(o);
  const suggestions = (suggested.data?.opportunities ?? []).filter((o) => o.status === "SUGGESTED");

  const undoLast = async (o: Recorded) => {
    setProblem(null);
    try {
      await undo({ variables: { id: o.id } });
      setLastStep(null);
      refresh();
    } catch (e) {
      setProblem(t("followUp.undoFailed", { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  const recordedCard = (o: Recorded) => {
    const last = o.history[o.history.length - 1];
    const overdue = o.status === "CONTACTED" && !!o.nextFollowUp && o.nextFollowUp < today;
    return (
      <li key={o.id} className={`follow-card${overdue ? " overdue" : ""}`}>
        <p className="follow-kind">{t(`opportunities.kinds.${o.kind}`)}</p>
        <p className="follow-names">
          <strong>{names(o.members)}</strong>
        </p>
        {last && (
          <p className="follow-last">
            {t("followUp.lastStep", {
              status: t(`opportunities.status.${last.status}`),
              date: day(last.at),
              who: who(last.by),
            })}
          </p>
        )}
        {last?.note && <p className="follow-note">« {last.note} »</p>}
        {o.status === "DECLINED" && (
          <p className="follow-note">
            {o.declineReasonKind && <strong>{t(`followUp.reasons.${o.declineReasonKind}`)}</strong>}
            {o.declineReason && o.declineReason !== t(`followUp.reasons.${o.declineReasonKind ?? "OTHER"}`)
              ? ` — ${o.declineReason}`
              : ""}
          </p>
        )}
        {o.status === "CONTACTED" && o.nextFollowUp && (
          <p className={overdue ? "follow-due overdue-text" : "follow-due"}>
            {overdue
              ? t("followUp.overdue", { date: day(o.nextFollowUp) })
              : t("followUp.due", { date: day(o.nextFollowUp) })}
          </p>
        )}
        <div className="actions">
          <OpportunityActions
            opportunity={o}
            onProblem={setProblem}
            onRecorded={(step) => {
              setLastStep(step);
              refresh();
            }}
          />
        </div>
        <details className="follow-history">
          <summary>{t("followUp.history", { count: o.history.length })}</summary>
          <ol>
            {o.history.map((step, i) => (
              <li key={`${step.at}-${i}`}>
                {t("followUp.step", {
                  status: t(`opportunities.status.${step.status}`),
                  date: day(step.at),
                  who: who(step.by),
                })}
                {step.note && <> — « {step.note} »</>}
                {step.nextFollowUp && <> — {t("followUp.due", { date: day(step.nextFollowUp) })}</>}
                {step.reasonKind && <> — {t(`followUp.reasons.${step.reasonKind}`)}</>}
                {step.provenance?.startsWith("convention:") && <> — {t("followUp.fromConvention")}</>}
              </li>
            ))}
          </ol>
          {o.history.length > 0 && (
            <button type="button" onClick={() => void undoLast(o)}>
              {t("followUp.undoLast")}
            </button>
          )}
        </details>
      </li>
    );
  };

  return (
    <section className="follow-up" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{t("followUp.title")}</h2>
      <p className="muted">{t("followUp.intro")}</p>
      <div className="filters follow-filters" role="group" aria-label={t("followUp.filters")}>
        <label className="check">
          <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> {t("followUp.mine")}
        </label>
        <label>
          {t("followUp.kind")}
          <select value={kind} onChange={(e) => setKind(e.target.value as OpportunityKind | "")}>
            <option value="">{t("followUp.allKinds")}</option>
            {OPPORTUNITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`opportunities.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <TownSelect
          label={t("directory.town")}
          anyLabel={t("directory.allTowns")}
          items={territory.data?.territory.towns ?? []}
          value={inseeCode}
          onChange={setInseeCode}
        />
        <label>
          {t("followUp.period")}
          <select value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`followUp.periods.${p}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {problem && <p role="alert">{problem}</p>}
      <UndoNotice step={lastStep} onUndone={refresh} />
      {recorded.error && <RequestProblem error={recorded.error} />}
      <div className="pipeline">
        {COLUMNS.map((status) => {
          const items = status === "SUGGESTED" ? suggestions : (byStatus.get(status) ?? []);
          return (
            <section
              key={status}
              className={`pipeline-column pipeline-${status.toLowerCase()}`}
              aria-labelledby={`col-${status}`}
            >
              <h3 id={`col-${status}`}>
                {t(`followUp.columns.${status}`)} <span className="count">{items.length}</span>
              </h3>
              {status === "SUGGESTED" && mine && <p className="muted">{t("followUp.suggestedNotMine")}</p>}
              {(status === "SUGGESTED" ? suggested.loading : recorded.loading) && items.length === 0 ? (
                <p className="muted" role="status">
                  {t("common.loading")}
                </p>
              ) : (
                items.length === 0 && <p className="muted">{t("followUp.emptyColumn")}</p>
              )}
              <ol className="plain">
                {status === "SUGGESTED"
                  ? suggestions.map((o) => (
                      <li key={o.id} className="follow-card">
                        <p className="follow-kind">{t(`opportunities.kinds.${o.kind}`)}</p>
                        <p className="follow-names">
                          <strong>{names(o.members)}</strong>
                        </p>
                        <div className="actions">
                          <OpportunityActions
                            opportunity={o}
                            onProblem={setProblem}
                            onRecorded={(step) => {
                              setLastStep(step);
                              refresh();
                            }}
                          />
                        </div>
                      </li>
                    ))
                  : items.map((o) => recordedCard(o as Recorded))}
              </ol>
            </section>
          );
        })}
      </div>
    </section>
  );
}
