/**
 * The confirmation a coordinator sees before a step is recorded on an
 * opportunity: what will be written, in words (« Un partenariat sera ajouté
 * entre X et Y »), and what the step takes: a note and a follow-up date for a
 * contact, a note for an acceptance, a reason from the short list plus their
 * own words for a decline. Nothing is written until the confirm button.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { DeclineReasonKind, OpportunityKind } from "../gql/graphql";

export type OutcomeAction = "contact" | "accept" | "decline";

export const DECLINE_REASON_KINDS: DeclineReasonKind[] = [
  "ALREADY_IN_TOUCH",
  "NOT_INTERESTED",
  "NOT_RELEVANT",
  "NO_CAPACITY",
  "ORGANISATION_CLOSED",
  "OTHER",
];

export interface OutcomeValues {
  note?: string;
  nextFollowUp?: string;
  reason?: string;
  reasonKind?: DeclineReasonKind;
}

export interface OutcomeDialogProps {
  action: OutcomeAction;
  opportunity: { kind: OpportunityKind; members: { name: string }[] };
  onConfirm: (values: OutcomeValues) => void;
  onCancel: () => void;
  /** While the step is being recorded. */
  busy?: boolean;
}

/** Names as a list in the interface's language: « A et B », « A, B et C ». */
export function namesList(names: string[], language: string): string {
  return new Intl.ListFormat(language === "en" ? "en" : "fr", { type: "conjunction" }).format(names);
}

/** What accepting writes into the graph, by kind of opportunity (i18n key under followUp.writes). */
export function acceptWrites(kind: OpportunityKind): string {
  switch (kind) {
    case "PARTNERSHIP":
    case "ESS_BUSINESS":
      return "partnership";
    case "FUNDING":
      return "funding";
    case "SUPPORT":
      return "support";
    case "RESEARCH":
      return "research";
    case "POOLING":
    case "POOLING_GROUP":
      return "pooling";
  }
}

const today = () => new Date().toISOString().slice(0, 10);

export function OutcomeDialog({ action, opportunity, onConfirm, onCancel, busy = false }: OutcomeDialogProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [note, setNote] = useState("");
  const [nextFollowUp, setNextFollowUp] = useState("");
  const [reasonKind, setReasonKind] = useState<DeclineReasonKind | "">("");
  const [reason, setReason] = useState("");
  const first = useRef<HTMLElement | null>(null);
  const names = namesList(
    opportunity.members.map((m) => m.name),
    i18n.language,
  );

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    first.current?.focus();
    return () => previous?.focus?.();
  }, []);

  const ready = action !== "decline" || reasonKind !== "";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready || busy) return;
    if (action === "contact") onConfirm({ note: note.trim() || undefined, nextFollowUp: nextFollowUp || undefined });
    else if (action === "accept") onConfirm({ note: note.trim() || undefined });
    else if (reasonKind)
      onConfirm({
        reasonKind,
        // The API keeps a reason in words; the short list's label stands for it when none is typed.
        reason: reason.trim() || t(`followUp.reasons.${reasonKind}`),
      });
  };

  const consequence =
    action === "accept"
      ? t(`followUp.writes.${acceptWrites(opportunity.kind)}`, { names })
      : action === "decline"
        ? t("followUp.declineWrites", { names })
        : t("followUp.contactWrites", { names });

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-what`}
        onKeyDown={(e) => {
          if (e.key === "Escape") onCancel();
        }}
      >
        <form onSubmit={submit}>
          <h2 id={`${id}-title`}>{t(`followUp.dialog.${action}`)}</h2>
          <p id={`${id}-what`} className="dialog-what">
            {consequence}
          </p>
          {action !== "contact" && <p className="muted">{t("followUp.undoable")}</p>}
          {action === "decline" && (
            <label className="field">
              {t("followUp.reasonKind")}
              <select
                ref={(el) => {
                  first.current = el;
                }}
                required
                value={reasonKind}
                onChange={(e) => setReasonKind(e.target.value as DeclineReasonKind | "")}
              >
                <option value="">{t("followUp.chooseReason")}</option>
                {DECLINE_REASON_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`followUp.reasons.${k}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {action === "decline" ? (
            <label className="field">
              {t("followUp.reasonText")}
              <textarea value={reason} rows={3} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
            </label>
          ) : (
            <label className="field">
              {t("followUp.note")}
              <textarea
                ref={(el) => {
                  first.current = el;
                }}
                value={note}
                rows={3}
                maxLength={2000}
                onChange={(e) => setNote(e.target.value)}
              />
            </label>
          )}
          {action === "contact" && (
            <label className="field">
              {t("followUp.nextFollowUp")}
              <input type="date" min={today()} value={nextFollowUp} onChange={(e) => setNextFollowUp(e.target.value)} />
            </label>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onCancel}>
              {t("followUp.back")}
            </button>
            <button type="submit" className="primary" disabled={!ready || busy}>
              {t(`followUp.confirm.${action}`)}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
