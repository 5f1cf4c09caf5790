/**
 * The coordinators' directory: the organisations of a scope (town, theme,
 * type) as a table that can be sorted, filtered by name and paged. The scope is
 * asked of the API once (`cooperationGraph`, nodes only: the best connected
 * first, at most DIRECTORY_LIMIT); sorting, the name filter and the pages then
 * work on that answer without another request. Clicking a row shows the same
 * details as the graph.
 */
import { useMemo } from "react";
import { useDataScope } from "../data-scope";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { ORGANISATION_NODES, TERRITORY } from "../queries";
import type { GraphNode } from "../graph/model";
import { DetailsPanel } from "../components/DetailsPanel";
import { OrganisationShortcuts } from "../features/opportunities/OrganisationShortcuts";
import { isOrganisation } from "../features/opportunities/links";
import { RequestProblem } from "../components/RequestProblem";
import { NameSearch, Pager } from "../components/Pager";
import { ThemeSelect, TownSelect } from "../components/TerritorySelects";
import { fold } from "@maillage/model";
import { useViewParams } from "../routing/use-view-params";
import { useOpenGraph } from "../routing/open-graph";
import { COLUMNS, DIRECTORY_PARAMS, ORGANISATION_TYPES, PAGE_SIZES, type DirectoryParams } from "./directory-params";

export { ORGANISATION_TYPES } from "./directory-params";
/** Most organisations asked for one scope (the API's maximum). */
export const DIRECTORY_LIMIT = 5000;
type Column = (typeof COLUMNS)[number];
type Direction = "ascending" | "descending";

