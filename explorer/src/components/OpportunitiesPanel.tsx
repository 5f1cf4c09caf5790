/** The suggestions beside the graph: the network view's filters (town, theme) apply; a selected organisation narrows them to it. */
import { useTranslation } from "react-i18next";
import { OpportunityList, type ShownOpportunity } from "../features/opportunities/OpportunityList";
import { opportunitiesHref } from "../features/opportunities/links";

export type { ShownOpportunity };

export function OpportunitiesPanel({
  inseeCode,
  theme = null,
  organisationId,
  organisationName = null,
  shownId,
  onShow,
  ready = true,
}: {
  inseeCode: string | null;
  theme?: string | null;
  organisationId: string | null;
  organisationName?: string | null;
  shownId: string | null;
  onShow: (o: ShownOpportunity) => void;
  /** False until the graph is on screen: the graph is fetched and drawn first, then the suggestions computed. */
  ready?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="opportunities-title" className="opportunities">
      <h2 id="opportunities-title">
        {organisationName ? t("suggestions.forOrganisation", { name: organisationName }) : t("opportunities.title")}
      </h2>
      <p>
        <a
          href={opportunitiesHref({
            inseeCode: organisationId ? undefined : (inseeCode ?? undefined),
            theme: organisationId ? undefined : (theme ?? undefined),
            organisationId: organisationId ?? undefined,
          })}
        >
          {t("suggestions.openView")}
        </a>
      </p>
      <OpportunityList
        key={`${inseeCode}|${theme}|${organisationId}`}
        inseeCode={organisationId ? null : inseeCode}
        theme={organisationId ? null : theme}
        organisationId={organisationId}
        pageSize={5}
        shownId={shownId}
        onShow={onShow}
        ready={ready}
        idPrefix="panel"
      />
    </section>
  );
}
