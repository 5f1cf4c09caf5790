/**
 * The programme dashboard for coordinators: the programme's published figures
 * and its axes, the calls for projects by year, the Top 10 business
 * convention, support by stage, organisations per town and kind, and what
 * became of the opportunities coordinators acted on. Every figure comes from
 * the API; a figure the sources do not publish is said to be so. A year is
 * chosen (the current one by default) and compared with the one before;
 * each figure says its source in words. « Imprimer / PDF » prints it as an
 * A4 report (styles/print.css: no navigation, no buttons).
 */
import { useMemo, useState } from "react";
import { DataStatusSection } from "../components/DataStatusSection";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { DASHBOARD } from "../queries";
import type { DashboardQuery } from "../gql/graphql";
import { BarChart } from "../components/BarChart";
import { NODE_STYLE } from "../graph/palette";
import { RequestProblem } from "../components/RequestProblem";
import { STAGES } from "@maillage/model";
import { OUTCOMES_BY_PERIOD } from "../features/follow-up/queries";
import { change, compareYears, sourceInWords, yearDates } from "../features/dashboard/report";
import "../styles/print.css";

type CountKey = Exclude<keyof DashboardQuery["territory"]["counts"], "__typename">;

const COLORS = {
  first: "#1b5e9c",
  second: "#8fb8de",
  third: "#a35200",
  ess: NODE_STYLE.EssStructure.color,
  illustrative: "#8dc7a6",
  business: NODE_STYLE.Business.color,
};
const OUTCOME_COLORS = { contacted: "#8a6d00", accepted: "#1b7f4c", declined: "#b0265d" };

