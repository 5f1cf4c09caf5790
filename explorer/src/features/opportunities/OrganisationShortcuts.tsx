/** Two small links beside an organisation's name in a list: its suggestions and its profile. */
import { useTranslation } from "react-i18next";
import { opportunitiesHref, organisationHref } from "./links";

export function OrganisationShortcuts({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  return (
    <span className="organisation-shortcuts">
      <a href={opportunitiesHref({ organisationId: id })} aria-label={t("suggestions.forOrganisation", { name })}>
        {t("suggestions.short")}
      </a>
      <a href={organisationHref(id)} aria-label={t("profile.ofName", { name })}>
        {t("profile.short")}
      </a>
    </span>
  );
}
