/**
 * A coordinator's steps on one opportunity: record the introduction (note,
 * follow-up date), accept or decline it, each through a confirmation that
 * says what will be written. What was recorded is handed up, so that the
 * list can offer to undo it (UndoNotice) even when the card leaves the list.
 */
import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import type { OpportunityKind, OpportunityStatus } from "../gql/graphql";
import { ACCEPT_OPPORTUNITY, DECLINE_OPPORTUNITY, RECORD_CONTACT } from "../features/follow-up/queries";
import "../styles/follow-up.css";
import { namesList, OutcomeDialog, type OutcomeAction, type OutcomeValues } from "./OutcomeDialog";

export interface ActedOpportunity {
  id: string;
  kind: OpportunityKind;
  status: OpportunityStatus;
  members: { name: string }[];
}

/** A step just recorded, for its undo. */
export interface RecordedStep {
  id: string;
  status: OpportunityStatus;
  names: string;
}

const STATUS_OF: Record<OutcomeAction, OpportunityStatus> = {
  contact: "CONTACTED",
  accept: "ACCEPTED",
  decline: "DECLINED",
};

export function OpportunityActions({
  opportunity,
  onRecorded,
  onProblem,
}: {
  opportunity: ActedOpportunity;
  onRecorded: (step: RecordedStep) => void;
  onProblem: (message: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<OutcomeAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [contact] = useMutation(RECORD_CONTACT);
  const [accept] = useMutation(ACCEPT_OPPORTUNITY);
  const [decline] = useMutation(DECLINE_OPPORTUNITY);
  const { id, status } = opportunity;

  const confirm = async (action: OutcomeAction, values: OutcomeValues) => {
    setBusy(true);
    onProblem(null);
    try {
      // Only the values given travel: an empty note is no note.
      const note = values.note ? { note: values.note } : {};
      if (action === "contact")
        await contact({
          variables: { id, ...note, ...(values.nextFollowUp ? { nextFollowUp: values.nextFollowUp } : {}) },
        });
      else if (action === "accept") await accept({ variables: { id, ...note } });
      else await decline({ variables: { id, reason: values.reason ?? "", reasonKind: values.reasonKind } });
      setOpen(null);
      onRecorded({
        id,
        status: STATUS_OF[action],
        names: namesList(
          opportunity.members.map((m) => m.name),
          i18n.language,
        ),
      });
    } catch (e) {
      onProblem(t("opportunities.failed", { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  if (status === "ACCEPTED" || status === "DECLINED") return null;
  return (
    <>
      {status === "SUGGESTED" && (
        <button type="button" onClick={() => setOpen("contact")}>
          {t("opportunities.contacted")}
        </button>
      )}
      <button type="button" onClick={() => setOpen("accept")}>
        {t("opportunities.accept")}
      </button>
      <button type="button" onClick={() => setOpen("decline")}>
        {t("opportunities.decline")}
      </button>
      {open && (
        <OutcomeDialog
          action={open}
          opportunity={opportunity}
          busy={busy}
          onCancel={() => setOpen(null)}
          onConfirm={(values) => void confirm(open, values)}
        />
      )}
    </>
  );
}
