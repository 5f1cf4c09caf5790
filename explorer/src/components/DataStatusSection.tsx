/**
 * The dashboard's "data status": where the graph's organisations come from
 * (provenance in words), the latest import of each source, and what the
 * company directory's imports found new, closed and moved this year.
 */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "@apollo/client/react";
import { DATA_STATUS, IMPORT_RUNS } from "../queries";

export function DataStatusSection({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const status = useQuery(DATA_STATUS);
  const runs = useQuery(IMPORT_RUNS, { variables: { year } });
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const when = (iso: string | null) =>
    iso
      ? new Date(iso).toLocaleDateString(i18n.language, { year: "numeric", month: "long", day: "numeric" })
      : t("common.none");
  const data = status.data?.dataStatus;
  if (!data) return null;
  const sourceName = (s: string) => t(`dataStatus.sources.${s}`, { defaultValue: s });
  const runList = runs.data?.dataStatus.importRuns ?? [];

  return (
    <section className="panel dash-section" aria-labelledby="dash-data">
      <h3 id="dash-data">{t("dataStatus.title")}</h3>
      <p>{t("dataStatus.intro")}</p>
      {data.illustrativeOrganisations > 0 && (
        <p className="notice">
          {t("dataStatus.illustrativeShare", {
            illustrative: number.format(data.illustrativeOrganisations),
            total: number.format(data.organisations),
          })}
        </p>
      )}
      {/* The tables' boxes are focusable: on a phone they scroll sideways, with the arrow keys too. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t("dataStatus.title")}>
        <table>
          <caption className="visually-hidden">{t("dataStatus.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("dataStatus.kind")}</th>
              <th scope="col" className="num">
                {t("dataStatus.organisations")}
              </th>
              <th scope="col" className="num">
                {t("dataStatus.relationships")}
              </th>
              <th scope="col">{t("dataStatus.lastChange")}</th>
            </tr>
          </thead>
          <tbody>
            {data.sourceKinds.map((k) => (
              <tr key={k.sourceKind}>
                <th scope="row">
                  {t(`dataStatus.kinds.${k.sourceKind}`, { defaultValue: t("dataStatus.kinds.UNKNOWN") })}
                </th>
                <td className="num">{number.format(k.organisations)}</td>
                <td className="num">{number.format(k.relationships)}</td>
                <td>{when(k.lastChange)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{t("dataStatus.imports")}</h4>
      {data.lastImports.length === 0 ? (
        <p>{t("dataStatus.noImport")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t("dataStatus.imports")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("dataStatus.source")}</th>
                <th scope="col">{t("dataStatus.date")}</th>
                <th scope="col" className="num">
                  {t("dataStatus.created")}
                </th>
                <th scope="col" className="num">
                  {t("dataStatus.updated")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.lastImports.map((i) => (
                <tr key={i.source}>
                  <th scope="row">{sourceName(i.source)}</th>
                  <td>{when(i.at)}</td>
                  <td className="num">{number.format(i.created)}</td>
                  <td className="num">{number.format(i.updated)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h4>{t("dataStatus.runs", { year })}</h4>
      {runList.length === 0 ? (
        <p>{t("dataStatus.runsNone", { year })}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t("dataStatus.runs", { year })}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("dataStatus.date")}</th>
                <th scope="col" className="num">
                  {t("dataStatus.new")}
                </th>
                <th scope="col" className="num">
                  {t("dataStatus.closed")}
                </th>
                <th scope="col" className="num">
                  {t("dataStatus.moved")}
                </th>
              </tr>
            </thead>
            <tbody>
              {runList.map((r) => (
                <tr key={r.at}>
                  <th scope="row">{when(r.at)}</th>
                  <td className="num">{number.format(r.new)}</td>
                  <td className="num">{number.format(r.closed)}</td>
                  <td className="num">{number.format(r.moved)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