export default function DirectoryView() {
  const { t, i18n } = useTranslation();
  // The directory's state is in its address (directory-params.ts): kept when changing tab, shared by a link.
  const [params, setParams] = useViewParams(DIRECTORY_PARAMS);
  const { town: inseeCode, theme, type, q: text, size: pageSize, select: selected } = params;
  const sort = useMemo(() => ({ column: params.sort, direction: params.order }), [params.sort, params.order]);
  const page = params.page - 1;
  const setPage = (page: number) => setParams({ page: page + 1 });
  const setSelected = (select: string | null) => setParams({ select });
  const openGraph = useOpenGraph();
  const territory = useQuery(TERRITORY);
  const variables = {
    inseeCode: inseeCode || null,
    theme: theme || null,
    types: type ? [type] : ORGANISATION_TYPES,
    limit: DIRECTORY_LIMIT,
  };
  const scope = useQuery(ORGANISATION_NODES, { variables });

  const towns = useMemo(() => territory.data?.territory.towns ?? [], [territory.data]);
  const themes = territory.data?.territory.themes ?? [];
  const townNames = useMemo(() => new Map(towns.map((x) => [x.inseeCode, x.name])), [towns]);
  const townName = (code: string) => townNames.get(code) ?? code;

  const { hideIllustrative } = useDataScope();
  const rows = useMemo(() => {
    const all = scope.data?.cooperationGraph.nodes ?? [];
    const nodes = hideIllustrative ? all.filter((n) => !n.illustrative) : all;
    const wanted = fold(text.trim());
    const kept = wanted ? nodes.filter((n) => fold(n.name).includes(wanted)) : nodes;
    const collator = new Intl.Collator(i18n.language, { sensitivity: "base", numeric: true });
    const label: Record<Column, (n: GraphNode) => string> = {
      name: (n) => n.name,
      type: (n) => t(`types.${n.type}`),
      town: (n) => (n.inseeCode ? (townNames.get(n.inseeCode) ?? n.inseeCode) : ""),
      legalForm: (n) => (n.legalForm ? t(`legalForms.${n.legalForm}`) : ""),
      degree: () => "",
    };
    const key = label[sort.column];
    const sign = sort.direction === "ascending" ? 1 : -1;
    return [...kept].sort((a, b) => {
      let order = sort.column === "degree" ? a.degree - b.degree : collator.compare(key(a), key(b));
      // Empty values (no town, no legal form) last in both directions.
      if (sort.column === "town" || sort.column === "legalForm") {
        if (!key(a) !== !key(b)) return key(a) ? -1 : 1;
      }
      order *= sign;
      return order || collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
    });
  }, [scope.data, text, sort, townNames, t, i18n.language, hideIllustrative]);

  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * pageSize, (current + 1) * pageSize);
  const byId = useMemo(() => new Map((scope.data?.cooperationGraph.nodes ?? []).map((n) => [n.id, n])), [scope.data]);

  // Any change of scope, filter or order goes back to the first page; typing a name replaces the step of the history.
  const changing =
    <K extends "town" | "theme" | "type" | "q" | "size">(key: K) =>
    (value: DirectoryParams[K]) =>
      setParams({ [key]: value, page: 1 } as Partial<DirectoryParams>, { replace: key === "q" });

  const sortBy = (column: Column) => {
    const direction: Direction =
      sort.column === column
        ? sort.direction === "ascending"
          ? "descending"
          : "ascending"
        : column === "degree"
          ? "descending"
          : "ascending";
    setParams({ sort: column, order: direction, page: 1 });
  };

  return (
    <div className="directory-layout">
      <aside className="panel filters" aria-labelledby="directory-filters-title">
        <h2 id="directory-filters-title">{t("directory.filters")}</h2>
        <NameSearch value={text} onChange={changing("q")} />
        <label>
          {t("directory.type")}
          <select value={type} onChange={(e) => changing("type")(e.target.value as DirectoryParams["type"])}>
            <option value="">{t("directory.allTypes")}</option>
            {ORGANISATION_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`types.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <TownSelect
          label={t("directory.town")}
          anyLabel={t("directory.allTowns")}
          items={towns}
          value={inseeCode}
          onChange={changing("town")}
        />
        <ThemeSelect
          label={t("directory.theme")}
          anyLabel={t("directory.allThemes")}
          items={themes}
          value={theme}
          onChange={changing("theme")}
        />
        <label>
          {t("directory.pageSize")}
          <select value={pageSize} onChange={(e) => changing("size")(Number(e.target.value))}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{t("directory.help")}</p>
      </aside>

      <section className="directory-main" aria-labelledby="directory-title">
        <h2 id="directory-title">{t("nav.directory")}</h2>
        <p role="status" aria-live="polite">
          {scope.loading
            ? t("common.loading")
            : rows.length === 0
              ? t("directory.empty")
              : t("directory.range", {
                  from: current * pageSize + 1,
                  to: current * pageSize + shown.length,
                  count: rows.length,
                })}
          {scope.data?.cooperationGraph.truncated ? ` ${t("directory.truncated", { count: DIRECTORY_LIMIT })}` : ""}
        </p>
        {scope.error && <RequestProblem error={scope.error} />}
        <div className="table-scroll">
          <table className="directory">
            <caption>
              {t("directory.caption", { count: rows.length })}{" "}
              <span className="muted">
                {t("directory.sortedBy", {
                  column: t(`directory.columns.${sort.column}`),
                  direction: t(`directory.${sort.direction}`),
                })}
              </span>
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th
                    key={column}
                    scope="col"
                    aria-sort={sort.column === column ? sort.direction : "none"}
                    className={column === "degree" ? "number" : undefined}
                  >
                    <button type="button" className="sort" onClick={() => sortBy(column)}>
                      {t(`directory.columns.${column}`)}
                      <span aria-hidden="true" className="sort-mark">
                        {sort.column === column ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((n) => (
                <tr key={n.id} className={selected === n.id ? "selected" : undefined} onClick={() => setSelected(n.id)}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      aria-pressed={selected === n.id}
                      onClick={() => setSelected(n.id)}
                    >
                      {n.name}
                    </button>
                    {n.illustrative && (
                      <span className="muted" title={t("common.illustrative")}>
                        {" "}
                        *<span className="visually-hidden">{t("common.illustrative")}</span>
                      </span>
                    )}
                    {isOrganisation(n.type) && <OrganisationShortcuts id={n.id} name={n.name} />}
                  </th>
                  <td>{t(`types.${n.type}`)}</td>
                  <td>{n.inseeCode ? townName(n.inseeCode) : t("common.none")}</td>
                  <td>{n.legalForm ? t(`legalForms.${n.legalForm}`) : t("common.none")}</td>
                  <td className="number">{n.degree}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager page={current} pages={pages} onChange={setPage} label={t("directory.pagination")} />
      </section>

      <aside className="panel side">
        <DetailsPanel
          beside="directory"
          node={selected ? (byId.get(selected) ?? null) : null}
          townName={townName}
          onExpand={(id) => openGraph(id, byId.get(id)?.inseeCode)}
          onCreated={setSelected}
        />
      </aside>
    </div>
  );
}
