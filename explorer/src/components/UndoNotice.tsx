/** Says what was just recorded on an opportunity, with « Annuler » to take the step back (recorded in the audit trail by the API). */
import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { UNDO_STEP } from "../features/follow-up/queries";
import type { RecordedStep } from "./OpportunityActions";

export function UndoNotice({ step, onUndone }: { step: RecordedStep | null; onUndone: () => void }) {
  const { t } = useTranslation();
  const [undo, { loading }] = useMutation(UNDO_STEP);
  const [said, setSaid] = useState<string | null>(null);
  useEffect(() => setSaid(null), [step]);

  if (!step && !said) return null;
  const run = async () => {
    if (!step) return;
    try {
      await undo({ variables: { id: step.id } });
      setSaid(t("followUp.undone", { names: step.names }));
      onUndone();
    } catch (e) {
      setSaid(t("followUp.undoFailed", { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div className="undo-notice" role="status">
      {said ?? (
        <>
          <span>{t(`followUp.recorded.${step?.status ?? "CONTACTED"}`, { names: step?.names })}</span>{" "}
          <button type="button" onClick={() => void run()} disabled={loading}>
            {t("followUp.undo")}
          </button>
        </>
      )}
    </div>
  );
}
