/**
 * The opportunities view: every suggestion of the territory, narrowed by town,
 * theme, organisation and kind (counts per kind), in the order chosen, page
 * after page. Its filters are read from the address (`#/opportunities?kind=…
 * &town=…&theme=…&organisation=…`) and written back to it.
 */
import { useEffect, useState } from "react";
import { useLazyQuery, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { SEARCH, TERRITORY } from "../queries";
import type { OpportunityKind } from "../gql/graphql";
import { ThemeSelect, TownSelect } from "../components/TerritorySelects";
import { RequestProblem } from "../components/RequestProblem";
import { OpportunityList } from "../features/opportunities/OpportunityList";
import {
  opportunitiesHref,
  organisationHref,
  readOpportunityFilters,
  type OpportunityFilters,
} from "../features/opportunities/links";
import { OrganisationName } from "../features/profile/OrganisationName";

/** The view's parameters, read from the address (the router may pass them instead). */
export function opportunitiesParams(): OpportunityFilters {
  return readOpportunityFilters();
}

export default function OpportunitiesView({ initial = opportunitiesParams() }: { initial?: OpportunityFilters }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<OpportunityFilters>(initial);
  const territory = useQuery(TERRITORY);
  const [phrase, setPhrase] = useState("");
  const [search, searched] = useLazyQuery(SEARCH);

  // Follow the address when it changes (a link to another organisation's suggestions).
  useEffect(() => {
    const onHash = () => {
      if (window.location.hash.startsWith("#/opportunities")) setFilters(readOpportunityFilters());
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  const update = (change: Partial<OpportunityFilters>) => {
    const next = { ...filters, ...change };
    setFilters(next);
    const href = opportunitiesHref(next);
    if (window.location.hash !== href) window.history.replaceState(null, "", href);
  };

  const towns = territory.data?.territory.towns ?? [];
  const themes = territory.data?.territory.themes ?? [];
  const results = searched.data
    ? [...searched.data.searchEssStructures.edges, ...searched.data.searchBusinesses.edges].map((e) => e.node)
    : null;

  return (
    <div className="opportunities-view">
      <aside className="panel filters" aria-labelledby="opportunity-filters-title">
        <h2 id="opportunity-filters-title">{t("suggestions.filters")}</h2>
        {territory.error && <RequestProblem error={territory.error} />}
        <TownSelect
          label={t("graph.town")}
          anyLabel={t("graph.allTowns")}
          items={towns}
          value={filters.inseeCode ?? ""}
          onChange={(code) => update({ inseeCode: code || undefined })}
        />
        <ThemeSelect
          label={t("graph.theme")}
          anyLabel={t("graph.allThemes")}
          items={themes}
          value={filters.theme ?? ""}
          onChange={(code) => update({ theme: code || undefined })}
        />
        <section aria-labelledby="organisation-filter-title" className="organisation-filter">
          <h3 id="organisation-filter-title">{t("suggestions.organisation")}</h3>
          {filters.organisationId ? (
            <p>
              <a href={organisationHref(filters.organisationId)}>
                <OrganisationName id={filters.organisationId} />
              </a>{" "}
              <button type="button" onClick={() => update({ organisationId: undefined })}>
                {t("suggestions.anyOrganisation")}
              </button>
            </p>
          ) : (
            <p className="muted">{t("suggestions.anyOrganisationHint")}</p>
          )}
          <form
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              if (phrase.trim()) void search({ variables: { phrase: phrase.trim() } });
            }}
          >
            <label>
              {t("suggestions.findOrganisation")}
              <input type="search" value={phrase} onChange={(e) => setPhrase(e.target.value)} />
            </label>
            <button type="submit">{t("suggestions.searchButton")}</button>
          </form>
          {results && results.length === 0 && <p>{t("graph.noResult")}</p>}
          {results && results.length > 0 && (
            <ul className="plain">
              {results.map((r) => (
                <li key={r.id}>
                  <button type="button" className="link" onClick={() => update({ organisationId: r.id })}>
                    {r.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </aside>
      <section className="panel opportunities-main" aria-labelledby="opportunities-view-title">
        <h2 id="opportunities-view-title">
          {filters.organisationId ? (
            <>
              {t("suggestions.forPrefix")} <OrganisationName id={filters.organisationId} />
            </>
          ) : (
            t("suggestions.title")
          )}
        </h2>
        <OpportunityList
          key={`${filters.inseeCode}|${filters.theme}|${filters.organisationId}`}
          inseeCode={filters.inseeCode ?? null}
          theme={filters.theme ?? null}
          organisationId={filters.organisationId ?? null}
          initialKind={(filters.kind as OpportunityKind | undefined) ?? null}
          onKindChange={(kind) => update({ kind: kind ?? undefined })}
        />
      </section>
    </div>
  );
}
