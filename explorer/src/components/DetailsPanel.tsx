/** The selected node: what the graph knows, its provenance (from the generated API), and how to expand it. */
import { lazy, Suspense, useId } from "react";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../i18n/labels";
import { DETAILS } from "../queries";
import { canEdit, useSession } from "../auth";
import type { GraphNode } from "../graph/model";
import { isOrganisation, opportunitiesHref, organisationHref } from "../features/opportunities/links";

/** Coordinators' editing tools, downloaded only once a coordinator signs in. */
const EditingTools = lazy(() => import("../features/editing/EditingTools"));

export function DetailsPanel({
  node,
  townName,
  onExpand,
  onCreated,
  beside,
}: {
  node: GraphNode | null;
  /** Where the reader picks an organisation, for the hint shown while none is chosen. */
  beside: "graph" | "map" | "directory";
  townName: (code: string) => string;
  onExpand: (id: string) => void;
  /** A coordinator created an organisation: show it. */
  onCreated?: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  // Unique: the network view stays in the page (hidden) beside the directory's or the map's panel.
  const titleId = useId();
  const editor = canEdit(useSession());
  const isTown = node?.type === "Town";
  const details = useQuery(DETAILS, { variables: { id: node?.id ?? "" }, skip: !node || isTown });
  // One of the lists holds the node (ids are unique across types); not every type has a description or a website.
  const record = details.data ? Object.values(details.data).flat()[0] : undefined;
  const description = record && "description" in record ? record.description : null;
  const website = record && "website" in record ? record.website : null;

  return (
    <section aria-labelledby={titleId} className="details">
      <h2 id={titleId}>{t("details.title")}</h2>
      {!node ? (
        <p className="muted">{t(`details.select.${beside}`)}</p>
      ) : (
        <>
          <h3 data-testid="details-name">{node.name}</h3>
          {node.illustrative && <p className="badge">{t("common.illustrative")}</p>}
          <dl>
            <dt>{t("details.type")}</dt>
            <dd>{t(`types.${node.type}`)}</dd>
            {node.inseeCode && (
              <>
                <dt>{t("details.town")}</dt>
                <dd>{townName(node.inseeCode)}</dd>
              </>
            )}
            {node.legalForm && (
              <>
                <dt>{t("details.legalForm")}</dt>
                <dd>{t(`legalForms.${node.legalForm}`)}</dd>
              </>
            )}
            <dt>{t("details.degree")}</dt>
            <dd>{node.degree}</dd>
            {description && (
              <>
                <dt>{t("details.description")}</dt>
                <dd>{description}</dd>
              </>
            )}
            {website && (
              <>
                <dt>{t("details.website")}</dt>
                <dd>
                  <a href={website} rel="noopener noreferrer" target="_blank">
                    {website}
                  </a>
                </dd>
              </>
            )}
          </dl>
          {isOrganisation(node.type) && (
            <p className="organisation-links">
              <a href={opportunitiesHref({ organisationId: node.id })} data-testid="details-suggestions">
                {t("suggestions.forThis")}
              </a>
              <a href={organisationHref(node.id)} data-testid="details-profile">
                {t("profile.open")}
              </a>
            </p>
          )}
          <button type="button" onClick={() => onExpand(node.id)}>
            {t("details.expand")}
          </button>
          {record && (
            <section aria-labelledby="provenance-title">
              <h3 id="provenance-title">{t("details.provenance")}</h3>
              <dl className="provenance">
                <dt>{t("details.source")}</dt>
                <dd>{record.source}</dd>
                <dt>{t("details.sourceKind")}</dt>
                <dd>{t(`dataStatus.kinds.${record.sourceKind}`)}</dd>
                {record.sourceRef && (
                  <>
                    <dt>{t("details.sourceRef")}</dt>
                    <dd>{record.sourceRef}</dd>
                  </>
                )}
                <dt>{t("details.updatedAt")}</dt>
                <dd>{new Date(record.updatedAt).toLocaleDateString(dateLocale(i18n.language))}</dd>
                {record.updatedBy && (
                  <>
                    <dt>{t("details.updatedBy")}</dt>
                    <dd>{record.updatedBy}</dd>
                  </>
                )}
              </dl>
            </section>
          )}
        </>
      )}
      {editor && (
        <Suspense fallback={<p>{t("common.loading")}</p>}>
          <EditingTools node={node} onCreated={onCreated} />
        </Suspense>
      )}
    </section>
  );
}
