/**
 * One organisation's profile (`#/organisations/<id>`): its public facts and
 * where they come from, its needs and offers, its links grouped by kind, its
 * suggestions with their actions, and, for coordinators, the introductions
 * recorded about it, its contacts and its edit form.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { enumLabel, REAL_INSTITUTION } from "@maillage/model";
import { ORGANISATION_HISTORY, ORGANISATION_PROFILE } from "../queries";
import { canEdit, useSession } from "../auth";
import { dateLocale, themeLabel } from "../i18n/labels";
import { RequestProblem } from "../components/RequestProblem";
import { OpportunityList } from "../features/opportunities/OpportunityList";
import { opportunitiesHref, organisationHref, readOrganisationId } from "../features/opportunities/links";
import { groupLinks, profileOf, type Profile } from "../features/profile/profile";
import { describeSource, sourceOf, type FactSourceInfo } from "../features/profile/fact-sources";

/** The coordinators' part (contacts, edit form), downloaded only once a coordinator signs in. */
const ProfileEditing = lazy(() => import("../features/profile/ProfileEditing"));

/** The view's parameter, read from the address (the router may pass it instead). */
export function organisationParams(): { id: string | null } {
  return { id: readOrganisationId() };
}

export default function OrganisationView({ id: given }: { id?: string | null }) {
  const [fromHash, setFromHash] = useState(() => organisationParams().id);
  useEffect(() => {
    const onHash = () => setFromHash(organisationParams().id);
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const id = given ?? fromHash;
  const { t } = useTranslation();
  if (!id) return <p>{t("profile.notFound")}</p>;
  return <OrganisationProfile key={id} id={id} />;
}

function OrganisationProfile({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "fr";
  const coordinator = canEdit(useSession());
  const { data, loading, error, refetch } = useQuery(ORGANISATION_PROFILE, { variables: { id } });
  const profile = profileOf(data);
  const history = useQuery(ORGANISATION_HISTORY, { variables: { organisationId: id }, skip: !coordinator });

  useEffect(() => {
    if (profile) document.title = `${profile.record.name} — ${t("app.title")}`;
  }, [profile, t]);

  if (loading && !data) return <p>{t("common.loading")}</p>;
  if (error) return <RequestProblem error={error} />;
  if (!profile) return <p role="alert">{t("profile.notFound")}</p>;

  const r = profile.record;
  const illustrative = r.sourceKind === "ILLUSTRATIVE";
  const date = (iso: string) => new Date(iso).toLocaleDateString(dateLocale(language));
  const stage = (s: string) => enumLabel("Stage", s, language);
  const groups = groupLinks(profile);

  return (
    <article className="organisation-view" aria-labelledby="profile-title">
      <header className="panel profile-header">
        <p className="muted">{t(`types.${profile.type}`)}</p>
        <h2 id="profile-title" data-testid="profile-name">
          {r.name}
        </h2>
        {illustrative && (
          <p className="badge illustrative-notice" role="note">
            {t(r.sourceRef === REAL_INSTITUTION.sourceRef ? "profile.realInstitution" : "profile.invented")}
          </p>
        )}
        <p className="profile-actions">
          <a href={opportunitiesHref({ organisationId: id })}>{t("profile.allSuggestions")}</a>
        </p>
      </header>

      <div className="profile-grid">
        <section className="panel profile-section" aria-labelledby="profile-facts-title">
          <h2 id="profile-facts-title">{t("profile.facts")}</h2>
          <dl>{facts(profile, t, language, stage)}</dl>
          <h3>{t("profile.provenance")}</h3>
          <p data-testid="profile-provenance">
            {t(`profile.sourceKinds.${r.sourceKind}`, { source: r.source })}{" "}
            {t("profile.updatedOn", { date: date(r.updatedAt) })}
            {"importedAt" in r && r.importedAt ? ` ${t("profile.importedOn", { date: date(r.importedAt) })}` : ""}
          </p>
        </section>

        {(profile.type === "EssStructure" || profile.type === "Business") && (
          <section className="panel profile-section" aria-labelledby="profile-resources-title">
            <h2 id="profile-resources-title">{t("profile.needsAndOffers")}</h2>
            {profile.type === "EssStructure" && (
              <>
                <h3>{t("profile.needs")}</h3>
                <Resources items={profile.record.needs} />
              </>
            )}
            <h3>{t("profile.offers")}</h3>
            <Resources items={profile.type === "EssStructure" ? profile.record.offers : profile.record.offers} />
          </section>
        )}

        <section className="panel profile-section" aria-labelledby="profile-links-title">
          <h2 id="profile-links-title">{t("profile.links")}</h2>
          {groups.length === 0 && <p className="muted">{t("profile.noLink")}</p>}
          {groups.map(({ group, items }) => (
            <section key={group} aria-labelledby={`links-${group}`} data-testid={`links-${group}`}>
              <h3 id={`links-${group}`}>
                {t(`profile.groups.${group}`)} ({items.length})
              </h3>
              <ul className="plain">
                {items.map((item) => (
                  <li key={item.id}>
                    {item.organisation ? <a href={organisationHref(item.id)}>{item.name}</a> : item.name}
                    {item.year ? ` (${item.year})` : ""}{" "}
                    <span className="muted">— {t(`profile.relations.${item.relation}`)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      </div>

      <section className="panel profile-section" aria-labelledby="profile-suggestions-title">
        <h2 id="profile-suggestions-title">{t("suggestions.forThis")}</h2>
        <OpportunityList organisationId={id} idPrefix="profile" />
      </section>

      {coordinator && (
        <section className="panel profile-section" aria-labelledby="profile-history-title">
          <h2 id="profile-history-title">{t("profile.history")}</h2>
          {history.error && <RequestProblem error={history.error} />}
          {history.data?.recordedOpportunities.length === 0 && <p className="muted">{t("profile.noHistory")}</p>}
          <ul className="plain history">
            {history.data?.recordedOpportunities.map((o) => (
              <li key={o.id}>
                <p>
                  <strong>{t(`opportunities.kinds.${o.kind}`)}</strong> ·{" "}
                  {o.members
                    .filter((m) => m.id !== id)
                    .map((m) => m.name)
                    .join(" · ")}{" "}
                  · {t(`opportunities.status.${o.status}`)}
                </p>
                <ol className="plain steps">
                  {o.history.map((step, i) => (
                    <li key={i}>
                      {t("profile.step", {
                        status: t(`opportunities.status.${step.status}`),
                        date: date(step.at),
                        by: step.by,
                      })}
                      {step.note ? ` — ${step.note}` : ""}
                      {step.reason ? ` — ${step.reason}` : ""}
                      {step.nextFollowUp ? ` — ${t("profile.nextFollowUp", { date: date(step.nextFollowUp) })}` : ""}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </section>
      )}

      {coordinator && (
        <Suspense fallback={<p>{t("common.loading")}</p>}>
          <ProfileEditing id={id} name={r.name} type={profile.type} onSaved={() => void refetch()} />
        </Suspense>
      )}
    </article>
  );
}

function Resources({ items }: { items: readonly { id: string; title: string; kind: string; status: string }[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "fr";
  if (items.length === 0) return <p className="muted">{t("common.none")}</p>;
  return (
    <ul className="plain">
      {items.map((i) => (
        <li key={i.id}>
          {i.title} <span className="muted">({enumLabel("ResourceKind", i.kind, language)})</span>
          {i.status !== "OPEN" && <span className="muted"> — {t("profile.closed")}</span>}
        </li>
      ))}
    </ul>
  );
}

type T = ReturnType<typeof useTranslation>["t"];

/**
 * The public facts of the profile, as definition-list rows, each with where it
 * comes from in words under its value (the newest write of the fields it
 * shows); facts not known are left out.
 */
function facts(profile: Profile, t: T, language: "fr" | "en", stage: (s: string) => string): ReactNode {
  const rows: [string, ReactNode, string | null][] = [];
  const sources: readonly FactSourceInfo[] = profile.record.factSources;
  const note = (fields: readonly string[]) => {
    const found = sourceOf(sources, fields);
    return found ? describeSource(found, t, dateLocale(language)) : null;
  };
  const add = (label: string, value: ReactNode | null | undefined, fields: readonly string[]) => {
    if (value !== null && value !== undefined && value !== "") rows.push([label, value, note(fields)]);
  };
  const money = (n: number) =>
    new Intl.NumberFormat(language === "en" ? "en-GB" : "fr-FR", {
      style: "currency",
      currency: "EUR",
      maximumFractionDigits: 0,
    }).format(n);
  const r = profile.record;
  // The kind of organisation is the record's from the start: its own provenance.
  rows.push([
    t("details.type"),
    t(`types.${profile.type}`),
    describeSource(
      {
        field: "type",
        sourceKind: r.sourceKind,
        source: r.source,
        at: "importedAt" in r && r.importedAt ? r.importedAt : null,
      },
      t,
      dateLocale(language),
    ),
  ]);
  switch (profile.type) {
    case "EssStructure": {
      const e = profile.record;
      add(t("details.legalForm"), e.legalForm ? enumLabel("LegalForm", e.legalForm, language) : null, ["legalForm"]);
      add(t("profile.activity"), e.activity, ["activity"]);
      add(t("profile.projectKind"), e.projectKind, ["projectKind"]);
      add(t("profile.stage"), e.stage ? stage(e.stage) : null, ["stage"]);
      add(t("profile.foundedYear"), e.foundedYear, ["foundedYear"]);
      add(t("profile.staff"), e.staffRangeLabel, ["staffRangeLabel"]);
      if (e.isVitrine) add(t("profile.vitrine"), t("profile.vitrineYes"), ["isVitrine"]);
      break;
    }
    case "Business": {
      const b = profile.record;
      add(t("profile.activity"), b.activity, ["activity"]);
      add(t("profile.staff"), b.staffRangeLabel, ["staffRangeLabel"]);
      add(t("profile.csr"), b.csrCommitments.length ? b.csrCommitments.join(" ; ") : null, ["csrCommitments"]);
      break;
    }
    case "Financer": {
      const f = profile.record;
      add(t("profile.financerKind"), t(`profile.financerKinds.${f.financerKind}`), ["kind"]);
      add(t("profile.fundsStages"), f.stages.length ? f.stages.map(stage).join(", ") : null, ["stages"]);
      add(
        t("profile.instruments"),
        f.instruments.length ? f.instruments.map((i) => enumLabel("FinanceInstrument", i, language)).join(", ") : null,
        ["instruments"],
      );
      add(
        t("profile.amounts"),
        f.ticketMinEur != null && f.ticketMaxEur != null
          ? t("profile.amountRange", { min: money(f.ticketMinEur), max: money(f.ticketMaxEur) })
          : f.ticketMaxEur != null
            ? t("profile.amountMax", { max: money(f.ticketMaxEur) })
            : f.ticketMinEur != null
              ? t("profile.amountMin", { min: money(f.ticketMinEur) })
              : null,
        ["ticketMinEur", "ticketMaxEur"],
      );
      break;
    }
    case "SupportProvider": {
      const s = profile.record;
      add(t("profile.stagesServed"), s.stagesServed.length ? s.stagesServed.map(stage).join(", ") : null, [
        "stagesServed",
      ]);
      if (s.isNetwork) add(t("profile.network"), t("profile.networkYes"), ["isNetwork"]);
      break;
    }
    case "ResearchUnit": {
      const u = profile.record;
      add(t("profile.researchKind"), t(`profile.researchKinds.${u.researchKind}`), ["kind"]);
      add(
        t("profile.years"),
        u.startYear ? (u.endYear ? `${u.startYear}–${u.endYear}` : t("profile.since", { year: u.startYear })) : null,
        ["startYear", "endYear"],
      );
      break;
    }
  }
  if ("town" in r) add(t("details.town"), r.town[0]?.name, ["town"]);
  if ("address" in r)
    add(t("profile.address"), [r.address, r.postalCode].filter(Boolean).join(", "), ["address", "postalCode"]);
  add(
    profile.type === "Financer" ? t("profile.fundsThemes") : t("profile.themes"),
    r.themes.length ? r.themes.map((th) => themeLabel(th, language)).join(", ") : null,
    ["themes"],
  );
  add(
    t("details.website"),
    r.website ? (
      <a href={r.website} rel="noopener noreferrer" target="_blank">
        {r.website}
      </a>
    ) : null,
    ["website"],
  );
  add(t("details.description"), r.description, ["description"]);
  return rows.map(([label, value, source]) => (
    <div key={label} className="fact">
      <dt>{label}</dt>
      <dd>
        {value}
        {source && (
          <span className="fact-source" data-testid="fact-source">
            {source}
          </span>
        )}
      </dd>
    </div>
  ));
}