export default function DashboardView() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(DASHBOARD);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const period = yearDates(year);
  const before = yearDates(year - 1);
  const periodOutcomes = useQuery(OUTCOMES_BY_PERIOD, {
    variables: { ...period, previousFrom: before.from, previousTo: before.to },
  });
  const en = i18n.language === "en";
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const euros = useMemo(
    () => new Intl.NumberFormat(i18n.language, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }),
    [i18n.language],
  );
  const percent = useMemo(
    () => new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 }),
    [i18n.language],
  );
  const count = (v: number) => number.format(v);
  const eur = (v: number) => euros.format(v);
  const pct = (v: number) => percent.format(v / 100);
  const date = (iso: string) =>
    new Date(`${iso}T12:00:00Z`).toLocaleDateString(i18n.language, { year: "numeric", month: "long", day: "numeric" });

  if (loading && !data) return <p role="status">{t("common.loading")}</p>;
  if (error && !data) return <RequestProblem error={error} />;
  if (!data) return null;

  const {
    territory,
    callsForProjects: calls,
    events: conventions,
    supportProviders,
    opportunityOutcomes: outcomes,
  } = data;
  const programme = territory.programme;
  const axes = [...(data.programmes.find((p) => p.id === programme?.id)?.axes ?? data.programmes[0]?.axes ?? [])].sort(
    (a, b) => a.number - b.number,
  );
  const shares = programme
    ? (
        [
          ["essJobsSharePct", programme.essJobsSharePct],
          ["essPrivateJobsSharePct", programme.essPrivateJobsSharePct],
          ["essEnterprisesSharePct", programme.essEnterprisesSharePct],
        ] as const
      ).map(([key, value]) => ({ key, label: t(`dashboard.programme.${key}`), values: [value] }))
    : [];

  const supports = supportProviders.flatMap((p) => p.supportedConnection.edges.map((e) => e.properties));
  const supportRows = STAGES.map((stage) => ({
    key: stage,
    label: t(`dashboard.stages.${stage}`),
    values: [
      supports.filter((s) => s.stage === stage && s.until === null).length,
      supports.filter((s) => s.stage === stage && s.until !== null).length,
    ],
  }));
  const providerRows = STAGES.map((stage) => ({
    key: stage,
    label: t(`dashboard.stages.${stage}`),
    values: [supportProviders.filter((p) => p.stagesServed.includes(stage)).length],
  }));

  const KINDS: CountKey[] = [
    "essStructures",
    "businesses",
    "financers",
    "supportProviders",
    "researchUnits",
    "events",
    "sharedResources",
    "openNeeds",
    "openOffers",
    "callEditions",
  ];

  // The period's outcomes once known; every outcome until then.
  const shownOutcomes = periodOutcomes.data?.current ?? outcomes;
  const years = [...new Set([thisYear, ...calls.map((c) => c.year)])].sort((a, b) => b - a);
  const figures = compareYears(
    {
      calls,
      events: conventions,
      outcomes:
        periodOutcomes.data?.current && periodOutcomes.data.previous
          ? { current: periodOutcomes.data.current, previous: periodOutcomes.data.previous }
          : null,
      conventionMeetings: periodOutcomes.data
        ? { current: periodOutcomes.data.conventionsCurrent, previous: periodOutcomes.data.conventionsPrevious }
        : null,
    },
    year,
  );
  const write = (value: number | null, unit: "count" | "eur") =>
    value === null ? t("dashboard.period.none") : unit === "eur" ? eur(value) : count(value);
  const sources = [
    ...new Set(
      [
        programme && sourceInWords(programme.source, programme.sourceRef, t),
        ...calls.map((c) => sourceInWords(c.source, null, t)),
        ...conventions.map((c) => sourceInWords(c.source, null, t)),
      ].filter((x): x is string => !!x),
    ),
  ];
  const printedOn = new Date().toLocaleDateString(i18n.language, { year: "numeric", month: "long", day: "numeric" });

  return (
    <div className="dashboard report">
      <div className="report-head">
        <h2>{t("dashboard.title", { territory: territory.name })}</h2>
        <p className="print-only">{t("dashboard.period.printed", { year, previous: year - 1, date: printedOn })}</p>
        <div className="report-tools no-print">
          <label>
            {t("dashboard.period.year")}
            <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => window.print()}>
            {t("dashboard.print")}
          </button>
        </div>
      </div>

      <section className="panel dash-section" aria-labelledby="dash-period">
        <h3 id="dash-period">{t("dashboard.period.title", { year, previous: year - 1 })}</h3>
        {/* Focusable: on a phone the table scrolls sideways, with the arrow keys too. */}
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="dash-period">
          <table className="data period-table">
            <thead>
              <tr>
                <th scope="col">{t("dashboard.period.figure")}</th>
                <th scope="col">{year}</th>
                <th scope="col">{year - 1}</th>
                <th scope="col">{t("dashboard.period.change")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={f.key}>
                  <th scope="row">
                    {t(`dashboard.period.figures.${f.key}`)}
                    <span className="period-source">
                      {t("dashboard.source", {
                        source: f.key.startsWith("introductions")
                          ? t("dashboard.sources.followUp")
                          : f.key.startsWith("conventionMeetings")
                            ? t("dashboard.sources.conventionPlanner")
                            : f.key === "conventions"
                              ? t("dashboard.sources.events")
                              : t("dashboard.sources.calls"),
                      })}
                    </span>
                  </th>
                  <td>{write(f.current, f.unit)}</td>
                  <td>{write(f.previous, f.unit)}</td>
                  <td>{change(f, f.unit === "eur" ? eur : count) ?? t("common.none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">{t("dashboard.period.note")}</p>
      </section>

      <section className="panel dash-section" aria-labelledby="dash-programme">
        <h3 id="dash-programme">{programme?.name ?? t("dashboard.programme.title")}</h3>
        {!programme ? (
          <p>{t("dashboard.programme.none")}</p>
        ) : (
          <>
            <dl className="figures">
              <div>
                <dt>{t("dashboard.programme.budget")}</dt>
                <dd>
                  {programme.annualBudgetEur === null ? t("dashboard.notPublished") : eur(programme.annualBudgetEur)}
                </dd>
                {programme.budgetNote && <dd className="muted">{programme.budgetNote}</dd>}
              </div>
              {shares.map((s) => (
                <div key={s.key}>
                  <dt>{s.label}</dt>
                  <dd>{s.values[0] === null ? t("dashboard.notPublished") : pct(s.values[0])}</dd>
                </div>
              ))}
              {territory.population !== null && (
                <div>
                  <dt>{t("dashboard.population")}</dt>
                  <dd>{count(territory.population)}</dd>
                </div>
              )}
            </dl>
            <BarChart
              title={t("dashboard.programme.sharesChart")}
              labelHeader={t("dashboard.programme.indicator")}
              series={[{ name: t("dashboard.programme.share"), color: COLORS.first }]}
              rows={shares}
              format={pct}
              max={100}
              note={t("dashboard.programme.sharesNote")}
            />
            <p className="muted source">
              {t("dashboard.source", { source: sourceInWords(programme.source, programme.sourceRef, t) })}
            </p>
          </>
        )}
        {axes.length > 0 && (
          <>
            <h4>{t("dashboard.programme.axes")}</h4>
            <BarChart
              title={t("dashboard.programme.actionsChart")}
              labelHeader={t("dashboard.programme.axis")}
              series={[{ name: t("dashboard.programme.actions"), color: COLORS.first }]}
              rows={axes.map((a) => ({
                key: a.id,
                label: t("dashboard.programme.axisLabel", { number: a.number, title: en ? a.titleEn : a.title }),
                values: [a.actions.length],
              }))}
              format={count}
            />
            <ol className="axes">
              {axes.map((axis) => (
                <li key={axis.id} value={axis.number}>
                  <details>
                    <summary>
                      <strong>{en ? axis.titleEn : axis.title}</strong> —{" "}
                      {t("dashboard.programme.actionCount", { count: axis.actions.length })}
                    </summary>
                    {axis.description && <p>{axis.description}</p>}
                    <ul>
                      {[...axis.actions]
                        .sort((a, b) =>
                          (en ? a.titleEn : a.title).localeCompare(en ? b.titleEn : b.title, i18n.language),
                        )
                        .map((action) => (
                          <li key={action.id}>
                            {en ? action.titleEn : action.title}
                            {action.sinceYear !== null && (
                              <span className="muted">
                                {" "}
                                ({t("dashboard.programme.since", { year: action.sinceYear })})
                              </span>
                            )}
                            {action.facts.length > 0 && (
                              <ul className="facts">
                                {action.facts.map((f) => (
                                  <li key={f}>{f}</li>
                                ))}
                              </ul>
                            )}
                          </li>
                        ))}
                    </ul>
                  </details>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section className="panel dash-section" aria-labelledby="dash-calls">
        <h3 id="dash-calls">{t("dashboard.calls.title")}</h3>
        {calls.length === 0 ? (
          <p>{t("dashboard.noData")}</p>
        ) : (
          <>
            <div className="chart-grid">
              <BarChart
                title={t("dashboard.calls.envelopeChart")}
                labelHeader={t("dashboard.calls.year")}
                series={[
                  { name: t("dashboard.calls.envelopeOther"), color: COLORS.first },
                  { name: t("dashboard.calls.patShare"), color: COLORS.third },
                ]}
                rows={calls.map((c) => ({
                  key: c.id,
                  label: String(c.year),
                  values:
                    c.envelopeEur === null ? [null, null] : [c.envelopeEur - (c.patShareEur ?? 0), c.patShareEur ?? 0],
                }))}
                format={eur}
              />
              <BarChart
                title={t("dashboard.calls.laureatesChart")}
                labelHeader={t("dashboard.calls.year")}
                series={[{ name: t("dashboard.calls.laureates"), color: COLORS.first }]}
                rows={calls.map((c) => ({ key: c.id, label: String(c.year), values: [c.laureateCount] }))}
                format={count}
                note={t("dashboard.calls.laureatesNote")}
              />
            </div>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t("dashboard.calls.tableCaption")}>
              <table className="data">
                <caption>{t("dashboard.calls.tableCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("dashboard.calls.year")}</th>
                    <th scope="col">{t("dashboard.calls.envelope")}</th>
                    <th scope="col">{t("dashboard.calls.patShare")}</th>
                    <th scope="col">{t("dashboard.calls.laureates")}</th>
                    <th scope="col">{t("dashboard.calls.known")}</th>
                    <th scope="col">{t("dashboard.calls.ceremony")}</th>
                  </tr>
                </thead>
                <tbody>
                  {calls.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{c.year}</th>
                      <td>{c.envelopeEur === null ? t("dashboard.notPublished") : eur(c.envelopeEur)}</td>
                      <td>{c.patShareEur === null ? t("common.none") : eur(c.patShareEur)}</td>
                      <td>{c.laureateCount === null ? t("dashboard.notPublished") : count(c.laureateCount)}</td>
                      <td>
                        {c.laureatesConnection.edges.length === 0 ? (
                          t("common.none")
                        ) : (
                          <ul className="plain">
                            {c.laureatesConnection.edges.map((e) => (
                              <li key={e.node.id}>
                                {e.node.name}
                                {e.properties.amountEur !== null && ` (${eur(e.properties.amountEur)})`}
                                {e.node.sourceKind === "ILLUSTRATIVE" && (
                                  <span className="badge">{t("common.illustrative")}</span>
                                )}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        {[c.ceremonyDate && date(c.ceremonyDate), c.ceremonyPlace].filter(Boolean).join(", ") ||
                          t("common.none")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      {conventions.length > 0 && (
        <section className="panel dash-section" aria-labelledby="dash-top10">
          <h3 id="dash-top10">{t("dashboard.convention.title")}</h3>
          {conventions.map((c) => (
            <article key={c.id}>
              <h4>{c.title}</h4>
              {c.description && <p>{c.description}</p>}
              <p className="muted">
                {[c.date ? date(c.date) : c.year, c.place].filter((x) => x !== null && x !== undefined).join(", ")}
              </p>
              <BarChart
                title={t("dashboard.convention.chart", { title: c.title })}
                labelHeader={t("dashboard.convention.participants")}
                series={[{ name: t("dashboard.convention.participants"), color: COLORS.first }]}
                rows={[
                  { key: "ess", label: t("dashboard.convention.ess"), values: [c.essParticipantCount] },
                  {
                    key: "business",
                    label: t("dashboard.convention.businesses"),
                    values: [c.businessParticipantCount],
                  },
                ]}
                format={count}
              />
              <p className="muted source">{t("dashboard.source", { source: sourceInWords(c.source, null, t) })}</p>
            </article>
          ))}
        </section>
      )}

      <section className="panel dash-section" aria-labelledby="dash-support">
        <h3 id="dash-support">{t("dashboard.support.title")}</h3>
        <div className="chart-grid">
          <BarChart
            title={t("dashboard.support.chart")}
            labelHeader={t("dashboard.support.stage")}
            series={[
              { name: t("dashboard.support.ongoing"), color: COLORS.first },
              { name: t("dashboard.support.ended"), color: COLORS.second },
            ]}
            rows={supportRows}
            format={count}
            note={t("dashboard.support.note")}
          />
          <BarChart
            title={t("dashboard.support.providersChart")}
            labelHeader={t("dashboard.support.stage")}
            series={[{ name: t("dashboard.support.providers"), color: NODE_STYLE.SupportProvider.color }]}
            rows={providerRows}
            format={count}
          />
        </div>
      </section>

      <section className="panel dash-section" aria-labelledby="dash-organisations">
        <h3 id="dash-organisations">{t("dashboard.organisations.title")}</h3>
        <div className="chart-grid">
          <BarChart
            title={t("dashboard.organisations.byTown")}
            labelHeader={t("dashboard.organisations.town")}
            series={[
              { name: t("dashboard.organisations.ess"), color: COLORS.ess },
              { name: t("dashboard.organisations.essIllustrative"), color: COLORS.illustrative },
              { name: t("dashboard.organisations.businesses"), color: COLORS.business },
            ]}
            rows={territory.towns.map((town) => ({
              key: town.inseeCode,
              label: town.name,
              values: [
                town.essStructures - town.illustrativeEssStructures,
                town.illustrativeEssStructures,
                town.businesses,
              ],
            }))}
            format={count}
          />
          <div>
            <BarChart
              title={t("dashboard.organisations.byKind")}
              labelHeader={t("dashboard.organisations.kind")}
              series={[{ name: t("dashboard.organisations.count"), color: COLORS.first }]}
              rows={KINDS.map((k) => ({ key: k, label: t(`dashboard.counts.${k}`), values: [territory.counts[k]] }))}
              format={count}
            />
            <BarChart
              title={t("dashboard.organisations.byLegalForm")}
              labelHeader={t("details.legalForm")}
              series={[{ name: t("dashboard.organisations.ess"), color: COLORS.ess }]}
              rows={territory.legalForms.map((l) => ({
                key: l.legalForm ?? "unknown",
                label: l.legalForm
                  ? t(`legalForms.${l.legalForm}`, { defaultValue: l.legalForm })
                  : t("dashboard.organisations.unknownForm"),
                values: [l.count],
              }))}
              format={count}
            />
          </div>
        </div>
      </section>

      <section className="panel dash-section" aria-labelledby="dash-opportunities">
        <h3 id="dash-opportunities">{t("dashboard.opportunities.titleYear", { year })}</h3>
        <dl className="figures">
          {(["recorded", "contacted", "accepted", "declined"] as const).map((k) => (
            <div key={k}>
              <dt>{t(`dashboard.opportunities.${k}`)}</dt>
              <dd>{count(shownOutcomes[k])}</dd>
            </div>
          ))}
        </dl>
        {shownOutcomes.recorded === 0 ? (
          <p>{t("dashboard.opportunities.none")}</p>
        ) : (
          <BarChart
            title={t("dashboard.opportunities.chart")}
            labelHeader={t("dashboard.opportunities.kind")}
            series={[
              { name: t("opportunities.status.CONTACTED"), color: OUTCOME_COLORS.contacted },
              { name: t("opportunities.status.ACCEPTED"), color: OUTCOME_COLORS.accepted },
              { name: t("opportunities.status.DECLINED"), color: OUTCOME_COLORS.declined },
            ]}
            rows={shownOutcomes.byKind.map((k) => ({
              key: k.kind,
              label: t(`opportunities.kinds.${k.kind}`),
              values: [k.contacted, k.accepted, k.declined],
            }))}
            format={count}
          />
        )}
        <p className="muted">{t("dashboard.opportunities.note")}</p>
      </section>

      <DataStatusSection year={year} />

      <section className="panel dash-section" aria-labelledby="dash-sources">
        <h3 id="dash-sources">{t("dashboard.sources.title")}</h3>
        <ul>
          {sources.map((x) => (
            <li key={x}>{x}</li>
          ))}
          <li>{t("dashboard.sources.graph")}</li>
        </ul>
      </section>
    </div>
  );
}
