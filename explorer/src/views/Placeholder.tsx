import { useTranslation } from "react-i18next";

export default function Placeholder({ view }: { view: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="placeholder-title">
      <h2 id="placeholder-title">{t(`nav.${view}`)}</h2>
      <p>{t("placeholder.soon")}</p>
    </section>
  );
}
