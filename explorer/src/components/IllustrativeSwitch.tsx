/** The header's switch that hides invented demo organisations everywhere; shown only when the graph holds some. */
import { useTranslation } from "react-i18next";
import { useDataScope } from "../data-scope";

export function IllustrativeSwitch() {
  const { t } = useTranslation();
  const { hideIllustrative, setHideIllustrative, illustrativeCount } = useDataScope();
  if (illustrativeCount === 0) return null;
  return (
    <label className="illustrative-switch" title={t("dataScope.hint", { count: illustrativeCount })}>
      <input type="checkbox" checked={hideIllustrative} onChange={(e) => setHideIllustrative(e.target.checked)} />
      {t("dataScope.hide")}
    </label>
  );
}
