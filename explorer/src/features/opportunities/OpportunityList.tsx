/**
 * Suggestions for a set of filters (town, theme, organisation): counts per
 * kind that also filter by kind, an order, pages ("more"), and on each card
 * the score in words, what drove it and the coordinators' actions. Used by
 * the opportunities view, the panel beside the graph and the profile page.
 */
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { OPPORTUNITIES, OPPORTUNITY_COUNTS } from "../../queries";
import { OpportunityActions, type RecordedStep } from "../../components/OpportunityActions";
import { UndoNotice } from "../../components/UndoNotice";
import type { OpportunityKind, OpportunityOrder } from "../../gql/graphql";
import { canEdit, useSession } from "../../auth";
import { RequestProblem } from "../../components/RequestProblem";
import { scoreWord } from "./score-words";
import { isOrganisation, organisationHref } from "./links";

export const PAGE_SIZE = 10;
/** How far the API pages (offset + limit). */
const MAX_WINDOW = 500;

export interface ShownOpportunity {
  id: string;
  memberIds: string[];
}

export function OpportunityList({
  inseeCode = null,
  theme = null,
  organisationId = null,
  initialKind = null,
  onKindChange,
  pageSize = PAGE_SIZE,
  shownId = null,
  onShow,
  ready = true,
  idPrefix = "opportunities",
}: {
  inseeCode?: string | null;
  theme?: string | null;
  organisationId?: string | null;
  initialKind?: OpportunityKind | null;
  onKindChange?: (kind: OpportunityKind | null) => void;
  pageSize?: number;
  shownId?: string | null;
  /** Shows the suggestion on the graph (only beside the graph). */
  onShow?: (o: ShownOpportunity) => void;
  /** False until the caller is ready (the graph view draws its graph first). */
  ready?: boolean;
  /** Prefix of the element ids (two lists may share a page). */
  idPrefix?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "EN" : "FR";
  const [kind, setKindState] = useState<OpportunityKind | null>(initialKind);
  const [order, setOrder] = useState<OpportunityOrder>("KINDS_IN_TURN");
  const setKind = (k: OpportunityKind | null) => {
    setKindState(k);
    onKindChange?.(k);
  };
  const filters = { inseeCode, theme, organisationId };
  const counts = useQuery(OPPORTUNITY_COUNTS, { variables: filters, skip: !ready });
  const { data, loading, error, refetch, fetchMore } = useQuery(OPPORTUNITIES, {
    variables: { ...filters, kind, language, limit: pageSize, offset: 0, order },
    skip: !ready,
    notifyOnNetworkStatusChange: true,
  });
  const editor = canEdit(useSession());
  const [problem, setProblem] = useState<string | null>(null);
  const [lastStep, setLastStep] = useState<RecordedStep | null>(null);
  const [exhausted, setExhausted] = useState<string | null>(null);

  const list = data?.opportunities ?? [];
  const total = counts.data?.opportunityCounts
    .filter((c) => kind === null || c.kind === kind)
    .reduce((sum, c) => sum + c.count, 0);
  const variablesKey = JSON.stringify({ filters, kind, order, language });
  const more =
    list.length + pageSize <= MAX_WINDOW &&
    (total !== undefined ? list.length < total : list.length > 0 && list.length % pageSize === 0);

  const refresh = () => void Promise.all([refetch(), counts.refetch()]);

  const loadMore = async () => {
    const before = list.length;
    const next = await fetchMore({
      variables: { offset: before },
      updateQuery: (previous, { fetchMoreResult }) => ({
        opportunities: [...(previous.opportunities ?? []), ...fetchMoreResult.opportunities],
      }),
    });
    if ((next.data?.opportunities.length ?? 0) < pageSize) setExhausted(variablesKey);
  };

  const countOf = (k: OpportunityKind) => counts.data?.opportunityCounts.find((c) => c.kind === k);
  const countText = (c: { count: number; atLeast: boolean } | undefined) =>
    c === undefined ? "" : c.atLeast ? t("suggestions.atLeast", { count: c.count }) : String(c.count);

  return (
    <div className="suggestion-list">
      <div className="suggestion-controls">
        <fieldset className="kind-counts">
          <legend>{t("suggestions.kind")}</legend>
          <button type="button" aria-pressed={kind === null} onClick={() => setKind(null)}>
            {t("suggestions.allKinds")}
            {counts.data && (
              <span className="count">
                {" "}
                {countText({
                  count: counts.data.opportunityCounts.reduce((sum, c) => sum + c.count, 0),
                  atLeast: counts.data.opportunityCounts.some((c) => c.atLeast),
                })}
              </span>
            )}
          </button>
          {(counts.data?.opportunityCounts ?? []).map((c) => (
            <button
              key={c.kind}
              type="button"
              aria-pressed={kind === c.kind}
              onClick={() => setKind(c.kind)}
              disabled={c.count === 0 && kind !== c.kind}
            >
              {t(`opportunities.kinds.${c.kind}`)} <span className="count">{countText(countOf(c.kind))}</span>
            </button>
          ))}
        </fieldset>
        <label className="order">
          {t("suggestions.order")}
          <select value={order} onChange={(e) => setOrder(e.target.value as OpportunityOrder)}>
            <option value="KINDS_IN_TURN">{t("suggestions.orders.KINDS_IN_TURN")}</option>
            <option value="SCORE">{t("suggestions.orders.SCORE")}</option>
          </select>
        </label>
      </div>
      {counts.error && <RequestProblem error={counts.error} />}
      {error && <RequestProblem error={error} />}
      {problem && <p role="alert">{problem}</p>}
      <UndoNotice step={lastStep} onUndone={refresh} />
      {data && list.length === 0 && <p>{t("opportunities.empty")}</p>}
      {!editor && list.length > 0 && <p className="muted">{t("opportunities.signInToAct")}</p>}
      <ol className="plain" aria-label={t("suggestions.listLabel")} data-testid={`${idPrefix}-list`}>
        {list.map((o) => {
          const word = scoreWord(o.score, o.kind);
          return (
            <li key={o.id} className={`opportunity${shownId === o.id ? " shown" : ""}`} data-kind={o.kind}>
              <p className="opportunity-head">
                <strong>{t(`opportunities.kinds.${o.kind}`)}</strong>{" "}
                <span className={`score-word score-${word}`}>{t(`suggestions.score.${word}`)}</span> ·{" "}
                {t(`opportunities.status.${o.status}`)}
              </p>
              <p className="members">
                {o.members.map((m, i) => (
                  <span key={m.id}>
                    {i > 0 && " · "}
                    {isOrganisation(m.kind) && m.id !== organisationId ? (
                      <a href={organisationHref(m.id)}>{m.name}</a>
                    ) : (
                      <strong>{m.name}</strong>
                    )}
                    {m.illustrative && <span className="muted"> ({t("common.inventedShort")})</span>}
                  </span>
                ))}
              </p>
              <p className="why">{t("suggestions.why")}</p>
              <ul className="reasons">
                {o.explanation.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <div className="actions">
                {onShow && (
                  <button type="button" onClick={() => onShow({ id: o.id, memberIds: o.members.map((m) => m.id) })}>
                    {t("opportunities.show")}
                  </button>
                )}
                {editor && (
                  <OpportunityActions
                    opportunity={o}
                    onProblem={setProblem}
                    onRecorded={(step) => {
                      setLastStep(step);
                      refresh();
                    }}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {loading && <p>{t("common.loading")}</p>}
      {!loading && more && exhausted !== variablesKey && (
        <button type="button" className="more" onClick={() => void loadMore()}>
          {t("suggestions.more", { count: pageSize })}
        </button>
      )}
      {data && list.length > 0 && (
        <p className="muted" role="status">
          {total !== undefined
            ? t("suggestions.shown", { shown: list.length, count: total })
            : t("suggestions.shownOnly", { count: list.length })}
        </p>
      )}
    </div>
  );
}
